"""From bytes on disk to text: the checks every input format shares.

Each format reads its file through here, so that a binary file, an oversized file or broken
UTF-8 gets the same message whatever the extension, and the messages stay in one place.

Encoding: inputs are UTF-8. A leading UTF-8 byte-order mark is dropped, because it marks the
encoding rather than being part of the text (Windows editors add it), and keeping it would put
an invisible U+FEFF in front of the first word the NLP stages see. Everything else is kept
exactly, CRLF line ends included; offsets in the output refer to the text after the mark is
dropped, which is the record's ``text``. Other encodings are not guessed: a guess that is wrong
turns names into mojibake without a word, an error says what to fix.
"""

from __future__ import annotations

import codecs
import math
from pathlib import Path

from corroborate.errors import InputError

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Largest file read whole (``.txt``, ``.html``, ``.json``; for ``.jsonl`` and stdin, the
largest line). Past it a file is far more likely a dump or an archive than a report, and reading
it would hold the whole of it in memory."""

_MB = 1024 * 1024

# UTF-32 marks first: the UTF-32 LE mark begins with the UTF-16 LE one.
_WIDE_MARKS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


def megabytes(size: int) -> str:
    """``size`` in MB for messages, rounded up to a tenth so a file just past the limit never
    reads as equal to it."""
    return f"{math.ceil(size * 10 / _MB) / 10:g} MB"


def too_large(size: int, limit: int) -> str:
    return f"too large: {megabytes(size)}, the limit is {megabytes(limit)}"


def os_problem(err: OSError) -> str:
    """The part of an OS error a user can act on, without Python's errno prefix."""
    if isinstance(err, FileNotFoundError):
        return "no such file or folder"
    if isinstance(err, PermissionError):
        return "cannot read it: permission denied"
    return f"cannot read it: {(err.strerror or str(err)).lower()}"


def read_bytes(path: Path, where: str, max_bytes: int) -> bytes:
    """The file's bytes, after checking its size without reading it."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(where, too_large(size, max_bytes))
        return path.read_bytes()
    except OSError as err:
        raise InputError(where, os_problem(err)) from None


def check_not_binary(data: bytes, where: str) -> None:
    """Refuse UTF-16/32 text and binary files before decoding, so they get a message that says
    what they are instead of a confusing UTF-8 error."""
    for mark, name in _WIDE_MARKS:
        if data.startswith(mark):
            raise InputError(where, f"encoded as {name}, not UTF-8: save it as UTF-8")
    if b"\x00" in data:
        raise InputError(where, "binary file, not text")


def utf8_problem(data: bytes, err: UnicodeDecodeError, base: int) -> str:
    return f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {base + err.start})"


def decode_utf8(data: bytes, where: str, *, offset: int = 0, drop_bom: bool = True) -> str:
    """Strict UTF-8, a leading byte-order mark dropped. ``offset`` is where ``data`` starts in
    its file, so that the byte offset in the message is one a hex editor can find."""
    if drop_bom and data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
        offset += len(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(where, utf8_problem(data, err, offset)) from None


def read_text(path: Path, where: str, max_bytes: int) -> str:
    """A whole text file, checked: size, binary, UTF-8, and not empty."""
    data = read_bytes(path, where, max_bytes)
    check_not_binary(data, where)
    text = decode_utf8(data, where)
    if not text.strip():
        raise InputError(where, "empty file")
    return text
