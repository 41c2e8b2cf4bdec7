"""Ingest: each input format of RECORDS.md, standard input, and the folder walk."""

from __future__ import annotations

import io
import json
from pathlib import Path

import corroborate.ingest
from corroborate.errors import InputError
from corroborate.ingest import iter_documents
from corroborate.records import Document

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
PAGE = FIXTURES / "harbour-post-teachers.html"

STRIKE = (
    "Dock workers in Selvik walked off the job on Thursday, halting traffic at the country's\r\n"
    "largest container port. The union said 2,400 members joined the strike.\r\n"
)
RALLY = "Hundreds of students rallied outside the Meridian University library on Saturday."
VIGIL = "Families of the detained held a silent vigil in front of the courthouse in Orsk."


def read(
    *paths: str | Path, stdin: io.StringIO | io.TextIOWrapper | None = None, **kwargs: int
) -> tuple[list[Document], list[str]]:
    errors: list[InputError] = []
    docs = list(iter_documents(paths, stdin=stdin, on_error=errors.append, **kwargs))
    return docs, [str(e) for e in errors]


def write_jsonl(path: Path, *objects: object) -> Path:
    path.write_text("".join(json.dumps(o) + "\n" for o in objects), encoding="utf-8")
    return path


def test_ingest_public_api() -> None:
    assert corroborate.ingest.__all__ == sorted(corroborate.ingest.__all__)
    assert corroborate.ingest.MAX_FILE_BYTES == 50 * 1024 * 1024


def test_ingest_txt_keeps_text_exactly(tmp_path: Path) -> None:
    path = tmp_path / "selvik-port-strike.txt"
    path.write_bytes(STRIKE.encode("utf-8"))
    docs, errors = read(path)
    assert errors == []
    assert docs == [Document(id="selvik-port-strike", text=STRIKE, source=str(path))]
    assert "\r\n" in docs[0].text
    assert docs[0].language == "en"


def test_ingest_txt_drops_leading_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "rally.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "Étudiants: ".encode() + RALLY.encode())
    docs, errors = read(path)
    assert errors == []
    assert docs[0].text == "Étudiants: " + RALLY


def test_ingest_html_extracts_main_text_not_boilerplate() -> None:
    docs, errors = read(PAGE)
    assert errors == []
    (doc,) = docs
    assert doc.id == "harbour-post-teachers"
    assert "Police in Karvana detained at least 38 teachers on Monday" in doc.text
    assert '"We came peacefully and asked only for what we are owed," said Miro Dalan' in doc.text
    for boilerplate in (
        "Subscribe now",
        "Business",
        "Most read",
        "Bread prices",
        "All rights reserved",
        "Cookie settings",
        "dataLayer",
    ):
        assert boilerplate not in doc.text
    assert doc.text == doc.text.strip()


def test_ingest_html_metadata_title_date_site_url() -> None:
    (doc,), _ = read(PAGE)
    assert doc.title == "Dozens detained after teachers' march in Karvana"
    assert doc.published == "2023-03-14"
    assert doc.outlet == "Harbour Post"
    assert doc.url == "https://harbourpost.example/world/teachers-march-karvana"
    assert doc.meta == {}
    assert doc.source == str(PAGE)


def test_ingest_html_date_not_read_from_copyright_line(tmp_path: Path) -> None:
    page = PAGE.read_text(encoding="utf-8")
    page = "\n".join(
        line for line in page.splitlines() if "published_time" not in line and "og:url" not in line
    )
    path = tmp_path / "undated.htm"
    path.write_text(page, encoding="utf-8")
    (doc,), errors = read(path)
    assert errors == []
    assert doc.id == "undated"
    assert doc.published is None  # not 2023-01-01 from "Copyright 2023"


def test_ingest_html_declared_windows_1252(tmp_path: Path) -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        "<title>Grève à Montrelle</title></head><body><article>"
        "<p>Les cheminots de Montrelle ont cessé le travail mardi pour protester contre la réforme "
        "des retraites, a indiqué le syndicat – plus de 600 agents selon la direction.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "greve.html"
    path.write_bytes(page.encode("cp1252"))
    (doc,), errors = read(path)
    assert errors == []
    assert "Les cheminots de Montrelle ont cessé le travail mardi" in doc.text
    assert "syndicat – plus" in doc.text


def test_ingest_json_document_object_with_meta(tmp_path: Path) -> None:
    obj = {
        "id": "hrn-2021-044",
        "url": "https://rights-monitor.example/reports/44",
        "outlet": "rights-monitor.example",
        "published": "2021-06-02",
        "title": "Vigil in Orsk",
        "language": "en",
        "text": VIGIL,
        "collection": {"batch": 7, "annotator": "kp"},
        "tags": ["vigil", "detention"],
        "reviewed": False,
    }
    path = tmp_path / "vigil.json"
    path.write_text(json.dumps(obj), encoding="utf-8")
    docs, errors = read(path)
    assert errors == []
    assert docs == [
        Document(
            id="hrn-2021-044",
            text=VIGIL,
            url="https://rights-monitor.example/reports/44",
            outlet="rights-monitor.example",
            published="2021-06-02",
            title="Vigil in Orsk",
            language="en",
            meta={
                "collection": {"batch": 7, "annotator": "kp"},
                "tags": ["vigil", "detention"],
                "reviewed": False,
            },
            source=str(path),
        )
    ]
    assert list(docs[0].meta) == ["collection", "tags", "reviewed"]


def test_ingest_json_missing_id_is_file_stem(tmp_path: Path) -> None:
    path = tmp_path / "orsk-vigil.json"
    path.write_text(json.dumps({"text": VIGIL, "published": None, "title": ""}), encoding="utf-8")
    (doc,), errors = read(path)
    assert errors == []
    assert (doc.id, doc.published, doc.title) == ("orsk-vigil", None, None)


def test_ingest_json_html_field_goes_through_extraction(tmp_path: Path) -> None:
    obj = {
        "id": "hp-1",
        "html": PAGE.read_text(encoding="utf-8"),
        "outlet": "harbourpost.example",
        "desk": "world",
    }
    path = tmp_path / "page.json"
    path.write_text(json.dumps(obj), encoding="utf-8")
    (doc,), errors = read(path)
    assert errors == []
    assert doc.text.startswith("Dozens detained after teachers' march in Karvana\nPolice in Karvana")
    assert "Subscribe now" not in doc.text
    assert doc.outlet == "harbourpost.example"  # the object's own field wins over the page's
    assert doc.published == "2023-03-14"  # missing in the object: the page's
    assert doc.meta == {"desk": "world"}


def test_ingest_jsonl_one_document_per_line(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": RALLY})
        + "\n\n   \n"
        + json.dumps({"text": VIGIL, "source_lang": "ru"})
        + "\r\n"
        + json.dumps({"id": 17, "text": STRIKE}),  # no final newline
        encoding="utf-8",
    )
    docs, errors = read(path)
    assert errors == []
    assert [(d.id, d.text) for d in docs] == [("a", RALLY), ("batch-4", VIGIL), ("17", STRIKE)]
    assert docs[1].meta == {"source_lang": "ru"}
    assert {d.source for d in docs} == {str(path)}


def test_ingest_stdin_is_json_lines() -> None:
    stdin = io.StringIO(json.dumps({"id": "r1", "text": RALLY}) + "\n\n" + json.dumps({"text": VIGIL}) + "\n")
    docs, errors = read("-", stdin=stdin)
    assert errors == []
    assert [(d.id, d.text, d.source) for d in docs] == [("r1", RALLY, "-"), ("stdin-3", VIGIL, "-")]


def test_ingest_stdin_reads_bytes_under_text_stream() -> None:
    raw = (json.dumps({"id": "ok-1", "text": RALLY}) + "\n").encode() + b'{"id": "bad", "text": "caf\xe9"}\n'
    raw += (
        json.dumps({"id": "ok-2", "text": "Protesters in Zürich marched."}, ensure_ascii=False) + "\n"
    ).encode()
    stdin = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8")
    docs, errors = read("-", stdin=stdin)
    assert [d.id for d in docs] == ["ok-1", "ok-2"]
    assert docs[1].text == "Protesters in Zürich marched."
    offset = raw.index(b"\xe9")
    assert errors == [f"<stdin>:2: not valid UTF-8 (byte 0xe9 at offset {offset})"]


def test_ingest_stdin_empty_is_not_an_error() -> None:
    assert read("-", stdin=io.StringIO("")) == ([], [])


def test_ingest_folder_walk_sorted_skipping_gold_and_other_files(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "b-sub").mkdir(parents=True)
    (corpus / "a-sub").mkdir()
    (corpus / "z.txt").write_text(STRIKE, encoding="utf-8")
    (corpus / "m.json").write_text(json.dumps({"text": VIGIL}), encoding="utf-8")
    (corpus / "m.gold.json").write_text(json.dumps({"id": "m", "events": []}), encoding="utf-8")
    (corpus / "README.md").write_text("# Corpus\n", encoding="utf-8")
    (corpus / "notes.docx").write_bytes(b"PK\x03\x04\x00\x00binary")
    (corpus / "a-sub" / "gold.jsonl").write_text(
        json.dumps({"id": "x", "events": []}) + "\n", encoding="utf-8"
    )
    (corpus / "a-sub" / "gold.tsv").write_text("id\ttype\n", encoding="utf-8")
    (corpus / "a-sub" / "labels.tsv").write_text("id\tlabel\n", encoding="utf-8")
    write_jsonl(
        corpus / "a-sub" / "documents.jsonl", {"id": "d1", "text": RALLY}, {"id": "d2", "text": VIGIL}
    )
    (corpus / "b-sub" / "page.HTML").write_bytes(PAGE.read_bytes())
    docs, errors = read(corpus)
    assert errors == []
    assert [d.id for d in docs] == ["m", "z", "d1", "d2", "page"]


def test_ingest_folder_walk_skips_hidden_files_and_folders(tmp_path: Path) -> None:
    (tmp_path / ".ipynb_checkpoints").mkdir()
    (tmp_path / ".ipynb_checkpoints" / "rally-checkpoint.txt").write_text(RALLY, encoding="utf-8")
    (tmp_path / ".rally.txt.swp.txt").write_text(RALLY, encoding="utf-8")
    (tmp_path / "rally.txt").write_text(RALLY, encoding="utf-8")
    docs, errors = read(tmp_path)
    assert ([d.id for d in docs], errors) == (["rally"], [])


def test_ingest_empty_folder_gives_nothing(tmp_path: Path) -> None:
    (tmp_path / "empty" / "deeper").mkdir(parents=True)
    (tmp_path / "empty" / "README.md").write_text("nothing here yet\n", encoding="utf-8")
    assert read(tmp_path / "empty") == ([], [])


def test_ingest_inputs_in_the_order_given(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(RALLY, encoding="utf-8")
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "two.txt").write_text(VIGIL, encoding="utf-8")
    stdin = io.StringIO(json.dumps({"id": "three", "text": STRIKE}))
    docs, errors = read(folder, "-", str(tmp_path / "one.txt"), stdin=stdin)
    assert errors == []
    assert [d.id for d in docs] == ["two", "three", "one"]


def test_ingest_folder_walk_does_not_follow_symlink_loops(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "rally.txt").write_text(RALLY, encoding="utf-8")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [d.id for d in read(tmp_path)[0]] == ["rally"]


def test_ingest_single_path_not_taken_as_characters(tmp_path: Path) -> None:
    (tmp_path / "rally.txt").write_text(RALLY, encoding="utf-8")
    errors: list[InputError] = []
    docs = list(iter_documents(str(tmp_path / "rally.txt"), on_error=errors.append))
    assert ([d.id for d in docs], errors) == (["rally"], [])
