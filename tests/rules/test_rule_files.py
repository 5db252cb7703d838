"""Rule files: what `callpulse rules check` accepts and the line it blames; the default set's cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from callpulse.cli import main
from stream.rules.errors import RuleFileError
from stream.rules.model import AnyOf, Says, Silence
from stream.rules.parse import load_rules, parse_rules

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = ROOT / "deploy" / "rules" / "call_rules.v1.yaml"
CASES = ROOT / "deploy" / "rules" / "tests" / "call_rules.v1.cases.jsonl"


def test_the_default_rule_set_passes_its_recorded_cases(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "test", str(DEFAULT), str(CASES)]) == 0
    out = capsys.readouterr().out
    assert "FAIL" not in out
    assert "17 of 17 cases passed" in out


def test_check_lists_the_default_rules(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "check", str(DEFAULT)]) == 0
    out = capsys.readouterr().out
    assert "13 rules OK" in out
    assert "refill_stuck (refill)" in out


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        pytest.param(
            "version: 1\nrules:\n  - name: x\n    when:\n      silence: {longer_than: 3}\n",
            5,
            "unknown field 'longer_than' in silence",
            id="unknown-leaf-field",
        ),
        pytest.param(
            "version: 1\nrules:\n  - name: x\n    colour: red\n    when: {silence: {longer_than_s: 3}}\n",
            4,
            "unknown field 'colour' in a rule",
            id="unknown-rule-field",
        ),
        pytest.param(
            "version: 1\nrules:\n  - name: x\n    when: {says: {regex: '(['}}\n",
            4,
            "not a valid regular expression",
            id="bad-regex",
        ),
        pytest.param(
            "version: 1\nrules:\n  - name: x\n    when: {silence: {longer_than_s: 3}}\n"
            "  - name: x\n    when: {silence: {longer_than_s: 4}}\n",
            5,
            "rule 'x' defined twice",
            id="duplicate-name",
        ),
        pytest.param(
            "version: 1\nrules:\n  - name: x\n    when: {silence: {longer_than_s: 3}, tool_failure: {}}\n",
            4,
            "exactly one of",
            id="two-conditions-without-all",
        ),
        pytest.param(
            "version: 1\nrules:\n  - name: x\n    when: {sentiment: {below: -3}}\n",
            4,
            "between -1 and 1",
            id="out-of-range",
        ),
        pytest.param("version: 1\nrules:\n  - name: x\n   when: 3\n", 4, "not valid YAML", id="yaml-syntax"),
        pytest.param(
            "version: 1\nrules:\n  - name: x\n    when: {tool_failure: {}}\n    notify: [pager]\n",
            5,
            "unknown notify target 'pager'",
            id="unknown-notify",
        ),
    ],
)
def test_a_bad_rule_file_is_refused_with_its_line(text: str, line: int, words: str) -> None:
    with pytest.raises(RuleFileError) as caught:
        parse_rules(text)
    assert caught.value.line == line
    assert words in caught.value.message


def test_check_exits_2_with_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nrules:\n  - name: x\n    when:\n      silence: {longer_than: 3}\n")
    assert main(["rules", "check", str(bad)]) == 2
    assert f"{bad}:5: unknown field 'longer_than'" in capsys.readouterr().err


def test_combinators_and_workflows_parse() -> None:
    rules = parse_rules(
        "version: '2'\nrules:\n  - name: angry_or_quiet\n    workflows: [billing]\n    when:\n"
        "      any:\n        - says: {fuzzy: [ridiculous]}\n        - silence: {longer_than_s: 5}\n"
    )
    rule = rules.rules[0]
    assert rules.version == "2"
    assert rule.applies_to("billing") and not rule.applies_to("refill")
    assert isinstance(rule.when, AnyOf)
    assert isinstance(rule.when.conditions[0], Says) and isinstance(rule.when.conditions[1], Silence)


def test_a_failing_case_fails_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The default cases with a stricter dead-air limit: the dead-air case no longer matches."""
    stricter = tmp_path / "rules.yaml"
    stricter.write_text(DEFAULT.read_text().replace("longer_than_s: 8", "longer_than_s: 30"))
    load_rules(stricter)
    assert main(["rules", "test", str(stricter), str(CASES)]) == 1
    out = capsys.readouterr().out
    assert "missing:    dead_air@turn1" in out
