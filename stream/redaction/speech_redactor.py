"""The production redactor: speech rules first, spaCy NER only where a name may hide, failing closed.

Where the time goes (``bench/pii_eval.py`` measures it against Presidio's default AnalyzerEngine):
- every text is tokenized once and read by pure-Python rules (numbers, spelled values, dates,
  e-mail, USPS addresses, names from cues and from the Census name lists) — tens of microseconds;
- NER (the one costly step, several milliseconds a text) runs only when ``ner_gate.needs_ner`` says a
  name may be left that no rule explained: a capitalized word inside a sentence that is no English
  word or is on the name lists, not an acronym, code, month, the city and state after an address or a
  business. Lower-case ASR output never needs it (the small model misses those names anyway; cues and
  the name lists catch them);
- only ``tok2vec`` and ``ner`` of the spaCy pipeline are loaded; ``find_all`` sends a batch
  through ``nlp.pipe``; results are cached per text (agents repeat themselves).
Presidio's ``AnalyzerEngine`` is not on this path any more: its per-call bookkeeping (registry
look-up, context enhancement, result merging) cost more than all the rules together. The speech
rules remain available as a Presidio recognizer (``presidio_engine.speech_recognizer``).

Failing closed: any error inside analysis, or NER not finishing within ``timeout_s``, yields one
replacement covering the whole text (``<REDACTION_FAILED>``) and counts a failure. Texts longer than
``max_chars`` are analyzed up to that bound; the rest is replaced the same way.
"""

from __future__ import annotations

import logging
import re
from collections import OrderedDict
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Any, Protocol

from stream.redaction.base import Replacement, Tokenizer
from stream.redaction.closure import merge_overlaps
from stream.redaction.context import PERSON, common_words
from stream.redaction.finding import Finding
from stream.redaction.name_forms import ROLES_BEFORE_NAMES, without_leading_titles
from stream.redaction.ner_gate import needs_ner
from stream.redaction.official_titles import is_official_title
from stream.redaction.organizations import without_business_names
from stream.redaction.places import without_city_and_state
from stream.redaction.presidio_engine import load_spacy
from stream.redaction.speech import SpeechFinder
from stream.redaction.spoken import Token

FAILED_PLACEHOLDER = "<REDACTION_FAILED>"
_SURROGATE = re.compile("[\ud800-\udfff]")
log = logging.getLogger(__name__)


class Finder(Protocol):
    def scan(self, text: str) -> tuple[list[Token], list[Finding]]: ...


@dataclass(slots=True)
class RedactionStats:
    """Counters a dashboard wants: ``failures`` must stay at zero."""

    texts: int = 0
    ner_texts: int = 0
    cache_hits: int = 0
    failures: int = 0
    truncated: int = 0


class SpeechRedactor:
    """``Redactor`` for call transcripts (see module docstring)."""

    name = "speech-v2"

    def __init__(
        self,
        finder: Finder,
        nlp: Any,
        tokenizer: Tokenizer,
        *,
        max_chars: int = 20_000,
        timeout_s: float | None = 5.0,
        cache_size: int = 20_000,
        batch_size: int = 64,
    ) -> None:
        self._finder = finder
        self._nlp = nlp
        self._tokens = tokenizer
        self._max_chars = max_chars
        self._timeout_s = timeout_s
        self._cache: OrderedDict[str, tuple[Replacement, ...]] = OrderedDict()
        self._cache_size = cache_size
        self._batch_size = batch_size
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ner") if timeout_s else None
        self.stats = RedactionStats()

    def find(self, text: str) -> Sequence[Replacement]:
        return self.find_all([text])[0]

    def find_all(self, texts: Sequence[str]) -> list[Sequence[Replacement]]:
        """Replacements for each text, NER batched over the texts that need it."""
        out: list[Sequence[Replacement] | None] = [None] * len(texts)
        todo: dict[str, list[int]] = {}
        for i, text in enumerate(texts):
            self.stats.texts += 1
            cached = self._cache.get(text)
            if not text:
                out[i] = ()
            elif cached is not None:
                self.stats.cache_hits += 1
                self._cache.move_to_end(text)
                out[i] = cached
            else:
                todo.setdefault(text, []).append(i)
        if todo:
            for text, reps in zip(todo, self._analyze(list(todo)), strict=True):
                self._remember(text, reps)
                for i in todo[text]:
                    out[i] = reps
        return [() if r is None else r for r in out]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)

    def _analyze(self, texts: list[str]) -> list[tuple[Replacement, ...]]:
        bounded = [self._bound(t) for t in texts]
        scans: list[tuple[list[Token], list[Finding]] | BaseException] = []
        for part in bounded:
            try:
                scans.append(self._finder.scan(part))
            except Exception as err:  # fail closed: nothing unredacted passes
                scans.append(err)
        needs = [i for i, s in enumerate(scans) if not isinstance(s, BaseException) and needs_ner(*s)]
        people: list[list[Finding] | BaseException]
        try:
            people = list(self._people([bounded[i] for i in needs]))
        except Exception as err:
            people = [err] * len(needs)
        by_index = dict(zip(needs, people, strict=True))
        out: list[tuple[Replacement, ...]] = []
        for i, (text, part, scan) in enumerate(zip(texts, bounded, scans, strict=True)):
            extra = by_index.get(i, [])
            if isinstance(scan, BaseException):
                out.append(self._failed(text, scan))
                continue
            if isinstance(extra, BaseException):
                out.append(self._failed(text, extra))
                continue
            tokens, findings = scan
            if extra:  # spaCy's people pass the same place and business checks as the rules' names
                extra = without_business_names(tokens, without_city_and_state(tokens, [*findings, *extra]))
            merged = without_leading_titles(tokens, merge_overlaps(tokens, extra) if extra else findings)
            reps = tuple(
                Replacement(f.start, f.end, self._tokens.placeholder(f.kind, f.value)) for f in merged
            )
            if len(part) < len(text):
                self.stats.truncated += 1
                reps = (*reps, Replacement(len(part), len(text), FAILED_PLACEHOLDER))
            out.append(reps)
        return out

    def _bound(self, text: str) -> str:
        """At most ``max_chars`` (cut at a space), lone surrogates made harmless, offsets kept."""
        if len(text) > self._max_chars:
            cut = text.rfind(" ", 0, self._max_chars)
            text = text[: cut if cut > 0 else self._max_chars]
        return _SURROGATE.sub("\ufffd", text)

    def _people(self, texts: list[str]) -> list[list[Finding]]:
        if not texts:
            return []
        self.stats.ner_texts += len(texts)
        common = common_words()
        out: list[list[Finding]] = []
        for doc in self._run_ner(texts):
            people = []
            for ent in doc.ents:
                if ent.label_ == PERSON or ent.label_ == "PER":
                    kept = [t for t in ent if t.is_alpha]
                    while kept and kept[0].is_lower and kept[0].lower_ in common:
                        kept.pop(0)  # "under Ray Nielsen" -> "Ray Nielsen"
                    while len(kept) > 1 and (
                        kept[0].lower_ in ROLES_BEFORE_NAMES or is_official_title(kept[0].lower_)
                    ):
                        kept.pop(0)  # "Patient Ada Quist" -> "Ada Quist", "Warden <surname>" -> "<surname>"
                    while kept and kept[-1].is_lower and kept[-1].lower_ in common:
                        kept.pop()
                    words = [t.lower_ for t in kept]
                    if words and not all(w in common or w in ROLES_BEFORE_NAMES for w in words):
                        start, end = kept[0].idx, kept[-1].idx + len(kept[-1].text)
                        people.append(Finding(start, end, PERSON, " ".join(words), 0.85))
            out.append(people)
        return out

    def _run_ner(self, texts: list[str]) -> list[Any]:
        def pipe() -> list[Any]:
            return list(self._nlp.pipe(texts, batch_size=self._batch_size))

        if self._pool is None:
            return pipe()
        return self._pool.submit(pipe).result(timeout=self._timeout_s)

    def _failed(self, text: str, err: BaseException) -> tuple[Replacement, ...]:
        self.stats.failures += 1
        reason = "timeout" if isinstance(err, FutureTimeout) else type(err).__name__
        log.warning(
            "redaction failed (%s); %d characters replaced by %s", reason, len(text), FAILED_PLACEHOLDER
        )
        return (Replacement(0, len(text), FAILED_PLACEHOLDER),)

    def _remember(self, text: str, reps: tuple[Replacement, ...]) -> None:
        if self._cache_size <= 0 or any(r.placeholder == FAILED_PLACEHOLDER for r in reps):
            return
        self._cache[text] = reps
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)


def build_speech_redactor(
    model_name: str,
    tokenizer: Tokenizer,
    *,
    id_patterns: Sequence[str] = (),
    max_chars: int = 20_000,
    timeout_s: float | None = 5.0,
    cache_size: int = 20_000,
) -> SpeechRedactor:
    """A ``SpeechRedactor`` on the installed spaCy model ``model_name`` (never downloaded)."""
    nlp = load_spacy(model_name)
    return SpeechRedactor(
        SpeechFinder(id_patterns),
        nlp,
        tokenizer,
        max_chars=max_chars,
        timeout_s=timeout_s,
        cache_size=cache_size,
    )
