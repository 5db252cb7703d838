"""``--json`` output of the rollout's results: JSON has no infinity, so an interval bound not known yet is
written as null, and the keys a result asks to leave out are left out at every depth."""

from __future__ import annotations

import math

import orjson

from rollout.json_ready import json_ready


def test_non_finite_floats_become_null_at_every_depth_and_tuples_lists() -> None:
    value = {"estimate": 0.5, "interval": (-math.inf, math.inf), "p": math.nan, "kpis": [{"n": 3}]}
    ready = json_ready(value)
    assert ready == {"estimate": 0.5, "interval": [None, None], "p": None, "kpis": [{"n": 3}]}
    assert orjson.loads(orjson.dumps(ready)) == ready


def test_dropped_keys_are_left_out_of_nested_dicts_only_where_named() -> None:
    value = {"of": "a", "kpis": [{"name": "containment", "of": "b"}], "offset": 1}
    assert json_ready(value, drop={"of"}) == {"kpis": [{"name": "containment"}], "offset": 1}
    assert json_ready(value) == value | {"kpis": [{"name": "containment", "of": "b"}]}
