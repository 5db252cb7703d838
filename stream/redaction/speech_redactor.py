"""The production redactor: speech rules + spaCy NER through Presidio, fast and failing closed.

Speed on the hot path comes from four things, measured in ``bench/pii_eval.py``:
- NER runs only on utterances that could hold a name the rules cannot see: a capitalized word that
  does not start a sentence, or a sentence start that is not a common word. Lower-case ASR output
  gets names from cues instead ("my name is ..."); the small model misses those anyway.
- only ``tok2vec`` and ``ner`` of the spaCy pipeline are loaded;
- ``find_all`` sends a batch through ``nlp.pipe``;
- results are cached per text (agents repeat themselves: "Is there anything else?").

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
from typing import Any

from stream.redaction.base import Replacement, Tokenizer
from stream.redaction.context import common_words
from stream.redaction.presidio_engine import VALUE_KEY, load_spacy, nlp_engine, speech_analyzer
from stream.redaction.speech import SpeechFinder
from stream.redaction.spoken import tokenize

FAILED_PLACEHOLDER = "<REDACTION_FAILED>"
_I_FORMS = frozenset({"I", "I'm", "I'll", "I've", "I'd", "OK", "Okay", "Ok"})
_SENTENCE_END = frozenset({".", "!", "?", "…", ":", ";", '"'})
_SURROGATE = re.compile("[\ud800-\udfff]")
log = logging.getLogger(__name__)


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

    name = "speech-presidio-v1"

    def __init__(
        self,
        analyzer: Any,
        nlp: Any,
        tokenizer: Tokenizer,
        *,
        max_chars: int = 20_000,
        timeout_s: float | None = 5.0,
        cache_size: int = 20_000,
        batch_size: int = 64,
    ) -> None:
        self._analyzer = analyzer
        self._engine = analyzer.nlp_engine
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
        try:
            needs = [i for i, t in enumerate(bounded) if needs_ner(t)]
            docs = self._docs(bounded, needs)
        except Exception as err:  # fail closed: nothing unredacted passes
            return [self._failed(t, err) for t in texts]
        out: list[tuple[Replacement, ...]] = []
        for text, part, doc in zip(texts, bounded, docs, strict=True):
            try:
                reps = self._replacements(part, doc)
            except Exception as err:
                out.append(self._failed(text, err))
                continue
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

    def _docs(self, texts: list[str], needs: list[int]) -> list[Any]:
        docs: list[Any] = [None] * len(texts)
        if needs:
            self.stats.ner_texts += len(needs)
            for i, doc in zip(needs, self._run_ner([texts[i] for i in needs]), strict=True):
                docs[i] = doc
        return [self._nlp.make_doc(t) if d is None else d for t, d in zip(texts, docs, strict=True)]

    def _run_ner(self, texts: list[str]) -> list[Any]:
        def pipe() -> list[Any]:
            return list(self._nlp.pipe(texts, batch_size=self._batch_size))

        if self._pool is None:
            return pipe()
        return self._pool.submit(pipe).result(timeout=self._timeout_s)

    def _replacements(self, text: str, doc: Any) -> tuple[Replacement, ...]:
        artifacts = self._engine._doc_to_nlp_artifact(doc, "en")
        results = self._analyzer.analyze(text, language="en", nlp_artifacts=artifacts)
        reps = []
        for r in results:
            metadata = r.recognition_metadata or {}
            value = metadata.get(VALUE_KEY) or " ".join(text[r.start : r.end].lower().split())
            reps.append(Replacement(r.start, r.end, self._tokens.placeholder(r.entity_type, value)))
        return tuple(sorted(reps, key=lambda rep: (rep.start, -(rep.end - rep.start))))

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
    analyzer = speech_analyzer(nlp_engine(model_name, nlp), SpeechFinder(id_patterns))
    return SpeechRedactor(
        analyzer, nlp, tokenizer, max_chars=max_chars, timeout_s=timeout_s, cache_size=cache_size
    )


def needs_ner(text: str) -> bool:
    """Whether ``text`` may hold a name only NER can find: a capitalized word that is not "I" and
    does not start a sentence, or a capitalized sentence start that is not a common word."""
    common = common_words()
    sentence_start = True
    for token in tokenize(text):
        word = token.text
        if word in _SENTENCE_END:
            sentence_start = True
            continue
        capitalized = word[0].isupper() and word not in _I_FORMS
        acronym = word.isupper() and token.low in common  # "ID", "SSN", "OK"
        if capitalized and not acronym and (not sentence_start or token.low not in common):
            return True
        sentence_start = False
    return False
