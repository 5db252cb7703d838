"""v19's own names and streets (brief B14: none of the people or streets of v17's lists, which are v16's, nor
of v18's), each group at its share of callers to a US service line; the tables that are standards rather than
people (USPS Publication 28 suffixes, directionals, highways, C2 unit designators, the ID alphabets), the
towns, mail domains and "as in" words are v16's, imported.

Family names: common US surnames the earlier lists skipped (the author's picks from the US Census 2010
surname ranks, roughly 100-600: Armstrong, Carpenter, Lawson, Knight, ...; from memory, not looked up), the
Census 2010 Hispanic, Black and Asian shares (16.3%, 12.6%, 4.8%), and a tail of other countries' common
family names (Gruber in Austria, Peeters in Belgium, Nagy in Hungary, Jensen in Denmark, Melnyk in Ukraine,
Moyo in Zimbabwe, ...). Given names: SSA's popular names by decade of birth (1950s-2010s, callers of all
ages), and common given names of the same countries. ``check.py`` proves none is on v16's or v18's lists.
"""

from __future__ import annotations

from bench.pii_corpus.lexicon_kit import group_draw, word_tables
from bench.pii_corpus.v16.words import AS_IN as AS_IN
from bench.pii_corpus.v16.words import DIRECTIONS as DIRECTIONS
from bench.pii_corpus.v16.words import HIGHWAYS as HIGHWAYS
from bench.pii_corpus.v16.words import ID_LETTERS as ID_LETTERS
from bench.pii_corpus.v16.words import MAIL as MAIL
from bench.pii_corpus.v16.words import MBI_LETTERS as MBI_LETTERS
from bench.pii_corpus.v16.words import PLACES as PLACES
from bench.pii_corpus.v16.words import SUFFIX_ABBR as SUFFIX_ABBR
from bench.pii_corpus.v16.words import TRADES as TRADES
from bench.pii_corpus.v16.words import UNITS_C2 as UNITS_C2
from bench.pii_corpus.v16.words import own_words
from bench.pii_corpus.v16.words import suffix as suffix

# the half's own names and streets: data, in the words.toml beside this file
FAMILY, GIVEN, FIRST_NAMES, SURNAMES, STREET_WORDS, STREET_NAMES = own_words(__file__)

# each group's share of callers (words.toml), the group drawn at its share when none is asked
SHARES = word_tables(__file__)["SHARES"]
draw = group_draw(SHARES)
