"""One-to-one matching of predictions to gold items.

Candidates come as ``{pred: [(score, gold), ...]}``; the matching has the most pairs and, among
those, the highest total score. Candidates fall into small connected groups (the events of one
sentence compete for the gold events of that sentence), each solved exactly by exhaustive search;
a rare large group falls back to augmenting paths that try high scores first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

Candidates = Mapping[int, Sequence[tuple[float, int]]]

EXACT_GROUP_SIZE = 8  # exhaustive search beyond this many competing predictions gets slow


def max_matching(cands: Candidates) -> dict[int, int]:
    """The matching as ``{gold: pred}``."""
    owner: dict[int, int] = {}
    for group in _groups(cands):
        if len(group) <= EXACT_GROUP_SIZE:
            owner.update(_best_assignment(group, cands))
        else:
            owner.update(_augmenting_paths({p: cands[p] for p in group}))
    return owner


def _groups(cands: Candidates) -> list[list[int]]:
    """Connected groups of predictions that compete for the same golds, each sorted."""
    by_gold: dict[int, list[int]] = {}
    for p, cs in cands.items():
        for _, g in cs:
            by_gold.setdefault(g, []).append(p)
    seen: set[int] = set()
    out: list[list[int]] = []
    for p in sorted(q for q in cands if cands[q]):
        if p in seen:
            continue
        stack, group = [p], []
        seen.add(p)
        while stack:
            q = stack.pop()
            group.append(q)
            for _, g in cands[q]:
                for r in by_gold[g]:
                    if r not in seen:
                        seen.add(r)
                        stack.append(r)
        out.append(sorted(group))
    return out


def _best_assignment(group: list[int], cands: Candidates) -> dict[int, int]:
    """Exhaustive search: the first assignment found with the most pairs, then the highest total."""
    best_key: tuple[int, float] = (-1, 0.0)
    best: dict[int, int] = {}
    pairs: dict[int, int] = {}
    used: set[int] = set()

    def search(i: int, n: int, total: float) -> None:
        nonlocal best_key, best
        if i == len(group):
            if (n, total) > best_key:
                best_key, best = (n, total), dict(pairs)
            return
        p = group[i]
        for score, g in cands[p]:
            if g not in used:
                used.add(g)
                pairs[g] = p
                search(i + 1, n + 1, total + score)
                del pairs[g]
                used.discard(g)
        search(i + 1, n, total)

    search(0, 0, 0.0)
    return best


def _augmenting_paths(cands: Candidates) -> dict[int, int]:
    """Kuhn's maximum matching, offering each prediction its highest-scoring golds first."""
    owner: dict[int, int] = {}

    def assign(p: int, seen: set[int]) -> bool:
        options = [g for _, g in sorted(cands[p], key=lambda c: (-c[0], c[1])) if g not in seen]
        for g in options:
            if g not in owner:
                owner[g] = p
                return True
        for g in options:
            if g not in seen:
                seen.add(g)
                if assign(owner[g], seen):
                    owner[g] = p
                    return True
        return False

    for p in sorted((p for p in cands if cands[p]), key=lambda p: -max(cands[p])[0]):
        assign(p, set())
    return owner
