"""Name folding: how a toponym as written becomes a lookup key.

Transliterations of the same place differ in accents, hyphens, apostrophes and spaces
("Shahr-e Kord", "Shahre Kord", "Shahrekord"; "Sana'a", "Sanaa"), so names are compared as
*keys*: casefolded, accents stripped, letters without a decomposition (ø, ł, ı, æ ...) spelled
out, apostrophes dropped and every other non-alphanumeric removed. Spelling variants that differ
in letters ("Teheran", "Meshed", "Ahwaz") are not folded together here: GeoNames lists them as
alternate names, and the gazetteer indexes those.

The gazetteer builds its index with :func:`key` and looks names up with it, so both sides must
use this module.
"""

from __future__ import annotations

import re
import unicodedata

# Letters NFKD does not decompose into a base letter plus a combining mark.
_LETTERS = str.maketrans(
    {
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ħ": "h",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "þ": "th",
        "ð": "d",
        "ŀ": "l",
        "ŧ": "t",
        "ß": "ss",
        "ə": "e",
        "ǝ": "e",
        "ɨ": "i",
    }
)
_SPECIAL = re.compile("[" + "".join(chr(c) for c in _LETTERS) + "]")
# Apostrophes and the letters transliterations use for ayn/hamza: dropped, not turned into a
# word break, so that "Sana'a" and "Sanaa", "Ma'rib" and "Marib" share a key.
_APOSTROPHES = re.compile(r"['’‘ʼʻʿʾ`´′]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_NON_ALNUM_LINES = re.compile(r"[^0-9a-z\n]+")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s?$")
_EDGE_JUNK = ' \t\r\n"“”«»()[]{},;:!?*|/\\'
_THE = re.compile(r"^the\s+", re.IGNORECASE)


def fold(text: str) -> str:
    """Casefolded, accent-free words separated by single spaces: 'Shahr-e Kord' -> 'shahr e kord'.

    Letters of other scripts fold to nothing: the gazetteer matches English text, and the
    GeoNames alternate names in Cyrillic, Arabic or Han script would only be noise.
    """
    s = _APOSTROPHES.sub("", text.casefold())
    if not s.isascii():
        # NFKD splits "é" into "e" and a combining accent, which the ASCII encoding then drops.
        s = unicodedata.normalize("NFKD", s.translate(_LETTERS)).encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub(" ", s).strip()


def fold_many(texts: list[str]) -> list[str]:
    """:func:`fold` of each text, done on all of them at once (a million GeoNames names fold in
    a second this way, against seven one by one)."""
    blob = "\n".join(t.replace("\n", " ") for t in texts)
    blob = _APOSTROPHES.sub("", blob.casefold())
    if not blob.isascii():
        # str.translate walks the whole string in Python-level steps; the regex finds the few
        # letters that need it in C.
        blob = _SPECIAL.sub(lambda m: _LETTERS[ord(m.group())], blob)
        blob = unicodedata.normalize("NFKD", blob).encode("ascii", "ignore").decode("ascii")
    blob = _NON_ALNUM_LINES.sub(" ", blob)
    return [line.strip() for line in blob.split("\n")]


def key(text: str) -> str:
    """The lookup key: :func:`fold` without spaces, so 'Shahre Kord' and 'Shahr-e Kord' meet."""
    return fold(text).replace(" ", "")


def clean_mention(text: str) -> str:
    """A toponym as written, without what is not part of the name: surrounding quotes and
    punctuation, a possessive ("Tehran's", "Philippines'") and a leading "the"."""
    s = text.strip(_EDGE_JUNK)
    s = _POSSESSIVE.sub("", s)
    s = _THE.sub("", s)
    # A trailing full stop belongs to an abbreviation ("U.S.") but not to a name ending a sentence.
    if s.endswith(".") and not re.search(r"\b\w\.\w\.$", s):
        s = s[:-1]
    return s.strip(_EDGE_JUNK)


def acronym(text: str) -> str | None:
    """'U.S.', 'US', 'UAE' -> the letters; None unless the text is 2-5 upper-case letters
    (with or without dots). Acronyms match case-sensitively, so 'us' is never the US."""
    letters = text.replace(".", "").strip()
    if 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper() and letters.isascii():
        return letters
    return None
