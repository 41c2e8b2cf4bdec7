"""Do a gold name and a predicted entity name the same actor?

Gold readings use neutral canonical names ("MEK", "Government of Iran"); a prediction may give the
canonical name, the text as written, or a longer or shorter form of it. Names are compared as word
sets (case, accents, possessives and function words ignored), loosely, plus a small alias table.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from corroborate.evaluate.common import Span, get, overlap, span
from corroborate.evaluate.text import STRAIGHT_QUOTES

STOPWORDS = frozenset(
    {"the", "a", "an", "of", "and", "in", "on", "at", "for", "to", "by", "with", "from", "s",
     "its", "his", "her", "their", "this", "that", "these", "those"}
)  # fmt: skip

# Why aliases: the gold names each group once, neutrally, but the outlets we read name the same
# group in their own camp's words: the opposition writes "PMOI" or "the mullahs' regime", Iranian
# state media "MKO" or "Monafeqin" (hypocrites), NGOs "Iranian authorities". Word overlap cannot
# see that these are one group, so the equivalences are listed here, canonical name first. The
# table must stay the same as the reference scorer's (shared/eval/score.py) for the numbers to agree.
NAME_ALIASES: dict[str, tuple[str, ...]] = {
    "MEK": (
        "MEK", "PMOI", "PMOI/MEK", "MEK/PMOI", "MKO", "Mojahedin", "Mujahedin", "Mojahedin-e Khalq",
        "Mujahedin-e Khalq", "Mujahideen-e-Khalq", "Mujahedeen-e Khalq", "People's Mojahedin",
        "People's Mojahedin Organization of Iran", "People's Mujahedin Organization of Iran",
        "Monafeqin", "Monafeghin",
    ),
    "GOVERNMENT OF IRAN": (
        "Government of Iran", "Iranian government", "Iran's government", "Iranian regime",
        "the regime", "Islamic Republic", "Islamic Republic of Iran", "Tehran",
        "mullahs' regime", "the mullahs", "clerical regime", "Iranian authorities",
    ),
    "SECURITY FORCES": (
        "security forces", "Iranian security forces", "police", "Iranian police", "riot police",
        "anti-riot police", "IRGC", "Revolutionary Guards", "Revolutionary Guard",
        "Islamic Revolutionary Guard Corps", "Revolutionary Guard Corps", "Basij", "Basiji",
        "Basij militia", "State Security Forces", "FARAJA", "NAJA",
    ),
    "PROTESTERS": ("protesters", "protestors", "demonstrators", "rioters"),
}  # fmt: skip


def tokens(name: Any) -> frozenset[str]:
    """A name as casefolded, accent-free words without function words (kept when nothing else
    is left, so "he" stays "he"); empty for anything that is not a string."""
    if not isinstance(name, str):
        return frozenset()
    s = unicodedata.normalize("NFKD", name.translate(STRAIGHT_QUOTES))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    words = re.sub(r"[^\w]+", " ", re.sub(r"'s\b", " ", s)).split()
    content = [w for w in words if w not in STOPWORDS]
    return frozenset(content or words)


_ALIAS_OF = {tokens(alias): key for key, names in NAME_ALIASES.items() for alias in names}


def same_name(gold: Any, pred: Any) -> bool:
    """Word sets with Jaccard >= 0.5, one contained in the other, or aliases of one group."""
    g, p = tokens(gold), tokens(pred)
    if not g or not p:
        return False
    if g <= p or p <= g or len(g & p) / len(g | p) >= 0.5:
        return True
    key = _ALIAS_OF.get(g)
    return key is not None and key == _ALIAS_OF.get(p)


def entity_matches(gold: Any, entities: list[dict[str, Any]], gold_span: Span | None = None) -> bool:
    """Whether some entity's ``name`` or ``text`` is the gold name (or its span overlaps
    ``gold_span``, where the gold marks the name in the text). A gold list of names needs every
    one of them matched."""
    if isinstance(gold, list):
        return bool(gold) and all(entity_matches(g, entities, gold_span) for g in gold)
    for e in entities:
        if any(same_name(gold, get(e, k)) for k in ("name", "text")):
            return True
        e_span = span(e)
        if gold_span and e_span and overlap(gold_span, e_span):
            return True
    return False
