"""General-English sentiment lexicons as token features: how strongly a word feels, not whose side
it is on.

Two published lexicons, read from the packages that ship them (nothing is downloaded):

    VADER       7,500 words and emoticons rated by ten people each from -4 (very negative) to +4
                (very positive); ``vaderSentiment``, MIT licence (Hutto & Gilbert 2014).
    pattern     2,900 adjectives (and some nouns and verbs) with a polarity (-1..1) and a
                subjectivity (0..1) per word sense; the ``en-sentiment.xml`` of ``textblob``
                (MIT), from the pattern library (BSD; De Smedt & Daelemans 2012).

Loaded language is emotive wording, and neither list was built from political text, so a word
scores the same whichever camp it is said of. The model learns from the PTC data which of these
scores matter; the lists only say how a word reads in general English.
"""

from __future__ import annotations

import importlib.resources
import xml.etree.ElementTree as ET
from collections import defaultdict
from functools import lru_cache


@lru_cache(maxsize=1)
def vader() -> dict[str, float]:
    """``{word: mean valence}`` of the VADER lexicon (-4..4)."""
    text = (importlib.resources.files("vaderSentiment") / "vader_lexicon.txt").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        cols = line.split("\t")
        if len(cols) >= 2 and cols[0] and not cols[0].isspace():
            try:
                out[cols[0].lower()] = float(cols[1])
            except ValueError:
                continue
    return out


@lru_cache(maxsize=1)
def pattern() -> dict[str, tuple[float, float]]:
    """``{word: (polarity, subjectivity)}`` of the pattern lexicon, averaged over the senses."""
    path = importlib.resources.files("textblob") / "en" / "en-sentiment.xml"
    senses: defaultdict[str, list[tuple[float, float]]] = defaultdict(list)
    for w in ET.fromstring(path.read_text(encoding="utf-8")).iter("word"):
        try:
            senses[w.attrib["form"].lower()].append((float(w.attrib["polarity"]), float(w.attrib["subjectivity"])))
        except (KeyError, ValueError):
            continue
    return {k: (sum(p for p, _ in v) / len(v), sum(s for _, s in v) / len(v)) for k, v in senses.items()}


def word_features(lower: str, lemma: str) -> list[str]:
    """Feature strings for a word: VADER valence (sign and strength) and pattern subjectivity and
    polarity, each in a few buckets; none for a word neither lexicon knows."""
    out = []
    v = vader().get(lower, vader().get(lemma))
    if v is not None:
        strength = 3 if abs(v) >= 2.5 else 2 if abs(v) >= 1.5 else 1
        out.append(f"vd={'+' if v > 0 else '-'}{strength}")
        out.append(f"vs={strength}")
    p = pattern().get(lower, pattern().get(lemma))
    if p is not None:
        pol, subj = p
        out.append(f"subj={int(subj * 4 + 0.5)}")
        if abs(pol) >= 0.1:
            out.append(f"pol={'+' if pol > 0 else '-'}{1 if abs(pol) < 0.5 else 2}")
    return out
