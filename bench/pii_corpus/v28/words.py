"""v28's own names and streets (brief B28: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v27's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: near the Census 2010 group shares); the tables that are standards rather than people (USPS
Publication 28 suffixes, directionals, highways, C2 unit designators, the ID alphabets), the towns, mail domains
and "as in" words are v16's, imported.

Family names: New England, Midwestern and Upland South surnames, Mexican and Texas Hispanic surnames, Black
Southern surnames, Vietnamese, Chinese, Japanese, Filipino and Indian surnames, and a tail of Polish, Greek,
Portuguese and Norwegian family names; given names: US given names of callers born before 1960, Mexican saints'
names, Black American given names, Japanese, Chinese, Vietnamese, Korean and Indian given names, and names of
the same countries. All are the author's picks from memory of the Census 2010 surname ranks and SSA's names by
decade, not looked up. Two blocks of some 890 candidates were filtered against the eleven earlier lists
(v16's, v18's to v27's) before any draw: a throwaway script printed only the candidates on none of them (about
640 were on them and were dropped); "Kirkland", "Ludlow", "Moberly", "Ogden", "Spalding", "Milton", "Selma"
(places or brands), "Crump", "Limon", "Kong", "Pan", "Sun", "Yap", "Fern", "Jewel", "Loan", "Ting", "Hai",
"Dung", "Millet", "Capella", "Polaris" (everyday words or brands), "Cai", "Heo", "Noh", "Pinto" (short, or
a word) were dropped by hand. ``check.py`` proves none is on those lists.
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
