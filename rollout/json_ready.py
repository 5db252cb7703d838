"""``json_ready``: a result's ``asdict`` as JSON can carry it. JSON has no infinity or NaN, and an interval
bound that is not yet known is ``inf`` here (too few calls), so such a float becomes ``None``; the one
helper for every ``--json`` output of the rollout's results (``Comparison.to_dict``,
``ShadowReport.to_dict``)."""

from __future__ import annotations

import math
from collections.abc import Collection
from typing import Any


def json_ready(value: Any, *, drop: Collection[str] = ()) -> Any:
    """``value`` (nested dicts, lists, tuples, scalars) with non-finite floats as ``None``, tuples as lists,
    and the keys in ``drop`` left out of every dict."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: json_ready(v, drop=drop) for k, v in value.items() if k not in drop}
    if isinstance(value, list | tuple):
        return [json_ready(v, drop=drop) for v in value]
    return value
