"""v35's own names and streets (brief B35: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v34's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: near the Census 2010 group shares); the tables that are standards rather than people (USPS
Publication 28 suffixes, directionals, highways, C2 unit designators, the ID alphabets), the towns, mail domains
and "as in" words are v16's, imported.

Family names: Norwegian, Swedish and Dutch Midwest, Ohio and Indiana Amish, an Appalachian tail; Salvadoran,
Guatemalan (K'iche') and Andean; South Carolina and Georgia Black families; Lao, Khmer, Gujarati and Korean;
Lithuanian, Armenian, Ethiopian, Yoruba and Azorean Portuguese. Given names of the same groups. All are the
author's picks from memory, not looked up. Some 480 name candidates and 34 street words were filtered against
the eighteen earlier lists (every ``words.py`` of v16 and v18 to v34) before any draw by a throwaway script that
printed the kept and dropped candidates (some 300 names were on them and were dropped; names that are also
English words, or short enough to be heard as another word, were dropped by hand). Every group keeps at least
17 family and 21 given names, so no one name should carry more than a few percent of the names drawn.
``check.py`` proves none is on those lists.
"""

from __future__ import annotations

from bench.pii_corpus.v16.words import AS_IN as AS_IN
from bench.pii_corpus.v16.words import DIRECTIONS as DIRECTIONS
from bench.pii_corpus.v16.words import HIGHWAYS as HIGHWAYS
from bench.pii_corpus.v16.words import ID_LETTERS as ID_LETTERS
from bench.pii_corpus.v16.words import MAIL as MAIL
from bench.pii_corpus.v16.words import MBI_LETTERS as MBI_LETTERS
from bench.pii_corpus.v16.words import PLACES as PLACES
from bench.pii_corpus.v16.words import SHARES as SHARES
from bench.pii_corpus.v16.words import SUFFIX_ABBR as SUFFIX_ABBR
from bench.pii_corpus.v16.words import TRADES as TRADES
from bench.pii_corpus.v16.words import UNITS_C2 as UNITS_C2
from bench.pii_corpus.v16.words import draw as draw
from bench.pii_corpus.v16.words import own_words
from bench.pii_corpus.v16.words import suffix as suffix

# the half's own names and streets: data, in the words.toml beside this file
FAMILY, GIVEN, FIRST_NAMES, SURNAMES, STREET_WORDS, STREET_NAMES = own_words(__file__)
