"""Words shared by everything that speaks or hears a call: number words (``numbers``), month and
weekday names (``calendar``), and how amounts are read out (``money``).

The reference agent reads dates and amounts with them and parses what callers say with them; the
caller simulator renders callers' numbers and dates with them; so both sides of a simulated call
use one vocabulary, and a word added here reaches both.
"""
