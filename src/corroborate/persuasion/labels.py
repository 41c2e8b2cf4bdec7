"""Camp labels from the actor registry, flagged as name calling wherever a text uses them.

The registry lists, for an actor, the names its opponents give it ("the mullahs" for Iran's
government in opposition media, "MKO terrorists" for the MEK in Iranian state media, "Sit-tat"
for Myanmar's army in the resistance's). A text that names an actor by such a label is labelling
it, whichever camp the label comes from: each use becomes a ``Name_Calling,Labeling`` span whose
target is the actor the label stands for. This is the lexicon doing what a lexicon does well; the
trained model finds the rest.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..actors.registry import Match, Registry, active_registry
from ..records import Entity, Span

LABELING = "Name_Calling,Labeling"


def registry_labels(text: str, country: str | None = None, registry: Registry | None = None,
                    scanned: Sequence[tuple[int, int, Match]] | None = None) -> list[Span]:
    """A span for every loaded registry label the text uses, targeting the actor it names.
    ``scanned`` is the registry scan of the text when the caller has it already (the actor
    context does it for every document)."""
    if scanned is None:
        scanned = (registry or active_registry()).scan(text, country)
    out = []
    for start, end, m in scanned:
        if not m.loaded:
            continue
        a = m.actor
        target = Entity(text=text[start:end], start=start, end=end, name=a.name, sector=a.sector,
                        country=a.country, id=a.id)
        out.append(Span(text=text[start:end], start=start, end=end, technique=LABELING, target=target))
    return out


def with_labels(spans: Iterable[Span], labels: Iterable[Span]) -> list[Span]:
    """Model spans and registry labels together, in text order. A label replaces the model's
    spans that lie inside it (the registry knows what the words are); longer model spans that
    contain a label are kept beside it (they may be a sentence-long technique)."""
    labels = list(labels)
    kept = [s for s in spans if not any(lb.start <= s.start and s.end <= lb.end for lb in labels)]
    return sorted([*kept, *labels], key=lambda s: (s.start, s.end))


__all__ = ["LABELING", "registry_labels", "with_labels"]
