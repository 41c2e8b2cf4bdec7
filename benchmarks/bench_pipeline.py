"""Throughput of the whole pipeline against bare spaCy on the same texts.

    .venv/bin/python benchmarks/bench_pipeline.py [PATH ...]

Reads the documents under PATH (default: the bundled examples, each repeated to about 100
documents), parses them once with bare spaCy (``nlp.pipe``) and once through
``corroborate.pipeline.analyse``, and prints documents per second for both and their ratio:
everything corroborate adds should stay small next to the parser and NER. Run on demand; the
numbers depend on the machine, so no test asserts them.
"""

from __future__ import annotations

import sys
import time
import tracemalloc
from pathlib import Path

from corroborate import nlp as nlp_stage
from corroborate.ingest import iter_documents
from corroborate.pipeline import analyse
from corroborate.records import Document

ROOT = Path(__file__).resolve().parents[1]


def _documents(paths: list[str]) -> list[Document]:
    errors: list[object] = []
    docs = list(iter_documents(paths, on_error=errors.append))
    for e in errors:
        print(f"skipped: {e}", file=sys.stderr)
    return docs


def main(argv: list[str]) -> None:
    paths = argv or [str(ROOT / "examples")]
    docs = _documents(paths)
    if not argv:
        docs = (docs * (100 // max(1, len(docs)) + 1))[:100]
    words = sum(len(d.text.split()) for d in docs)
    nlp = nlp_stage.load()
    list(nlp.pipe(d.text for d in docs[:2]))  # warm up: model and caches loaded
    list(analyse(docs[:2], on_error=print))

    t0 = time.perf_counter()
    list(nlp.pipe(d.text for d in docs))
    bare = time.perf_counter() - t0

    t0 = time.perf_counter()
    records = list(analyse(docs, on_error=print))
    ours = time.perf_counter() - t0

    # memory in a separate pass: tracemalloc slows Python down and would spoil the timing
    tracemalloc.start()
    list(analyse(docs[:20], on_error=print))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    events = sum(len(r.events) for r in records)
    print(f"documents: {len(docs)}, words: {words:,}, events: {events:,}")
    print(f"bare spaCy:   {len(docs) / bare:7.1f} docs/s  {words / bare:9.0f} words/s")
    print(f"corroborate:  {len(docs) / ours:7.1f} docs/s  {words / ours:9.0f} words/s")
    print(f"ratio corroborate/bare time: {ours / bare:.2f}x  (Python heap peak over 20 documents: {peak / 1e6:.1f} MB)")


if __name__ == "__main__":
    main(sys.argv[1:])
