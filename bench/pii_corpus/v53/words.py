"""v53's own names and streets (brief B53: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v52's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: ``lexicon_kit.group_draw`` over v16's shares, near the Census 2010 group shares); the tables that are
standards rather than people (USPS Publication 28 suffixes, directionals, highways, C2 unit designators, the ID
alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: Maine and Down East Yankee, Acadian and Louisiana French, Massachusetts Puritan, Welsh ("us");
New Mexico Hispano, Puerto Rican and South Texas ("hispanic"); Louisiana Creole and Carolina ("aa"); Khmer,
Konkani and Tamil Indian, Okinawan and Japanese American, Filipino, Lao ("asian"); Hungarian, Czech, Romanian,
Armenian, Azorean Portuguese, Estonian, Latvian, Slovak and Basque ("intl"). Given names of the same groups
(old Acadian and Puritan ones among the "us" ones). All are the author's picks from memory, not looked up. About
620 candidates were filtered against the thirty-five earlier lists (every ``words.py`` of v16 and v18 to v51,
compared without case, with v19's ``_people``) before any draw by a throwaway script (most were dropped); kept
names that are English words or brands ("Alley", "Bunker", "Snowman", "Rivers", "Toro", "Thankful",
"Prudence", "Barbie", "Starbuck", "Gamble", "Mares", "Magi") were dropped by hand. ``check.py`` proves none is
on an earlier list.
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
