"""Parse a contact center's export of human-handled calls (CSV with a header, or JSON Lines), row by row.

Pure: text in, ``Parsed`` out (the calls, the dead-lettered rows with their line numbers and reasons, the
columns ignored and why). ``rows in = calls + dead`` always. Reasons name the column and the rule broken,
never the value. Columns that may hold personal data (phone numbers, names, e-mail, addresses) are never
read; the raw call id is read only to be hashed (``keys.py``).

Columns: ``start``, ``end`` (ISO 8601; without an offset, UTC), ``workflow`` or ``queue`` (mapped to a
workflow by ``queue_map``; without a map, a queue must already be a workflow name), ``handle_time_s``
(seconds, >= 0), ``resolved``, ``transferred``, ``abandoned`` (true/false, yes/no, 1/0, y/n, t/f), optional
``csat`` (1-5) and ``call_id``.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from ingest.baseline.errors import BadRowError, BaselineError
from ingest.baseline.keys import call_key_of_id, call_key_of_values
from ingest.contract.models import WORKFLOW_PATTERN, is_workflow

Format = Literal["csv", "jsonl"]
KeyedBy = Literal["call_id", "row"]

REQUIRED = ("start", "end", "handle_time_s", "resolved", "transferred", "abandoned")
OPTIONAL = ("workflow", "queue", "csat", "call_id")
COLUMNS = frozenset(REQUIRED + OPTIONAL)
"""The event contract's workflow pattern (a bounded metric label)."""
PERSONAL = re.compile(
    r"phone|mobile|msisdn|\bani\b|dnis|caller|customer|name|e_?mail|address|street|zip|postcode|birth|"
    r"\bdob\b|ssn|account|card|\bnumber\b|_number|number_",
    re.IGNORECASE,
)
"""Column names that may hold personal data: never read, reported as ignored."""
_TRUE = frozenset({"true", "t", "yes", "y", "1"})
_FALSE = frozenset({"false", "f", "no", "n", "0"})


@dataclass(frozen=True, slots=True)
class HumanCall:
    """One human-handled call, as stored in ``human_calls`` (no raw id)."""

    call_key: str
    keyed_by: KeyedBy
    started_at_ms: int
    ended_at_ms: int
    workflow: str
    handle_time_s: float
    resolved: bool
    transferred: bool
    abandoned: bool
    csat: float | None


@dataclass(frozen=True, slots=True)
class DeadRow:
    """A row not imported: its line in the file (1 = the first line), a stable code, the reason."""

    line: int
    code: str
    reason: str


@dataclass(frozen=True, slots=True)
class Parsed:
    calls: tuple[HumanCall, ...]
    dead: tuple[DeadRow, ...]
    ignored_columns: tuple[tuple[str, str], ...]
    """(column, why) of every column not read."""

    @property
    def rows_in(self) -> int:
        return len(self.calls) + len(self.dead)


def parse(text: str, *, format: Format, key: bytes, queue_map: Mapping[str, str] | None = None) -> Parsed:
    """Every data row of ``text`` as a call or a dead row. Raises ``BaselineError`` only for the file as a
    whole (unknown format, a CSV without a header or without a required column, a bad queue map)."""
    mapping = _checked_map(queue_map)
    records = _csv_records(text) if format == "csv" else _jsonl_records(text) if format == "jsonl" else None
    if records is None:
        raise BaselineError(f"unknown format {format!r}: csv or jsonl")
    calls: list[HumanCall] = []
    dead: list[DeadRow] = []
    ignored: dict[str, str] = {}
    for line, record in records:
        try:
            if isinstance(record, BadRowError):
                raise record
            for column in record:
                if column not in COLUMNS:
                    ignored.setdefault(column, _why_ignored(column))
            calls.append(_call({c: v for c, v in record.items() if c in COLUMNS}, key, mapping))
        except BadRowError as bad:
            dead.append(DeadRow(line, bad.code, bad.reason))
    return Parsed(tuple(calls), tuple(dead), tuple(sorted(ignored.items())))


def _checked_map(queue_map: Mapping[str, str] | None) -> dict[str, str] | None:
    if queue_map is None:
        return None
    for workflow in queue_map.values():
        if not is_workflow(workflow):
            raise BaselineError(f"queue map: {workflow!r} is not a workflow name ({WORKFLOW_PATTERN})")
    return {q.strip(): w for q, w in queue_map.items()}


def _why_ignored(column: str) -> str:
    if PERSONAL.search(column.replace("-", "_").replace(" ", "_")):
        return "may hold personal data (phone numbers, names, e-mail, addresses are never imported)"
    return "not a baseline column"


def _normal(column: str) -> str:
    return column.strip().lower().replace(" ", "_").replace("-", "_")


def _csv_records(text: str) -> Iterator[tuple[int, dict[str, Any] | BadRowError]]:
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader)
    except StopIteration:
        raise BaselineError("the file is empty: a CSV export needs a header row") from None
    except csv.Error as e:
        raise BaselineError(f"the header row is not CSV: {e}") from None
    columns = [_normal(c) for c in header]
    missing = [c for c in REQUIRED if c not in columns]
    if "workflow" not in columns and "queue" not in columns:
        missing.append("workflow or queue")
    if missing:
        raise BaselineError(f"the header lacks required column(s): {', '.join(missing)}")
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error:
            yield line, BadRowError("baseline_malformed_row", "not a CSV row (unbalanced quotes?)")
            continue
        if not cells or all(not c.strip() for c in cells):
            continue
        if len(cells) != len(columns):
            yield (
                line,
                BadRowError(
                    "baseline_malformed_row", f"has {len(cells)} cells, the header has {len(columns)}"
                ),
            )
            continue
        yield line, dict(zip(columns, cells, strict=True))


def _jsonl_records(text: str) -> Iterator[tuple[int, dict[str, Any] | BadRowError]]:
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            value = json.loads(raw)
        except ValueError:
            yield number, BadRowError("baseline_malformed_row", "not a JSON object")
            continue
        if not isinstance(value, dict):
            yield number, BadRowError("baseline_malformed_row", "not a JSON object")
            continue
        yield number, {_normal(str(k)): v for k, v in value.items()}


def _present(record: Mapping[str, Any], column: str) -> Any:
    value = record.get(column)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return value.strip() if isinstance(value, str) else value


def _required(record: Mapping[str, Any], column: str) -> Any:
    value = _present(record, column)
    if value is None:
        raise BadRowError("baseline_missing_field", f"{column} is missing")
    return value


def _time(record: Mapping[str, Any], column: str) -> int:
    value = _required(record, column)
    if not isinstance(value, str):
        raise BadRowError("baseline_bad_time", f"{column} is not an ISO 8601 time")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise BadRowError("baseline_bad_time", f"{column} is not an ISO 8601 time") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return round(moment.timestamp() * 1000)


def _boolean(record: Mapping[str, Any], column: str) -> bool:
    value = _required(record, column)
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    text = str(value).lower() if isinstance(value, str) else ""
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise BadRowError("baseline_bad_boolean", f"{column} is not a boolean (true/false, yes/no, 1/0)")


def _number(value: Any, column: str, code: Literal["baseline_bad_number", "baseline_bad_csat"]) -> float:
    if isinstance(value, bool):
        raise BadRowError(code, f"{column} is not a number")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise BadRowError(code, f"{column} is not a number") from None
    if not math.isfinite(number):
        raise BadRowError(code, f"{column} is not a finite number")
    return number


def _workflow(record: Mapping[str, Any], mapping: Mapping[str, str] | None) -> str:
    workflow = _present(record, "workflow")
    if workflow is not None:
        if not isinstance(workflow, str) or not is_workflow(workflow):
            raise BadRowError("baseline_bad_workflow", f"workflow does not match {WORKFLOW_PATTERN}")
        return workflow
    queue = _present(record, "queue")
    if queue is None:
        raise BadRowError("baseline_missing_field", "workflow (or queue) is missing")
    queue = str(queue)
    if mapping is not None:
        if queue not in mapping:
            raise BadRowError(
                "baseline_unmapped_queue", "queue is not in the queue map (--map-queue QUEUE=WORKFLOW)"
            )
        return mapping[queue]
    if not is_workflow(queue):
        raise BadRowError(
            "baseline_bad_workflow",
            f"queue is not a workflow name ({WORKFLOW_PATTERN}): map it with --map-queue QUEUE=WORKFLOW",
        )
    return queue


def _call(record: Mapping[str, Any], key: bytes, mapping: Mapping[str, str] | None) -> HumanCall:
    start, end = _time(record, "start"), _time(record, "end")
    if end < start:
        raise BadRowError("baseline_end_before_start", "end is before start")
    handle = _number(_required(record, "handle_time_s"), "handle_time_s", "baseline_bad_number")
    if handle < 0:
        raise BadRowError("baseline_bad_number", "handle_time_s is negative")
    resolved, transferred, abandoned = (_boolean(record, c) for c in ("resolved", "transferred", "abandoned"))
    workflow = _workflow(record, mapping)
    raw_csat = _present(record, "csat")
    csat = None if raw_csat is None else _number(raw_csat, "csat", "baseline_bad_csat")
    if csat is not None and not 1 <= csat <= 5:
        raise BadRowError("baseline_bad_csat", "csat is not between 1 and 5")
    call_id = _present(record, "call_id")
    values = (start, end, workflow, handle, resolved, transferred, abandoned, csat)
    keyed_by: KeyedBy = "row" if call_id is None else "call_id"
    call_key = call_key_of_values(key, values) if call_id is None else call_key_of_id(key, str(call_id))
    return HumanCall(call_key, keyed_by, start, end, workflow, handle, resolved, transferred, abandoned, csat)
