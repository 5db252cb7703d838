"""The expansion the panel-SQL test relies on does what the ClickHouse plugin does (pkg/macros/macros.go,
CHDatasource.applyConditionalAll and its variable formatter)."""

from __future__ import annotations

import pytest

from dashboards.macros import ALL, MacroError, QueryContext, expand

FROM_MS, TO_MS = 1_764_000_000_000, 1_764_003_600_500  # 2025-11-24 16:00:00.000 .. 17:00:00.500 UTC
CTX = QueryContext(
    FROM_MS, TO_MS, 30_000,
    values={"workflow": ["billing", "refill"], "agent_version": ALL, "tool": "lookup_prescription",
            "quoted": "o'brien"},
    options={"agent_version": ["1.4.0", "1.5.0-rc1"]},
)  # fmt: skip


@pytest.mark.parametrize(
    ("sql", "expanded"),
    [
        ("$__timeFilter(ts)", "ts >= toDateTime(1764000000) AND ts <= toDateTime(1764003600)"),
        ("$__timeFilter_ms(ts)",
         "ts >= fromUnixTimestamp64Milli(1764000000000) AND ts <= fromUnixTimestamp64Milli(1764003600500)"),
        ("$__dateFilter(d)", "d >= toDate('2025-11-24') AND d <= toDate('2025-11-24')"),
        ("$__timeInterval(ts)", "toStartOfInterval(toDateTime(ts), INTERVAL 30 second)"),
        ("$__timeInterval_ms(ts)", "toStartOfInterval(toDateTime64(ts, 3), INTERVAL 30000 millisecond)"),
        ("$__interval_s", "30"),
        ("$__fromTime AND $__toTime", "toDateTime(1764000000) AND toDateTime(1764003600)"),
        ("$__fromTime_ms", "fromUnixTimestamp64Milli(1764000000000)"),
    ],
    ids=["timeFilter", "timeFilter_ms", "dateFilter", "timeInterval", "timeInterval_ms", "interval_s",
         "fromTime-toTime", "fromTime_ms"],
)  # fmt: skip
def test_backend_macros(sql: str, expanded: str) -> None:
    assert expand(sql, CTX) == expanded


@pytest.mark.parametrize(
    ("sql", "expanded"),
    [
        ("w IN (${workflow:singlequote})", "w IN ('billing','refill')"),
        ("w IN ($workflow)", "w IN ('billing','refill')"),  # the plugin's formatter quotes a multi-value
        ("t = '$tool' AND t = '${tool}'", "t = 'lookup_prescription' AND t = 'lookup_prescription'"),
        ("t IN (${tool:singlequote})", "t IN ('lookup_prescription')"),
        ("v IN (${agent_version:singlequote})", "v IN ('1.4.0','1.5.0-rc1')"),  # All: every option
        ("n = ${quoted:singlequote}", "n = 'o\\'brien'"),
        ("$__conditionalAll(v IN (${agent_version:singlequote}), $agent_version)", "1=1"),
        ("$__conditionalAll(w IN (${workflow:singlequote}), $workflow)", "w IN ('billing','refill')"),
        ("$__conditionalAll(JSONExtractString(data, 'tool') IN (${tool:singlequote}), ${tool})",
         "JSONExtractString(data, 'tool') IN ('lookup_prescription')"),
    ],
    ids=["singlequote-multi", "plugin-format-multi", "single-raw", "singlequote-single", "all-options",
         "escaped-quote", "conditionalAll-all", "conditionalAll-selected", "conditionalAll-nested-commas"],
)  # fmt: skip
def test_variables_and_conditional_all(sql: str, expanded: str) -> None:
    assert expand(sql, CTX) == expanded


def test_a_name_that_is_not_a_dashboard_variable_is_left_as_written() -> None:
    assert expand("y = $unknown AND z = ${other}", CTX) == "y = $unknown AND z = ${other}"


@pytest.mark.parametrize(
    "sql", ["$__timeFilter(a, b)", "$__timeFilter()", "$__nope(ts)", "$__nope", "${tool:csv}",
            "$__conditionalAll(x = 1)"],
)  # fmt: skip
def test_what_the_plugin_would_reject_is_an_error(sql: str) -> None:
    with pytest.raises(MacroError):
        expand(sql, CTX)
