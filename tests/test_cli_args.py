"""The argument types: a bad value is refused with one line saying what was expected."""

from __future__ import annotations

import pytest

from callpulse.cli import build_parser


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["detect", "--interval", "0"], "expected seconds above 0, got 0"),
        (["detect", "--interval", "inf"], "expected seconds above 0, got inf"),
        (["detect", "--interval", "soon"], "expected seconds, got 'soon'"),
        (["demo", "--rate", "nan"], "expected a number above 0, got nan"),
        (["demo", "--calls", "-3"], "expected a number above 0, got -3"),
        (["demo", "--calls", "many"], "expected a whole number, got 'many'"),
        (["api", "--port", "70000"], "expected a port from 0 to 65535, got 70000"),
    ],
)
def test_a_bad_value_is_refused_in_one_line(
    argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args(argv)
    assert exit_.value.code == 2
    assert expected in capsys.readouterr().err


def test_each_command_runs_its_own_handler() -> None:
    parser = build_parser()
    assert parser.parse_args(["stack", "down"]).run.__name__ == "run_stack_down"
    assert parser.parse_args(["keys", "list"]).run.__name__ == "run_keys_list"
    assert parser.parse_args(["agent", "serve", "--port", "0"]).port == 0
