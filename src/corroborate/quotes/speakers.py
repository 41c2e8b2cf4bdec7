"""Who a 'he', 'she', 'it' or 'they' that speaks stands for.

News writing names a speaker once ("Maria Lopez, a nurse, said ...") and then goes on with "she
said". The person meant is the one the story is following: the last person quoted, unless
another person has since become the subject of a sentence, and never a name that only occurs
inside a quotation (that is someone the speaker talks about). A title ("Mr.", "Ms.") and earlier
pronouns tell which names are a man's or a woman's, and a 'she' skips a man. An 'it' or 'they'
is the organisation or group that spoke last, when the number agrees.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..actors.resolve import DOCUMENT_NOUNS

_TITLES = {"mr": "m", "mr.": "m", "sir": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
           "madam": "f", "lady": "f"}
_PRONOUN_GENDER = {"he": "m", "she": "f"}
_SUBJECTS = ("nsubj", "nsubjpass")
WINDOW_SENTENCES = 4


def _key(span: Span) -> str:
    """A person's key across mentions: the last word of the name ("Ms. Maria Lopez" -> "lopez")."""
    words = [t for t in span if t.is_alpha]
    return (words[-1] if words else span[-1]).lower_


def _name(span: Span) -> str:
    """A mention's name without titles, for its gender: a family name alone may be the husband's
    or the wife's ("Mr. Clinton", "Mrs. Clinton"), the full name is one person."""
    return " ".join(t.lower_ for t in span if t.lower_ not in _TITLES and not t.is_punct)


def _is_subject(t: Token) -> bool:
    """A subject, or a name in apposition to one ("the chairman, Chuck Williams, said")."""
    return t.dep_ in _SUBJECTS or (t.dep_ in ("appos", "compound", "flat") and t.head.dep_ in _SUBJECTS)


_NOT_PEOPLE = ("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW")


def _named_person(t: Token) -> Token | None:
    """The proper noun naming the person a speaker token stands for: the token itself ("Ana
    Ruiz said"), or the name in apposition to a description ("A teacher, Ana Ruiz, said")."""
    if t.pos_ == "PROPN" and t.ent_type_ not in _NOT_PEOPLE:
        return t
    if t.pos_ == "NOUN":
        for c in t.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ not in _NOT_PEOPLE:
                return c
    return None


def _name_span(t: Token) -> Span:
    """A proper noun with the names before it ("Ana Ruiz" for "Ruiz")."""
    start = t.i
    while start > 0 and t.doc[start - 1].dep_ in ("compound", "flat") and t.doc[start - 1].pos_ == "PROPN" \
            and t.doc[start - 1].head.i in range(start, t.i + 1):
        start -= 1
    return t.doc[start:t.i + 1]


# Verbs by which someone puts a document out: its issuer is their subject.
_ISSUING_VERBS = frozenset("issue publish release send sign post circulate distribute present submit deliver".split())
# Verbs by which someone rejects a document: they are not its issuer.
_REJECTING_VERBS = frozenset("dismiss reject deny criticise criticize condemn refute contest question".split())


def anonymous_document(t: Token) -> bool:
    """'The statement', 'this report': a document noun that names neither its issuer ("the
    ministry's statement", "a report by Amnesty") nor is itself a name."""
    return (t.lemma_.lower() in DOCUMENT_NOUNS and t.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)
            and not any(c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and c.lower_ in ("by", "from", "of"))
                        for c in t.children))


def _issuer_in_phrase(t: Token) -> Token | None:
    """The issuer a document noun names itself: "the ministry's statement", "a police statement",
    "a report by Amnesty"."""
    if t.lemma_.lower() not in DOCUMENT_NOUNS or t.pos_ != "NOUN":
        return None
    for c in t.children:
        if c.dep_ in ("poss", "compound") and c.pos_ in ("PROPN", "NOUN"):
            return c
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ in ("ORG", "PERSON", "NORP", "GPE")):
                return obj
    return None


class Speakers:
    """Resolves speaker pronouns of one document, in text order."""

    def __init__(self, doc: Doc, quoted: list[bool]) -> None:
        self.doc = doc
        people = [e for e in doc.ents if e.label_ == "PERSON" and not quoted[e.root.i]]
        # the small model tags a person's bare surname ORG or nothing now and then ("Trump
        # said"): a proper noun that is the subject of its clause counts as the person whose name
        # ends in it elsewhere in the document
        keys = {_key(p) for p in people}
        taken = {t.i for p in people for t in p}
        for t in doc:
            if (t.i not in taken and t.pos_ == "PROPN" and t.dep_ in _SUBJECTS and t.lower_ in keys
                    and not quoted[t.i]):
                people.append(doc[t.i:t.i + 1])
        self.people = sorted(people, key=lambda p: p.start)
        self.gender: dict[str, str] = {}
        for p in self.people:
            before = doc[p.start - 1].lower_ if p.start > 0 else ""
            g = _TITLES.get(p[0].lower_) or _TITLES.get(before)
            if g is not None:
                self.gender.setdefault(_name(p), g)
        self.last: tuple[int, Span] | None = None  # where the last person speaker spoke, and who
        self.last_group: tuple[int, Token] | None = None  # the same for an organisation or a group

    def _group(self, t: Token) -> Token:
        """'The ministry said ... It said that ...': an 'it' or 'they' that speaks is the
        organisation or group that spoke last, when it agrees in number."""
        if self.last_group is None or self.last_group[0] < self._window_start(t):
            # nobody has spoken yet: the organisation the story has made its subject
            # ("The ministry issued a statement. It said ...")
            found = self._issuer(t)
            return found if found.i != t.i and (found.ent_type_ in ("ORG", "NORP") or found.pos_ == "NOUN") and (
                (t.lower_ == "they") == (found.tag_ in ("NNS", "NNPS"))) else t
        group = self.last_group[1]
        plural = group.tag_ in ("NNS", "NNPS")
        if (t.lower_ == "they") == plural:
            return group
        return t

    def _issuer(self, t: Token) -> Token:
        """'The ministry issued a statement. The statement said ...': a document that speaks
        without saying whose it is was issued by the organisation or person that spoke last."""
        window = self._window_start(t)
        cands = [] if self.last_group is None else [self.last_group]
        if self.last is not None:
            cands.append((self.last[0], self.last[1].root))
        # or whoever the text said issued, published or released a document ("Amnesty
        # published a report on Friday"); a document someone dismissed is not theirs, and
        # then nobody is named
        for d in self.doc[window:t.i]:
            if d.lemma_.lower() not in DOCUMENT_NOUNS or d.dep_ not in ("dobj", "nsubjpass") or d.head.pos_ != "VERB":
                continue
            verb = d.head.lemma_.lower()
            if verb in _REJECTING_VERBS and d.lemma_.lower() == t.lemma_.lower():
                return t
            subj = next((c for c in d.head.children if c.dep_ == "nsubj"), None) if verb in _ISSUING_VERBS else None
            subj = _issuer_in_phrase(d) or subj
            if subj is not None and subj.pos_ in ("PROPN", "NOUN") and not anonymous_document(subj):
                cands.append((d.i, subj))
        for d in self.doc[window:t.i]:
            if d.dep_ == "nsubj" and d.ent_type_ == "ORG" and d.head.pos_ in ("VERB", "AUX"):
                cands.append((d.i, d))
        cands = [(i, g) for i, g in cands if i >= window and g.i != t.i]
        return max(cands, key=lambda c: c[0])[1] if cands else t

    def _compatible(self, p: Span, gender: str) -> bool:
        return self.gender.get(_name(p), gender) == gender

    def _window_start(self, t: Token) -> int:
        start = t.sent.start
        for _ in range(WINDOW_SENTENCES - 1):
            if start == 0:
                break
            start = self.doc[start - 1].sent.start
        return start

    def resolve(self, t: Token) -> Token | None:
        """The head of the name a speaker token stands for: for 'he'/'she' the person (None when
        no person fits), for 'it'/'they' the organisation or group when one fits, for a
        description with a name in apposition the name; any other token as it is. Call in text
        order: the speakers resolved so far are the first candidates."""
        if t.lower_ in ("it", "they"):
            return self._group(t)
        if anonymous_document(t):
            return self._issuer(t)
        issuer = _issuer_in_phrase(t)
        if issuer is not None:
            return issuer
        gender = _PRONOUN_GENDER.get(t.lower_)
        if gender is None:
            named = _named_person(t)
            person = next((p for p in self.people if p.start <= (named or t).i < p.end), None)
            if person is None and named is not None:
                person = _name_span(named)
            if person is not None:
                self.last = (t.i, person)
                return person.root
            if t.pos_ in ("NOUN", "PROPN"):
                self.last_group = (t.i, t)
            return t
        window = self._window_start(t)
        cands = [p for p in self.people if window <= p.start and p.end <= t.i and self._compatible(p, gender)]
        subjects = [p for p in cands if _is_subject(p.root)]
        choice: Span | None = None
        if self.last is not None and self.last[0] >= window and self._compatible(self.last[1], gender):
            # the person last quoted, unless someone else has been the subject since
            later = [p for p in subjects if p.start > self.last[0] and _key(p) != _key(self.last[1])]
            if not later:
                choice = self.last[1]
        if choice is None and (subjects or cands):
            choice = (subjects or cands)[-1]
        if choice is None:
            return None
        self.gender.setdefault(_name(choice), gender)
        self.last = (t.i, choice)
        return choice.root
