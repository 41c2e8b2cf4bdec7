"""Light event coreference over dates: "the protests" takes the date of the protests the text dates.

A news text names its episodes once with a date ("the November 2019 uprising", "protests that
began on 16 September", "On 3 June, a sit-in was dispersed") and afterwards refers back to them
without one ("killed during the protests", "the number arrested in these protests", "its role
in breaking up the sit-in"), sometimes before the dated naming (a lead that tells the toll
first). A sentence without a date of its own that refers to such an episode in the event's
clause is dated by the episode, not merely by whatever date the story mentioned last.

What counts as an episode is a fixed list of nouns for collective, bounded happenings (the same
for every side: a protest, a crackdown, a strike). A mention refers back when it is definite or
a bare plural ("the protests", "these protests", "two weeks of protests"); "a protest" or
"similar protests" introduce another one. Episode nouns of one lemma first; when the text dates
none of that lemma, the nouns of its family ("the protests" and "the November 2019 uprising").

An episode dated by its beginning ("protests that began on 16 September") went on after that
day, so it stands for its month, not the day. When the text dates one noun with dates that do
not nest (the December protests, the June protests), a back-reference takes the latest one
named before it; with none before it, it is ambiguous and gets no date from here.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..records import DateValue
from . import clause_of

__all__ = ["Episode", "episode_date", "find_episodes"]

# Nouns of bounded collective happenings that a text dates once and refers back to. Members of
# one family stand in for each other when the text dates no noun of the mention's own lemma.
_FAMILIES: dict[str, str] = {
    **dict.fromkeys(("protest", "demonstration", "uprising", "unrest", "riot", "revolt", "rebellion",
                     "upheaval", "insurrection", "intifada"), "protest"),
    **dict.fromkeys(("rally", "march"), "rally"),
    **dict.fromkeys(("sit-in", "occupation", "encampment"), "sit-in"),
    **dict.fromkeys(("strike", "walkout", "stoppage"), "strike"),
    **dict.fromkeys(("crackdown", "massacre", "raid", "clash", "siege"), "crackdown"),
}
_BEGIN_VERBS = {"begin", "start", "erupt", "spark", "launch", "ignite"}
_BEGIN_PHRASAL = {("break", "out"), ("kick", "off")}  # "broke out", but not "broken up"
DETERMINERS_BACK = {"the", "these", "those", "this", "that"}
# Modifiers that make a mention introduce another episode rather than refer back to one.
NEW_EPISODE = {"similar", "other", "another", "new", "further", "more", "future", "previous", "earlier",
                "past", "fresh", "renewed", "next", "many", "several", "some", "few", "such"}
_ADNOMINAL = {"nmod", "compound", "poss", "npadvmod", "amod", "nummod", "appos"}
_CLAUSE_DEPS = {"ROOT", "conj", "ccomp", "advcl", "relcl", "parataxis", "csubj", "acl", "pcomp", "xcomp"}
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj"}


@dataclass(frozen=True)
class Episode:
    """A dated naming of an episode: its noun's lemma, where the noun is, and its date."""

    lemma: str
    at: int  # character offset of the noun
    date: DateValue
    begins: bool = False  # dated by its first day: it went on after it


def _lemma(tok: Token) -> str | None:
    """The episode noun a token heads, or None ("sit-in" is three tokens; its head is "in")."""
    if tok.lower_ == "in" and tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "sit":
        return "sit-in"
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    word = tok.lower_
    # a capitalised plural opening a sentence is often tagged a proper noun and not lemmatised
    for lemma in (tok.lemma_.lower(), word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else ""):
        if lemma in _FAMILIES:
            return lemma
    return None


def _span_root(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _coarse(d: DateValue) -> DateValue:
    """An episode dated by its first day holds its month: "began on 16 September" is September."""
    if d.value is None or d.precision not in ("day", "week"):
        return d
    return DateValue(d.text, d.start, d.end, d.value[:7], "month")


def _episodes_of(date_root: Token) -> list[tuple[Token, bool]]:
    """The episode nouns a date dates, each with whether the date is that of its beginning."""
    tok = date_root
    if tok.dep_ in _ADNOMINAL and _lemma(tok.head):  # "the November 2019 uprising", "December's protests"
        return [(tok.head, False)]
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        if _lemma(head.head):  # "the crackdown on 3 June"
            return [(head.head, False)]
        head = head.head
    elif tok.dep_ not in ("npadvmod", "nmod", "obl"):
        return []
    if head.pos_ not in ("VERB", "AUX"):
        return []
    verb = head.lemma_.lower()
    begins = verb in _BEGIN_VERBS or any((verb, c.lower_) in _BEGIN_PHRASAL for c in head.children if c.dep_ == "prt")
    out = [(c, begins) for c in head.children if c.dep_ in _ARGUMENT_DEPS and _lemma(c)]
    if head.dep_ == "relcl" and _lemma(head.head):  # "protests that began on 16 September"
        out.append((head.head, begins))
    return out


def find_episodes(doc: Doc, dates: list[DateValue]) -> list[Episode]:
    """The episodes the text names with a resolved date, in text order."""
    if not doc.has_annotation("DEP"):
        return []
    out = []
    for d in dates:
        if d.value is None:
            continue
        root = _span_root(doc, d.start, d.end)
        if root is None:
            continue
        for noun, begins in _episodes_of(root):
            lemma = _lemma(noun)
            assert lemma is not None
            out.append(Episode(lemma, noun.idx, _coarse(d) if begins else d, begins))
    return sorted(out, key=lambda e: e.at)


def _refers_back(tok: Token) -> str | None:
    """How a mention refers back: "definite" ("the/these protests", "its crackdown"), "bare"
    (a bare plural without adjectives: "weeks of protests"), or None ("a protest", "similar
    protests", "major demonstrations", which may well be other ones)."""
    if any(c.lower_ in NEW_EPISODE for c in tok.children if c.dep_ in ("amod", "det", "nummod")):
        return None
    dets = [c.lower_ for c in tok.children if c.dep_ in ("det", "predet")]
    if dets:
        return "definite" if all(d in DETERMINERS_BACK for d in dets) else None
    if any(c.dep_ == "poss" for c in tok.children):
        return "definite"
    bare = tok.tag_ in ("NNS", "NNPS") or tok.lower_ == "unrest"  # "weeks of protests", "during unrest"
    if bare and not any(c.dep_ in ("amod", "compound") for c in tok.children):
        return "bare"
    return None


def _mentions(doc: Doc, sent_start: int, sent_end: int, trigger_start: int) -> list[tuple[Token, str, str]]:
    trigger = doc.char_span(trigger_start, trigger_start + 1, alignment_mode="expand")
    span = doc.char_span(sent_start, sent_end, alignment_mode="expand")
    if trigger is None or span is None:
        return []
    clause = clause_of(trigger[0], _CLAUSE_DEPS)
    out = []
    for tok in span:
        lemma = _lemma(tok)
        how = _refers_back(tok) if lemma is not None else None
        if lemma is not None and how is not None and (tok.i == trigger[0].i or clause_of(tok, _CLAUSE_DEPS) == clause):
            out.append((tok, lemma, how))
    return out


def _introduced_before(doc: Doc, tok: Token, lemma: str | None) -> Token | None:
    """The nearest earlier mention of the same family (of ``lemma`` itself, when given) and the
    same number, if that mention introduces an episode ("a sit-in", "another protest"): a back-reference then points
    to it, whether or not it is dated, rather than to an episode named further back."""
    family = _FAMILIES[_lemma(tok) or ""]
    plural = tok.tag_ in ("NNS", "NNPS")
    for prev in reversed(doc[: tok.i]):
        got = _lemma(prev)
        if got is None or (lemma is not None and got != lemma) or (lemma is None and _FAMILIES[got] != family):
            continue
        if (prev.tag_ in ("NNS", "NNPS")) != plural:  # "the strike" is not one of "similar strikes"
            continue
        if _refers_back(prev) is not None:
            return None
        dets = {c.lower_ for c in prev.children if c.dep_ == "det"}
        return prev if dets & {"a", "an", "another"} or any(
            c.lower_ in NEW_EPISODE for c in prev.children if c.dep_ in ("amod", "det")) else None
    return None


def _nests(a: DateValue, b: DateValue) -> bool:
    assert a.value is not None and b.value is not None
    return a.value.startswith(b.value) or b.value.startswith(a.value)


def _episode_for(episodes: list[Episode], at: int) -> Episode | None:
    """The episode a back-reference at ``at`` takes from the episodes of its kind (see the module)."""
    if not episodes:
        return None
    coarsest = min(episodes, key=lambda e: (len(e.date.value or ""), e.at))
    if all(_nests(e.date, coarsest.date) for e in episodes):
        # one episode named several times: open-ended if any naming dates its beginning
        return Episode(coarsest.lemma, coarsest.at, coarsest.date, any(e.begins for e in episodes))
    before = [e for e in episodes if e.at < at]
    return before[-1] if before else None


def _agrees(story: DateValue | None, episode: Episode) -> bool:
    """Whether the story's date is as fine and lies within the episode (or, for one dated by its
    beginning, on or after that): then it says more than the episode and may stand."""
    if story is None or story.value is None or episode.date.value is None:
        return False
    ev = episode.date.value
    if story.value.startswith(ev):
        return True
    return episode.begins and len(story.value) >= len(ev) and story.value[: len(ev)] > ev


def episode_date(
    doc: Doc,
    episodes: list[Episode],
    sent_start: int,
    sent_end: int,
    trigger_start: int,
    story: DateValue | None = None,
) -> DateValue | None:
    """The date of the dated episode that the event's clause refers back to, when it should
    govern instead of ``story`` (the date the story reached before the sentence); else None.

    Meant for a sentence without a date of its own (its own date governs it first). A bare
    plural ("weeks of protests") refers back only to episodes named with its own noun; a
    definite one also to those of its family ("the protests" to "the November 2019 uprising")."""
    if not episodes:
        return None
    for tok, lemma, how in _mentions(doc, sent_start, sent_end, trigger_start):
        antecedent = _introduced_before(doc, tok, lemma if how == "bare" else None)
        if antecedent is not None:  # "during another protest ... This protest has spread"
            named = [e for e in episodes if e.at == antecedent.idx]
            if not named:
                return None
            return None if _agrees(story, named[0]) else named[0].date
        own = [e for e in episodes if e.lemma == lemma and e.at != tok.idx]
        if not own and how == "definite":
            own = [e for e in episodes if _FAMILIES[e.lemma] == _FAMILIES[lemma] and e.at != tok.idx]
        episode = _episode_for(own, tok.idx)
        if episode is not None:
            return None if _agrees(story, episode) else episode.date
    return None
