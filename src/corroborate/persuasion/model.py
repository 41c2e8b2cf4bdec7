"""The trained persuasion model: three small CRFsuite models and how their scores become spans.

    tagger.crfsuite     a linear-chain CRF over the tokens of a sentence, labels B/I/O: is this
                        token part of a persuasion span (any technique)?
    sentence.crfsuite   a maximum-entropy classifier (a CRF over one item): does this sentence
                        hold persuasion language at all?
    technique.crfsuite  a maximum-entropy classifier: which of the 14 techniques a span is
                        (the shipped files are xz-compressed: ``*.crfsuite.xz``)
    meta.json           the decoding thresholds, the training data, the scores of the model

Decoding: a sentence the sentence classifier is sure of (``P(sentence) > sentence``) is one span
(the long techniques, Doubt, Appeal to fear, Causal oversimplification, cover whole sentences);
in the others, a token is in a span when ``P(token) + weight * P(sentence) >= token``, and
neighbouring such tokens form one span; two spans that only a short gap (``gap`` tokens) parts
are one span (the tagger often drops a function word inside a loaded phrase). Punctuation at
the edges of a span is left out (gold spans rarely start or end with it). An insult noun of the
lexicon ("thugs", "traitors") that no span holds is a name-calling span of its own. Each span
then gets its technique and, for loaded language and name calling, its target.

CRFsuite model files are read by the CRFsuite C library (``python-crfsuite``), not unpickled, so
loading a model runs no code from the file. The files ship inside the package and are read
from disk; nothing is fetched.
"""

from __future__ import annotations

import json
import lzma
import tempfile
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycrfsuite
from spacy.tokens import Doc

from ..errors import CorroborateError
from ..records import Span
from .features import DocFeatures, Sentence
from .lexicon import WORD_LISTS

TECHNIQUES: tuple[str, ...] = (
    "Loaded_Language",
    "Name_Calling,Labeling",
    "Repetition",
    "Exaggeration,Minimisation",
    "Doubt",
    "Appeal_to_fear-prejudice",
    "Flag-Waving",
    "Causal_Oversimplification",
    "Slogans",
    "Appeal_to_Authority",
    "Black-and-White_Fallacy",
    "Thought-terminating_Cliches",
    "Whataboutism,Straw_Men,Red_Herring",
    "Bandwagon,Reductio_ad_hitlerum",
)

MODEL_DIR = Path(__file__).resolve().parent / "model"
FILES = {"tagger": "tagger.crfsuite", "sentence": "sentence.crfsuite", "technique": "technique.crfsuite"}
META = "meta.json"


@dataclass(frozen=True)
class Decoding:
    """How token and sentence probabilities become spans (chosen by cross-validation)."""

    token: float = 0.4  # a token is in a span when P(token) + weight * P(sentence) >= token
    weight: float = 0.4
    sentence: float = 0.7  # a whole sentence is one span when P(sentence) > sentence
    gap: int = 0  # a run of up to ``gap`` tokens below the threshold between two spans joins them


@dataclass(frozen=True)
class SentenceScores:
    """The tagger's probability that each token is in a span, and the sentence classifier's."""

    tokens: tuple[float, ...]
    sentence: float


@dataclass(frozen=True)
class RawSpan:
    """A predicted span as positions in a sentence of :class:`DocFeatures`."""

    sentence: int
    first: int
    last: int
    technique: str = ""


@dataclass
class Meta:
    decoding: Decoding = field(default_factory=Decoding)
    info: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps({"decoding": asdict(self.decoding), **self.info}, indent=1, ensure_ascii=False) + "\n"

    @classmethod
    def read(cls, path: Path) -> Meta:
        data = json.loads(path.read_text(encoding="utf-8"))
        decoding = Decoding(**data.pop("decoding", {}))
        return cls(decoding=decoding, info=data)


class Model:
    """The three classifiers of one model folder, opened once."""

    def __init__(self, folder: Path = MODEL_DIR) -> None:
        missing = [name for name in (*FILES.values(), META)
                   if not (folder / name).is_file() and not (folder / (name + ".xz")).is_file()]
        if missing:
            raise CorroborateError(
                f"{folder}: the persuasion model is incomplete (missing {', '.join(missing)}); "
                "reinstall corroborate or retrain it with `python scripts/train_persuasion.py`"
            )
        self.folder = folder
        self.meta = Meta.read(folder / META)
        self._taggers: dict[str, pycrfsuite.Tagger] = {}
        # CRFsuite reads a model from a file: an xz-compressed one is unpacked to a private
        # temporary folder that lives as long as this object
        self._unpacked: tempfile.TemporaryDirectory[str] | None = None
        for key, name in FILES.items():
            path = folder / name
            if not path.is_file():
                if self._unpacked is None:
                    self._unpacked = tempfile.TemporaryDirectory(prefix="corroborate-model-")
                path = Path(self._unpacked.name) / name
                path.write_bytes(lzma.decompress((folder / (name + ".xz")).read_bytes()))
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            self._taggers[key] = tagger

    # ------------------------------------------------------------------ scores

    def scores(self, df: DocFeatures) -> list[SentenceScores]:
        """Token and sentence probabilities for every sentence of a document."""
        tagger, sentence = self._taggers["tagger"], self._taggers["sentence"]
        out = []
        for tokens, sfeats in zip(df.token_features(), df.sentence_features(), strict=True):
            tagger.set(tokens)
            p_tokens = tuple(1.0 - tagger.marginal("O", k) for k in range(len(tokens)))
            sentence.set([sfeats])
            out.append(SentenceScores(p_tokens, sentence.marginal("Y", 0)))
        return out

    def raw_spans(
        self, df: DocFeatures, scores: list[SentenceScores], decoding: Decoding | None = None
    ) -> list[RawSpan]:
        """Spans from the scores, each with its technique."""
        dec = decoding or self.meta.decoding
        out: list[RawSpan] = []
        for si, (sent, sc) in enumerate(zip(df.sents, scores, strict=True)):
            found = decode_sentence(df, sent, sc, dec)
            out.extend(RawSpan(si, first, last, self.technique(df, sent, first, last)) for first, last in found)
            out.extend(RawSpan(si, k, k, "Name_Calling,Labeling") for k in insult_nouns(df, sent, found))
        out.sort(key=lambda r: (r.sentence, r.first))
        return out

    def technique(self, df: DocFeatures, sent: Sentence, first: int, last: int) -> str:
        """The most likely technique of a span."""
        label: str = self._taggers["technique"].tag([df.span_features(sent, first, last)])[0]
        return label

    def find_spans(self, doc: Doc) -> list[Span]:
        """The persuasion spans of a parsed document, in text order."""
        from .targets import target_of

        if not doc.has_annotation("DEP") or not len(doc):
            return []
        df = DocFeatures(doc)
        spans = []
        for rs in self.raw_spans(df, self.scores(df)):
            sent = df.sents[rs.sentence]
            first, last = doc[sent.tokens[rs.first]], doc[sent.tokens[rs.last]]
            start, end = first.idx, last.idx + len(last)
            target = target_of(doc[first.i : last.i + 1]) if rs.technique in TARGETED else None
            spans.append(Span(text=doc.text[start:end], start=start, end=end, technique=rs.technique,
                              target=target))
        return spans


# the techniques that are said of someone: their spans get a target where the syntax shows it
TARGETED = frozenset(("Loaded_Language", "Name_Calling,Labeling"))


def insult_nouns(df: DocFeatures, sent: Sentence, found: list[tuple[int, int]]) -> list[int]:
    """Positions of the insult nouns ("thugs", "hoodlums", "traitors") that no span holds: the
    lexicon stands on its own for what it does well, a word that calls people names whoever says
    it. Neutral on PTC (SI F1 0.4013 -> 0.4016 out of fold); it keeps names that the model, learnt
    on US politics, misses in reports about protest and repression."""
    out = []
    for k, ti in enumerate(sent.tokens):
        t = df.doc[ti]
        if t.pos_ == "NOUN" and "insult" in WORD_LISTS.get(t.lower_, ()) and not any(a <= k <= b for a, b in found):
            out.append(k)
    return out


def decode_sentence(df: DocFeatures, sent: Sentence, sc: SentenceScores, dec: Decoding) -> list[tuple[int, int]]:
    """``(first, last)`` token positions of the spans of one sentence."""
    n = len(sent.tokens)
    punct = [df.doc[i].is_punct for i in sent.tokens]
    if sc.sentence > dec.sentence:
        on = [True] * n
    else:
        on = [p + dec.weight * sc.sentence >= dec.token for p in sc.tokens]
        _fill_gaps(on, dec.gap)
    out = []
    k = 0
    while k < n:
        if not on[k]:
            k += 1
            continue
        j = k
        while j + 1 < n and on[j + 1]:
            j += 1
        first, last = k, j
        while first <= last and punct[first]:
            first += 1
        while last >= first and punct[last]:
            last -= 1
        if first <= last:
            out.append((first, last))
        k = j + 1
    return out


def _fill_gaps(on: list[bool], gap: int) -> None:
    """Switch on every run of at most ``gap`` off items that has on items on both sides."""
    if gap <= 0:
        return
    k = 0
    n = len(on)
    while k < n:
        if on[k]:
            k += 1
            continue
        j = k
        while j < n and not on[j]:
            j += 1
        if k > 0 and j < n and j - k <= gap:
            on[k:j] = [True] * (j - k)
        k = j


@lru_cache(maxsize=1)
def load() -> Model:
    """The shipped model, opened on first use."""
    return Model(MODEL_DIR)
