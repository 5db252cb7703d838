"""v42's own names and streets (brief B42: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v41's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: ``lexicon_kit.group_draw`` over v16's shares, near the Census 2010 group shares); the tables that are
standards rather than people (USPS Publication 28 suffixes, directionals, highways, C2 unit designators, the ID
alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: Basque-American (Nevada, Idaho), Cajun, Norwegian-American (Minnesota, Wisconsin); Dominican and
Puerto Rican; Lowcountry and Piedmont African American; Vietnamese, Korean and Punjabi; Finnish, Hungarian,
Georgian, Ethiopian and Albanian. Given names of the same groups. All are the author's picks from memory, not
looked up. Four rounds of candidates were filtered against the twenty-five earlier lists (every ``words.py`` of
v16 and v18 to v41, compared without case) before any draw by a throwaway script that printed the kept and
dropped candidates (most common names of every group were already taken: the African American lists needed
the third and fourth); names that are common words or given names elsewhere ("Toro", "Gil", "Bong", "Lien") and
"Mc" names whose inner capital the spelled slot would lose were dropped by hand, and so were street words that
are given names ("Devon", "Dexter", "Kerry"). ``check.py`` proves none is on an earlier list.
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
