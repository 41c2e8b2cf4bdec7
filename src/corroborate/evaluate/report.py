"""Scores as text: a table or two, any notes, and a one-line summary as the last line."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

MAX_EXAMPLES = 5  # of gold sentences not found in the text


def fmt(x: Any, digits: int = 2) -> str:
    return "n/a" if x is None else f"{x:.{digits}f}"


def table(rows: Sequence[Sequence[Any]], header: Sequence[Any]) -> list[str]:
    """Columns padded to width: the first left-aligned, the others right-aligned."""
    all_rows = [[str(c) for c in r] for r in [header, *rows]]
    widths = [max(len(r[i]) for r in all_rows) for i in range(len(header))]
    return [
        "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in all_rows
    ]


def notes_lines(notes: Mapping[str, int], examples: Sequence[str] = ()) -> list[str]:
    return [f"note: {k}: {v}" for k, v in notes.items() if v] + [
        f"  e.g. {e}" for e in examples[:MAX_EXAMPLES]
    ]


def prf_row(label: str, v: Mapping[str, Any]) -> list[Any]:
    return [label, fmt(v["P"]), fmt(v["R"]), fmt(v["F1"], 3), v["n_pred"], v["n_gold"]]


PRF_HEADER = ["", "P", "R", "F1", "pred", "gold"]


def articles(res: dict[str, Any]) -> list[str]:
    ev, det, q, ll = res["events"], res["detection"], res["quotes"], res["loaded_language"]
    out = table(
        [
            prf_row("events (type must agree)", ev),
            prf_row("detection (any type)", det),
            prf_row("quotes", q),
            prf_row("loaded language spans", ll),
        ],
        PRF_HEADER,
    )
    fields = dict(
        res["fields"], type_of_detected=res["type_accuracy_of_detected"], quote_speaker=q["speaker"]
    )
    out += [""] + table(
        [[k, fmt(v["acc"]), v["correct"], v["n"]] for k, v in fields.items()],
        ["field (matched pairs)", "acc", "ok", "n"],
    )
    out += notes_lines(res["notes"], res["not_found"])
    f = res["fields"]
    out.append(
        f"events F1={fmt(ev['F1'], 3)} P={fmt(ev['P'])} R={fmt(ev['R'])} detect_F1={fmt(det['F1'], 3)} "
        + " ".join(
            f"{k}={fmt(f[k]['acc'])}" for k in ("date", "location", "actor", "target", "counts", "factuality")
        )
        + f" quotes_F1={fmt(q['F1'], 3)} loaded_F1={fmt(ll['F1'], 3)} (n_gold={ev['n_gold']})"
    )
    return out


def case(res: dict[str, Any]) -> list[str]:
    out = table(
        [
            [c, v["n_gold"], v["n_pred"], fmt(v["P"]), fmt(v["R"]), fmt(v["F1"], 3)]
            for c, v in res["per_class"].items()
        ],
        ["class", "gold", "pred", "P", "R", "F1"],
    )
    out.append(f"gold NONE (the five non-ACLED classes): {res['n_gold_none']}")
    out.append(
        "reference: best published weighted F1 = 0.839 on the 25 ACLED classes, 0.771 on all 30 "
        "(Haneczok et al. 2021)"
    )
    out += notes_lines(res["notes"])
    out.append(
        f"case weighted_F1={fmt(res['weighted_F1'], 3)} macro_F1={fmt(res['macro_F1'], 3)} "
        f"accuracy={fmt(res['accuracy'])} (n={res['n']})"
    )
    return out


def plover(res: dict[str, Any]) -> list[str]:
    out = table(
        [
            [t, v["gold"], fmt(v["top"] / v["gold"]), fmt(v["any"] / v["gold"])]
            for t, v in res["per_type"].items()
        ],
        ["gold type", "n", "top ok", "any ok"],
    )
    if res["confusions"]:
        commonest = list(res["confusions"].items())[:5]
        out.append("most frequent errors (gold -> top): " + ", ".join(f"{k} {v}" for k, v in commonest))
    out += notes_lines(res["notes"])
    out.append(
        f"plover top_type_accuracy={fmt(res['top_type_accuracy'])} any_type_recall={fmt(res['any_type_recall'])} "
        f"(n={res['n_docs']} sentences, {res['n_gold_events']} gold events)"
    )
    return out


def polnear(res: dict[str, Any]) -> list[str]:
    q, s, d = res["quotes"], res["speaker"], res["direct_recall"]
    out = table([prf_row("quotes (overlap >= 50% of shorter)", q)], PRF_HEADER)
    out.append(
        f"speaker accuracy over matches: {fmt(s['acc'])} ({s['correct']}/{s['n']}); "
        f"recall of direct (quotation-mark) quotes: {fmt(d['acc'])} ({d['correct']}/{d['n']})"
    )
    out += notes_lines(res["notes"])
    out.append(
        f"quotes F1={fmt(q['F1'], 3)} P={fmt(q['P'])} R={fmt(q['R'])} speaker={fmt(s['acc'])} "
        f"direct_R={fmt(d['acc'])} (n_gold={q['n_gold']})"
    )
    return out


def ptc(res: dict[str, Any]) -> list[str]:
    si, te = res["si"], res["technique"]
    rows = [prf_row("span identification (SI)", si), prf_row("technique-aware", te)]
    rows += [prf_row(f"  {t}", v) for t, v in res["per_technique"].items()]
    out = table(rows, PRF_HEADER)
    out.append("reference: best official SI F1 on the SemEval-2020 test set = 0.5155 (different articles)")
    out += notes_lines(res["notes"])
    out.append(
        f"ptc SI F1={fmt(si['F1'], 3)} P={fmt(si['P'])} R={fmt(si['R'])} technique_F1={fmt(te['F1'], 3)} "
        f"(n_gold={si['n_gold']} merged spans, {res['articles']} articles)"
    )
    return out


REPORTS: dict[str, Callable[[dict[str, Any]], list[str]]] = {
    "articles": articles,
    "case": case,
    "plover": plover,
    "polnear": polnear,
    "ptc": ptc,
}
