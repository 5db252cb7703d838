"""v55's own names and streets (brief B55: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v54's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: ``lexicon_kit.group_draw`` over v16's shares, near the Census 2010 group shares); the tables that are
standards rather than people (USPS Publication 28 suffixes, directionals, highways, C2 unit designators, the ID
alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: Hudson Valley, Long Island and Jersey Dutch, Vermont and Virginia colonial, Texas Hill Country
German, Ozark ("us"); Guatemalan Maya, Ecuadorian, Cuban, Basque Mexican and Mexican ("hispanic"); Carolina and Virginia
tidewater ("aa"); Taiwanese, Okinawan American, Marathi and Korean ("asian"); Finnish, Polish and Greek
("intl"). Given names of the same groups (old New England Bible names and Ozark and Appalachian ones among the
"us" ones). All are the author's picks from memory, not looked up. About 720 candidates were filtered against
the earlier lists (every ``words.py`` of v16 and v18 to v53, then to v54, compared without case, with v19's
``_people``) by a throwaway script that printed only which of v55's candidates survive (most were dropped);
fifteen names at the first draw were on v54's lists (written beside v55, uncommitted) and were replaced after
it, and the "hispanic" lists were lengthened after the second (README "Draws"); kept names that are English words or
states ("Mast", "Plank", "Bowling", "Couch", "Oval", "Polite", "Capers", "Arizona", "Burley") were dropped by
hand. ``check.py`` proves none is on an earlier list.
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
