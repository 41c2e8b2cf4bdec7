"""How a sentence presents an event: asserted, reported, future, habitual, hypothetical or
negated; and for reported events, who the text says makes the claim.

The system records who claims what and never upgrades a claim to a fact: an event inside
"the ministry said that ..." or "according to Amnesty" is ``reported`` with ``claimed_by`` set,
whatever the camp of the claimant or of the outlet.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .lexicon import REPORT_VERBS

HABITUAL_ADVERBS = frozenset(
    "often regularly routinely usually frequently constantly repeatedly continually always "
    "habitually daily nightly weekly".split()
)
HYPOTHETICAL_MARKS = frozenset(("if", "unless", "whether"))
HYPOTHETICAL_MODALS = frozenset(("could", "might", "would", "should", "may", "can"))
FUTURE_AUX = frozenset(("will", "shall", "'ll", "wo"))
FUTURE_HEADS = frozenset(("plan", "intend", "schedule", "expect", "set", "prepare", "aim", "vow", "pledge", "threaten"))
# "is prepared to impose", "is ready to host", "is willing to send": a commitment to act.
COMMITMENT_WORDS = frozenset(("prepared", "ready", "willing", "prepare", "decide", "determined", "resolve"))
DENIAL_VERBS = frozenset(("deny", "refute", "dismiss", "reject"))
ATTRIBUTION_ADVERBS = frozenset(("reportedly", "allegedly", "purportedly", "supposedly"))


@dataclass(frozen=True)
class Factuality:
    """The factuality label and, for reported events, the head token of the claimant."""

    label: str
    source: Token | None = None


def _clause_chain(t: Token, limit: int = 6) -> list[Token]:
    """The trigger and the heads above it, up to the sentence root."""
    chain = [t]
    while chain[-1].head.i != chain[-1].i and len(chain) < limit:
        chain.append(chain[-1].head)
    return chain


def _subject(v: Token) -> Token | None:
    for c in v.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    if v.dep_ == "conj" or (v.dep_ in ("advcl", "xcomp") and v.tag_ == "VBG"):
        # "..., and said", "..., adding that ...", "..., saying ...": the main clause's subject speaks
        return _subject(v.head)
    return None


def _according_to(sent: Span) -> Token | None:
    """The X of "according to X" in the sentence, or in an "According to X" the parser has cut
    off as a sentence of its own just before it (no full stop ends it)."""
    src = _according_to_in(sent)
    if src is None and sent.start > 0:
        prev = sent.doc[sent.start - 1].sent
        if prev.root.lower_ == "according" and prev[-1].text not in (".", "!", "?"):
            src = _according_to_in(prev)
    return src


def _according_to_in(sent: Span) -> Token | None:
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            for c in t.doc[t.i + 1].children:
                if c.dep_ == "pobj":
                    return c
            for c in t.children:
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
    return None


# "Police put the death toll at 12", "activists estimate the number of dead at 300": a figure
# someone gives is that someone's claim.
FIGURE_VERBS = frozenset(("put", "place", "estimate", "set", "give", "raise", "revise", "update", "count"))
FIGURE_NOUNS = frozenset(("toll", "number", "figure", "count", "tally", "estimate"))


def _claimant(trigger: Token, chain: list[Token], sent: Span, own_verb: bool) -> tuple[bool, Token | None]:
    """Whether the sentence attributes the event to someone, and the head of that someone.

    The attribution is a report or denial verb above the trigger, "according to X", a report
    verb at the root of the sentence ("..., the ministry said."), a figure someone puts at a
    number, or "reportedly" (attributed, to nobody named)."""
    for t in chain[1:]:
        lemma = t.lemma_.lower()
        if (lemma in REPORT_VERBS or lemma in DENIAL_VERBS) and t.pos_ in ("VERB", "AUX"):
            return True, _subject(t)
    src = _according_to(sent)
    if src is not None:
        return True, src
    if not own_verb:
        # "..., the ministry said." with the event in the main clause and the report verb the root
        root = sent.root
        if root.i != trigger.i and root.lemma_.lower() in REPORT_VERBS and trigger in root.subtree:
            subj = _subject(root)
            if subj is not None and trigger not in subj.subtree:
                return True, subj
    # the figure verb governs a nominal event ("put the death toll at 12"), or the event sits in
    # the figure's own noun phrase ("put the number of arrests at 40"); not a clause hung on it
    # ("... at 40 after protesters stormed the office")
    v = trigger if trigger.pos_ in ("VERB", "AUX") else next((a for a in trigger.ancestors if a.pos_ == "VERB"), None)
    if v is not None and v.lemma_.lower() in FIGURE_VERBS and any(c.dep_ == "prep" and c.lower_ == "at" for c in v.children):
        figure = next((c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in FIGURE_NOUNS), None)
        if figure is not None and (v.i == trigger.i or trigger in figure.subtree):
            return True, _subject(v)
    if any(c.lower_ in ATTRIBUTION_ADVERBS for c in trigger.children):
        return True, None
    return False, None


def classify(trigger: Token, sent: Span, own_verb: bool) -> Factuality:
    """Factuality of the event whose trigger head is ``trigger`` in ``sent``, with its claimant.

    ``own_verb`` is true when the trigger itself is a speech act (an ACCUSE, REQUEST ...): the
    outlet asserts that the speaker said it, so a report verb above it does not make it reported
    unless the speech act itself sits inside someone else's report. The claimant is kept for
    every label: "the police denied that anyone was killed" is a negation the police make, "they
    said they would march" a future the speakers announce.
    """
    chain = _clause_chain(trigger)
    root = sent.root
    if trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and trigger.i > sent.start and \
            trigger.doc[trigger.i - 1].text == "," and root.i != trigger.i:
        # ", blaming ...", ", saying ...": a participle after a comma goes on with the sentence's
        # main clause, wherever the parser hangs it; a speech act there is the subject's own
        # ("denied it, blaming infiltrators": the blaming is asserted)
        chain = [trigger] if own_verb else [trigger, *_clause_chain(root)]
    attributed, src = _claimant(trigger, chain, sent, own_verb)
    # negation on the trigger or on the auxiliary chain of its own clause
    for t in chain[:2]:
        if t.i != trigger.i and trigger.dep_ in ("advcl", "conj", "ccomp", "relcl", "acl", "parataxis"):
            break  # "did not stop the march, arresting two": the clause above has its own polarity
        if any(c.dep_ == "neg" for c in t.children):
            return Factuality("negated", src)
        if t.i != trigger.i and t.pos_ != "AUX":
            break
    for c in trigger.children:
        if c.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ in ("no", "none") for d in c.children):
            return Factuality("negated", src)
        if c.lower_ in ("no", "none", "nobody", "nothing") and c.dep_ in ("nsubj", "nsubjpass", "det", "dobj"):
            return Factuality("negated", src)
    for below, t in zip(chain, chain[1:], strict=False):
        # what is denied is the denial's content ("denied that police fired", "denied the
        # killing"), not what the denier goes on to do ("denied it, blaming infiltrators")
        if t.lemma_.lower() in DENIAL_VERBS and t.pos_ == "VERB" and below.dep_ in (
                "ccomp", "xcomp", "dobj", "pcomp", "nsubjpass"):
            return Factuality("negated", src)
        if t.dep_ == "ROOT":
            break

    # conditionals: the trigger's clause (or a clause above it) is an if-clause
    for t in chain[:3]:
        if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in t.children):
            return Factuality("hypothetical", src)
    if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS for c in trigger.children):
        # "they said they would blockade Paris": future in the past, not a conditional
        if any(c.lower_ == "would" for c in trigger.children) and trigger.dep_ == "ccomp" and (
            trigger.head.lemma_.lower() in REPORT_VERBS
        ):
            return Factuality("future", src)
        return Factuality("hypothetical", src)

    # future: "will hold", "plans to hold", "is set to vote", "said they would blockade"
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in trigger.children):
        return Factuality("future", src)
    if trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in COMMITMENT_WORDS:
        return Factuality("future", src)
    if trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in FUTURE_HEADS:
        return Factuality("future", src)

    if any(c.lower_ in HABITUAL_ADVERBS for c in trigger.children) or any(
        c.dep_ == "npadvmod" and any(d.lower_ in ("every", "each") for d in c.children) for c in trigger.children
    ):
        return Factuality("habitual", src)

    return Factuality("reported", src) if attributed else Factuality("asserted")
