"""Shared fixtures: the real spaCy pipeline (loaded once per session) and the shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

# The evaluation data sits beside the repository (../shared) in every developer session and in
# CI; a user's clone may not have it, and tests that need it skip with this reason.
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
NO_SHARED = "../shared not found: the evaluation data is not in this clone"


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from corroborate import nlp as nlp_stage

    return nlp_stage.load()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(NO_SHARED)
    return SHARED
