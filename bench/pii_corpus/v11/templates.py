"""v11's utterance templates: data, in ``templates.toml`` beside this file (what they are and why: its
header comment), read by ``lexicon_kit.template_lists`` (issue 18)."""

from bench.pii_corpus import lexicon_kit

FILLERS, LEAD_INS, PII, NO_PII = lexicon_kit.template_lists(__file__, "FILLERS", "LEAD_INS", "PII", "NO_PII")
