"""The `corroborate` command end to end, in process, with the real pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from corroborate.cli import cli

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def _records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_cli_extract_examples_writes_valid_records(runner):
    result = runner.invoke(cli, ["extract", str(EXAMPLES), "--quiet"])
    assert result.exit_code == 0, result.output
    records = _records(result.stdout)
    stems = {p.name.split(".")[0] for p in EXAMPLES.iterdir() if p.suffix in (".json", ".txt", ".html")
             and not p.name.endswith(".gold.json")}
    assert {r["id"] for r in records} == stems
    for rec in records:
        assert rec["schema"] == "corroborate/1"
        text = rec["text"]
        assert rec["events"], f"no events in {rec['id']}"
        for ev in rec["events"]:
            t = ev["trigger"]
            assert text[t["start"] : t["end"]] == t["text"]
            assert 0 <= ev["evidence"]["start"] <= t["start"] < t["end"] <= ev["evidence"]["end"] <= len(text)
            for ent in ev["actor"] + ev["recipient"]:
                assert text[ent["start"] : ent["end"]] == ent["text"]
            for key, cev in ev["count_evidence"].items():
                assert key in ev["counts"]
                assert text[cev["start"] : cev["end"]] == cev["text"]
            if ev["date"]:
                assert text[ev["date"]["start"] : ev["date"]["end"]] == ev["date"]["text"]
            if ev["location"] and ev["location"]["text"]:
                loc = ev["location"]
                assert text[loc["start"] : loc["end"]] == loc["text"]


def test_cli_extract_table_is_readable(runner):
    result = runner.invoke(cli, ["extract", str(EXAMPLES), "--format", "table", "--quiet"])
    assert result.exit_code == 0, result.output
    assert "type/mode" in result.stdout
    assert "PROTEST" in result.stdout and "==" in result.stdout


def test_cli_bad_inputs_give_one_line_errors_and_the_rest_is_processed(runner, tmp_path):
    (tmp_path / "good.txt").write_text("Police arrested 14 striking miners in Karaganda on Monday.\n", encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"id": "x", "text": "unclosed', encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Manifestation à Nantes: la police a arrêté 3 personnes.".encode("latin-1"))
    result = runner.invoke(cli, ["extract", str(tmp_path), "--quiet"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert "Traceback" not in result.stderr
    assert all(line.startswith("Error: ") for line in errors)
    for name in ("broken.json", "binary.txt", "empty.txt", "latin1.txt"):
        assert any(name in line for line in errors), (name, errors)
    records = _records(result.stdout)
    assert [r["id"] for r in records] == ["good"]
    assert records[0]["events"][0]["counts"] == {"arrested": 14}


def test_cli_reads_json_lines_from_stdin(runner):
    doc = {"id": "s1", "text": "Soldiers fired tear gas at students in Dhaka.", "outlet": "example.org", "extra": 1}
    result = runner.invoke(cli, ["extract", "-", "--quiet"], input=json.dumps(doc) + "\n")
    assert result.exit_code == 0, result.output
    (rec,) = _records(result.stdout)
    assert rec["id"] == "s1" and rec["outlet"] == "example.org" and rec["meta"] == {"extra": 1}
    assert rec["events"][0]["type"] == "ASSAULT"


def test_cli_missing_path_is_an_error_not_a_traceback(runner, tmp_path):
    result = runner.invoke(cli, ["extract", str(tmp_path / "nope.txt"), "--quiet"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "nope.txt" in result.stderr


def test_cli_eval_scores_a_gold_folder(runner, tmp_path):
    text = "Police arrested 20 activists in Almaty on Friday. Thousands of people marched in the capital."
    (tmp_path / "d1.json").write_text(json.dumps({"id": "d1", "text": text, "published": "2024-03-02"}),
                                      encoding="utf-8")
    gold = {"id": "d1", "events": [
        {"type": "COERCE", "mode": "arrest", "evidence": "Police arrested 20 activists in Almaty on Friday.",
         "actor": "Police", "target": "activists", "counts": {"arrested": 20}, "factuality": "asserted",
         "optional": False},
        {"type": "PROTEST", "mode": "demo", "evidence": "Thousands of people marched in the capital.",
         "factuality": "asserted", "optional": False},
    ]}
    (tmp_path / "d1.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    result = runner.invoke(cli, ["eval", "articles", str(tmp_path), "--quiet"])
    assert result.exit_code == 0, result.output
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.startswith("events F1=1.000")
    assert "counts=1.00" in summary


def test_cli_help_lists_commands(runner):
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0
    assert "extract" in result.stdout and "eval" in result.stdout


def test_cli_eval_malformed_predictions_is_a_one_line_error(runner, tmp_path):
    (tmp_path / "d1.json").write_text(json.dumps({"id": "d1", "text": "Police arrested 3 men."}), encoding="utf-8")
    (tmp_path / "d1.gold.json").write_text(json.dumps({"id": "d1", "events": []}), encoding="utf-8")
    preds = tmp_path / "out.jsonl"
    preds.write_text('{"id": "d1", "events": []}\nnot json\n', encoding="utf-8")
    result = runner.invoke(cli, ["eval", "articles", str(tmp_path), "--predictions", str(preds)])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
