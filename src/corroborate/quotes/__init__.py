"""Quotes and attribution: who said, wrote or holds what, with the offsets of what was said.

    marks.py     quotation marks of every style -> quoted passages (multi-paragraph ones joined)
    lexicon.py   cue words and the kind of content each takes
    context.py   the document's quotations and the ranges of what a cue reports
    cues.py      cue words in the parse -> content and the words naming the speaker
    linking.py   quotations the parse ties to no cue -> the cue next to them, or the quote they go on
    speakers.py  'he', 'she', 'it', 'they' -> who they stand for
    extract.py   find_quotes: all of the above -> Quote records in text order

A quote's ``start``/``end`` point at what was said (inside the quotation marks of a direct
quote). Its speaker Entity points at the words that speak in that sentence, a pronoun or "the
statement" included, and its ``name`` says whom they stand for ("she" -> "Maria Lopez"); the
pipeline then resolves that name through the actor registry.
"""

from __future__ import annotations

from .extract import find_quotes

__all__ = ["find_quotes"]
