"""Token features of the persuasion tagger: the general-English sentiment lexicons, and the
word-level / clause-level kinds of the tagger's training labels."""

from __future__ import annotations

from corroborate.persuasion import sentiment
from corroborate.persuasion.features import DocFeatures
from corroborate.persuasion.training import Article, token_labels


def test_sentiment_lexicons_load_from_the_installed_packages():
    assert len(sentiment.vader()) > 7000
    assert len(sentiment.pattern()) > 1400  # distinct word forms; senses are averaged
    assert sentiment.vader()["horrible"] < -2 < 2 < sentiment.vader()["wonderful"]


def test_sentiment_features_grade_strength_not_topic():
    strong = sentiment.word_features("brutal", "brutal")
    mild = sentiment.word_features("difficult", "difficult")
    assert "vd=-3" in strong and "vs=3" in strong
    assert "vs=1" in mild or "vs=2" in mild
    # neutral words and names carry no sentiment, whichever side they name
    for word in ("parliament", "tuesday", "ministry", "iran", "israel", "republican", "democrat"):
        assert not [f for f in sentiment.word_features(word, word) if f.startswith(("vd=", "vs="))], word


def test_sentiment_features_reach_the_tagger_and_its_neighbours(nlp):
    doc = nlp("The brutal decree hurt farmers.")
    feats = DocFeatures(doc).token_features()[0]
    assert "vd=-3" in feats[1]  # "brutal"
    assert "vs=3@-1" in feats[2]  # "decree", right after it
    assert not any(f.startswith("vd=") for f in feats[0])  # "The"


def test_token_labels_mark_word_and_clause_level_spans(nlp):
    text = "They call him a traitor. If we do nothing, our children will starve."
    doc = nlp(text)
    w = text.index("traitor")
    c = text.index("If")
    labels = [("Name_Calling,Labeling", w, w + len("traitor")),
              ("Appeal_to_fear-prejudice", c, len(text) - 1)]
    first, second = token_labels(Article("1", text, doc, labels))
    assert first == ["O", "O", "O", "O", "B-W", "O"]
    assert second[0] == "B-C" and set(second[1:-1]) == {"I-C"} and second[-1] == "O"


def test_token_labels_a_word_inside_a_clause_span_is_clause_level(nlp):
    text = "These crooks will ruin everything we love."
    doc = nlp(text)
    labels = [("Appeal_to_fear-prejudice", 0, len(text) - 1), ("Name_Calling,Labeling", 6, 12)]
    (only,) = token_labels(Article("1", text, doc, labels))
    assert only[0] == "B-C" and only[1] == "I-C"


def test_insult_nouns_stand_on_their_own_whoever_is_named(nlp):
    from corroborate.persuasion import find_spans

    for text in ("The minister said a few hundred hoodlums had attacked the depot.",
                 "The union said a few hundred hoodlums had attacked the depot."):
        spans = find_spans(nlp(text))
        assert any(s.text == "hoodlums" or "hoodlums" in s.text for s in spans), text
    # a neutral noun in the same slot is not flagged by the lexicon
    assert not any("workers" in s.text for s in find_spans(nlp("The union said a few hundred workers had left the depot.")))
