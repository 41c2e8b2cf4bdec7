"""Ingest: turn files, folders and standard input into :class:`~corroborate.records.Document`\\ s.

The first stage of the pipeline. What each input format means is the contract in RECORDS.md
("Input documents"); this package walks the paths, picks a reader by extension and reports
every unreadable input without stopping the others:

    __init__   the walk and the dispatch (this module)
    decoding   bytes to text: size limit, binary files, UTF-8
    text       ``.txt``
    html       ``.html``/``.htm``, and the ``html`` field of document objects (trafilatura)
    objects    document objects: validation, ids, metadata, ``meta`` pass-through
    jsonio     ``.json``, ``.jsonl`` and ``-`` (JSON Lines on stdin)

Problems that cost a document are :class:`~corroborate.errors.InputError`\\ s handed to
``on_error``; metadata that cannot be used is a warning on the ``corroborate.ingest`` logger
(see :mod:`corroborate.ingest.objects`).
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TextIO

from corroborate.errors import InputError
from corroborate.ingest.decoding import MAX_FILE_BYTES, os_problem
from corroborate.ingest.html import read_html_file
from corroborate.ingest.jsonio import read_json_file, read_jsonl_file, read_stdin
from corroborate.ingest.objects import read_document_object
from corroborate.ingest.text import read_text_file
from corroborate.records import Document

__all__ = ["MAX_FILE_BYTES", "iter_documents", "read_document_object"]

_WHOLE_FILE_READERS: dict[str, Callable[[Path, str, int], Document]] = {
    ".txt": read_text_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".json": read_json_file,
}
SUFFIXES = (*_WHOLE_FILE_READERS, ".jsonl")
GOLD_NAMES = ("gold.jsonl", "gold.tsv", "labels.tsv")
GOLD_SUFFIX = ".gold.json"


def is_gold(name: str) -> bool:
    """Gold readings (RECORDS.md) sit next to the documents they read but are not documents."""
    name = name.lower()
    return name.endswith(GOLD_SUFFIX) or name in GOLD_NAMES


def iter_documents(
    paths: Iterable[str | Path],
    *,
    stdin: TextIO | None = None,
    on_error: Callable[[InputError], None],
    max_bytes: int = MAX_FILE_BYTES,
) -> Iterator[Document]:
    """Documents from files, folders and '-' (stdin) in order; each problem goes to on_error
    (an InputError whose str is '<file>[:line]: <what is wrong>') and reading goes on.

    ``-`` is JSON Lines on ``stdin`` (``sys.stdin`` when not given); a file named ``-`` is
    reached as ``./-``. A folder is walked recursively, each folder's files in sorted order
    before its subfolders (also sorted), reading the extensions of RECORDS.md (in any case:
    ``.TXT`` too) and skipping silently gold files, other extensions, and hidden files and
    folders (``.git``, ``.ipynb_checkpoints`` copies). A file named explicitly is read whatever
    its name, and an unknown extension or a gold file is then an error. ``max_bytes`` is the
    size limit of a file read whole and of a JSON Lines line.

    Nothing is deduplicated: a file named twice, or named and inside a named folder, is read
    twice (downstream, records with the same id upsert).
    """
    if isinstance(paths, str | Path):  # one path, not the characters of one
        paths = [paths]
    for item in paths:
        if str(item) == "-":
            yield from read_stdin(stdin if stdin is not None else sys.stdin, max_bytes, on_error)
            continue
        path = Path(item)
        try:
            is_dir = stat.S_ISDIR(path.stat().st_mode)
        except OSError as err:
            on_error(InputError(str(path), os_problem(err)))
            continue
        if is_dir:
            for found in _walk(path, on_error):
                yield from _read_file(found, max_bytes, on_error)
        elif problem := _refusal(path.name):
            on_error(InputError(str(path), problem))
        else:
            yield from _read_file(path, max_bytes, on_error)


def _refusal(name: str) -> str | None:
    """Why a file named explicitly cannot be read as a document, if it cannot."""
    if is_gold(name):
        return "a gold file, not a document: gold readings go to `corroborate eval`"
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        shown = f"'{suffix}'" if suffix else "no extension"
        return f"unsupported file type ({shown}): give .txt, .html, .htm, .json or .jsonl files"
    return None


def _walk(folder: Path, on_error: Callable[[InputError], None]) -> Iterator[Path]:
    def unreadable(err: OSError) -> None:
        on_error(InputError(str(err.filename or folder), os_problem(err)))

    # followlinks=False: a symlink loop must not walk forever; linked files are still read.
    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or is_gold(name) or Path(name).suffix.lower() not in SUFFIXES:
                continue
            yield Path(root, name)


def _read_file(path: Path, max_bytes: int, on_error: Callable[[InputError], None]) -> Iterator[Document]:
    where = str(path)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from read_jsonl_file(path, where, max_bytes, on_error)
        return
    try:
        doc = _WHOLE_FILE_READERS[suffix](path, where, max_bytes)
    except InputError as err:
        on_error(err)
        return
    yield doc
