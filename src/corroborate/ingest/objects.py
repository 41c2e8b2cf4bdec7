"""Document objects (the JSON form of an input document) and how they are checked.

One rule decides what is an error: only what makes a document impossible is one (no usable id,
no text or HTML, a main text that is not a string, HTML with no main text). Metadata that cannot
be used (a ``published`` that is not an ISO date, a ``title`` that is a number) costs no
document: the field is left empty, the value is kept in ``meta`` under its own name so nothing
is lost, and a warning is logged on the ``corroborate.ingest`` logger. A data set of thousands of
scraped documents should not lose a report because one date was written "Feb 6, 2020", nor
anchor its relative dates on a guess.

A blank string ("" or spaces) in an optional field, or in ``id``, means missing: that is how
spreadsheets and CSV converters write an empty cell.
"""

from __future__ import annotations

import logging
import math
from datetime import datetime
from typing import Any

from corroborate.errors import InputError
from corroborate.ingest.html import extract_page
from corroborate.records import Document

log = logging.getLogger("corroborate.ingest")

KNOWN_FIELDS = ("id", "text", "html", "url", "outlet", "published", "title", "language")
_STRING_FIELDS = ("url", "outlet", "title", "language")
DEFAULT_LANGUAGE = "en"


def json_type(value: object) -> str:
    """The JSON name of a parsed value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def iso_date(value: str) -> str | None:
    """``YYYY-MM-DD`` for an ISO 8601 date or date-time, else None.

    A date-time keeps the date as written, not converted to UTC: "yesterday" in an article
    means the day before the outlet's own date. ISO basic and week forms (``20200206``,
    ``2020-W06-4``) are ISO too. A month or year alone is not a publication date and gives None.
    """
    try:
        return datetime.fromisoformat(value.strip()).date().isoformat()
    except ValueError:
        return None


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _document_id(value: object, where: str, default_id: str) -> str:
    """Ids are strings; a number becomes its string, and a whole float (as pandas writes ids
    from a column with gaps: ``3.0``) becomes the integer's string."""
    if _blank(value):
        return default_id
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InputError(where, f'"id" must be a string or a finite number, not {value!r}')
        return str(int(value)) if value.is_integer() else repr(value)
    raise InputError(where, f'"id" must be a string or a number, not {_a(json_type(value))}')


def _a(type_name: str) -> str:
    return f"an {type_name}" if type_name[0] in "aeiou" else f"a {type_name}"


def _main_string(obj: dict[str, Any], name: str, where: str) -> str | None:
    value = obj.get(name)
    if value is None or isinstance(value, str):
        return value
    raise InputError(where, f'"{name}" must be a string, not {_a(json_type(value))}')


def _metadata(obj: dict[str, Any], meta: dict[str, Any]) -> tuple[dict[str, str | None], list[str]]:
    """The optional fields, and warnings for those that cannot be used (moved to ``meta``)."""
    fields: dict[str, str | None] = {}
    warnings: list[str] = []
    for name in (*_STRING_FIELDS, "published"):
        value = obj.get(name)
        fields[name] = None
        if _blank(value):
            continue
        if name == "published":
            fields[name] = iso_date(value) if isinstance(value, str) else None
            if fields[name] is None:
                warnings.append(
                    f'"published" is not an ISO date (YYYY-MM-DD): {value!r}; kept in meta, '
                    "relative dates are not anchored to it"
                )
        elif isinstance(value, str):
            fields[name] = value
        else:
            warnings.append(f'"{name}" must be a string, not {_a(json_type(value))}; kept in meta')
        if fields[name] is None:
            meta[name] = value
    return fields, warnings


def read_document_object(obj: object, where: str, default_id: str, *, source: str | None = None) -> Document:
    """Check one document object and make it a Document; raises InputError.

    ``where`` names it in messages (``file`` or ``file:line``), ``default_id`` is used when the
    object has no id, ``source`` goes to ``Document.source`` (default: ``where``). ``text`` is
    kept exactly; an object with ``html`` and no usable ``text`` goes through the same
    extraction as an ``.html`` file, its own fields winning over what the page states. When it
    has both, ``text`` is analysed and ``html`` is dropped (it is not passed on in ``meta``: a
    whole page in every output record would swamp it). Fields the contract does not name are
    kept in ``meta``, untouched and in order.
    """
    if not isinstance(obj, dict):
        raise InputError(where, f'expected a document object {{"id", "text"}}, found a JSON {json_type(obj)}')
    doc_id = _document_id(obj.get("id"), where, default_id)
    text = _main_string(obj, "text", where)
    html = _main_string(obj, "html", where)
    meta = {key: value for key, value in obj.items() if key not in KNOWN_FIELDS}
    fields, warnings = _metadata(obj, meta)

    if text is not None and text.strip():
        body = text
    elif html is not None and html.strip():
        page = extract_page(html, where, url=fields["url"])
        body = page.text
        fields["url"] = fields["url"] or page.url
        fields["outlet"] = fields["outlet"] or page.outlet
        fields["title"] = fields["title"] or page.title
        fields["published"] = fields["published"] or page.published
    elif text is not None or html is not None:
        raise InputError(where, f'"{"text" if text is not None else "html"}" is empty')
    else:
        raise InputError(where, 'no "text" or "html": a document object needs one of them')

    for warning in warnings:
        log.warning("%s: %s", where, warning)
    return Document(
        id=doc_id,
        text=body,
        url=fields["url"],
        outlet=fields["outlet"],
        published=fields["published"],
        title=fields["title"],
        language=fields["language"] or DEFAULT_LANGUAGE,
        meta=meta,
        source=where if source is None else source,
    )
