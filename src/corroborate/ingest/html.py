"""Web pages: the main text and the page's own metadata, extracted with trafilatura.

A saved news page is mostly navigation, share buttons, related links and footers; only the
article body is the report, so only the text trafilatura finds as the main content becomes the
document's ``text`` (the headline usually leads it). Reader comments are left out: they are not
the outlet's report. The title, publication date, site name and canonical URL come from the
page's metadata.

The date is taken from markup only (meta tags, ``<time>``, JSON-LD, bylines, the URL), never by
trafilatura's "extensive" search through the visible text: that search reads "Copyright 2023"
in a footer as a publication date, and a wrong ``published`` misplaces every relative date
("last Tuesday") in the article. Without a date in the markup, ``published`` stays empty and
the text's own dates anchor it, as RECORDS.md says.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

import trafilatura
from trafilatura.settings import Document as Extracted

from corroborate.errors import InputError
from corroborate.ingest.decoding import check_not_binary, decode_utf8, read_bytes
from corroborate.records import Document

_DATE_PARAMS = {"original_date": True, "extensive_search": False}

# A charset declared in the page itself (<meta charset>, http-equiv, or an XML declaration),
# looked for where browsers look: near the top.
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)|<\?xml[^>]*?encoding\s*=\s*["']([a-z0-9_.:-]+)""",
    re.IGNORECASE,
)
_SNIFF_BYTES = 4096
# Browsers (WHATWG Encoding) read these labels as windows-1252, and so do pages written for them.
_WINDOWS_1252_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii"}


@dataclass(frozen=True)
class Page:
    """What one HTML page gives: its main text and whatever metadata it states."""

    text: str
    title: str | None
    published: str | None
    outlet: str | None
    url: str | None


def decode_html(data: bytes, where: str) -> str:
    """UTF-8 first (most pages are, whatever they declare); if that fails, the charset the page
    declares, because a declaration is the author's word and not a guess."""
    try:
        return decode_utf8(data, where)
    except InputError as utf8_error:
        match = _DECLARED_CHARSET.search(data[:_SNIFF_BYTES])
        if match is None:
            raise
        label = (match[1] or match[2]).decode("ascii").lower()
        if label in _WINDOWS_1252_LABELS:
            label = "cp1252"
        try:
            return data.decode(codecs.lookup(label).name)
        except (LookupError, UnicodeDecodeError):
            raise utf8_error from None


def extract_page(html: str, where: str, url: str | None = None) -> Page:
    """The main text and metadata of one page; raises InputError when there is no main text.
    ``url``, when known, helps trafilatura with the site name and a date in the URL."""
    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=dict(_DATE_PARAMS),
        )
    except Exception:
        # lxml and trafilatura can fail on pathological markup; a bad page must cost one
        # document, never the run.
        result = None
    text = result.text.strip() if isinstance(result, Extracted) and result.text else ""
    if not text or not isinstance(result, Extracted):
        raise InputError(where, "no main text found in the HTML")
    return Page(
        text=text,
        title=result.title or None,
        published=result.date or None,
        outlet=result.sitename or None,
        url=result.url or url,
    )


def read_html_file(path: Path, where: str, max_bytes: int) -> Document:
    """The document in an ``.html``/``.htm`` file; raises InputError. The file stem is the id."""
    data = read_bytes(path, where, max_bytes)
    check_not_binary(data, where)
    html = decode_html(data, where)
    if not html.strip():
        raise InputError(where, "empty file")
    page = extract_page(html, where)
    return Document(
        id=path.stem,
        text=page.text,
        url=page.url,
        outlet=page.outlet,
        published=page.published,
        title=page.title,
        source=where,
    )
