"""Plain-text files: the file is the document.

The text is kept exactly as written (line ends, spacing, trailing newline), so that offsets in
the output can be checked against the file itself; only a leading byte-order mark is dropped
(see :mod:`corroborate.ingest.decoding`). The file stem is the document id.
"""

from __future__ import annotations

from pathlib import Path

from corroborate.ingest.decoding import read_text
from corroborate.records import Document


def read_text_file(path: Path, where: str, max_bytes: int) -> Document:
    """The document in a ``.txt`` file; raises InputError."""
    return Document(id=path.stem, text=read_text(path, where, max_bytes), source=where)
