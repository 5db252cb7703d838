"""v38's own names and streets (brief B38: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v37's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: near the Census 2010 group shares); the tables that are standards rather than people (USPS
Publication 28 suffixes, directionals, highways, C2 unit designators, the ID alphabets), the towns, mail domains
and "as in" words are v16's, imported.

Family names: Lancaster County Mennonite and Amish, Cornish, Texas Czech and Polish; Tejano, Puerto Rican,
Guatemalan Maya and Salvadoran; Southern Black; Hmong and Vietnamese, Tamil, Kerala and Bengali; Azerbaijani,
Uzbek, Russian, Romanian and Croatian. Given names of the same groups. All are the author's picks from memory,
not looked up. Two rounds of candidates were filtered against the twenty-one earlier lists (every ``words.py``
of v16 and v18 to v37, compared without case) before any draw by a throwaway script that printed the kept and
dropped candidates; names that are English words or sound like one ("Grate", "Hang", "Her", "Lo", "Ton", "Mac",
"Ha", "Pa", "Yen", "Loan", "Elder", "Christian", "Batts") were dropped by hand. No street word was on them.
``check.py`` proves none is.
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
