"""The label form of ``/review/{sid}``, pure: posted fields in, the flags (or the messages to show) out.

Each question is a yes/no radio pair, so a reviewer must answer it (nothing is assumed from an untouched
box); "hand-off justified?" may be left unanswered ("no hand-off"). No free text is accepted."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from rollout.reviews import Label

QUESTIONS = (
    ("task_done", "Was the caller's task really done?"),
    ("wrong_information", "Did the agent give wrong information?"),
    ("compliance_problem", "Was there a compliance problem?"),
)
HANDOFF = ("handoff_justified", "Was the hand-off to a person justified?")
ANSWERS = {"yes": True, "no": False}


@dataclass(frozen=True, slots=True)
class LabelForm:
    """The answers as given (``"yes"``, ``"no"`` or ``""``) and the messages beside the form."""

    values: dict[str, str]
    errors: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, label: Label | None) -> LabelForm:
        """The form pre-filled with ``label`` (the latest), or empty."""
        if label is None:
            return cls({name: "" for name, _ in (*QUESTIONS, HANDOFF)})

        def word(flag: bool | None) -> str:
            return "" if flag is None else ("yes" if flag else "no")

        return cls({
            "task_done": word(label.task_done), "wrong_information": word(label.wrong_information),
            "compliance_problem": word(label.compliance_problem),
            "handoff_justified": word(label.handoff_justified),
        })  # fmt: skip

    def flags(self) -> tuple[bool, bool, bool, bool | None]:
        """``(task_done, wrong_information, compliance_problem, handoff_justified)``."""
        handoff = self.values.get("handoff_justified", "")
        return (
            ANSWERS[self.values["task_done"]], ANSWERS[self.values["wrong_information"]],
            ANSWERS[self.values["compliance_problem"]], ANSWERS[handoff] if handoff else None,
        )  # fmt: skip

    def summary(self) -> str:
        """The flags in one line for the audit log (no text of the call)."""
        return " ".join(f"{name}={self.values.get(name) or 'n/a'}" for name, _ in (*QUESTIONS, HANDOFF))


def parse_label(body: Mapping[str, Sequence[str]]) -> LabelForm:
    values = {name: (body.get(name) or [""])[0].strip() for name, _ in (*QUESTIONS, HANDOFF)}
    errors = [f"Answer: {question}" for name, question in QUESTIONS if values[name] not in ANSWERS]
    if values[HANDOFF[0]] not in ("", *ANSWERS):
        errors.append(f"Answer yes, no or leave empty: {HANDOFF[1]}")
    return LabelForm(values, errors)
