"""v50's own names and streets (brief B50: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v49's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: ``lexicon_kit.group_draw`` over v16's shares, near the Census 2010 group shares); the tables that are
standards rather than people (USPS Publication 28 suffixes, directionals, highways, C2 unit designators, the ID
alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: Ohio and Indiana Swiss-Mennonite, Kansas Volga German, Welsh-American, Appalachian and Michigan
Dutch ("us"); Californio, Tejano, Louisiana Isleno and Puerto Rican ("hispanic"); South Carolina Lowcountry
("aa"); Ilocano and other Filipino ("asian"); Breton, Sardinian, Corsican, Romansh, Tongan and Fijian ("intl").
Given names of the same groups (Ozark and Appalachian ones among the "us" ones, New Mexico ones among the
Hispanic, Albanian, Finnish, Sardinian, Tongan and Breton among "intl"). All are the author's picks from memory,
not looked up, chosen from the tail of each group. Three rounds of candidates (about 560) were filtered against
the thirty-three earlier lists (every ``words.py`` of v16 and v18 to v49, compared without case, with v19's
``_people``) before any draw by a throwaway script that printed the kept and dropped candidates (about two in
three were dropped); kept names that are English words or read as one ("Polite", "Wineglass", "Capers",
"Counts", "Hogg", "Perfecto", "Gemma", "Mee", "Ger", "Lue", "Cha", "Yaj", "Hang", "Lo") and places ("Loma",
"Larue") were dropped by hand. ``check.py`` proves none is on an earlier list.
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
