"""Size, training time and inference time of the persuasion model.

    .venv/bin/python benchmarks/bench_persuasion.py [PTC_DIR] [--train]

Prints the shipped model's size (compressed files and unpacked), how long it takes to open,
and the per-document time of ``find_spans`` on the PTC articles (parsed beforehand, so the
parser's time is not counted; the ratio to the parse time is shown for scale). With
``--train`` it also times one training on all articles (about a minute and a half). Run on
demand; the numbers depend on the machine, so no test asserts them.
"""

from __future__ import annotations

import argparse
import lzma
import statistics
import tempfile
import time
from pathlib import Path

from corroborate import nlp as nlp_stage
from corroborate.persuasion import model as model_mod
from corroborate.persuasion import training

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("ptc", nargs="?", default=str(ROOT.parent / "shared" / "data" / "ptc"))
    ap.add_argument("--train", action="store_true", help="also time a training on all articles")
    ap.add_argument("-n", type=int, default=100, help="articles to time inference on")
    args = ap.parse_args(argv)

    packed = {n: (model_mod.MODEL_DIR / (n + ".xz")).stat().st_size for n in model_mod.FILES.values()}
    unpacked = {n: len(lzma.decompress((model_mod.MODEL_DIR / (n + ".xz")).read_bytes())) for n in packed}
    print(f"model files: {sum(packed.values()) / 1e6:.2f} MB shipped (xz), {sum(unpacked.values()) / 1e6:.2f} MB "
          "unpacked: " + ", ".join(f"{n} {v / 1e6:.2f}" for n, v in packed.items()))
    t0 = time.perf_counter()
    model = model_mod.Model(model_mod.MODEL_DIR)
    print(f"open (unpack + load): {time.perf_counter() - t0:.2f} s")

    texts, _ = training.read_ptc(Path(args.ptc))
    texts = texts[: args.n]
    nlp = nlp_stage.load()
    list(nlp.pipe([texts[0][1]]))
    t0 = time.perf_counter()
    docs = list(nlp.pipe(t for _, t in texts))
    parse = time.perf_counter() - t0
    times = []
    n_spans = 0
    for doc in docs:
        t = time.perf_counter()
        n_spans += len(model.find_spans(doc))
        times.append(time.perf_counter() - t)
    words = sum(len(d) for d in docs)
    print(f"inference on {len(docs)} PTC articles ({words:,} tokens, {n_spans:,} spans): "
          f"mean {1000 * statistics.mean(times):.0f} ms per document, median {1000 * statistics.median(times):.0f} ms, "
          f"max {1000 * max(times):.0f} ms; {sum(times) / parse:.2f} x the full spaCy parse "
          f"({1000 * parse / len(docs):.0f} ms per document)")

    if args.train:
        arts = training.articles(Path(args.ptc))
        t0 = time.perf_counter()
        for a in arts:
            a.features.token_features()
            a.features.sentence_features()
        feats = time.perf_counter() - t0
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            training.train(arts, Path(tmp))
            print(f"training on {len(arts)} articles: features {feats:.0f} s, "
                  f"CRFsuite {time.perf_counter() - t0:.0f} s (one core)")


if __name__ == "__main__":
    main()
