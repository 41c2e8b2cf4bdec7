"""The document as the quote finder sees it: its quotations, which token stands in which, and
the character ranges of what a cue reports.

Content ranges follow one convention: no punctuation at either end, no complementizer "that"
(it is no part of what was said), but the quotation marks of a quotation the content opens or
closes ('said the plan was "a disaster."' keeps the closing mark and the stop inside it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .marks import find_quotations

Range = tuple[int, int]


@dataclass
class Attribution:
    """One attribution while it is being found: mutable, token-based, turned into a Quote last."""

    cue: list[Token]
    pieces: list[Range]  # what was said: one range, or several around the cue ("..., he said, ...")
    speaker: Token | None  # the words naming the speaker in this sentence (a pronoun, too)
    frame: str  # which rule found it ("clause", "object", "adjacent", ...), for debugging
    direct: bool = False
    quotations: list[int] = field(default_factory=list)  # the quotations it takes in

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


class Context:
    """The document, its quotations, and which quotation each token stands in."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.quotations = find_quotations(self.text)
        self.inside = [-1] * len(doc)
        qi = 0
        for t in doc:
            while qi < len(self.quotations) and self.quotations[qi].end <= t.idx:
                qi += 1
            if qi < len(self.quotations) and self.quotations[qi].start <= t.idx:
                self.inside[t.i] = qi

    def quoted(self, t: Token) -> bool:
        return self.inside[t.i] >= 0

    def only_punct(self, start: int, end: int) -> bool:
        """Nothing but spaces and punctuation between two offsets (of one paragraph)."""
        gap = self.text[start:end]
        return "\n" not in gap and not any(c.isalnum() for c in gap)

    def content(self, first: int, last: int) -> Range | None:
        """The character range of tokens ``first..last`` without punctuation at either end, but
        with the quotation marks of a quotation it opens or closes; None when empty."""
        doc = self.doc
        while first <= last and (doc[first].is_punct or doc[first].is_space):
            first += 1
        while last >= first and (doc[last].is_punct or doc[last].is_space):
            last -= 1
        if first > last:
            return None
        if doc[first].dep_ == "mark" and doc[first].lower_ == "that" and first < last:
            first += 1  # the complementizer is no part of what was said
        start, end = doc[first].idx, doc[last].idx + len(doc[last])
        for q in self.quotations:
            if q.end <= start or q.start >= end:
                continue
            if start <= q.start and end < q.end and self.only_punct(end, q.end):
                end = q.end
            if end >= q.end and start > q.start and self.only_punct(q.start, start):
                start = q.start
        return start, end

    def pieces(self, tokens: set[int]) -> list[Range]:
        """The character ranges of a set of tokens: one per run of consecutive tokens (a gap
        of punctuation does not break a run)."""
        out: list[Range] = []
        idx = sorted(tokens)
        run = [idx[0]] if idx else []
        for i in idx[1:]:
            if i == run[-1] + 1 or all(self.doc[k].is_punct or self.doc[k].is_space for k in range(run[-1] + 1, i)):
                run.append(i)
            else:
                out.append((run[0], run[-1]))
                run = [i]
        if run:
            out.append((run[0], run[-1]))
        ranges = [self.content(a, b) for a, b in out]
        return [r for r in ranges if r is not None]

    def covering(self, start: int, end: int) -> int | None:
        """The quotation whose words are all of ``start..end`` (a "that" aside), if any."""
        for i, q in enumerate(self.quotations):
            if q.end <= start or q.start >= end:
                continue
            if q.start <= start and end <= q.end:
                return i
            outside = (self.text[start:max(start, q.start)] + " " + self.text[min(end, q.end):end]).split()
            words = [w for w in outside if any(c.isalnum() for c in w)]
            if not words or [w.lower() for w in words] == ["that"]:
                return i
        return None

    def attribution(self, cue: list[Token], pieces: list[Range], speaker: Token | None, frame: str) -> Attribution:
        """An attribution of the content ``pieces``: a direct quote when they are the words of
        one quotation, else reported speech taking in the quotations inside it."""
        start, end = pieces[0][0], pieces[-1][1]
        qi = self.covering(start, end)
        if qi is not None:
            q = self.quotations[qi]
            return Attribution(cue, list(q.pieces), speaker, frame, direct=True, quotations=[qi])
        inside = [i for i, q in enumerate(self.quotations) if start <= q.start and q.end <= end]
        return Attribution(cue, pieces, speaker, frame, quotations=inside)
