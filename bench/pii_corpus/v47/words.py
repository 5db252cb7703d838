"""v47's own names and streets (brief B47: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v46's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: ``lexicon_kit.group_draw`` over v16's shares, near the Census 2010 group shares); the tables that are
standards rather than people (USPS Publication 28 suffixes, directionals, highways, C2 unit designators, the ID
alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: Manitoba and Kansas Mennonite (Low German), Icelandic and Faroese; Sonoran and Arizona Mexican;
Louisiana Creole; Khmer, Taiwanese, Tamil and Okinawan; Maltese, Slovene, Lithuanian, Samoan, Chamorro and Cape
Verdean. Given names of the same groups (Appalachian ones among the "us" ones). All are the author's picks from
memory, not looked up. Five rounds of candidates were filtered against every earlier list (the ``words.py`` of
v16 and v18 to v45, compared without case, with v19's ``_people``) before any draw by a throwaway script that
printed only which of v47's candidates were kept and dropped: most candidates (about four in five) were on
earlier lists; a country ("Senegal"), a place ("Bergen") and words ("Rue", "Wall", "Funk", "Dock", "Coy",
"Brack") were dropped by hand. One given name ("Rosalva") was found on v46's lists (written at the same time)
before the first draw and removed. The first draw passed ``check.py`` but drew one given name at 9% (Abram, 11
of 123) from an eleven-name "us" list that carries about 60% of the draws: that list was lengthened to 25 (and
the "us" family list to 30) and the file redrawn with the same seed and weights.
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
