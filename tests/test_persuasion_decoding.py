"""Decoding token and sentence probabilities into spans: thresholds, gaps and edges."""

from __future__ import annotations

from corroborate.persuasion.features import DocFeatures
from corroborate.persuasion.model import Decoding, SentenceScores, _fill_gaps, decode_sentence

TEXT = "Officials called the vote a shameful and cowardly betrayal of the nation, critics said."


def _scores(df: DocFeatures, on_words: set[str], sentence: float = 0.0) -> SentenceScores:
    sent = df.sents[0]
    return SentenceScores(tuple(0.9 if df.doc[i].lower_ in on_words else 0.1 for i in sent.tokens), sentence)


def _texts(df: DocFeatures, spans: list[tuple[int, int]]) -> list[str]:
    toks = df.sents[0].tokens
    return [df.doc[toks[a] : toks[b] + 1].text for a, b in spans]


def test_fill_gaps_joins_only_short_inner_gaps():
    on = [True, False, True, False, False, False, True, False]
    _fill_gaps(on, 1)
    assert on == [True, True, True, False, False, False, True, False]
    on = [False, True, False, False, True, False]
    _fill_gaps(on, 2)
    assert on == [False, True, True, True, True, False]
    on = [True, False, True]
    _fill_gaps(on, 0)
    assert on == [True, False, True]


def test_gap_joins_a_loaded_phrase_split_by_a_function_word(nlp):
    df = DocFeatures(nlp(TEXT))
    sc = _scores(df, {"shameful", "cowardly", "betrayal"})
    apart = _texts(df, decode_sentence(df, df.sents[0], sc, Decoding(token=0.5, weight=0.0, sentence=1.01, gap=0)))
    joined = _texts(df, decode_sentence(df, df.sents[0], sc, Decoding(token=0.5, weight=0.0, sentence=1.01, gap=1)))
    assert apart == ["shameful", "cowardly betrayal"]
    assert joined == ["shameful and cowardly betrayal"]


def test_sure_sentence_is_one_span_without_edge_punctuation(nlp):
    df = DocFeatures(nlp(TEXT))
    sc = _scores(df, set(), sentence=0.95)
    spans = _texts(df, decode_sentence(df, df.sents[0], sc, Decoding(token=0.5, weight=0.0, sentence=0.7)))
    assert spans == [TEXT.rstrip(".")]


def test_punctuation_alone_is_never_a_span(nlp):
    df = DocFeatures(nlp(TEXT))
    sc = _scores(df, {",", "."})
    assert decode_sentence(df, df.sents[0], sc, Decoding(token=0.5, weight=0.0, sentence=1.01)) == []
