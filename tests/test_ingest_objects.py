"""Ingest: checking one document object (``read_document_object``), as JSON, JSONL and eval use it."""

from __future__ import annotations

import logging

import pytest

from corroborate.errors import InputError
from corroborate.ingest import read_document_object
from corroborate.records import Document

TEXT = "Riot police dispersed a sit-in by nurses outside the health ministry in Tavir on Wednesday."


def test_ingest_object_minimal() -> None:
    doc = read_document_object({"id": "n-1", "text": TEXT}, "nurses.jsonl:3", "nurses-3")
    assert doc == Document(id="n-1", text=TEXT, source="nurses.jsonl:3")


def test_ingest_object_source_is_given_separately() -> None:
    doc = read_document_object({"text": TEXT}, "nurses.jsonl:3", "nurses-3", source="nurses.jsonl")
    assert (doc.id, doc.source) == ("nurses-3", "nurses.jsonl")


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (4021, "4021"),
        (-3, "-3"),
        (3.0, "3"),
        (2.5, "2.5"),
        ("007", "007"),
        ("", "dflt"),
        ("  ", "dflt"),
        (None, "dflt"),
    ],
)
def test_ingest_object_id_is_a_string(given: object, expected: str) -> None:
    assert read_document_object({"id": given, "text": TEXT}, "x.json", "dflt").id == expected


def test_ingest_object_text_kept_exactly() -> None:
    text = "  Tavir, 3 May —\r\nNurses said: “We will be back.”\n\n"
    assert read_document_object({"text": text}, "x.json", "x").text == text


def test_ingest_object_unknown_fields_never_error_and_pass_through() -> None:
    obj = {
        "text": TEXT,
        "id": "n-2",
        "html_raw": None,
        "scores": [0.1, None, {"deep": [True]}],
        "Title": "case differs, so unknown",
        "": "empty key",
    }
    doc = read_document_object(obj, "x.json", "x")
    assert doc.meta == {k: obj[k] for k in ("html_raw", "scores", "Title", "")}
    assert doc.title is None


def test_ingest_object_published_iso_forms() -> None:
    for given in ("2022-05-04", "20220504", "2022-05-04T23:40:00-05:00", "2022-05-04 08:00", " 2022-05-04 "):
        assert (
            read_document_object({"text": TEXT, "published": given}, "x.json", "x").published == "2022-05-04"
        )


@pytest.mark.parametrize("given", ["May 4, 2022", "04/05/2022", "2022-05", "2022-02-30", 1651622400])
def test_ingest_object_published_not_iso_is_kept_in_meta_with_warning(
    given: object, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="corroborate.ingest"):
        doc = read_document_object({"id": "n-3", "text": TEXT, "published": given}, "nurses.jsonl:7", "x")
    assert doc.published is None
    assert doc.meta == {"published": given}
    assert [r.getMessage() for r in caplog.records] == [
        f'nurses.jsonl:7: "published" is not an ISO date (YYYY-MM-DD): {given!r}; kept in meta, '
        "relative dates are not anchored to it"
    ]


def test_ingest_object_metadata_of_wrong_type_kept_in_meta_with_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    obj = {"text": TEXT, "title": 42, "outlet": ["a", "b"], "url": "https://tavir-news.example/1"}
    with caplog.at_level(logging.WARNING, logger="corroborate.ingest"):
        doc = read_document_object(obj, "x.json", "x")
    assert (doc.title, doc.outlet, doc.url) == (None, None, "https://tavir-news.example/1")
    assert doc.meta == {"title": 42, "outlet": ["a", "b"]}
    assert [r.getMessage() for r in caplog.records] == [
        'x.json: "outlet" must be a string, not an array; kept in meta',
        'x.json: "title" must be a string, not a number; kept in meta',
    ]


def test_ingest_object_no_warning_when_it_is_an_error(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="corroborate.ingest"), pytest.raises(InputError):
        read_document_object({"published": "last week"}, "x.json", "x")
    assert caplog.records == []


def test_ingest_object_language_defaults_to_english() -> None:
    assert read_document_object({"text": TEXT}, "x.json", "x").language == "en"
    assert read_document_object({"text": TEXT, "language": None}, "x.json", "x").language == "en"
    assert read_document_object({"text": TEXT, "language": "fa"}, "x.json", "x").language == "fa"


def test_ingest_object_text_wins_over_html() -> None:
    obj = {"text": TEXT, "html": "<html><body><p>Something else entirely, at length.</p></body></html>"}
    doc = read_document_object(obj, "x.json", "x")
    assert (doc.text, doc.meta) == (TEXT, {})


def test_ingest_object_blank_text_falls_back_to_html() -> None:
    html = f"<html><head><title>Sit-in</title></head><body><article><p>{TEXT}</p></article></body></html>"
    doc = read_document_object(
        {"text": "", "html": html, "url": "https://tavir-news.example/2"}, "x.json", "x"
    )
    assert doc.text == TEXT
    assert doc.url == "https://tavir-news.example/2"


def test_ingest_object_errors_raise_input_error_naming_where() -> None:
    with pytest.raises(InputError) as info:
        read_document_object({"id": "n-4"}, "nurses.jsonl:9", "x")
    assert str(info.value) == 'nurses.jsonl:9: no "text" or "html": a document object needs one of them'
    assert info.value.where == "nurses.jsonl:9"
    with pytest.raises(InputError, match=r'^x\.json: "id" must be a string or a finite number, not nan$'):
        read_document_object({"id": float("nan"), "text": TEXT}, "x.json", "x")
