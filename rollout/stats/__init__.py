"""``rollout.stats``: pure statistics of the comparisons (no I/O, no warehouse): score intervals for rates,
a rank test and a seeded bootstrap for per-call values, Holm's correction, the normal-mixture confidence
sequence (always-valid p-values) and how many calls a difference needs. See ``rollout/README.md``."""
