"""Words shared by everything that speaks or hears a call: number words (``numbers``), month and
weekday names (``calendar``), how amounts are read out (``money``), an utterance's words as the
text-based metrics see them (``words``), the numbers they compare utterances by (``thresholds``)
and the versioned phrase lists (``phrases``: fillers, correction markers) that the stream's metrics
and the API's wallboard both read.

The reference agent reads dates and amounts with them and parses what callers say with them; the
caller simulator renders callers' numbers and dates with them; so both sides of a simulated call
use one vocabulary, and a word added here reaches both.
"""
