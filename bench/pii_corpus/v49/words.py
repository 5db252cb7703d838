"""v49's own names and streets (brief B49: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v47's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: ``lexicon_kit.group_draw`` over v16's shares, near the Census 2010 group shares); the tables that are
standards rather than people (USPS Publication 28 suffixes, directionals, highways, C2 unit designators, the ID
alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: Louisiana Cajun, Texas Czech, Pennsylvania and Ohio Amish-Mennonite and Cornish-American ("us");
West Texas and New Mexico Spanish ("hispanic"); Carolina African American ("aa"); Lao, Khmer, Sri Lankan and
Marathi ("asian"); Armenian, Ossetian, Uzbek, Kazakh, Lithuanian, Latvian and Estonian ("intl"). Given names of
the same groups (rural Southern and Ozark ones among the "us" ones). All are the author's picks from memory,
not looked up, chosen from the tail of each group (the brief: the common names are on earlier lists). Two
rounds of candidates (about 700) were filtered against the thirty earlier lists (every ``words.py`` of v16 and
v18 to v47, compared without case, with v19's ``_people``) before any draw by a throwaway script that printed
the kept and dropped candidates (most were dropped); kept names that are English words or brands ("Mast",
"Plank", "Touch", "Leak", "Fountain", "Outing", "Oral", "Coy", "Bing", "Cavalier", "Smucker", "Vick") were
dropped by hand. ``check.py`` proves none is on an earlier list. After the first draw ``check.py`` found two
(Alvah, Onesimo) on v48's lists (written at the same time): removed. After the second, the Hispanic and African
American given lists (five names each) were found too short (one name carried 8% of the given-name tokens):
eight more names of those groups, filtered the same way, were added before the third draw. After the third
(which passed), two settings were found shared with v48 (committed meanwhile) and replaced; the fourth draw
passed but drew one "us" given name at 8% from a fourteen-name list (for 52% of callers): thirteen more, filtered
the same way ("Jewel", "Newt", "Pleas", "Marvel", "Finis", "Zeta" dropped as words), were added before the
fifth draw.
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
