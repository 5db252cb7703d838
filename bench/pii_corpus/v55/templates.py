"""v55's utterance templates: data, in ``templates.toml`` beside this file (what they are and why: its
header comment), read by ``lexicon_kit.template_lists`` (issue 18)."""

from bench.pii_corpus import lexicon_kit

PII, NO_PII, FILLERS, LEAD_INS = lexicon_kit.template_lists(__file__, "PII", "NO_PII", "FILLERS", "LEAD_INS")
