"""Features of tokens and sentences for the persuasion models.

Token features (the span tagger), each a string naming a binary feature:

    word form, lemma (proper nouns and neutral actor nouns as placeholders, see ``form``), 3-letter suffix, shape, capitalisation, part of speech (coarse and fine),
    dependency label, the head's lemma and part of speech, the lemma of an adjective's noun
    (amod), lexicon lists the word or a phrase through it is in, its grades in two published
    general-English sentiment lexicons (``sentiment``: VADER valence, pattern subjectivity and
    polarity; +0.011 SI F1 out of fold), quotation state, position in
    the sentence, how often the lemma recurs in the document (repetition), the sentence's
    punctuation (! ?), the document's density of lexicon words; and the words, tags and lexicon
    lists of the two tokens on either side, and the sentiment strength of the next and previous.

Sentence features (the sentence classifier): the lemmas and lemma bigrams of the sentence, its
lexicon lists and sentiment grades with counts, punctuation, quotation, length, position in the document, first
and second person pronouns, modal verbs, negation.

Named-entity labels are left out on purpose: spaCy's NER is the slowest component, and leaving
it out lets cross-validation parse the 300 PTC articles in half the time at no measured cost
(0.368 vs 0.355 span F1 with them).

Whitespace tokens are not items: a sentence is the list of its other tokens. Everything here is
a function of the parsed spaCy ``Doc`` alone, so training and prediction see the same features.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..actors.mentions import SECTOR_WORDS
from .lexicon import PHRASE_STARTS, WORD_LISTS
from .sentiment import word_features

QUOTES = frozenset('"“”«»„')
# the features of sentences and spans that count words (lexicon lists, sentiment grades): log-scaled
_COUNTED = ("x=", "vd=", "vs=", "subj=", "pol=")

# Even-handedness by construction: the model never sees *who* an actor is. Proper nouns
# (people, parties, countries, groups) and the neutral nouns that name an actor's kind
# ("government", "opposition", "police", "protesters") are read as placeholders, so a sentence
# gets the same features whichever camp it names; words that judge an actor ("regime",
# "thugs", "militants") stay words, and the model learns from the data whether they persuade.
_JUDGING_ACTOR_WORDS = frozenset(
    """regime junta basij basiji kremlin gunmen gunman assailants attackers militants militant
    insurgents insurgent jihadists guerrillas mob""".split()
)
NEUTRAL_ACTORS = frozenset(w for w in SECTOR_WORDS if w not in _JUDGING_ACTOR_WORDS) | frozenset(
    """government governments opposition army armies party parties movement movements group groups
    forces force media camp side""".split()
)


def _is_actor_noun(t: Token) -> bool:
    return t.lower_ in NEUTRAL_ACTORS or t.lemma_.lower() in NEUTRAL_ACTORS


def _judges(t: Token) -> bool:
    """Whether a word says something of an actor rather than naming it: a judging actor word,
    a lexicon word, or a word with a sentiment grade ("terror groups", "thug militias")."""
    lower = t.lower_
    return (lower in _JUDGING_ACTOR_WORDS or lower in WORD_LISTS or t.lemma_.lower() in WORD_LISTS
            or bool(word_features(lower, t.lemma_.lower())))


def form(t: Token) -> str:
    """A token's lower-cased form as the model sees it: ``<name>`` for a proper noun, ``<actor>``
    for a neutral actor noun and for a noun that is part of such an actor's name ("state
    media", "exile groups", "security forces") unless the noun itself judges."""
    if t.pos_ == "PROPN":
        return "<name>"
    if _is_actor_noun(t):
        return "<actor>"
    if t.dep_ == "compound" and t.pos_ == "NOUN" and _is_actor_noun(t.head) and not _judges(t):
        return "<actor>"
    return t.lower_


def lemma(t: Token) -> str:
    """A token's lemma as the model sees it (placeholders as in :func:`form`)."""
    f = form(t)
    return f if f.startswith("<") else t.lemma_.lower()
_CONTENT = frozenset(("NOUN", "PROPN", "ADJ", "VERB", "ADV"))


@dataclass(frozen=True)
class Sentence:
    """The non-space tokens of one sentence, as indices into the doc."""

    tokens: tuple[int, ...]

    @property
    def start(self) -> int:
        return self.tokens[0]

    @property
    def end(self) -> int:
        return self.tokens[-1] + 1


def sentences(doc: Doc) -> list[Sentence]:
    """The doc's sentences that have a non-space token."""
    out = []
    for s in doc.sents:
        toks = tuple(t.i for t in s if not t.is_space)
        if toks:
            out.append(Sentence(toks))
    return out


def _shape(t: Token) -> str:
    s = t.text
    if t.is_upper and len(s) > 1:
        return "UP"
    if t.is_title:
        return "Tit"
    if t.is_lower:
        return "low"
    if t.like_num:
        return "num"
    if t.is_punct:
        return "punct"
    return "mix"


def lexicon_hits(doc: Doc) -> list[list[str]]:
    """For each token, the lexicon lists it belongs to (single words by form or lemma, and
    ``list/B`` or ``list/I`` for the first or later word of a phrase)."""
    hits: list[list[str]] = [[] for _ in range(len(doc))]
    lowers = [t.lower_ for t in doc]
    for t in doc:
        names = set(WORD_LISTS.get(t.lower_, ())) | set(WORD_LISTS.get(t.lemma_.lower(), ()))
        hits[t.i].extend(sorted(names))
        for phrase, name in PHRASE_STARTS.get(t.lower_, ()):
            n = len(phrase)
            if tuple(lowers[t.i : t.i + n]) == phrase:
                hits[t.i].append(name + "/B")
                for j in range(t.i + 1, t.i + n):
                    hits[j].append(name + "/I")
    return hits


def _bucket(n: float, edges: tuple[float, ...]) -> int:
    return sum(1 for e in edges if n >= e)


class DocFeatures:
    """Token and sentence features of one parsed document, computed once."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.sents = sentences(doc)
        self.lex = lexicon_hits(doc)
        # placeholders carry no sentiment either: "rebels" reads negative in general English,
        # and the model must not learn a camp's name through the back door
        self.senti = [[] if form(t).startswith("<") else word_features(t.lower_, t.lemma_.lower()) for t in doc]
        words = [t for t in doc if not t.is_space and not t.is_punct]
        self.n_words = len(words)
        lemma_counts = Counter(lemma(t) for t in words if t.pos_ in _CONTENT)
        self.lemma_counts = lemma_counts
        bigrams = Counter(
            (form(a), form(b)) for a, b in zip(words, words[1:], strict=False) if a.pos_ in _CONTENT or b.pos_ in _CONTENT
        )
        self.bigram_counts = bigrams
        loaded = sum(1 for h in self.lex if any(x in ("insult", "negative", "positive") for x in h))
        self.density = _bucket(1000 * loaded / max(1, self.n_words), (10, 20, 35, 50))
        self.quoted = self._quoted()
        self._token_features: list[list[list[str]]] | None = None
        self._sentence_features: list[dict[str, float]] | None = None

    def _quoted(self) -> list[bool]:
        """Whether each token is inside quotation marks (a quote never spans a line break)."""
        inside = [False] * len(self.doc)
        state = False
        for t in self.doc:
            if t.is_space and "\n" in t.text:
                state = False
            if t.text in QUOTES or (t.text == "'" and t.dep_ == "punct"):
                if t.text in "“«":
                    state = True
                elif t.text in "”»":
                    state = False
                else:
                    state = not state
                continue
            inside[t.i] = state
        return inside

    # ------------------------------------------------------------------ tokens

    def _base(self, t: Token, sent: Sentence, k: int) -> list[str]:
        lower = form(t)
        lem = lemma(t)
        f = [
            "w=" + lower,
            "l=" + lem,
            "s3=" + lower[-3:],
            "sh=" + _shape(t),
            "p=" + t.pos_,
            "t=" + t.tag_,
            "d=" + t.dep_,
            "hp=" + t.head.pos_,
            "hl=" + (lemma(t.head) if t.head.i != t.i else "ROOT"),
            "dp=" + t.dep_ + "|" + t.head.pos_,
        ]
        if t.dep_ == "amod" or (t.pos_ == "ADJ" and t.head.pos_ in ("NOUN", "PROPN")):
            f.append("an=" + lemma(t.head))
        for h in self.lex[t.i]:
            f.append("x=" + h)
        f.extend(self.senti[t.i])
        if self.quoted[t.i]:
            f.append("q")
        if t.pos_ in _CONTENT:
            f.append(f"rep={_bucket(self.lemma_counts[lem], (2, 3, 5))}")
        n = len(sent.tokens)
        pos = k / max(1, n - 1)
        f.append(f"pos={_bucket(pos, (0.01, 0.25, 0.5, 0.75, 0.99))}")
        return f

    def token_features(self) -> list[list[list[str]]]:
        """Per sentence, per token: the feature strings of the span tagger (computed once)."""
        if self._token_features is None:
            self._token_features = self._compute_token_features()
        return self._token_features

    def _compute_token_features(self) -> list[list[list[str]]]:
        doc = self.doc
        out = []
        for sent in self.sents:
            toks = [doc[i] for i in sent.tokens]
            base = [self._base(t, sent, k) for k, t in enumerate(toks)]
            words = [form(t) for t in toks]
            tags = [t.pos_ for t in toks]
            lex = [self.lex[t.i] for t in toks]
            senti = [[x for x in self.senti[t.i] if x.startswith(("vs=", "subj="))] for t in toks]
            n = len(toks)
            excl = any(t.text == "!" for t in toks)
            ques = any(t.text == "?" for t in toks)
            slen = _bucket(n, (6, 12, 25, 45))
            feats = []
            for k in range(n):
                f = list(base[k])
                f.append(f"slen={slen}")
                f.append(f"dens={self.density}")
                if excl:
                    f.append("sent!")
                if ques:
                    f.append("sent?")
                for off in (-2, -1, 1, 2):
                    j = k + off
                    if 0 <= j < n:
                        f.append(f"w[{off}]={words[j]}")
                        f.append(f"p[{off}]={tags[j]}")
                        f.extend(f"x[{off}]={h}" for h in lex[j])
                        if abs(off) == 1:
                            f.extend(f"{h}@{off}" for h in senti[j])
                    else:
                        f.append(f"w[{off}]=<>")
                if k > 0:
                    f.append(f"ww[-1]={words[k - 1]}|{words[k]}")
                    f.append(f"pp[-1]={tags[k - 1]}|{tags[k]}")
                    if self.bigram_counts[(words[k - 1], words[k])] > 1:
                        f.append("rep2")
                if k + 1 < n:
                    f.append(f"ww[+1]={words[k]}|{words[k + 1]}")
                    f.append(f"pp[+1]={tags[k]}|{tags[k + 1]}")
                feats.append(f)
            out.append(feats)
        return out

    # ------------------------------------------------------------------ sentences

    def sentence_features(self) -> list[dict[str, float]]:
        """Per sentence: the weighted features of the sentence classifier (computed once)."""
        if self._sentence_features is None:
            self._sentence_features = self._compute_sentence_features()
        return self._sentence_features

    def _compute_sentence_features(self) -> list[dict[str, float]]:
        doc = self.doc
        out: list[dict[str, float]] = []
        n_sents = len(self.sents)
        for si, sent in enumerate(self.sents):
            toks = [doc[i] for i in sent.tokens]
            f: defaultdict[str, float] = defaultdict(float)
            lemmas = [lemma(t) for t in toks]
            for lem, t in zip(lemmas, toks, strict=True):
                f["l=" + lem] = 1.0
                if t.pos_ in _CONTENT and self.lemma_counts[lem] > 2:
                    f["rep"] += 1
                if t.tag_ == "MD":
                    f["modal"] = 1.0
                if t.dep_ == "neg":
                    f["neg"] = 1.0
                if t.lower_ in ("we", "us", "our", "you", "your", "i", "my"):
                    f["person12=" + t.lower_] = 1.0
                if t.tag_ in ("JJS", "RBS"):
                    f["superlative"] = 1.0
                if t.text in QUOTES:
                    f["quote"] = 1.0
                for h in self.lex[t.i]:
                    f["x=" + h.split("/")[0]] += 1
                for h in self.senti[t.i]:
                    f[h] += 1
            for a, b in zip(lemmas, lemmas[1:], strict=False):
                f["b=" + a + "|" + b] = 1.0
            for key in [k for k in f if k.startswith(_COUNTED) or k == "rep"]:
                f[key] = math.log1p(f[key])
            n = len(toks)
            f[f"len={_bucket(n, (4, 8, 15, 25, 40))}"] = 1.0
            f[f"dens={self.density}"] = 1.0
            f["pos=" + ("first" if si == 0 else "last" if si == n_sents - 1 else "mid")] = 1.0
            if any(t.text == "!" for t in toks):
                f["!"] = 1.0
            if any(t.text == "?" for t in toks):
                f["?"] = 1.0
            if self.quoted[toks[n // 2].i]:
                f["inquote"] = 1.0
            f["bias"] = 1.0
            out.append(dict(f))
        return out

    # ------------------------------------------------------------------ spans

    def span_features(self, sent: Sentence, first: int, last: int) -> dict[str, float]:
        """Features of the technique classifier for the tokens ``first..last`` (positions in
        ``sent``): the span's words, its shape, and whether the text says it elsewhere too."""
        doc = self.doc
        toks = [doc[i] for i in sent.tokens[first : last + 1]]
        f: defaultdict[str, float] = defaultdict(float)
        for t in toks:
            f["l=" + lemma(t)] = 1.0
            f["p=" + t.pos_] = 1.0
            for h in self.lex[t.i]:
                f["x=" + h.split("/")[0]] += 1
            for h in self.senti[t.i]:
                f[h] += 1
            if t.tag_ in ("JJS", "RBS"):
                f["superlative"] = 1.0
            if t.is_upper and len(t.text) > 1:
                f["caps"] = 1.0
        root = doc[toks[0].i : toks[-1].i + 1].root
        f["root=" + root.pos_] = 1.0
        f["rootdep=" + root.dep_] = 1.0
        f["first=" + form(toks[0])] = 1.0
        f["last=" + form(toks[-1])] = 1.0
        n = len(toks)
        f[f"len={_bucket(n, (2, 3, 5, 8, 13, 21))}"] = 1.0
        f[f"cover={_bucket(n / len(sent.tokens), (0.25, 0.5, 0.8, 0.99))}"] = 1.0
        content = [lemma(t) for t in toks if t.pos_ in _CONTENT]
        if content:
            f[f"rep={_bucket(min(self.lemma_counts[c] for c in content), (2, 3, 5))}"] = 1.0
        said = doc[toks[0].i : toks[-1].i + 1].text.lower()
        if n <= 12 and self.doc.text.lower().count(said) > 1:
            f["said_again"] = 1.0
        if any(t.text == "!" for t in (doc[i] for i in sent.tokens)):
            f["!"] = 1.0
        if any(t.text == "?" for t in (doc[i] for i in sent.tokens)):
            f["?"] = 1.0
        if self.quoted[toks[0].i]:
            f["inquote"] = 1.0
        for key in [k for k in f if k.startswith(_COUNTED)]:
            f[key] = math.log1p(f[key])
        f["bias"] = 1.0
        return dict(f)
