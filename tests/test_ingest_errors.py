"""Ingest: bad input gives one clear line naming the file (and line), and the rest still comes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from corroborate.errors import InputError
from corroborate.ingest import iter_documents
from corroborate.records import Document

ARREST = "Security forces arrested four journalists at a press conference in Dalvin on Tuesday."
MARCH = "Farmers drove some 300 tractors into the centre of Brenna to protest against new water fees."


def read(*paths: str | Path, max_bytes: int | None = None) -> tuple[list[Document], list[str]]:
    errors: list[InputError] = []
    extra = {} if max_bytes is None else {"max_bytes": max_bytes}
    docs = list(iter_documents(paths, on_error=errors.append, **extra))
    return docs, [str(e) for e in errors]


def one_error(tmp_path: Path, name: str, content: bytes | str) -> str:
    """The message for one bad file, after checking that it is the only problem and no document."""
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    docs, errors = read(path)
    assert docs == []
    assert len(errors) == 1
    assert errors[0].startswith(f"{path}: ") or errors[0].startswith(f"{path}:")
    return errors[0].removeprefix(str(path))


def test_ingest_error_is_an_input_error_with_where_and_problem(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("", encoding="utf-8")
    errors: list[InputError] = []
    assert list(iter_documents([path], on_error=errors.append)) == []
    (err,) = errors
    assert (err.where, err.problem, str(err)) == (str(path), "empty file", f"{path}: empty file")


def test_ingest_binary_file(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"
    assert one_error(tmp_path, "photo.txt", png) == ": binary file, not text"


def test_ingest_utf16_file(tmp_path: Path) -> None:
    content = "\ufeff" + ARREST
    assert one_error(tmp_path, "arrest.txt", content.encode("utf-16-le")) == (
        ": encoded as UTF-16, not UTF-8: save it as UTF-8"
    )


def test_ingest_empty_and_whitespace_only_files(tmp_path: Path) -> None:
    assert one_error(tmp_path, "empty.txt", b"") == ": empty file"
    assert one_error(tmp_path, "spaces.txt", " \r\n\t\n") == ": empty file"
    assert one_error(tmp_path, "empty.json", "\n") == ": empty file"
    assert one_error(tmp_path, "empty.html", "   ") == ": empty file"
    assert one_error(tmp_path, "empty.jsonl", "\n\n  \n") == ": empty file"


def test_ingest_invalid_utf8_names_byte_and_offset(tmp_path: Path) -> None:
    latin1 = "Protesters gathered in Malmö on Sunday.".encode("latin-1")
    assert one_error(tmp_path, "malmo.txt", latin1) == ": not valid UTF-8 (byte 0xf6 at offset 27)"


def test_ingest_invalid_utf8_offset_counts_the_byte_order_mark(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbf" + "Malmö".encode("latin-1")
    assert one_error(tmp_path, "malmo.txt", data) == ": not valid UTF-8 (byte 0xf6 at offset 7)"


def test_ingest_html_without_declared_charset_must_be_utf8(tmp_path: Path) -> None:
    page = "<html><body><p>Protesters gathered in Malmö on Sunday.</p></body></html>".encode("latin-1")
    assert one_error(tmp_path, "malmo.html", page) == ": not valid UTF-8 (byte 0xf6 at offset 42)"


def test_ingest_malformed_json(tmp_path: Path) -> None:
    content = '{\n  "id": "d-7",\n  "text": "Police fired tear gas."\n  "outlet": "x"\n}'
    assert one_error(tmp_path, "d7.json", content) == (
        ": not valid JSON: Expecting ',' delimiter at line 4 column 3"
    )


def test_ingest_json_with_several_documents_suggests_jsonl(tmp_path: Path) -> None:
    content = json.dumps({"text": ARREST}) + "\n" + json.dumps({"text": MARCH}) + "\n"
    assert one_error(tmp_path, "two.json", content) == (
        ": not valid JSON: Extra data at line 2 column 1 (several documents? put one per line in a .jsonl file)"
    )


def test_ingest_json_array_is_not_a_document(tmp_path: Path) -> None:
    content = json.dumps([{"text": ARREST}, {"text": MARCH}])
    assert one_error(tmp_path, "list.json", content) == (
        ": a JSON array, not a document object: put one document per line in a .jsonl file"
    )


def test_ingest_json_that_is_not_an_object(tmp_path: Path) -> None:
    assert one_error(tmp_path, "s.json", json.dumps(ARREST)) == (
        ': expected a document object {"id", "text"}, found a JSON string'
    )


def test_ingest_object_without_text_or_html(tmp_path: Path) -> None:
    content = json.dumps({"id": "x", "title": "Arrests in Dalvin", "body": ARREST})
    assert (
        one_error(tmp_path, "x.json", content) == ': no "text" or "html": a document object needs one of them'
    )


def test_ingest_text_that_is_not_a_string(tmp_path: Path) -> None:
    assert one_error(tmp_path, "x.json", json.dumps({"id": "x", "text": ["para 1", "para 2"]})) == (
        ': "text" must be a string, not an array'
    )
    assert (
        one_error(tmp_path, "y.json", json.dumps({"id": "y", "html": 404}))
        == ': "html" must be a string, not a number'
    )


def test_ingest_empty_text_field(tmp_path: Path) -> None:
    assert one_error(tmp_path, "x.json", json.dumps({"id": "x", "text": "  \n"})) == ': "text" is empty'


def test_ingest_id_of_wrong_type(tmp_path: Path) -> None:
    assert one_error(tmp_path, "x.json", json.dumps({"id": True, "text": ARREST})) == (
        ': "id" must be a string or a number, not a boolean'
    )
    assert one_error(tmp_path, "y.json", json.dumps({"id": {"n": 1}, "text": ARREST})) == (
        ': "id" must be a string or a number, not an object'
    )


def test_ingest_html_with_no_main_text(tmp_path: Path) -> None:
    page = '<html><head><title>Loading…</title><script src="/app.js"></script></head><body></body></html>'
    assert one_error(tmp_path, "spa.html", page) == ": no main text found in the HTML"
    content = json.dumps({"id": "spa", "html": "<html><body><div id='root'></div></body></html>"})
    assert one_error(tmp_path, "spa.json", content) == ": no main text found in the HTML"


@pytest.mark.parametrize(
    "markup",
    [
        "<html><body><p>Unclosed <b>bold <div><p>Police arrested 12 people <td> in the square</p></span></body>",
        "<<<>>>&&&<p",
        "<html>" + "<div>" * 5000 + "Deeply nested: police detained five students." + "</div>" * 5000,
        "<?xml version='1.0' encoding='latin-1'?><html><body><p>Police arrested twelve people.</p></body></html>",
    ],
)
def test_ingest_malformed_html_does_not_crash(tmp_path: Path, markup: str) -> None:
    path = tmp_path / "broken.html"
    path.write_text(markup, encoding="utf-8")
    docs, errors = read(path)
    assert len(docs) + len(errors) == 1
    assert errors in ([], [f"{path}: no main text found in the HTML"])


def test_ingest_deeply_nested_json(tmp_path: Path) -> None:
    assert one_error(tmp_path, "deep.json", "[" * 100_000) == ": not valid JSON: nested too deeply"


def test_ingest_too_large_file_default_limit(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    with path.open("wb") as f:
        f.truncate(60 * 1024 * 1024)  # sparse: nothing is written, and ingest must not read it
    docs, errors = read(path)
    assert (docs, errors) == ([], [f"{path}: too large: 60 MB, the limit is 50 MB"])


def test_ingest_too_large_rounds_up(tmp_path: Path) -> None:
    path = tmp_path / "dump.html"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024 + 1)
    assert read(path) == ([], [f"{path}: too large: 50.1 MB, the limit is 50 MB"])


def test_ingest_jsonl_limit_is_per_line(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    long_line = json.dumps({"id": "long", "text": "word " * 300_000})
    path.write_text(
        json.dumps({"id": "a", "text": ARREST})
        + "\n"
        + long_line
        + "\n"
        + json.dumps({"id": "b", "text": MARCH})
        + "\n",
        encoding="utf-8",
    )
    docs, errors = read(path, max_bytes=1024 * 1024)
    assert [d.id for d in docs] == ["a", "b"]
    assert errors == [f"{path}:2: line too large: over 1 MB"]


def test_ingest_path_that_does_not_exist(tmp_path: Path) -> None:
    missing = tmp_path / "reports" / "2019-11.txt"
    assert read(missing) == ([], [f"{missing}: no such file or folder"])


def test_ingest_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Root reads any file whatever its mode, so the OS refusal is simulated where it happens.
    path = tmp_path / "locked.txt"
    path.write_text(ARREST, encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert read(path) == ([], [f"{path}: cannot read it: permission denied"])


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_ingest_unreadable_file_and_folder_for_real(tmp_path: Path) -> None:
    (tmp_path / "locked.txt").write_text(ARREST, encoding="utf-8")
    (tmp_path / "locked.txt").chmod(0)
    (tmp_path / "private").mkdir()
    (tmp_path / "private" / "x.txt").write_text(ARREST, encoding="utf-8")
    (tmp_path / "private").chmod(0)
    (tmp_path / "z.txt").write_text(MARCH, encoding="utf-8")
    try:
        docs, errors = read(tmp_path)
    finally:
        (tmp_path / "private").chmod(0o755)
    assert [d.id for d in docs] == ["z"]
    assert errors == [
        f"{tmp_path / 'locked.txt'}: cannot read it: permission denied",
        f"{tmp_path / 'private'}: cannot read it: permission denied",
    ]


def test_ingest_unknown_extension_named_explicitly(tmp_path: Path) -> None:
    assert one_error(tmp_path, "README.md", "# Notes\n") == (
        ": unsupported file type ('.md'): give .txt, .html, .htm, .json or .jsonl files"
    )
    assert one_error(tmp_path, "NOTES", "notes\n") == (
        ": unsupported file type (no extension): give .txt, .html, .htm, .json or .jsonl files"
    )


def test_ingest_gold_file_named_explicitly(tmp_path: Path) -> None:
    content = json.dumps({"id": "a", "events": []})
    expected = ": a gold file, not a document: gold readings go to `corroborate eval`"
    assert one_error(tmp_path, "a.gold.json", content) == expected
    assert one_error(tmp_path, "gold.jsonl", content + "\n") == expected


def test_ingest_jsonl_bad_lines_named_and_others_come_through(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "ok-1", "text": ARREST}),
        '{"id": "broken", "text": "Police fired',
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "no-text", "headline": "Arrests in Dalvin"}),
        json.dumps({"id": "ok-2", "text": MARCH}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, errors = read(path)
    assert [d.id for d in docs] == ["ok-1", "ok-2"]
    assert errors == [
        f"{path}:2: not valid JSON: Unterminated string starting at column 26",
        f'{path}:3: expected a document object {{"id", "text"}}, found a JSON array',
        f'{path}:4: no "text" or "html": a document object needs one of them',
    ]


def test_ingest_jsonl_invalid_utf8_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    first = (json.dumps({"id": "ok-1", "text": ARREST}) + "\n").encode()
    path.write_bytes(
        first
        + b'{"id": "x", "text": "Malm\xf6"}\n'
        + (json.dumps({"id": "ok-2", "text": MARCH}) + "\n").encode()
    )
    docs, errors = read(path)
    assert [d.id for d in docs] == ["ok-1", "ok-2"]
    assert errors == [f"{path}:2: not valid UTF-8 (byte 0xf6 at offset {len(first) + 25})"]


def test_ingest_jsonl_binary_stops_the_file_only(tmp_path: Path) -> None:
    bad = tmp_path / "a-archive.jsonl"
    bad.write_bytes(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\n" + b"\x00" * 20)
    good = tmp_path / "b.txt"
    good.write_text(ARREST, encoding="utf-8")
    docs, errors = read(tmp_path)
    assert [d.id for d in docs] == ["b"]
    assert errors == [f"{bad}: binary file, not text"]


def test_ingest_run_goes_on_after_bad_inputs(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "01-arrest.txt").write_text(ARREST, encoding="utf-8")
    (folder / "02-broken.json").write_text('{"id": "02", "text": ', encoding="utf-8")
    (folder / "03-empty.txt").write_text("", encoding="utf-8")
    (folder / "04-image.htm").write_bytes(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    (folder / "05-march.json").write_text(json.dumps({"id": "05", "text": MARCH}), encoding="utf-8")
    extra = tmp_path / "extra.txt"
    extra.write_text(MARCH, encoding="utf-8")
    docs, errors = read(tmp_path / "nowhere", folder, extra)
    assert [d.id for d in docs] == ["01-arrest", "05", "extra"]
    assert errors == [
        f"{tmp_path / 'nowhere'}: no such file or folder",
        f"{folder / '02-broken.json'}: not valid JSON: Expecting value at line 1 column 22",
        f"{folder / '03-empty.txt'}: empty file",
        f"{folder / '04-image.htm'}: binary file, not text",
    ]
