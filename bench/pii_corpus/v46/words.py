"""v46's own names and streets (brief B46: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v45's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: ``lexicon_kit.group_draw`` over v16's shares, near the Census 2010 group shares); the tables that are
standards rather than people (USPS Publication 28 suffixes, directionals, highways, C2 unit designators, the ID
alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: Pennsylvania German and Shenandoah Valley Mennonite, Nova Scotia; New Mexico Hispano, Cuban and
South Texas; Carolina and Virginia African American; Nepali and Bhutanese-Nepali, Tibetan; Lithuanian, Latvian,
Finnish, Basque, Hungarian. Given names of the same groups (old Appalachian and Ozark ones among the "us" ones,
Maori among the "intl" ones). All are the author's picks from memory, not looked up. Four rounds of candidates
were filtered against the earlier lists (every ``words.py`` of v16 and v18 to v44, compared without case, over the
rows ``v19.check._people`` reads) before any draw by a throwaway script that printed the kept and dropped
candidates (about two in three were dropped); names that are words ("Early", "Loyal", "Dock", "Icy", "Coy",
"Alpha", "Askew", "Scurry", "Fount", "Gurney", "Goodnight", "Hemi") were dropped by hand. ``check.py`` proves
none is on an earlier list, v45's included (written at the same time, not opened: its check step reads it).
The first two draws failed that step on ten names that were on v45's lists; they were replaced by names filtered
the same way (README "Draws").
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
