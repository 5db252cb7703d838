"""Read a per-call rule file (YAML) into a ``RuleSet``, refusing anything it does not understand.

Every error names its line: the YAML is composed into nodes (which keep their marks) and walked here,
so an unknown field, a wrong type, a bad regex or a duplicate rule name is reported as
``file:line: message`` by ``callpulse rules check``. The format is in ``docs/rules.md``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from stream.rules.errors import RuleFileError
from stream.rules.model import (
    NOTIFY_TARGETS,
    AgentRepeatsQuestion,
    AllOf,
    AnyOf,
    CallerRepeats,
    Condition,
    DisclosedBeforeVerification,
    HandleTime,
    Not,
    Notify,
    PersonRequested,
    Rule,
    RuleSet,
    Says,
    Sentiment,
    SentimentSlope,
    Silence,
    ToolFailure,
)

_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
RULE_FIELDS = ("name", "description", "workflows", "when", "mark", "notify")


def _line(node: Node) -> int:
    return int(node.start_mark.line) + 1


def _fail(node: Node, message: str) -> RuleFileError:
    return RuleFileError(_line(node), message)


def _mapping(node: Node, what: str, allowed: tuple[str, ...]) -> dict[str, tuple[Node, Node]]:
    if not isinstance(node, MappingNode):
        raise _fail(node, f"{what} must be a mapping")
    found: dict[str, tuple[Node, Node]] = {}
    for key, value in node.value:
        name = key.value if isinstance(key, ScalarNode) else None
        if name not in allowed:
            raise _fail(key, f"unknown field {name!r} in {what} (allowed: {', '.join(allowed)})")
        if name in found:
            raise _fail(key, f"field {name!r} given twice in {what}")
        found[name] = (key, value)
    return found


def _scalar(node: Node, what: str) -> Any:
    if not isinstance(node, ScalarNode):
        raise _fail(node, f"{what} must be a single value")
    return yaml.safe_load(yaml.serialize(node))


def _number(node: Node, what: str, *, low: float | None = None, high: float | None = None) -> float:
    value = _scalar(node, what)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _fail(node, f"{what} must be a number, not {value!r}")
    if (low is not None and value < low) or (high is not None and value > high):
        raise _fail(node, f"{what} must be between {low} and {high}, not {value}")
    return float(value)


def _count(node: Node, what: str, low: int = 1) -> int:
    value = _scalar(node, what)
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise _fail(node, f"{what} must be a whole number >= {low}, not {value!r}")
    return value


def _text(node: Node, what: str) -> str:
    value = _scalar(node, what)
    if not isinstance(value, str) or not value.strip():
        raise _fail(node, f"{what} must be non-empty text")
    return value


def _texts(node: Node, what: str) -> tuple[str, ...]:
    if isinstance(node, ScalarNode):
        return (_text(node, what),)
    if not isinstance(node, SequenceNode) or not node.value:
        raise _fail(node, f"{what} must be text or a non-empty list of texts")
    return tuple(_text(item, what) for item in node.value)


def _bool(node: Node, what: str) -> bool:
    value = _scalar(node, what)
    if not isinstance(value, bool):
        raise _fail(node, f"{what} must be true or false")
    return value


def _regexes(node: Node) -> tuple[re.Pattern[str], ...]:
    compiled = []
    for pattern in _texts(node, "says.regex"):
        try:
            compiled.append(re.compile(pattern))
        except re.error as err:
            raise _fail(node, f"says.regex {pattern!r} is not a valid regular expression: {err}") from err
    return tuple(compiled)


def _says(node: Node) -> Says:
    fields = _mapping(node, "says", ("phrases", "fuzzy", "max_edits", "regex"))
    get = {name: value for name, (_, value) in fields.items()}
    says = Says(
        phrases=tuple(p.lower() for p in _texts(get["phrases"], "says.phrases")) if "phrases" in get else (),
        fuzzy=tuple(p.lower() for p in _texts(get["fuzzy"], "says.fuzzy")) if "fuzzy" in get else (),
        max_edits=_count(get["max_edits"], "says.max_edits", 0) if "max_edits" in get else 1,
        regex=_regexes(get["regex"]) if "regex" in get else (),
    )
    if not (says.phrases or says.fuzzy or says.regex):
        raise _fail(node, "says needs at least one of phrases, fuzzy, regex")
    return says


def _leaf_fields(
    node: Node, kind: str, allowed: tuple[str, ...], required: tuple[str, ...]
) -> dict[str, Node]:
    if isinstance(node, ScalarNode) and not required and node.value in ("", "true", "{}"):
        return {}
    fields = {name: value for name, (_, value) in _mapping(node, kind, allowed).items()}
    for name in required:
        if name not in fields:
            raise _fail(node, f"{kind} needs {name!r}")
    return fields


def _sentiment(node: Node) -> Sentiment:
    f = _leaf_fields(node, "sentiment", ("below", "turns", "min_turns"), ("below",))
    return Sentiment(
        below=_number(f["below"], "sentiment.below", low=-1, high=1),
        turns=_count(f["turns"], "sentiment.turns") if "turns" in f else 2,
        min_turns=_count(f["min_turns"], "sentiment.min_turns") if "min_turns" in f else 1,
    )


def _slope(node: Node) -> SentimentSlope:
    f = _leaf_fields(node, "sentiment_slope", ("below", "turns"), ("below",))
    turns = _count(f["turns"], "sentiment_slope.turns", 3) if "turns" in f else 4
    return SentimentSlope(below=_number(f["below"], "sentiment_slope.below", low=-2, high=2), turns=turns)


def _seconds(node: Node, kind: str) -> float:
    f = _leaf_fields(node, kind, ("longer_than_s",), ("longer_than_s",))
    return _number(f["longer_than_s"], f"{kind}.longer_than_s", low=0.5, high=86_400)


def _at_least(
    node: Node, kind: str, default: int, extra: tuple[str, ...] = ()
) -> tuple[int, dict[str, Node]]:
    f = _leaf_fields(node, kind, ("at_least", *extra), ())
    return (_count(f["at_least"], f"{kind}.at_least") if "at_least" in f else default), f


def _tool_failure(node: Node) -> ToolFailure:
    at_least, f = _at_least(node, "tool_failure", 1, ("tool",))
    return ToolFailure(at_least=at_least, tool=_text(f["tool"], "tool_failure.tool") if "tool" in f else None)


def _disclosed(node: Node) -> DisclosedBeforeVerification:
    if not (isinstance(node, ScalarNode) and _scalar(node, "disclosed_before_verification") is True):
        raise _fail(node, "disclosed_before_verification takes the value true")
    return DisclosedBeforeVerification()


LEAVES: dict[str, Callable[[Node], Condition]] = {
    "says": _says,
    "sentiment": _sentiment,
    "sentiment_slope": _slope,
    "silence": lambda n: Silence(_seconds(n, "silence")),
    "handle_time": lambda n: HandleTime(_seconds(n, "handle_time")),
    "caller_repeats": lambda n: CallerRepeats(_at_least(n, "caller_repeats", 2)[0]),
    "agent_repeats_question": lambda n: AgentRepeatsQuestion(_at_least(n, "agent_repeats_question", 1)[0]),
    "tool_failure": _tool_failure,
    "person_requested": lambda n: PersonRequested(_at_least(n, "person_requested", 2)[0]),
    "disclosed_before_verification": _disclosed,
}
COMBINATORS = ("all", "any", "not")


def _condition(node: Node) -> Condition:
    kinds = (*COMBINATORS, *LEAVES)
    fields = _mapping(node, "a condition", kinds)
    if len(fields) != 1:
        raise _fail(node, f"a condition has exactly one of: {', '.join(kinds)} (use all/any to combine)")
    (kind, (_, value)) = next(iter(fields.items()))
    if kind == "not":
        return Not(_condition(value))
    if kind in ("all", "any"):
        if not isinstance(value, SequenceNode) or not value.value:
            raise _fail(value, f"{kind} takes a non-empty list of conditions")
        parts = tuple(_condition(item) for item in value.value)
        return AllOf(parts) if kind == "all" else AnyOf(parts)
    return LEAVES[kind](value)


def _rule(node: Node) -> Rule:
    fields = {name: value for name, (_, value) in _mapping(node, "a rule", RULE_FIELDS).items()}
    for required in ("name", "when"):
        if required not in fields:
            raise _fail(node, f"a rule needs {required!r}")
    name = _text(fields["name"], "name")
    if not _NAME.match(name):
        raise _fail(fields["name"], f"rule name {name!r} must be lower_snake_case (a-z, 0-9, _), <= 64 chars")
    notify: tuple[Notify, ...] = ()
    if "notify" in fields:
        targets = _texts(fields["notify"], "notify")
        for target in targets:
            if target not in NOTIFY_TARGETS:
                allowed = ", ".join(NOTIFY_TARGETS)
                raise _fail(fields["notify"], f"unknown notify target {target!r} (allowed: {allowed})")
        notify = tuple(t for t in NOTIFY_TARGETS if t in targets)  # type: ignore[misc]
    return Rule(
        name=name,
        when=_condition(fields["when"]),
        description=_text(fields["description"], "description") if "description" in fields else "",
        workflows=_texts(fields["workflows"], "workflows") if "workflows" in fields else (),
        mark=_bool(fields["mark"], "mark") if "mark" in fields else True,
        notify=notify,
        line=_line(node),
    )


def parse_rules(text: str) -> RuleSet:
    """The rule set in ``text``; ``RuleFileError`` (with its line) for anything wrong."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        raise RuleFileError(int(mark.line) + 1 if mark else 0, f"not valid YAML: {err.problem}") from err
    if root is None:
        raise RuleFileError(1, "empty rule file")
    fields = {
        name: value for name, (_, value) in _mapping(root, "the rule file", ("version", "rules")).items()
    }
    if "version" not in fields or "rules" not in fields:
        raise _fail(root, "a rule file needs 'version' and 'rules'")
    version = str(_scalar(fields["version"], "version"))
    rules_node = fields["rules"]
    if not isinstance(rules_node, SequenceNode):
        raise _fail(rules_node, "rules must be a list")
    rules: list[Rule] = []
    seen: set[str] = set()
    for item in rules_node.value:
        rule = _rule(item)
        if rule.name in seen:
            raise _fail(item, f"rule {rule.name!r} defined twice")
        seen.add(rule.name)
        rules.append(rule)
    return RuleSet(version=version, rules=tuple(rules))


def load_rules(path: Path) -> RuleSet:
    """The rule set in the file at ``path`` (errors carry the path)."""
    try:
        return parse_rules(path.read_text(encoding="utf-8"))
    except RuleFileError as err:
        raise RuleFileError(err.line, err.message, str(path)) from err
