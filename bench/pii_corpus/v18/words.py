"""v18's own names and streets (brief D18: not v16's people again), each group at its share of callers to a US
service line; the tables that are standards rather than people (USPS Publication 28 suffixes, directionals,
highways, C2 unit designators, the ID alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: the US Census 2010 surname file ranks 150-400 (Alexander, Griffin, Diaz, ... : common names the
earlier lists skipped), the Census 2010 Hispanic, Black and Asian shares (16.3%, 12.6%, 4.8%), and a small tail
of each country's commonest family names (Forebears.io counts as mapped by NetCredit: Korhonen in Finland,
Yilmaz in Turkey, Quispe in Peru, Ilunga in Congo, Smirnov in Russia, Andersson in Sweden ...). Given names:
SSA's popular-names lists by decade of birth (1950s-2000s, so callers of all ages), and the commonest given
names of the same countries. ``check.py`` proves none of them is on v16's lists (v17 drew v16's).
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

# the half's own names and streets: data, in the words.toml beside this file (v16's ``_names`` drops Cox, a
# mail-domain word of v2's scorer; none is listed there)
FAMILY, GIVEN, FIRST_NAMES, SURNAMES, STREET_WORDS, STREET_NAMES = own_words(__file__)

# each group's share of callers (words.toml), the group drawn at its share when none is asked
SHARES = word_tables(__file__)["SHARES"]
draw = group_draw(SHARES)
