"""The quality gate: extraction scores on the dev data must not fall below the checked-in floors.

Floors live in ``quality/floors.json`` and only go up: when a change raises a score, raise its
floor in the same commit (``make eval`` prints the numbers). A floor is never lowered to make
a change pass; the change is fixed instead.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from corroborate.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads((ROOT / "quality" / "floors.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.slow


def _metric(result: dict[str, Any], path: str) -> float:
    value: Any = result
    for key in path.split("."):
        value = value[key]
    return float(value)


def _location(shared: Path, name: str) -> Path:
    return ROOT / name[len("repo:"):] if name.startswith("repo:") else shared / name


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_quality_gate(name, shared):
    spec = FLOORS[name]
    errors: list[Any] = []
    result = evaluate(spec["kind"], _location(shared, name), errors.append)
    assert not errors, [str(e) for e in errors]
    below = {
        metric: (round(_metric(result, metric), 4), floor)
        for metric, floor in spec["floors"].items()
        if _metric(result, metric) < floor
    }
    assert not below, f"{name}: scores below their floors (measured, floor): {below}"
