"""The eval's judge checks a page's scope, not only its cause (issue 20, eighteenth run): a fault on
every line paged as one workflow ("billing: calls are failing", test15-a's night_scale_in_drop at
647e1de) sends the on-call engineer to one line's endpoint, and the judge passed it as naming the cause.
A case with no workflow in its scope needs a page that names no single workflow; a case scoped to a
build needs that build; a workflow's case still needs that workflow."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.alerts_eval import DAY0, MINUTE, Judged, names_cause  # noqa: E402

FAILURES = "CallpulseDetectorAgentFailures"


def case(scope: dict[str, str], cause: str = "agent_failed") -> Judged:
    return Judged("t/x", "x", scope.get("workflow", ""), "", DAY0, DAY0 + 30 * MINUTE, cause, scope, DAY0)


def page(**labels: str) -> dict[str, str]:
    return {"alertname": FAILURES, "severity": "page", **labels}


def test_a_fault_on_every_line_paged_as_one_workflow_does_not_name_it() -> None:
    every_line = case({})
    assert not names_cause(every_line, page(workflow="billing"))
    assert names_cause(every_line, page())  # the page across every line: no workflow label


def test_a_build_scoped_case_needs_that_build_and_no_single_workflow() -> None:
    build = case({"agent_version": "1.4.0"})
    assert names_cause(build, page(agent_version="1.4.0"))
    assert not names_cause(build, page())  # every line, no build named
    assert not names_cause(build, page(agent_version="1.5.0-rc1"))
    assert not names_cause(build, page(workflow="refill", agent_version="1.4.0"))


def test_a_workflow_case_still_needs_its_workflow_and_its_cause() -> None:
    refill = case({"workflow": "refill"})
    assert names_cause(refill, page(workflow="refill"))
    assert not names_cause(refill, page(workflow="billing"))
    assert not names_cause(refill, page())
    assert not names_cause(refill, {"alertname": "CallpulseDetectorDeadAir", "workflow": "refill"})
