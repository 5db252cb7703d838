"""Train the learned name finder (``stream/redaction/learned_names.py``): an averaged perceptron over
``stream.redaction.name_features``, deciding for one token "this is part of a person's name".

Training data (never ``bench/pii_corpus/v14/``, the test half after v13; v11-v13 are spent since their scorings):
- the spent corpora, each utterance's tokens labelled by its gold PERSON spans: v2's test and tune halves,
  v3, the v4-v9 and v11-v13 test halves (each scored once before, then tuned on; docs/pii.md; v10 left out);
- generated utterances: this script's own templates (call-centre phrasings with one or two name slots,
  and sentences without a name whose capitalized and unusual words are not names) filled with names of
  many origins from Faker's person providers (every Latin-script locale installed, diacritics dropped)
  and the name lists already in the repository (Census 1990, the v3 SSA list, the v2-v8 corpus lexicons).

Held out, never trained on: every real utterance whose template hashes to split 0 of 5
(``held_out_template``), and every generated utterance whose template is held out or whose name comes from
the held-out fifth of the name pool. The script prints the held-out figures (tokens and whole names) at the
threshold it writes. Deterministic: ``--seed`` (default 20261204) fixes the generated data and the order of
training; the weights are written to ``stream/redaction/lexicons/person_tagger.v2.txt``
(one ``feature<TAB>weight`` a line under a header saying how it was made).

Run: ``python bench/pii_train_names.py [--epochs 6] [--generated 6000]``.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import pkgutil
import random
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from stream.redaction.name_features import token_features
from stream.redaction.spoken import tokenize

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "bench" / "pii_corpus"
OUT = ROOT / "stream" / "redaction" / "lexicons" / "person_tagger.v2.txt"
# v10 (spent) is not in the default: trained with it, the finder was no better on a corpus left out
# (round 11, leave v9 out: PERSON 0.961 either way) and took "ocho" in "the calle ocho festival". v11:
# measured after round 12's freeze (leave v10 out: PERSON 0.960 -> 0.977), adopted in round 14 with v12 and
# v13 (spent), v10 still left out to judge on (docs/pii.md). Never v14, the test half after v13.
REAL = ["v2/test", "v2/tune", "v3/tune", "v4/test", "v5/test", "v6/test", "v7/test", "v8/test", "v9/test",
        "v11/test", "v12/test", "v13/test"]  # fmt: skip
REPO_LISTS = [
    "stream/redaction/lexicons/first_names.census1990.txt",
    "stream/redaction/lexicons/surnames.census1990.txt",
    "bench/pii_corpus/v3/lexicons/ssa_first_names.txt",
    "bench/pii_corpus/v3/lexicons/census2010_surnames.txt",
    "bench/pii_corpus/v4/lexicons/first_names.tsv",
    "bench/pii_corpus/v4/lexicons/surnames.txt",
    "bench/pii_corpus/v5/lexicons/first_names.tsv",
    "bench/pii_corpus/v5/lexicons/surnames.txt",
    "bench/pii_corpus/v6/lexicons/first_names.tsv",
    "bench/pii_corpus/v6/lexicons/surnames.txt",
    "bench/pii_corpus/v7/lexicons/first_names.tsv",
    "bench/pii_corpus/v7/lexicons/surnames.txt",
    "bench/pii_corpus/v8/lexicons/first_names.tsv",
    "bench/pii_corpus/v8/lexicons/surnames.txt",
]
# {F} a first name, {L} a surname, {N} a full name; the rest is said as written (lower-cased at random)
TEMPLATES = [
    "my name is {N}",
    "this is {F} calling about my bill",
    "{N} calling about the propane tank",
    "hi it's {F} {L} i need to reschedule",
    "the account is under {N}",
    "it's under {L} no {L2} i always mix them up",
    "you've got {N} on file it should be {N}",
    "{F} uh {L} and the card ending in four two",
    "{L}, {F}, birthday march third",
    "my driver was {F} and he left my bag",
    "is it still {F} in billing",
    "the nurse we saw was {F} i think",
    "the little one is {F} she's in the toddler room",
    "could the doctor see {F} today",
    "the tow guy introduced himself as {F}",
    "okay so {F}, well {N} on paper",
    "ship it to {N} at the usual address",
    "{N} birthday the fifth of may",
    "please put {N} down as the authorized user",
    "my wife {F} usually calls",
    "i spoke with {F} yesterday and she said it was fixed",
    "can i talk to {F} please",
    "the patient is {N}",
    "{F} here, i'm the one who called earlier",
    "my son {F} has an appointment on monday",
    "the claim is for {N}",
    "sorry, {F} {L}, not {L2}",
    "it's {L}, {F} {L}",
    "yes this is {N} speaking",
    "add my husband {N} to the policy",
    "{F} {L} date of birth june ninth",
    "the member is {N} and i'm her daughter",
    "we were helped by {F} at the front desk",
    "tell {F} i called",
    "thanks {F}, have a good one",
    "the order should be under {F}",
    "do you have it as {N}",
    "i'm calling for my mom {N}",
]
NO_NAME = [
    "the Madison Avenue branch is closing for good",
    "mark the box fragile it's grandma's china",
    "the pantry on Lincoln Street takes walk-ins",
    "is the Bissell vacuum still under warranty",
    "i need to reschedule my appointment for tuesday",
    "the Hampton Bay fan stopped working",
    "we got the package from Amazon yesterday",
    "my flight on Sun Country was cancelled",
    "the Samsung fridge is making a noise",
    "I live near Jackson Mississippi",
    "can you send it to the Boise office",
    "the status says Ready For Pickup",
    "the box says Departed Facility in Memphis",
    "it's the Kirkland paper towels",
    "the warranty contract covers the service location",
    "please transfer me to billing",
    "I'd like to speak with an agent",
    "the Toyota Camry needs an oil change",
    "the router is a Netgear Nighthawk",
    "my Verizon bill went up again",
    "we're in the Pacific time zone",
    "the Costco in Tacoma had it",
    "the Whirlpool washer leaks",
    "is the clinic open on Labor Day",
    "I'm at Gate twelve in Terminal B",
    "the Medicare plan changed in January",
    "yeah no that's fine go ahead",
    "Roadside membership renewal please",
    "the mortgage loan statement came",
    "okay got my wallet hang on",
]


def held_out_template(template: str) -> bool:
    return hashlib.sha256(template.encode()).digest()[0] % 5 == 0


def held_out_name(name: str) -> bool:
    return hashlib.sha256(name.encode()).digest()[1] % 5 == 0


def ascii_name(word: str) -> str:
    text = unicodedata.normalize("NFKD", word)
    return "".join(c for c in text if not unicodedata.combining(c)).strip()


def name_pool() -> tuple[list[str], list[str]]:
    """First names and surnames of many origins: Faker's Latin-script locales and the repo's lists."""
    firsts: set[str] = set()
    lasts: set[str] = set()
    import faker.providers.person as person

    for mod in pkgutil.iter_modules(person.__path__):
        try:
            provider = importlib.import_module(f"faker.providers.person.{mod.name}").Provider
        except (ImportError, AttributeError):
            continue
        for attr, into in (("first_names", firsts), ("last_names", lasts)):
            names = next(
                (
                    c.__dict__[attr]
                    for c in provider.__mro__
                    if isinstance(c.__dict__.get(attr), (tuple, list, dict))
                ),
                (),
            )
            for name in names:
                clean = ascii_name(str(name))
                if clean.isascii() and clean.replace("-", "").isalpha() and 2 < len(clean) < 16:
                    into.add(clean.lower())
    for rel in REPO_LISTS:
        into = firsts if "first" in rel else lasts
        for line in (ROOT / rel).read_text().splitlines():
            if line.startswith("#") or not line.strip():
                continue
            word = line.split("\t")[0].split(",")[0].strip().lower()
            if word.replace("-", "").isalpha():
                into.add(word)
    return sorted(firsts), sorted(lasts)


def generated(count: int, rng: random.Random) -> list[dict[str, Any]]:
    firsts, lasts = name_pool()
    out = []
    for k in range(count):
        if rng.random() < 0.2:
            template = rng.choice(NO_NAME)
            text, spans = template, list[tuple[int, int]]()
            held = held_out_template("gen/" + template)
        else:
            template = rng.choice(TEMPLATES)
            text, spans, names = _fill(template, firsts, lasts, rng)
            held = held_out_template("gen/" + template) or any(held_out_name(n) for n in names)
        if rng.random() < 0.5:
            text = text.lower()
        elif rng.random() < 0.5:
            text = text[:1].upper() + text[1:] + "."
        out.append({"id": f"gen-{k}", "text": text, "spans": spans, "held": held})
    return out


def _fill(
    template: str, firsts: list[str], lasts: list[str], rng: random.Random
) -> tuple[str, list[tuple[int, int]], list[str]]:
    first, last, last2 = rng.choice(firsts), rng.choice(lasts), rng.choice(lasts)
    if rng.random() < 0.15:
        last = last + "-" + rng.choice(lasts)
    full = f"{first} {last}"
    if rng.random() < 0.15:
        full = f"{first} {rng.choice(firsts)} {last}"
    values = {"{N}": full, "{F}": first, "{L2}": last2, "{L}": last}
    cap = rng.random() < 0.5
    text, spans, names = "", list[tuple[int, int]](), list[str]()
    rest = template
    while rest:
        slot = next((s for s in ("{N}", "{F}", "{L2}", "{L}") if rest.startswith(s)), None)
        if slot is None:
            text += rest[0]
            rest = rest[1:]
            continue
        value = values[slot]
        if cap:
            value = "-".join(p.capitalize() for p in value.split("-"))
            value = " ".join(p[:1].upper() + p[1:] for p in value.split(" "))
        spans.append((len(text), len(text) + len(value)))
        names.append(value.lower())
        text += value
        rest = rest[len(slot) :]
    return text, spans, names


def real(sets: list[str]) -> list[dict[str, Any]]:
    out = []
    for rel in sets:
        for line in (CORPUS / f"{rel}.jsonl").read_text().splitlines():
            x = json.loads(line)
            spans = [(e["start"], e["end"]) for e in x["entities"] if e["type"] == "PERSON"]
            out.append(
                {"id": x["id"], "text": x["text"], "spans": spans, "held": held_out_template(x["template"])}
            )
    return out


def examples(utts: list[dict[str, Any]]) -> list[tuple[list[str], int, str, int]]:
    """(features, label, utterance id, entity number or -1) for every alphabetic token."""
    rows = []
    for u in utts:
        tokens = tokenize(u["text"])
        seen: set[str] = set()
        for i, t in enumerate(tokens):
            if t.low.isalpha():
                ent = next((k for k, (s, e) in enumerate(u["spans"]) if t.start < e and s < t.end), -1)
                rows.append((token_features(tokens, i, frozenset(seen)), int(ent >= 0), u["id"], ent))
            seen.add(t.low)
    return rows


def train(rows: list[tuple[list[str], int, str, int]], epochs: int, rng: random.Random) -> dict[str, float]:
    """Averaged perceptron (the averaged weights are returned)."""
    w: dict[str, float] = defaultdict(float)
    total: dict[str, float] = defaultdict(float)
    stamp: dict[str, int] = defaultdict(int)
    step = 0
    order = list(range(len(rows)))
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            feats, label, _, _ = rows[k]
            step += 1
            score = sum(w.get(f, 0.0) for f in feats)
            y = 1 if label else -1
            if y * score <= 0:
                for f in feats:
                    total[f] += (step - stamp[f]) * w[f]
                    stamp[f] = step
                    w[f] += y
    return {f: (total[f] + (step - stamp[f]) * w[f]) / step for f in w}


def evaluate(
    weights: dict[str, float], rows: list[tuple[list[str], int, str, int]], threshold: float
) -> dict[str, float]:
    tp = fp = fn = 0
    whole: dict[tuple[str, int], bool] = {}
    for feats, label, uid, ent in rows:
        hit = sum(weights.get(f, 0.0) for f in feats) > threshold
        tp += hit and label
        fp += hit and not label
        fn += (not hit) and label
        if ent >= 0:
            whole[(uid, ent)] = whole.get((uid, ent), True) and hit
    return {
        "tokens": len(rows),
        "name_tokens": tp + fn,
        "precision": tp / max(tp + fp, 1),
        "recall": tp / max(tp + fn, 1),
        "false_pos": fp,
        "names_whole": sum(whole.values()) / max(len(whole), 1),
        "names": len(whole),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--generated", type=int, default=6000)
    parser.add_argument("--threshold", type=float, default=0.0)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--real", default=",".join(REAL), help="the spent corpora to train on (leave one out to judge on it)"
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sets = [x for x in args.real.split(",") if x]
    if any(x.split("/")[0] == "v14" for x in sets):
        parser.error("v14 is the test half: never trained on")
    real_utts, gen_utts = real(sets), generated(args.generated, rng)
    parts = {
        "real/train": examples([u for u in real_utts if not u["held"]]),
        "gen/train": examples([u for u in gen_utts if not u["held"]]),
        "real/held": examples([u for u in real_utts if u["held"]]),
        "gen/held": examples([u for u in gen_utts if u["held"]]),
    }
    weights = train(parts["real/train"] + parts["gen/train"], args.epochs, rng)
    weights = {f: round(v, 4) for f, v in weights.items() if abs(v) >= 1e-4}
    for name, rows in parts.items():
        for th in sorted({args.threshold, -0.5, 0.5, 1.0}):
            r = evaluate(weights, rows, th)
            print(
                f"{name:<11} threshold {th:+.1f}: tokens {r['tokens']}, name tokens {r['name_tokens']}, "
                f"precision {r['precision']:.3f}, recall {r['recall']:.3f}, false positives {r['false_pos']}, "
                f"names wholly found {r['names_whole']:.3f} of {r['names']}"
            )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    header = [
        "# The learned name finder's weights (stream/redaction/learned_names.py): an averaged perceptron over",
        "# stream/redaction/name_features.py, made by bench/pii_train_names.py "
        f"--seed {args.seed} --epochs {args.epochs} --generated {args.generated}.",
        "# Trained on the spent corpora " + ", ".join(sets) + " (templates hashing to split 0 of 5 held out)",
        "# and on generated utterances (Faker person names of every Latin-script locale and the repo's name",
        "# lists in the script's own templates; a held-out fifth of templates and names excluded). Never v10 or v14.",
        "# columns: feature <TAB> weight (a token is part of a name when its weights sum above the threshold)",
    ]
    lines = [f"{f}\t{v}" for f, v in sorted(weights.items())]
    args.out.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(weights)} weights)")


if __name__ == "__main__":
    main()
