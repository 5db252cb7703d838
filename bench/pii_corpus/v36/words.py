"""v36's own names and streets (brief B36: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v35's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: near the Census 2010 group shares); the tables that are standards rather than people (USPS
Publication 28 suffixes, directionals, highways, C2 unit designators, the ID alphabets), the towns, mail domains
and "as in" words are v16's, imported.

Family names: Finnish Upper Midwest, Texas Czech and Cornish mining towns; New Mexico Hispano, Cuban, Nicaraguan,
Honduran and Venezuelan; Alabama, Mississippi and Carolina Black families; Cantonese, Pakistani and Nepali;
Romanian, Serbian, Iranian and Ghanaian. Given names of the same groups (and two Japanese). All are the author's
picks from memory, not looked up. 525 name candidates and 20 street words were filtered against the nineteen
earlier lists (every ``words.py`` of v16 and v18 to v35) before any draw by a throwaway script that printed the
kept and dropped candidates (257 names were on them and were dropped, no street word was; names that are also
English words or sound like one, "Cage", "Ivory", "Redd", "Ricks", "Wing", "Nana", "Perfecto", "Kash", "Tripp",
"Jaycee", and the English "Padgett" among the Hispanic names, were dropped by hand, and four street words were left
out to keep sixteen). Every group keeps at least 19 family and 18 given names, so no one name should carry more
than a few percent of the names drawn.
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
