"""The ``corroborate`` command: thin wrappers over the library.

    corroborate extract PATH... [--format jsonl|table] [-o FILE] [--actors FILE] [--quiet]
    corroborate eval KIND GOLD [--predictions FILE] [--json FILE] [--actors FILE] [--quiet]

Problems with single inputs are printed as ``Error: <file>: <what is wrong>`` on stderr; the
other inputs are still processed and the exit status is 1. No traceback reaches the user.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import click

from . import __version__
from .errors import CorroborateError, InputError


class Progress:
    """A one-line document counter on stderr, shown only on a terminal and not with --quiet."""

    def __init__(self, quiet: bool) -> None:
        self.on = not quiet and sys.stderr.isatty()
        self.n = 0

    def step(self) -> None:
        self.n += 1
        if self.on:
            click.echo(f"\r{self.n} documents", err=True, nl=False)

    def done(self) -> None:
        if self.on and self.n:
            click.echo("", err=True)


class ErrorLog:
    """Collects input errors and prints each at once as one line."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, err: InputError) -> None:
        self.count += 1
        click.echo(f"Error: {err}", err=True)


def _records(paths: list[str], errors: ErrorLog, progress: Progress) -> Iterator[dict[str, Any]]:
    from .ingest import iter_documents
    from .pipeline import analyse

    stdin = sys.stdin if "-" in paths else None
    docs = iter_documents(paths, stdin=stdin, on_error=errors)
    for rec in analyse(docs, errors):
        progress.step()
        yield rec.to_dict()


def _actors_option(f: Any) -> Any:
    return click.option(
        "--actors", "actors_files", multiple=True, type=click.Path(dir_okay=False), metavar="FILE",
        help="More actors for the registry (JSON, the layout of corroborate/data/actors.json); may be repeated.",
    )(f)


def _registry(files: tuple[str, ...]) -> Any:
    """A context in which the pipeline resolves actors with the shipped registry plus ``files``;
    a bad file stops the command with ``Error: FILE: <what is wrong>``."""
    from contextlib import nullcontext

    from .actors.registry import load_registry, use_registry

    if not files:
        return nullcontext()
    try:
        return use_registry(load_registry(files))
    except InputError as e:
        click.echo(f"Error: {e}", err=True)
        sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="corroborate")
def cli() -> None:
    """Evidence-backed PLOVER event records from reports on protest and repression."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True,
              help="jsonl: one document record per line (schema corroborate/1); table: for people.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write here instead of standard output.")
@_actors_option
@click.option("-q", "--quiet", is_flag=True, help="No progress counter on stderr.")
def extract(paths: tuple[str, ...], fmt: str, output: str | None, actors_files: tuple[str, ...], quiet: bool) -> None:
    """Read PATHS (files, folders, or - for JSON Lines on stdin) and write their events."""
    from .render import table

    errors = ErrorLog()
    progress = Progress(quiet)
    out: TextIO
    with _registry(actors_files), (open(output, "w", encoding="utf-8") if output else _stdout()) as out:
        for rec in _records(list(paths), errors, progress):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n" if fmt == "jsonl" else table(rec) + "\n")
            out.flush()
    progress.done()
    if errors.count:
        sys.exit(1)


class _stdout:
    """Standard output as a context manager that is not closed on exit."""

    def __enter__(self) -> TextIO:
        return sys.stdout

    def __exit__(self, *exc: object) -> None:
        return None


@cli.command(name="eval")
@click.argument("kind", type=click.Choice(["articles", "case", "plover", "polnear", "ptc"]))
@click.argument("gold", type=click.Path(exists=True))
@click.option("--predictions", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Score this JSON Lines output of `extract` instead of running extraction.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Also write every number to this JSON file.")
@_actors_option
@click.option("-q", "--quiet", is_flag=True, help="No progress counter on stderr.")
def eval_cmd(kind: str, gold: str, predictions: str | None, json_out: str | None, actors_files: tuple[str, ...],
             quiet: bool) -> None:
    """Score extraction against gold readings: KIND is the layout of GOLD (a folder or gold file).

    \b
    articles  folder of <id>.json + <id>.gold.json (RECORDS.md gold format)
    case      CASE 2021 Task 2 (documents.jsonl + gold.tsv)
    plover    PLOVER gold standard records (documents.jsonl + gold.jsonl)
    polnear   PolNeAR attributions (documents.jsonl + gold.jsonl)
    ptc       SemEval-2020 Task 11 propaganda spans (documents.jsonl + labels.tsv)
    """
    from .evaluate import evaluate, report, score
    from .evaluate.common import read_jsonl

    errors = ErrorLog()
    if predictions:
        result = score(kind, Path(gold), read_jsonl(Path(predictions), error=InputError))
    else:
        progress = Progress(quiet)
        with _registry(actors_files):
            result = evaluate(kind, Path(gold), errors, progress.step)
        progress.done()
    if json_out:
        Path(json_out).write_text(json.dumps(result, indent=1, ensure_ascii=False, default=str) + "\n",
                                  encoding="utf-8")
    click.echo(report(kind, result))
    if errors.count:
        sys.exit(1)


def main() -> None:
    """Entry point: runs the CLI and turns every CorroborateError into one line on stderr."""
    try:
        cli(standalone_mode=True)
    except CorroborateError as e:
        click.echo(f"Error: {e}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
