"""JSON and JSON Lines inputs: ``.json`` files, ``.jsonl`` files and standard input.

A ``.json`` file holds one document object and is read whole. JSON Lines (a ``.jsonl`` file,
or ``-`` for stdin) is read line by line, so a corpus of any size streams through in constant
memory; the size limit applies to each line, not to the file. Each line is its own document: a
bad line is reported as ``file:line`` and the lines after it still come through. Lines are
split on ``\\n`` only (JSON strings cannot hold a raw newline, so nothing else ends a record).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from corroborate.errors import InputError
from corroborate.ingest.decoding import check_not_binary, decode_utf8, megabytes, os_problem, read_text
from corroborate.ingest.objects import read_document_object
from corroborate.records import Document

STDIN_NAME = "<stdin>"
"""How standard input is named in messages (``<stdin>:3: ...``); ``Document.source`` is ``-``."""

STDIN_STEM = "stdin"
"""Ids of stdin documents without one are ``stdin-<line number>``."""


def _parse(text: str, where: str, *, one_line: bool) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        # Some of json's messages already end in "at" ("Unterminated string starting at").
        at = "" if err.msg.endswith(" at") else " at"
        at += f" column {err.colno}" if one_line else f" line {err.lineno} column {err.colno}"
        hint = ""
        if err.msg == "Extra data" and not one_line:
            hint = " (several documents? put one per line in a .jsonl file)"
        raise InputError(where, f"not valid JSON: {err.msg}{at}{hint}") from None
    except RecursionError:
        raise InputError(where, "not valid JSON: nested too deeply") from None


def read_json_file(path: Path, where: str, max_bytes: int) -> Document:
    """The one document in a ``.json`` file; raises InputError. The id defaults to the stem."""
    obj = _parse(read_text(path, where, max_bytes), where, one_line=False)
    if isinstance(obj, list):
        raise InputError(
            where, "a JSON array, not a document object: put one document per line in a .jsonl file"
        )
    return read_document_object(obj, where, path.stem, source=where)


def _lines(readline: Callable[[int], bytes], max_bytes: int) -> Iterator[tuple[int, int, bytes | None]]:
    """(line number, byte offset, line) for each line; the line is None when it is longer than
    ``max_bytes``, and the rest of it is skipped without being held in memory."""
    number = offset = 0
    while line := readline(max_bytes + 1):
        number += 1
        start = offset
        offset += len(line)
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = readline(max_bytes + 1)
                offset += len(line)
            yield number, start, None
        else:
            yield number, start, line


def iter_jsonl(
    readline: Callable[[int], bytes],
    *,
    where: str,
    stem: str,
    source: str,
    max_bytes: int,
    on_error: Callable[[InputError], None],
    empty_is_error: bool = True,
) -> Iterator[Document]:
    """Documents from JSON Lines read with ``readline``; each bad line goes to ``on_error``.

    Blank lines are skipped. A document without an id gets ``<stem>-<line number>``. A NUL
    byte or a UTF-16 mark means the whole input is not JSON Lines, and reading it stops.
    """
    seen = False
    try:
        for number, offset, line in _lines(readline, max_bytes):
            here = f"{where}:{number}"
            if line is None:
                on_error(InputError(here, f"line too large: over {megabytes(max_bytes)}"))
                continue
            try:
                if number == 1 or b"\x00" in line:
                    check_not_binary(line, where)
            except InputError as err:
                on_error(err)
                return
            try:
                text = decode_utf8(line, here, offset=offset, drop_bom=number == 1)
                if not text.strip():
                    continue
                seen = True
                doc = read_document_object(
                    _parse(text.rstrip("\r\n"), here, one_line=True), here, f"{stem}-{number}", source=source
                )
            except InputError as err:
                on_error(err)
                continue
            yield doc
    except OSError as err:
        on_error(InputError(where, os_problem(err)))
        return
    if not seen and empty_is_error:
        on_error(InputError(where, "empty file"))


def read_jsonl_file(
    path: Path, where: str, max_bytes: int, on_error: Callable[[InputError], None]
) -> Iterator[Document]:
    """The documents of a ``.jsonl`` file, streamed; problems go to ``on_error``."""
    try:
        stream = path.open("rb")
    except OSError as err:
        on_error(InputError(where, os_problem(err)))
        return
    with stream:
        yield from iter_jsonl(
            stream.readline, where=where, stem=path.stem, source=where, max_bytes=max_bytes, on_error=on_error
        )


def read_stdin(stream: IO[str], max_bytes: int, on_error: Callable[[InputError], None]) -> Iterator[Document]:
    """JSON Lines on standard input. The underlying bytes are read when the stream has them
    (``sys.stdin`` does), so that broken UTF-8 is a message about one line, not a crash of the
    text layer; a text-only stream (``io.StringIO``) is read as text. An empty stdin is no error:
    a pipeline upstream that selected nothing is a normal case."""
    buffer: IO[bytes] | None = getattr(stream, "buffer", None)
    readline = buffer.readline if buffer is not None else _encoded_readline(stream)
    yield from iter_jsonl(
        readline,
        where=STDIN_NAME,
        stem=STDIN_STEM,
        source="-",
        max_bytes=max_bytes,
        on_error=on_error,
        empty_is_error=False,
    )


def _encoded_readline(stream: IO[str]) -> Callable[[int], bytes]:
    def readline(size: int) -> bytes:
        # surrogateescape gives back the exact bytes a POSIX-locale stdin could not decode
        return stream.readline(size).encode("utf-8", "surrogateescape")

    return readline
