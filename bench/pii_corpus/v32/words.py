"""v32's own names and streets (brief B32: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v31's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: near the Census 2010 group shares); the tables that are standards rather than people (USPS
Publication 28 suffixes, directionals, highways, C2 unit designators, the ID alphabets), the towns, mail domains
and "as in" words are v16's, imported.

Family names: Cumberland-plateau and Lowcountry surnames, northern New Mexico and border Texas surnames,
Okinawan, Cantonese, Filipino, Kerala and Tamil surnames, and a tail of Irish, Lebanese and Finnish names; given
names of the same groups. All are the author's picks from memory, not looked up. Some 500 candidates were
filtered against the fifteen earlier lists (every ``words.py`` of v16 to v31 and the kits' word files, as words)
before any draw by a throwaway script that printed only the candidates on none of them (about 330 were on them
and were dropped). Of the survivors these were dropped by hand: "Lemon", "Smalls", "Toy", "Yogi", "Mah", "Jue",
"Hom", "Quan", "Lien", "Cuc", "Ila", "Coy", "Ugo" (a word, or very short), "Madrid" (a place), "Treviño" (not
ASCII). ``check.py`` proves none is on those lists.
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
