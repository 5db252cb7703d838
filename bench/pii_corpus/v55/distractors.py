"""v55's kept values: the kit's kinds over v55's lists and own kinds, data in ``distractors.toml`` beside
this file (what and why: ``distractor_kit``'s docstring and the file's comments), and v16's marked kinds."""

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.v16.distractors import MARKED

DISTRACTORS = distractor_kit.from_file(__file__, MARKED)
