#!/usr/bin/env python3
"""Score callpulse's call-ending and interruption-recovery metrics on the held-out cases.

Usage (from the repository root):

    .venv/bin/python tests/heldout/score_metrics.py [--cases FILE] [--split tune|test|all] [--strict]

Every event of every case is validated with the project's own contract (``ingest.codec.decode``,
the pydantic models, and the JSON Schema from ``ingest.contract.schema.load_schema`` when
``jsonschema`` is installed). Each valid call is then run through the public entry point
``stream.metrics.compute_call`` and compared with the case's ``expect``:

- call flags ``contained``, ``resolved_contained``, ``abandoned_early``, ``agent_failed``
  (read from ``CallResult.call``; a flag the result does not have is reported as ``<missing>``);
- per interrupt (matched by the interrupt's ``event_id``): ``recovered`` always, and
  ``yielded`` / ``answered`` / ``not_repeated`` where the case fixes them (null = not scored).

Only public names are used: ``compute_call`` from ``stream.metrics.__all__`` and the fields of the
result it returns. Exit status: 2 if a case has an invalid event or cannot be computed; with
``--strict`` also 1 on any disagreement; else 0 (disagreements are the report, not a crash).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ingest.codec import decode  # noqa: E402
from ingest.contract.schema import load_schema  # noqa: E402

try:  # the JSON Schema check is a second opinion; the pydantic models are the contract in code
    import jsonschema

    _SCHEMA = jsonschema.Draft202012Validator(load_schema())
except ImportError:  # pragma: no cover
    _SCHEMA = None

CALL_FLAGS = ("contained", "resolved_contained", "abandoned_early", "agent_failed")
PARTS = ("yielded", "answered", "not_repeated")
MISSING = "<missing>"


def validate(events: list[dict[str, Any]]) -> tuple[list[Any], list[str]]:
    decoded, problems = [], []
    for e in events:
        raw = json.dumps(e)
        try:
            decoded.append(decode(raw))
        except Exception as err:
            problems.append(f"seq {e.get('seq')} {e.get('type')}: {type(err).__name__}: {err}")
            continue
        if _SCHEMA is not None:
            errs = sorted(_SCHEMA.iter_errors(e), key=lambda x: list(x.path))
            if errs:
                problems.append(f"seq {e.get('seq')} {e.get('type')}: schema: {errs[0].message[:160]}")
    return decoded, problems


def score_case(case: dict[str, Any], compute_call: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "case": case["case"],
        "split": case.get("split", "?"),
        "error": None,
        "flags": {},
        "interrupts": [],
    }
    decoded, problems = validate(case["events"])
    if problems:
        out["error"] = "invalid events: " + "; ".join(problems)
        return out
    try:
        result = compute_call(decoded)
    except Exception as err:
        out["error"] = f"compute_call raised {type(err).__name__}: {err}"
        return out
    exp = case["expect"]
    for flag in CALL_FLAGS:
        got = getattr(result.call, flag, MISSING)
        out["flags"][flag] = (exp[flag], got)
    rows = {str(getattr(r, "event_id", "")): r for r in getattr(result, "interrupts", ())}
    seen: set[str] = set()
    int_events = []
    for e in sorted(case["events"], key=lambda e: (e["ts"], e["seq"], e["event_id"])):
        if e["type"] == "interrupt" and e["event_id"] not in seen:
            seen.add(e["event_id"])
            int_events.append(e)
    if len(int_events) != len(exp["interrupts"]):
        out["error"] = f"case lists {len(exp['interrupts'])} expected interrupts for {len(int_events)} events"
        return out
    for e, want in zip(int_events, exp["interrupts"], strict=True):
        row = rows.get(e["event_id"])
        got = {k: (MISSING if row is None else getattr(row, k, MISSING)) for k in ("recovered", *PARTS)}
        out["interrupts"].append({"event_id": e["event_id"], "want": want, "got": got})
    return out


def report(results: list[dict[str, Any]], split: str) -> bool:
    rs = [r for r in results if split == "all" or r["split"] == split]
    print(f"\n=== split: {split}  calls: {len(rs)}")
    errors = [r for r in rs if r["error"]]
    ok = [r for r in rs if not r["error"]]
    if errors:
        print(f"  not scored ({len(errors)}):")
        for r in errors:
            print(f"    {r['case']}: {r['error'][:300]}")
    agree_any = True
    for flag in CALL_FLAGS:
        n = sum(1 for r in ok if r["flags"][flag][0] == r["flags"][flag][1])
        print(f"  {flag:<19} {n:>3}/{len(ok):<3} agree")
        agree_any &= n == len(ok)
    ints = [i for r in ok for i in r["interrupts"]]
    n = sum(1 for i in ints if i["want"]["recovered"] == i["got"]["recovered"])
    print(f"  {'recovered':<19} {n:>3}/{len(ints):<3} interrupts agree")
    agree_any &= n == len(ints)
    for part in PARTS:
        fixed = [i for i in ints if i["want"][part] is not None]
        n = sum(1 for i in fixed if i["want"][part] == i["got"][part])
        print(f"  {part:<19} {n:>3}/{len(fixed):<3} interrupts agree (where the case fixes it)")
        agree_any &= n == len(fixed)
    dis = defaultdict(list)
    for r in ok:
        for flag, (want, got) in r["flags"].items():
            if want != got:
                dis[r["case"]].append(f"{flag}: expected {want}, got {got}")
        for k, i in enumerate(r["interrupts"]):
            for part in ("recovered", *PARTS):
                want = i["want"][part]
                if want is not None and want != i["got"][part]:
                    dis[r["case"]].append(f"interrupt[{k}].{part}: expected {want}, got {i['got'][part]}")
    print(f"  disagreeing calls: {len(dis)}")
    for case, lines in dis.items():
        print(f"    {case}")
        for line in lines:
            print(f"      {line}")
    return agree_any and not errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", default=str(HERE / "metrics_cases.jsonl"))
    ap.add_argument(
        "--split", choices=("tune", "test", "all"), default=None, help="default: report tune, test and all"
    )
    ap.add_argument("--strict", action="store_true", help="exit 1 on any disagreement")
    args = ap.parse_args(argv)

    from stream.metrics import compute_call  # the public entry point (stream.metrics.__all__)

    cases = [json.loads(line) for line in Path(args.cases).read_text().splitlines() if line.strip()]
    results = [score_case(c, compute_call) for c in cases]
    splits = [args.split] if args.split else ["tune", "test", "all"]
    all_agree = True
    for s in splits:
        all_agree &= report(results, s)
    if any(r["error"] for r in results):
        return 2
    return 1 if (args.strict and not all_agree) else 0


if __name__ == "__main__":
    sys.exit(main())
