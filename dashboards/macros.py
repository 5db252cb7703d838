"""Expand a panel's SQL the way Grafana and the ClickHouse plugin (grafana-clickhouse-datasource v4) do.

Used by the panel-SQL test to run every committed query against the real engine. The order and the
semantics follow the plugin:

1. ``$__conditionalAll(condition, $var)`` (frontend, ``CHDatasource.applyConditionalAll``): the condition,
   or ``1=1`` when the variable's value is All (``$__all``) or empty.
2. Template variables (Grafana's ``templateSrv.replace`` with the plugin's formatter): ``$var``,
   ``${var}`` and ``${var:format}``. The plugin's own formatter joins a multi-value as ``'a','b'`` and
   leaves a single value as it is; ``:singlequote`` quotes one value or many. All (without a custom
   all value) stands for every option of the variable.
3. Backend macros (``pkg/macros/macros.go``): ``$__timeFilter(c)`` -> ``c >= toDateTime(from_s) AND
   c <= toDateTime(to_s)``, ``$__timeFilter_ms`` with ``fromUnixTimestamp64Milli``, ``$__dateFilter`` with
   ``toDate('YYYY-MM-DD')``, ``$__timeInterval(c)`` -> ``toStartOfInterval(toDateTime(c), INTERVAL n
   second)``,
   ``$__timeInterval_ms``, ``$__interval_s``, ``$__fromTime`` / ``$__toTime`` (``toDateTime(s)``) and their
   ``_ms`` forms.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

ALL = "$__all"
Value = str | Sequence[str]


class MacroError(ValueError):
    """A macro or variable the expansion does not know, or a macro with the wrong arguments."""


@dataclass(frozen=True, slots=True)
class QueryContext:
    """The time range (epoch ms), the interval Grafana picked, and the variables' current values."""

    from_ms: int
    to_ms: int
    interval_ms: int = 60_000
    values: Mapping[str, Value] = field(default_factory=dict)
    options: Mapping[str, Sequence[str]] = field(default_factory=dict)
    """Every option of a variable: what All stands for outside ``$__conditionalAll``."""


def expand(sql: str, ctx: QueryContext) -> str:
    """``sql`` as the ClickHouse server receives it from the plugin."""
    return _backend_macros(_template_variables(_conditional_all(sql, ctx), ctx), ctx)


def _conditional_all(sql: str, ctx: QueryContext) -> str:
    macro = "$__conditionalAll("
    while (start := sql.rfind(macro)) != -1:
        args, end = _arguments(sql, start + len(macro) - 1)
        if len(args) != 2:
            raise MacroError(f"$__conditionalAll takes (condition, $variable), got {len(args)} arguments")
        name = re.search(r"(?<=\$\{)\w+(?=\})|(?<=\$)\w+", args[1])
        value = ctx.values.get(name.group(0)) if name else None
        is_all = value is not None and (value == ALL or value == "" or list(value) == [ALL])
        sql = sql[:start] + ("1=1" if is_all else args[0]) + sql[end:]
    return sql


_VARIABLE = re.compile(r"\$\{(\w+)(?::(\w+))?\}|\$(\w+)")


def _template_variables(sql: str, ctx: QueryContext) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1) or match.group(3)
        fmt = match.group(2)
        if name.startswith("__") or name not in ctx.values:
            return match.group(0)  # a macro or Grafana's own variable: not a dashboard variable
        values = _selected(name, ctx)
        if fmt == "singlequote":
            return ",".join("'" + v.replace("'", "\\'") + "'" for v in values)
        if fmt in (None, ""):
            return "'" + "','".join(values) + "'" if _is_multi(name, ctx) else values[0]
        if fmt == "raw":
            return ",".join(values)
        raise MacroError(f"variable format {fmt!r} is not expanded here")

    return _VARIABLE.sub(replace, sql)


def _selected(name: str, ctx: QueryContext) -> list[str]:
    value = ctx.values[name]
    chosen = [value] if isinstance(value, str) else list(value)
    if chosen == [ALL]:
        chosen = list(ctx.options.get(name, ()))
        if not chosen:
            raise MacroError(f"${name} is All but has no options")
    return chosen


def _is_multi(name: str, ctx: QueryContext) -> bool:
    value = ctx.values[name]
    return not isinstance(value, str) or value == ALL


_MACRO = re.compile(r"\$__(\w+)(?:\(([^()]*)\))?")


def _backend_macros(sql: str, ctx: QueryContext) -> str:
    start, end = (
        datetime.fromtimestamp(ctx.from_ms / 1000, UTC),
        datetime.fromtimestamp(ctx.to_ms / 1000, UTC),
    )
    seconds = max(ctx.interval_ms // 1000, 1)
    scalar = {
        "fromTime": f"toDateTime({ctx.from_ms // 1000})",
        "toTime": f"toDateTime({ctx.to_ms // 1000})",
        "fromTime_ms": f"fromUnixTimestamp64Milli({ctx.from_ms})",
        "toTime_ms": f"fromUnixTimestamp64Milli({ctx.to_ms})",
        "interval_s": str(seconds),
    }

    def between(column: str, low: str, high: str) -> str:
        return f"{column} >= {low} AND {column} <= {high}"

    def replace(match: re.Match[str]) -> str:
        name, raw_args = match.group(1), match.group(2)
        if raw_args is None:
            if name not in scalar:
                raise MacroError(f"unknown macro $__{name}")
            return scalar[name]
        column = raw_args.strip()
        if not column or "," in column:
            raise MacroError(f"$__{name} takes one column, got {raw_args!r}")
        if name == "timeFilter":
            return between(column, scalar["fromTime"], scalar["toTime"])
        if name == "timeFilter_ms":
            return between(column, scalar["fromTime_ms"], scalar["toTime_ms"])
        if name == "dateFilter":
            return between(column, f"toDate('{start:%Y-%m-%d}')", f"toDate('{end:%Y-%m-%d}')")
        if name == "timeInterval":
            return f"toStartOfInterval(toDateTime({column}), INTERVAL {seconds} second)"
        if name == "timeInterval_ms":
            step_ms = max(ctx.interval_ms, 1)
            return f"toStartOfInterval(toDateTime64({column}, 3), INTERVAL {step_ms} millisecond)"
        raise MacroError(f"unknown macro $__{name}({raw_args})")

    return _MACRO.sub(replace, sql)


def _arguments(sql: str, open_at: int) -> tuple[list[str], int]:
    """The comma-separated arguments of the call whose '(' is at ``open_at``, and the index after ')'."""
    depth, args, begin = 0, [], open_at + 1
    for index in range(open_at, len(sql)):
        char = sql[index]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                args.append(sql[begin:index])
                return args, index + 1
        elif char == "," and depth == 1:
            args.append(sql[begin:index])
            begin = index + 1
    raise MacroError("unclosed parenthesis in a macro call")
