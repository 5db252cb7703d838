"""v48's own names and streets (brief B48: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v47's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: ``lexicon_kit.group_draw`` over v16's shares, near the Census 2010 group shares); the tables that are
standards rather than people (USPS Publication 28 suffixes, directionals, highways, C2 unit designators, the ID
alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: Swedish, Norwegian, Pennsylvania Dutch, Appalachian, New England, Frisian-Michigan, Finnish and
Cornish ("us"); Idaho Basque, Isleño (Louisiana Canary Islander), New Mexican and Tampa Cuban ("hispanic");
North Carolina and Virginia ("aa"); Bengali, Burmese and Mongolian ("asian"); Chaldean and Assyrian of
Detroit, Dalmatian Croatian of Puget Sound, Tarpon Springs Greek, Azorean, Tongan and Marshallese ("intl"). Given
names of the same groups (old New England ones among the "us" ones). All are the author's picks from memory,
not looked up. Four rounds of candidates were filtered against every earlier list (the ``words.py`` of v16 and
v18 to v47, compared without case) before any draw by a throwaway script that printed only which of v48's
candidates were kept and dropped: most candidates (about three in four) were on earlier lists; a city
("Madrid") and words ("Batts", "Caldera") were dropped by hand. The first draw passed ``check.py`` but drew one
family name at 8% of its kind (Tenorio, 12 of 154) from a ten-name "hispanic" list and one street word at 11%
of the addresses (Wesserunsett, 8 of 71) from sixteen: the "hispanic" family list was lengthened to 23 (a fifth
round, filtered as before) and the street words and names to 24 each, and the file redrawn with the same seed
and weights.
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
