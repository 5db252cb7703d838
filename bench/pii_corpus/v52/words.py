"""v52's own names and streets (brief B52: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v51's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: ``lexicon_kit.group_draw`` over v16's shares, near the Census 2010 group shares); the tables that are
standards rather than people (USPS Publication 28 suffixes, directionals, highways, C2 unit designators, the ID
alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: Pennsylvania Mennonite and Brethren (Lancaster, Shenandoah Valley), Kentucky and Virginia
mountain, West Michigan Dutch and Ohio German ("us"); New Mexico and South Texas ("hispanic"); Lowcountry
South Carolina ("aa"); Lao, Hmong, Samoan and Hawaiian ("asian"); Lithuanian, Armenian, Slovak, Czech and Azorean
Portuguese ("intl"). Given names of the same groups (Louisiana French and Ozark ones among the "us" ones, Basque
and old New Mexican ones among the "hispanic" ones). All are the author's picks from memory, not looked up.
Three rounds of candidates (about 560) were filtered against every earlier list (every ``words.py`` of v16 and
v18 to v51, compared without case, names and street words) before any draw by a throwaway script; most were
dropped; kept names that are English words or places ("Mast", "Plank", "Shirk", "Shank", "Driver", "Capers",
"Dingle", "Rivers", "Cooks", "Wineglass", "Fortune", "Ivory", "Arizona", "Glaze", "Rouse", "Her", "Lo", "Pa",
"Der") were dropped by hand, and so was one name with an accent. ``check.py`` proves none is on an earlier list.
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
