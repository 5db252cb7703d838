"""v15, the next release's held-out test half (issue 15, brief D15): the committed file is what the seeded
builder writes and passes every check of its ``check.py`` (values read back, one-character mutants caught,
sizes and floors, no four-word phrase of v2-v14); its phone numbers are NANP-shaped, a number said twice
in one turn is one value twice, and a homophone digit reads back. No redactor is run or imported."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v15 import build, check, templates

LINES = load(check.HERE / "test.jsonl")


def _failures_of(step: Any, lines: list[dict[str, Any]]) -> list[str]:
    """What ``step`` reports for ``lines`` (the shared failure list is left empty)."""
    check.FAILURES.clear()
    step(lines)
    out = list(check.FAILURES)
    check.FAILURES.clear()
    return out


def _line(said: str, kind: str, value: str) -> dict[str, Any]:
    entity = {"start": 0, "end": len(said), "type": kind, "value": value, "form": "spoken"}
    return {"id": "v15-t", "text": said, "entities": [entity]}


def test_the_committed_file_is_the_seeded_build_and_passes_every_check() -> None:
    assert build.build() == LINES, "test.jsonl differs from what build.py writes"
    assert [f for step in check.STEPS for f in _failures_of(step, LINES)] == []


def test_one_changed_character_in_any_value_is_caught() -> None:
    check.FAILURES.clear()
    entities = sum(len(x["entities"]) for x in LINES)
    assert check.mutants_caught(LINES) == (entities, entities)
    assert check.FAILURES == []


def test_a_homophone_digit_reads_back_and_a_wrong_value_does_not() -> None:
    said = "six for six, four two nine, oh one four one"
    assert _failures_of(check.check_values, [_line(said, "PHONE_NUMBER", "6464290141")]) == []
    assert _failures_of(check.check_values, [_line(said, "PHONE_NUMBER", "6164290141")])


def test_phone_numbers_are_nanp_shaped() -> None:
    """Area code and exchange start 2-9 and are never N11; the area code has no 9 second and is no easily
    recognizable code (800, 888)."""
    phones = [e["value"] for x in LINES for e in x["entities"] if e["type"] == "PHONE_NUMBER"]
    assert len(phones) >= 60
    for p in phones:
        area, exchange = p[:3], p[3:6]
        assert re.fullmatch(r"[2-9][0-8]\d", area) and area[1:] != "11" and area[1] != area[2], p
        assert re.fullmatch(r"[2-9]\d\d", exchange) and exchange[1:] != "11", p


def test_a_number_said_twice_in_one_turn_is_one_value_twice() -> None:
    twice = [x for x in LINES if len([e for e in x["entities"] if e["type"] == "PHONE_NUMBER"]) == 2]
    assert twice
    for x in twice:
        first, second = (e["value"] for e in x["entities"] if e["type"] == "PHONE_NUMBER")
        assert first == second, x["id"]


def test_a_template_reusing_a_v14_phrase_is_reported(monkeypatch: Any) -> None:
    monkeypatch.setattr(templates, "PII", [*templates.PII, "Ring me back on {PHONE} please."])
    assert any("PII templates" in f for f in _failures_of(check.check_independence, LINES[:1]))


def test_a_file_short_of_the_floors_is_reported() -> None:
    found = _failures_of(check.check_size_and_mix, LINES[:40])
    assert any("dates of birth" in f for f in found) and any("spelled surnames" in f for f in found)


def test_check_py_passes_in_its_own_process_without_the_redactor() -> None:
    """check.py fails by itself if ``stream`` (the redactor) was imported."""
    out = subprocess.run(
        [sys.executable, str(check.HERE / "check.py")], capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stdout[-2000:]
    assert "600 utterances, 635 entities; 0 failures" in out.stdout
    assert "one-value mutants caught: 635/635" in out.stdout
