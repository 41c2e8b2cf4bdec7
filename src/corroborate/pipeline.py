"""The stage order, and running it over documents.

    ingest  -> Document                      (corroborate.ingest)
    nlp     -> spaCy Doc                     (corroborate.nlp: tokens, sentences, parse, NER)
    dates   -> DateValue per date expression (corroborate.dates)
    places  -> Place per toponym + country   (corroborate.places)
    events  -> Event per trigger             (corroborate.events: needs all of the above)
    spans   -> Span per persuasion span      (corroborate.persuasion: the model, and registry labels)
    quotes  -> Quote per attribution         (corroborate.quotes: needs the parse)
    -> DocumentRecord                        (corroborate.records)

Each stage is a plain function of what the ones before it produced, so a stage can be tested on
its own and the order is visible here, in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Doc

from . import nlp as nlp_stage
from .actors.resolve import DocContext, resolve_events, resolve_quotes
from .dates import date_for, dates_a_statement, find_dates
from .dates.episodes import Episode, episode_date, find_episodes
from .errors import InputError
from .events.claims import attribute_claims
from .events.extract import extract_events
from .events.repeats import drop_back_references, drop_headline_repeats
from .persuasion import find_spans
from .persuasion.labels import registry_labels, with_labels
from .places import document_country, find_places, place_for
from .places.toponyms import dateline_end
from .quotes import find_quotes
from .records import DateValue, Document, DocumentRecord, Place

# The parser's memory grows with the length of a text; a news article is a few thousand
# characters, so anything past this is almost surely not one document (a book, a dump).
MAX_TEXT_CHARS = 1_000_000


def _date_in_context(doc: Doc) -> Callable[[list[DateValue], int, int, int], DateValue | None]:
    """``date_for`` with the story's context: a sentence without a date of its own continues the
    story told before it, so its event takes the last resolved date earlier in the document
    ("In November 2019 ... . More than 1,500 people were killed."). Measured on the dev
    articles and our own examples, reaching back to the start of the document beats stopping at
    the paragraph (news paragraphs are often a single sentence)."""

    # "KHARTOUM, Nov 25 (CPA) - Forces fired on protesters on Thursday": the dateline says when
    # the report was filed, so it governs no event of its sentence; it still anchors later ones
    filed = dateline_end(nlp_stage.text_of(doc))

    # A date of background ("an uprising that had been quieted earlier this month", "Atbara,
    # where December's protests began", "the largest march since 2023", "compared to last
    # week") does not carry over to the sentences after it; nor does the date of a statement
    # ("On Monday, the group issued a call ...") to an event other than a further statement:
    # what is reported next need not have happened then.
    carried: list[DateValue] | None = None
    said: set[int] = set()  # starts of the carried dates that date statements
    episodes: list[Episode] | None = None

    def pick(ds: list[DateValue], s: int, e: int, trig: int) -> DateValue | None:
        nonlocal carried, episodes
        own = date_for([d for d in ds if d.start >= filed], s, e, trig, doc=doc)
        if own is not None:
            return own
        if carried is None:
            carried = [d for d in ds if not _in_background(doc, d.start)]
            said.update(d.start for d in carried if dates_a_statement(doc, d.start, d.end))
            # "the largest march since the 2023 protests" names no episode the story refers to
            episodes = find_episodes(doc, [d for d in ds if not _compared(doc, d.start)])
        context = carried
        if said and not dates_a_statement(doc, trig, trig + 1) and not _in_present(doc, trig):
            context = [d for d in carried if d.start not in said]
        story = date_for(context, s, e, trig, paragraph_start=0, doc=doc)
        # "killed during the protests": the dated protests the clause refers back to, unless the
        # story's date is a finer date within them (then both agree and the finer one says more)
        episode = episode_date(doc, episodes or [], s, e, trig, story)
        return episode if episode is not None else story

    return pick


def _in_present(doc: Doc, char: int) -> bool:
    """Whether the trigger at a character offset is a verb in the simple or progressive present
    ("many are detained", "are being held"): a state at the time of writing, which the latest
    date the story reached (a statement's included) is nearest to. The present perfect ("have
    been detained") tells of the past."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span) or span[0].pos_ not in ("VERB", "AUX"):
        return False
    verb = span[0]
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_.lower() in ("have", "will", "would", "shall", "do") or a.tag_ == "MD" for a in auxes):
        return False
    return any(a.tag_ in ("VBP", "VBZ") for a in auxes) or (not auxes and verb.tag_ in ("VBP", "VBZ"))


_BOUNDARY = ("since", "until", "till", "before", "than", "from")  # "from" only right before the date


def _compared(doc: Doc, char: int) -> bool:
    """Whether the date at a character offset marks a point of comparison or a boundary rather
    than a time of the story: after 'since', 'until', 'before', 'than', 'compared to', also
    inside the noun phrase they govern ("the largest march since the 2023 pension protests")
    and in a clause they introduce ("since the army seized power in October 2021")."""
    tok = doc.char_span(char, char + 1, alignment_mode="expand")
    if tok is None or not len(tok):
        return False
    t = tok[0]
    if t.i > 0 and doc[t.i - 1].lower_ in ("since", "until", "till", "before"):
        return True
    if t.head.lower_ in _BOUNDARY:
        return True
    for a in t.ancestors:  # up to the verb of its clause: "since the army took power in 2021"
        if a.pos_ in ("VERB", "AUX"):
            break
        if a.lower_ in _BOUNDARY[:5]:
            return True
        if a.lower_ in ("to", "with") and a.head.lower_ in ("compared", "comparison"):
            return True  # "larger compared to recent weeks"
    return any(c.dep_ == "mark" and c.lower_ in ("since", "until", "till", "before")
               for a in t.ancestors if a.pos_ in ("VERB", "AUX") for c in a.children)


def _in_background(doc: Doc, char: int) -> bool:
    """Whether the date at a character offset dates background: it sits in a relative or
    adnominal clause, or marks a comparison or a boundary (``_compared``)."""
    tok = doc.char_span(char, char + 1, alignment_mode="expand")
    if tok is None or not len(tok):
        return False
    return _compared(doc, char) or any(a.dep_ in ("relcl", "acl") for a in [tok[0], *tok[0].ancestors])


def _place_in_context(doc: Doc, country: str | None) -> Callable[[list[Place], int, int, int], Place | None]:
    """``place_for`` with the story's context: a sentence that names no place continues the story
    told before it, so its event takes the last city or province named earlier in the document
    in the document's country (the dateline city counts). Only then does the caller fall back
    to the country itself."""

    def pick(ps: list[Place], s: int, e: int, trig: int) -> Place | None:
        own = place_for(ps, s, e, trig, doc)
        if own is not None:
            return own
        earlier = [p for p in ps if p.end <= s and p.resolution in ("city", "admin1")
                   and (country is None or p.country == country)]
        return earlier[-1] if earlier else None

    return pick


def _country_place(places: list[Place], country: str | None) -> Place | None:
    """The document's country as a fallback location, pointing where the text names it."""
    if country is None:
        return None
    for p in places:
        if p.country == country:
            return Place(text=p.text, start=p.start, end=p.end, place=None, admin1=None, country=country,
                         resolution="country")
    return Place(text="", start=0, end=0, country=country, resolution="country")


def analyse_doc(document: Document, doc: Doc) -> DocumentRecord:
    """The record for one document whose text spaCy has parsed."""
    nlp = nlp_stage.load()
    dates = find_dates(doc, document.published)
    country = document_country(doc)
    places = find_places(doc, country)
    events = extract_events(
        doc,
        nlp,
        dates=dates,
        places=places,
        fallback_place=_country_place(places, country),
        date_for=_date_in_context(doc),
        place_for=_place_in_context(doc, country),
    )
    quotes = find_quotes(doc)
    # who claims each event, where the attribution reaches beyond the event's own sentence
    events = attribute_claims(events, quotes, doc)
    # who the actors are, in the document's context: canonical names, sectors, registry ids
    actors = DocContext.build(doc, country, places=places)
    events = resolve_events(events, doc, country, places, ctx=actors)
    # "the protests" after the protests were told: the same event, not another one
    events = drop_back_references(events, doc)
    events = drop_headline_repeats(events, nlp_stage.text_of(doc), document.title)
    quotes = resolve_quotes(quotes, doc, country, places, ctx=actors)
    # persuasion: the trained model's spans, and the camps' labels the actor registry knows
    spans = with_labels(find_spans(doc), registry_labels(nlp_stage.text_of(doc), scanned=actors.scanned))
    return DocumentRecord(document=document, events=tuple(events), quotes=tuple(quotes), spans=tuple(spans))


def analyse(
    documents: Iterable[Document],
    on_error: Callable[[InputError], None],
    batch_size: int = nlp_stage.BATCH_SIZE,
) -> Iterator[DocumentRecord]:
    """Records for documents, in order, parsing them in batches with ``nlp.pipe``."""
    nlp = nlp_stage.load()

    def checked() -> Iterator[tuple[str, Document]]:
        for d in documents:
            if len(d.text) > MAX_TEXT_CHARS:
                on_error(InputError(d.source or d.id, f"text too long to analyse: {len(d.text):,} characters, "
                                    f"the limit is {MAX_TEXT_CHARS:,} (split it into documents)"))
                continue
            yield d.text, d

    for doc, document in nlp.pipe(checked(), as_tuples=True, batch_size=batch_size):
        yield analyse_doc(document, doc)


def extract(documents: Iterable[Document]) -> list[DocumentRecord]:
    """Records for documents; raises the first InputError (for library use on trusted input)."""

    def fail(err: InputError) -> None:
        raise err

    return list(analyse(documents, fail))
