"""Quotations the parse does not tie to a cue, and cues the parse left without content.

A quotation is attached to a speech verb next to it ('"...?" she asked.', 'He added: "..."'),
continues the direct quote before it in its paragraph ('"...," he said. "..."'), or follows a
colon that introduces it ('X issued a statement: "..."', 'Jones: "..."', a list of slogans after
"chanted:"); a quotation none of these explains (a title, a scare quote) is no quote. A cue
clause the parser cut off as a sentence of its own (", he said.") reports the sentence before.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import Attribution, Context, Range
from .cues import cue_lemma, cue_words, subject
from .lexicon import SPEECH
from .marks import Quotation

_BULLETS = "•·*-–—▪►"


def _bare_cues(ctx: Context, taken: set[int]) -> list[Token]:
    """Speech verbs outside quotations that found no content of their own."""
    return [t for t in ctx.doc if t.pos_ == "VERB" and cue_lemma(t) in SPEECH and not ctx.quoted(t)
            and t.i not in taken]


def _clause_range(ctx: Context, v: Token) -> Range:
    """Where a cue's own clause stands: its subtree without quoted words."""
    toks = [t for t in v.subtree if not ctx.quoted(t) and not t.is_punct and not t.is_space] or [v]
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _quotation_root_head(ctx: Context, qi: int) -> Token | None:
    """The token outside quotation ``qi`` that its words hang from in the parse, if any."""
    q = ctx.quotations[qi]
    for t in ctx.doc.char_span(q.start, q.end, alignment_mode="expand") or []:
        if ctx.inside[t.head.i] != qi and t.head != t:
            return t.head
    return None


def attach_quotations(ctx: Context, found: list[Attribution], cues: set[int]) -> None:
    """Give quotations no cue claimed a cue next to them, or the quotation they continue;
    ``cues`` are the tokens of every cue that found content (the ones left out as well)."""
    claimed = {qi for a in found for qi in a.quotations}
    bare = _bare_cues(ctx, cues)
    for qi, q in enumerate(ctx.quotations):
        if qi in claimed:
            continue
        a = _continued(ctx, found, q)
        if a is not None:
            a.pieces += list(q.pieces)
            a.quotations.append(qi)
            claimed.add(qi)
            continue
        v = _adjacent_cue(ctx, qi, bare)
        if v is not None:
            found.append(Attribution(cue_words(v), list(q.pieces), subject(ctx, v), "adjacent", direct=True,
                                      quotations=[qi]))
            bare.remove(v)
            claimed.add(qi)
        else:
            intro = _colon_intro(ctx, q) or _next_in_list(ctx, found, q)
            if intro is not None:
                cue, speaker = intro
                found.append(Attribution(cue, list(q.pieces), speaker, "colon", direct=True, quotations=[qi]))
                claimed.add(qi)
        found.sort(key=lambda x: x.start)
    for v in bare:
        a = _split_off(ctx, v)
        if a is not None:
            found.append(a)
    found.sort(key=lambda x: x.start)


def _split_off(ctx: Context, v: Token) -> Attribution | None:
    """'Those who borrow struggle, even with a good job, he said.' parsed as two sentences: a
    cue clause that is all of its sentence reports the sentence before it, when that one ends in
    a comma."""
    sent = v.sent
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if sent.start == 0 or not words or any(t.i not in {x.i for x in v.subtree} for t in words):
        return None
    comma = ctx.doc[sent.start] if ctx.doc[sent.start].text == "," else ctx.doc[sent.start - 1]
    if comma.text != "," or ctx.quoted(comma):
        return None
    prev = ctx.doc[sent.start - 1].sent
    pieces = ctx.pieces(set(range(prev.start, sent.start)))
    if not pieces:
        return None
    return ctx.attribution(cue_words(v), pieces, subject(ctx, v), "split-off")


def _next_in_list(ctx: Context, found: list[Attribution], q: Quotation) -> tuple[list[Token], Token | None] | None:
    """The next item of a list of quotations a colon introduced ('chanted:' followed by one
    slogan per line): the paragraph holds nothing but a bullet and the quotation, and the one
    before it is such an item."""
    para_start = ctx.text.rfind("\n", 0, q.start) + 1
    if any(not (c.isspace() or c in _BULLETS) for c in ctx.text[para_start:q.start]):
        return None
    before = [a for a in found if a.end <= q.start and a.frame == "colon"]
    if not before:
        return None
    a = max(before, key=lambda x: x.end)
    gap = ctx.text[a.end:para_start]
    if gap.count("\n") > 2 or any(c.isalnum() for c in gap):
        return None
    return a.cue, a.speaker


def _colon_intro(ctx: Context, q: Quotation) -> tuple[list[Token], Token | None] | None:
    """'X issued a statement: "..."', 'Jeffrey Jones: "..."': the clause before a colon that
    introduces a quotation (in the same paragraph or as the last words of the one before) names
    its speaker: the subject of its verb, or the name that is all of it."""
    i = q.start - 1
    while i >= 0 and (ctx.text[i].isspace() or ctx.text[i] in _BULLETS):
        i -= 1
    if i < 0 or ctx.text[i] != ":" or ctx.text[i:q.start].count("\n") > 2:
        return None
    colon = ctx.doc.char_span(i, i + 1, alignment_mode="expand")
    if colon is None or ctx.quoted(colon[0]):
        return None
    c = colon[0]
    first = c.sent.start
    intro = [t for t in ctx.doc[first:c.i] if not ctx.quoted(t)]
    if not intro:
        return None
    inside = {t.i for t in intro}
    heads = [t for t in intro if t.head.i not in inside or t.head == t]
    verbs = [t for t in heads if t.pos_ in ("VERB", "AUX")]
    if c.head.i in inside and c.head.pos_ == "VERB":
        verbs.append(c.head)  # the verb the colon ends ("..., chanted:")
    if verbs:
        v = verbs[-1]
        return cue_words(v), subject(ctx, v)
    names = [t for t in heads if t.pos_ in ("PROPN", "NOUN")]
    if names and len(intro) <= 8:
        return [c], names[-1]
    return None


def _adjacent_cue(ctx: Context, qi: int, bare: list[Token]) -> Token | None:
    q = ctx.quotations[qi]
    head = _quotation_root_head(ctx, qi)
    if head is not None and head in bare:
        return head
    for v in bare:
        s, e = _clause_range(ctx, v)
        if (q.end <= s and ctx.only_punct(q.end, s)) or (e <= q.start and ctx.only_punct(e, q.start)):
            return v
    # a paragraph that ends "X said:" introduces the quotation that opens the next one
    para_start = ctx.text.rfind("\n", 0, q.start) + 1
    if ctx.text[para_start:q.start].strip():
        return None
    prev = ctx.text[:para_start].rstrip()
    if prev.endswith(":"):
        for v in reversed(bare):
            if v.idx < len(prev) and not ctx.text[v.idx:len(prev)].count("\n"):
                return v
    return None


def _continued(ctx: Context, found: list[Attribution], q: Quotation) -> Attribution | None:
    """The direct quote this quotation goes on with: the one just before it in the paragraph, with
    nothing but its cue clause between ('"...," he said. "..."')."""
    before = [a for a in found if a.end <= q.start]
    if not before:
        return None
    a = max(before, key=lambda x: x.end)
    if not a.direct and not any(ctx.quotations[i].end >= a.end and len(ctx.text[ctx.quotations[i].start:ctx.quotations[i].end].split()) > 3
                                for i in a.quotations):
        return None  # reported speech goes on in a quotation only when it ended in one
    gap_start = a.end
    for t in a.cue:
        s, e = _clause_range(ctx, t)
        if a.end <= s:
            gap_start = max(gap_start, e)
    return a if ctx.only_punct(gap_start, q.start) else None
