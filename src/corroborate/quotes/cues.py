"""Attributions from cue words: verbs of saying, thinking and finding with their content, stance
nouns and adjectives ("her claim that ...", "critical of ..."), and "according to".

A cue word outside quotation marks (lexicon.py) governs its content: a clause ("said the
talks failed", '"...," she said'), an infinitive ("vowed to appeal"), an object ("denounced the
verdict") or a prepositional object ("called for a strike"); "according to X" makes X the
source of the clause it stands in. The speaker is the cue's subject, or the subject of the verb
a subjectless cue hangs from ("X attacked the ruling, saying ..."), or the noun a relative
clause describes ("X, who said ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import Attribution, Context
from .lexicon import (
    ADJECTIVE_CLAUSE,
    ADJECTIVE_PREPOSITION,
    CLAUSE,
    EXPRESS,
    INFINITIVE,
    LEMMA_FIXES,
    NOUN_CLAUSE,
    NOUN_PREPOSITION,
    OBJECT,
    OBJECT_AS,
    PASSIVE_INFINITIVE,
    PREPOSITION,
    QUESTION,
    RAISING,
    SPEECH,
)

RELATIVE = frozenset({"who", "that", "which", "whom"})
_ADDRESSEES = frozenset({"him", "her", "them", "me", "us", "you", "it"})

# What sets a parenthetical cue off from the clause it reports (a colon or a semicolon does not:
# "...: some voters said they ..." is a clause of its own)
_SETTING_OFF = frozenset({",", "—", "–", "-", "--", "(", '"', "”", "''", "’", "'"})
_CLIMB = ("xcomp", "conj", "advcl", "ccomp", "pcomp", "prep", "acomp", "parataxis")


def _is_cue_word(v: Token) -> bool:
    lemma = cue_lemma(v)
    return lemma in CLAUSE or lemma in OBJECT or lemma in INFINITIVE or lemma in PREPOSITION


def _coordinated_cue(v: Token) -> Token | None:
    """The cue a subjectless cue verb is coordinated with though the parser hung it in the
    first cue's clause: in "said he earns little and questioned the plan", "questioned" is
    the speaker's second act, so "said" is returned for it."""
    if v.dep_ != "conj" or v.pos_ != "VERB" or not _is_cue_word(v):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None
    comp = v.head
    if comp.dep_ != "ccomp" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in comp.children):
        return None
    cue = comp.head
    return cue if cue.pos_ == "VERB" and cue_lemma(cue) in CLAUSE else None


def subject(ctx: Context, v: Token) -> Token | None:
    """The token naming who speaks through cue ``v``: its subject, or the subject of the verb a
    subjectless cue hangs from ("X attacked the ruling, saying ...", "after arguing that ...,
    X ...", "X is quoted as saying ..."), or the noun a relative clause describes."""
    head = _coordinated_cue(v) or v
    for _ in range(5):
        subj = next((c for c in head.children if c.dep_ == "nsubj" and not ctx.quoted(c)), None)
        if subj is None and head == v and any(c.dep_ == "nsubj" for c in head.children):
            # '"Meh," wrote a supporter': the parser took the quoted word for the subject
            subj = next((c for c in head.children if c.i > v.i and c.dep_ in ("dobj", "attr", "npadvmod", "appos")
                         and c.pos_ in ("NOUN", "PROPN") and not ctx.quoted(c)), None)
        if subj is None and head != v:
            subj = next((c for c in head.children if c.dep_ == "nsubjpass" and not ctx.quoted(c)), None)
        if subj is None:
            agent = next((c for c in head.children if c.dep_ == "agent"), None)
            subj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if subj is not None:
            if subj.lower_ in RELATIVE and head.dep_ == "relcl":
                return head.head
            return subj
        if head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN"):
            noun = head.head  # "a statement saying ...": the statement, or whoever issued it
            poss = next((c for c in noun.children if c.dep_ == "poss"), None)
            if poss is not None:
                return poss
            if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
                head = noun.head
                continue
            return noun
        if head.dep_ in _CLIMB and head.head != head:
            head = head.head
            continue
        return None
    return None


def cue_lemma(t: Token) -> str:
    """The lemma a cue is looked up by (the tagger's, where it is right)."""
    lemma = t.lemma_.lower()
    return LEMMA_FIXES.get(lemma, lemma) if t.lower_.startswith("hop") and t.lower_ != "hopping" else lemma


def cue_words(v: Token) -> list[Token]:
    """A cue verb with its particle ("pointed out"), in text order."""
    words = [v]
    words += [c for c in v.children if c.dep_ == "prt"]
    return sorted(words, key=lambda t: t.i)


def _subtree(t: Token) -> set[int]:
    return {x.i for x in t.subtree}


def _span_set(first: int, last: int) -> set[int]:
    return set(range(first, last + 1))


def _parenthetical(v: Token) -> bool:
    """A cue set off inside or after the clause it reports: "..., he said, ...", "As X reported,"."""
    if v.dep_ not in ("parataxis", "ccomp", "advcl") or v.head == v:
        return False
    if any(c.dep_ in ("dobj", "xcomp") for c in v.children) or not any(c.dep_ == "nsubj" for c in v.children):
        return False
    marks = [c.lower_ for c in v.children if c.dep_ == "mark"]
    if marks:
        return marks == ["as"]
    first = next(t.i for t in v.subtree if not t.is_punct)
    return first > 0 and v.doc[first - 1].text in _SETTING_OFF


def _content_tokens(ctx: Context, v: Token) -> tuple[set[int], list[Token], str] | None:
    """The tokens of what cue ``v`` reports, and the cue words; None when it reports nothing."""
    lemma = cue_lemma(v)
    kids = list(v.children)
    cue = cue_words(v)
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    to_inf = next((c for c in kids if c.dep_ == "xcomp" and c.i > v.i
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if to_inf is not None and subj is not None and (
            lemma in RAISING or (lemma in PASSIVE_INFINITIVE and subj.dep_ == "nsubjpass")):
        # "the talks seemed to stall", "he is expected to resign": subject and infinitive
        return _subtree(subj) | _subtree(to_inf), cue, "raising"
    if lemma in CLAUSE:
        comp = next((c for c in kids if c.dep_ == "ccomp"), None)
        if comp is not None:
            tokens = _subtree(comp)
            for c in comp.children:
                if _coordinated_cue(c) == v:
                    # "said he earns little and questioned the plan": the second cue is the
                    # speaker's, not part of what was said
                    tokens -= _subtree(c) | {x.i for x in comp.children if x.dep_ == "cc" and x.i < c.i}
            return tokens, cue, "clause"
        question = next((c for c in kids if c.dep_ == "advcl" and c.i > v.i
                         and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)), None)
        if question is not None and lemma in QUESTION:
            return _subtree(question), cue, "clause"  # "asked the minister whether ..."
        if _parenthetical(v) and lemma in SPEECH:
            # "The talks, he said, failed." / "The talks failed, he said." / "As the agency
            # reported, ...": the cue hangs from the clause it reports
            reported = v.head
            while reported.pos_ not in ("VERB", "AUX") and reported.head != reported:
                reported = reported.head  # "The curfew, he said, ...": hung from the subject
            return _subtree(reported) - _subtree(v), cue, "parenthetical"
    if lemma in INFINITIVE:
        x = next((c for c in kids if c.dep_ == "xcomp" and c.i > v.i
                  and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if x is not None:
            obj = next((c for c in kids if c.dep_ in ("dobj", "dative") and c.i < x.i), None)
            first = obj.left_edge.i if obj is not None else x.left_edge.i
            return _span_set(first, x.right_edge.i), cue, "infinitive"
    if lemma in OBJECT_AS:
        obj = next((c for c in kids if c.dep_ == "dobj" and c.i > v.i), None)
        as_ = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "as" and c.i > v.i), None)
        if obj is not None and as_ is not None:
            return _span_set(obj.left_edge.i, as_.right_edge.i), cue, "object-as"
    if lemma in OBJECT:
        pred = next((c for c in kids if c.dep_ == "oprd" and c.i > v.i), None)
        rel = next((c for c in kids if c.dep_ == "dobj" and c.i < v.i and c.lower_ in RELATIVE | {"what"}), None)
        obj = next((c for c in kids if c.dep_ == "dobj" and c.i > v.i), None)
        if pred is not None and (rel is not None or obj is None):
            # "what she called a disgrace"; "called the raid a massacre" parsed without an object
            return _subtree(pred), cue, "object"
        clause = _that_clause(obj) if obj is not None and obj.lemma_.lower() in NOUN_CLAUSE else None
        if obj is not None and clause is not None:
            return _subtree(clause), [*cue, obj], "object"  # "expressed concern that ..."
        if obj is not None:
            last = obj.right_edge.i
            for c in kids:
                if c.i > obj.i and (c.dep_ in ("oprd", "xcomp", "ccomp")
                                    or (c.dep_ == "prep" and c.lower_ in ("of", "for", "as", "on"))):
                    last = max(last, c.right_edge.i)
            if obj.lower_ not in _ADDRESSEES or last > obj.i:
                return _span_set(obj.left_edge.i, last), cue, "object"
    if lemma in PREPOSITION:
        for p in kids:
            if p.dep_ == "prep" and p.lower_ in PREPOSITION[lemma] and p.i > v.i:
                obj = next((c for c in p.children if c.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    return _subtree(obj), sorted([*cue, p], key=lambda t: t.i), "preposition"
    return None


def from_cue(ctx: Context, v: Token) -> Attribution | None:
    """The attribution a cue verb makes, if it has content of the kind its lemma takes."""
    if v.pos_ != "VERB" or ctx.quoted(v):
        return None
    found = _content_tokens(ctx, v)
    if found is None:
        return None
    tokens, cue, frame = found
    speaker = subject(ctx, v)
    # the cue and its speaker are no part of the content ("which, she said, was ...")
    tokens -= {t.i for t in cue}
    if speaker is not None:
        tokens -= _subtree(speaker) if speaker.head == v else {speaker.i}
    pieces = ctx.pieces(tokens)
    if not pieces:
        return None
    return ctx.attribution(cue, pieces, speaker, frame)


def _that_clause(w: Token) -> Token | None:
    """The clause "that ..." a noun or adjective takes ("the claim that ...", "clear that ...")."""
    return next((c for c in w.children if c.dep_ in ("acl", "ccomp", "advcl") and c.i > w.i
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def _object_of(w: Token, preps: frozenset[str]) -> tuple[Token, Token] | None:
    """The preposition (one of ``preps``) after ``w`` and its object, if ``w`` has one."""
    for p in w.children:
        if p.dep_ == "prep" and p.lower_ in preps and p.i > w.i:
            obj = next((c for c in p.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return p, obj
    return None


def from_stance_word(ctx: Context, w: Token) -> Attribution | None:
    """A noun or adjective that reports what someone holds: "her claim that ...", "his support
    for ...", "made clear that ...", "is critical of ...". The holder is the possessor, or the
    subject of the verb the word completes."""
    if w.pos_ not in ("NOUN", "ADJ") or ctx.quoted(w):
        return None
    word, lemma = w.lower_, w.lemma_.lower()
    tokens: set[int] | None = None
    cue = [w]
    if w.pos_ == "NOUN":
        clause = _that_clause(w) if lemma in NOUN_CLAUSE else None
        preps = NOUN_PREPOSITION.get(word) or NOUN_PREPOSITION.get(lemma)
        found = _object_of(w, preps) if preps and clause is None else None
        if clause is not None:
            tokens = _subtree(clause)
        elif found is not None:
            tokens = _subtree(found[1])
            cue = [w, found[0]]
        if tokens is None:
            return None
        speaker = next((c for c in w.children if c.dep_ == "poss"), None)
        if speaker is None and w.dep_ == "dobj":
            if cue_lemma(w.head) not in EXPRESS:
                return None  # "received the endorsement of ...": the subject is no holder
            speaker = subject(ctx, w.head)  # "expressed concern that ..."
            cue = [w.head, *cue]
    else:
        clause = _that_clause(w) if lemma in ADJECTIVE_CLAUSE else None
        found = _object_of(w, ADJECTIVE_PREPOSITION[lemma]) if lemma in ADJECTIVE_PREPOSITION and clause is None else None
        if clause is not None:
            tokens = _subtree(clause)
        elif found is not None:
            tokens = _subtree(found[1])
            cue = [w, found[0]]
        if tokens is None or w.dep_ not in ("acomp", "oprd", "amod", "ccomp"):
            return None
        speaker = subject(ctx, w.head) if w.dep_ in ("acomp", "oprd", "ccomp") else w.head
        if speaker is not None and speaker.lower_ == "it":
            speaker = None  # "it is clear that ...": nobody is named
        if w.dep_ == "oprd":
            cue = [w.head, *cue]  # "made clear"
    pieces = ctx.pieces(tokens)
    if not pieces:
        return None
    return ctx.attribution(sorted(cue, key=lambda t: t.i), pieces, speaker, "stance-" + w.pos_.lower())


def according_to(ctx: Context, t: Token) -> Attribution | None:
    """'..., according to X': X is the source of the rest of the sentence."""
    if t.lower_ != "according" or ctx.quoted(t) or t.i + 1 >= len(ctx.doc) or ctx.doc[t.i + 1].lower_ != "to":
        return None
    to = ctx.doc[t.i + 1]
    src = next((c for c in to.children if c.dep_ == "pobj"), None)
    phrase_end = src.right_edge.i if src is not None else to.i
    sent = t.sent
    tokens = _span_set(sent.start, sent.end - 1) - _span_set(t.i, phrase_end)
    pieces = [r for r in ctx.pieces(tokens) if len(ctx.text[r[0]:r[1]].split()) > 1]
    if not pieces:
        return None
    return ctx.attribution([t, to], pieces, src, "according")
