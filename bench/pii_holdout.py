"""Generalisation check on the tune half alone: how many tune-half names are still caught when the
redactor's name lists do not contain them.

Every word of the tune half's PERSON entities goes to one of two halves by a stable hash, and the
chosen half (``--half``; 0 was used while tuning the name rules, 1 was kept for checking) is taken out of the first-name and surname lists before the redactor loads them; the tune half is then
scored as in ``bench/pii_eval.py``, and PERSON recall is reported for the entities whose words were
all held out, some held out, and none held out. The test half is not read.

``--set v3`` does the same on the v3 tuning corpus (``bench/pii_corpus/v3/tune.jsonl``).

``--salt r4`` draws another split of the name words (round 4: the old splits had been tuned on; the
``r4`` split was scored before and after round 4's changes, its misses not printed while tuning).

Run: ``python bench/pii_holdout.py [--set tune|v3] [--half 0|1] [--salt r4] [--misses 30]``
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.pii_corpus.v2.score import load, score

V2 = Path(__file__).resolve().parent / "pii_corpus" / "v2"
CORPORA = {"tune": V2 / "tune.jsonl", "v3": V2.parent / "v3" / "tune.jsonl"}  # tuning sets only
NAME_FILES = ("first_names", "surnames")
ALL = 2  # ``--half 2``: every name word of the corpus off the lists


def held_out_words(examples: list[dict[str, Any]], half: int = 0, salt: str = "") -> frozenset[str]:
    """The name words of one half (by a stable hash of ``salt`` + word); ``salt`` "" is the split used
    since round 2, another salt draws a split nobody has tuned on."""
    words = {w for ex in examples for e in ex["entities"] if e["type"] == "PERSON"
             for w in re.findall(r"[a-z']{2,}", ex["text"][e["start"]:e["end"]].lower())}  # fmt: skip
    if half == ALL:
        return frozenset(words)
    return frozenset(w for w in words if hashlib.sha256((salt + w).encode()).digest()[0] % 2 == half)


def hold_out(words: frozenset[str]) -> None:
    """Take ``words`` out of the name lists (must run before the redactor loads them)."""
    from stream.redaction import lexicon

    original = lexicon._lines

    def lines(name: str) -> list[str]:
        out = original(name)
        return [w for w in out if w not in words] if name.startswith(NAME_FILES) else out

    lexicon._lines = lines


def main() -> None:
    parser = argparse.ArgumentParser(description="tune-half PERSON recall with half its names off the lists")
    parser.add_argument("--misses", type=int, default=0, help="print this many PERSON misses")
    parser.add_argument("--half", type=int, choices=(0, 1, ALL), default=0,
                        help="which half of the name words to hold out (0 was used while tuning, 1 was not; 2: all)")  # fmt: skip
    parser.add_argument("--set", choices=sorted(CORPORA), default="tune", help="which tuning corpus")
    parser.add_argument(
        "--salt", default="", help="draw another split (round 4 checked with 'r4'; '' is the old one)"
    )
    args = parser.parse_args()
    examples = load(CORPORA[args.set])
    words = held_out_words(examples, args.half, args.salt)
    hold_out(words)
    from bench.pii_eval import callpulse_system

    system = callpulse_system()
    report = score(examples, [system(x["text"]) for x in examples])
    groups: dict[str, list[int]] = {"all held out": [0, 0], "some held out": [0, 0], "none held out": [0, 0]}
    missed = {(m.id, m.gold) for m in report.misses}
    for ex in examples:
        for e in ex["entities"]:
            if e["type"] != "PERSON":
                continue
            gold = ex["text"][e["start"] : e["end"]]
            ws = set(re.findall(r"[a-z']{2,}", gold.lower()))
            out = len(ws & words)
            key = "all held out" if ws and out == len(ws) else "some held out" if out else "none held out"
            groups[key][1] += 1
            groups[key][0] += (ex["id"], gold) not in missed
    print(f"held out {len(words)} name words of {args.set}")
    print(f"PERSON recall, {args.set}: {report.by_type['PERSON'].value:.3f} "
          f"({report.by_type['PERSON'].hit}/{report.by_type['PERSON'].total}); all types {report.recall.value:.3f}")  # fmt: skip
    for key, (hit, total) in groups.items():
        print(f"  {key:<14} {hit}/{total} = {hit / total if total else 0:.3f}")
    print(f"partial leaks {report.partial_leaks}; preservation {report.preservation.value:.3f}")
    shown = 0
    for m in report.misses:
        if m.type == "PERSON" and shown < args.misses:
            print(f"MISS {m.id} {m.gold!r} in clear: {m.in_clear}")
            shown += 1


if __name__ == "__main__":
    main()
