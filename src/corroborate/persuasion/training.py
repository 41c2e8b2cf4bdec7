"""Training the persuasion model on the PTC corpus (SemEval-2020 Task 11), and the data it needs.

The corpus folder holds ``documents.jsonl`` (``{"id": "article<ID>", "text": ...}``) and
``labels.tsv`` (``ID<TAB>technique<TAB>start<TAB>end``). Every article is parsed with the same
spaCy pipeline the extractor uses (without NER, which no feature reads); parses are cached on
disk, keyed by the texts and the model, because parsing 300 articles takes a minute or two on
a small machine and the training and cross-validation read them many times.

Training targets, from the gold spans of an article:

    tagger      B/I/O per token over the union of all gold spans (techniques merged), B and I
                marked as word-level or clause-level techniques (see ``token_labels``)
    sentence    Y when any gold span overlaps the sentence, else N
    technique   each gold span (clipped to the sentence it starts in) with its technique

CRFsuite trains with L-BFGS and elastic-net regularisation (``TAGGER_PARAMS``); the L1 part
drops most features, which keeps the model small. Training is deterministic: no random
initialisation, and the folds of cross-validation come from a fixed seed.
"""

from __future__ import annotations

import hashlib
import json
import lzma
import random
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite
import spacy
from spacy.tokens import Doc, DocBin

from ..errors import GoldError
from ..evaluate.ptc import merge_spans
from .features import DocFeatures, Sentence
from .model import FILES, META, Meta

SEED = 20261127
FOLDS = 5
Label = tuple[str, int, int]  # technique, start, end

TAGGER_PARAMS = {"c1": 0.2, "c2": 3.0, "max_iterations": 150, "feature.minfreq": 2,
                 "feature.possible_transitions": True}
SENTENCE_PARAMS = {"c1": 0.5, "c2": 10.0, "max_iterations": 200}
TECHNIQUE_PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 100}
CACHE_FORMAT = 1  # bump when what is cached changes


@dataclass
class Article:
    """One corpus article: its text, parse, gold labels and the features computed from them."""

    id: str  # without the "article" prefix, as labels.tsv has it
    text: str
    doc: Doc
    labels: list[Label]

    def __post_init__(self) -> None:
        self.features = DocFeatures(self.doc)


def read_ptc(folder: Path) -> tuple[list[tuple[str, str]], dict[str, list[Label]]]:
    """``[(id, text)]`` of ``documents.jsonl`` and ``{id: [(technique, start, end)]}`` of
    ``labels.tsv``; ids without the ``article`` prefix."""
    docs_file, labels_file = folder / "documents.jsonl", folder / "labels.tsv"
    for f in (docs_file, labels_file):
        if not f.is_file():
            raise GoldError(str(folder), f"no {f.name} here; a PTC folder holds documents.jsonl and labels.tsv")
    texts = []
    for n, line in enumerate(docs_file.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            texts.append((str(row["id"]).removeprefix("article"), str(row["text"])))
        except (ValueError, KeyError, TypeError) as e:
            raise GoldError(f"{docs_file}:{n}", f"not a {{'id', 'text'}} JSON object ({e})") from e
    labels: dict[str, list[Label]] = defaultdict(list)
    for line in labels_file.read_text(encoding="utf-8").splitlines():
        cols = line.rstrip("\r").split("\t")
        if len(cols) == 4 and cols[2].isdigit() and cols[3].isdigit():
            labels[cols[0].removeprefix("article")].append((cols[1], int(cols[2]), int(cols[3])))
    return texts, dict(labels)


def _cache_file(texts: Sequence[str], nlp: spacy.Language) -> Path | None:
    from ..places.gazetteer import default_cache_dir

    h = hashlib.sha1(f"{CACHE_FORMAT}|{spacy.__version__}|{nlp.meta.get('name')}|{nlp.meta.get('version')}|"
                     f"{','.join(nlp.pipe_names)}".encode())
    for t in texts:
        h.update(t.encode("utf-8", "surrogatepass") + b"\x00")
    return default_cache_dir() / f"persuasion-parses-{h.hexdigest()[:16]}.spacy"


def parse(texts: Sequence[str], cache: bool = True) -> list[Doc]:
    """The texts parsed by the shared pipeline without NER, from the disk cache when there."""
    from .. import nlp as nlp_stage

    nlp = nlp_stage.load()
    path = _cache_file(texts, nlp) if cache else None
    if path is not None and path.is_file():
        try:
            docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
            if len(docs) == len(texts) and all(d.text == t for d, t in zip(docs, texts, strict=True)):
                return docs
        except (OSError, ValueError):
            pass  # a damaged cache file is parsed again and rewritten
    docs = list(nlp.pipe(texts, disable=["ner"], batch_size=nlp_stage.BATCH_SIZE))
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            DocBin(docs=docs, store_user_data=False).to_disk(tmp)
            tmp.replace(path)
        except OSError:
            pass  # no cache is only slower
    return docs


def articles(folder: Path, cache: bool = True) -> list[Article]:
    """Every article of a PTC folder, parsed, with its gold labels."""
    texts, labels = read_ptc(folder)
    docs = parse([t for _, t in texts], cache=cache)
    return [Article(i, t, d, labels.get(i, [])) for (i, t), d in zip(texts, docs, strict=True)]


def folds(ids: Sequence[str], k: int = FOLDS, seed: int = SEED) -> dict[str, int]:
    """A fold number for every article: the sorted ids shuffled with ``seed``, dealt round-robin."""
    order = sorted(ids)
    random.Random(seed).shuffle(order)
    return {a: n % k for n, a in enumerate(order)}


# ---------------------------------------------------------------------- targets


def _sentence_chars(doc: Doc, sent: Sentence) -> tuple[int, int]:
    last = doc[sent.tokens[-1]]
    return doc[sent.tokens[0]].idx, last.idx + len(last)


# Techniques whose spans are a few words (an insult, an intensifier, a slogan-like repeat) and
# those whose spans are a clause or a sentence (an appeal, a doubt, a false dilemma): the tagger
# tells the two kinds apart, because they start, run and end differently.
WORD_TECHNIQUES = frozenset(("Loaded_Language", "Name_Calling,Labeling", "Repetition", "Exaggeration,Minimisation"))


def token_labels(art: Article) -> list[list[str]]:
    """Per token of every sentence: ``O``, or ``B``/``I`` over the union of the gold spans with
    ``-C`` when a clause-level technique covers the token and ``-W`` when only word-level ones
    do (``B-W``, ``I-C``, ...). The model reads only ``P(not O)``; the kinds make the CRF learn
    the lengths of the two kinds of spans separately (+0.005 SI F1 out of fold)."""
    doc = art.doc
    merged = merge_spans((s, e) for _, s, e in art.labels)
    out = []
    j = 0
    for sent in art.features.sents:
        labels = []
        prev = -1
        for ti in sent.tokens:
            t = doc[ti]
            a, b = t.idx, t.idx + len(t)
            while j < len(merged) and merged[j][1] <= a:
                j += 1
            hit = j if j < len(merged) and merged[j][0] < b else -1
            if hit < 0:
                labels.append("O")
            else:
                clause = any(tech not in WORD_TECHNIQUES for tech, s, e in art.labels if s < b and e > a)
                labels.append(("I" if hit == prev else "B") + ("-C" if clause else "-W"))
            prev = hit
        out.append(labels)
    return out


def sentence_labels(art: Article) -> list[str]:
    """Y for every sentence that a gold span overlaps."""
    out = []
    for sent in art.features.sents:
        a, b = _sentence_chars(art.doc, sent)
        out.append("Y" if any(s < b and e > a for _, s, e in art.labels) else "N")
    return out


def technique_examples(art: Article) -> list[tuple[dict[str, float], str]]:
    """``(span features, technique)`` for every gold span, clipped to the sentence it starts in."""
    doc = art.doc
    out = []
    for tech, s, e in art.labels:
        for sent in art.features.sents:
            a, b = _sentence_chars(doc, sent)
            if b <= s:
                continue
            if a >= e:
                break
            inside = [k for k, ti in enumerate(sent.tokens) if doc[ti].idx < e and doc[ti].idx + len(doc[ti]) > s]
            if inside:
                out.append((art.features.span_features(sent, inside[0], inside[-1]), tech))
                break
    return out


# ---------------------------------------------------------------------- training


def train(arts: Sequence[Article], folder: Path, meta: Meta | None = None, compress: bool = False) -> None:
    """Train the three classifiers on ``arts`` and write them (and ``meta.json``) to ``folder``;
    ``compress``: as ``*.crfsuite.xz`` (a third of the size, for the shipped model)."""
    folder.mkdir(parents=True, exist_ok=True)
    tagger = pycrfsuite.Trainer(verbose=False)
    sentence = pycrfsuite.Trainer(verbose=False)
    technique = pycrfsuite.Trainer(verbose=False)
    for art in arts:
        for x, y in zip(art.features.token_features(), token_labels(art), strict=True):
            tagger.append(x, y)
        for sx, sy in zip(art.features.sentence_features(), sentence_labels(art), strict=True):
            sentence.append([sx], [sy])
        for tx, ty in technique_examples(art):
            technique.append([tx], [ty])
    for trainer, params, key in ((tagger, TAGGER_PARAMS, "tagger"), (sentence, SENTENCE_PARAMS, "sentence"),
                                 (technique, TECHNIQUE_PARAMS, "technique")):
        trainer.set_params(params)
        # write next to the target and rename, so a reader never sees half a model
        with tempfile.NamedTemporaryFile(dir=folder, suffix=".tmp", delete=False) as tmp:
            pass
        trainer.train(tmp.name)
        Path(tmp.name).chmod(0o644)
        target = folder / FILES[key]
        if compress:
            packed = Path(tmp.name).with_suffix(".xz")
            packed.write_bytes(lzma.compress(Path(tmp.name).read_bytes(), preset=9))
            Path(tmp.name).unlink()
            packed.chmod(0o644)
            packed.replace(target.with_name(target.name + ".xz"))
            target.unlink(missing_ok=True)
        else:
            Path(tmp.name).replace(target)
    (folder / META).write_text((meta or Meta()).to_json(), encoding="utf-8")
