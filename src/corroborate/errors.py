"""The errors corroborate raises, and the one place their messages are shaped.

    CorroborateError            anything corroborate reports to a user
    ├── InputError              one input (file, line of a file, stdin) cannot be read
    └── GoldError               a gold file for `eval` cannot be read

The CLI prints ``Error: <str(error)>`` on stderr and goes on with the other inputs; ``str`` of
an error always names the file (and line) and says what is wrong, so a user can act on it.
"""

from __future__ import annotations


class CorroborateError(Exception):
    """Base class: a problem a user can act on, with a one-line message."""


class InputError(CorroborateError):
    """An input that cannot be read: ``<where>: <what is wrong>``."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


class GoldError(CorroborateError):
    """A gold reading that cannot be used for evaluation."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem
