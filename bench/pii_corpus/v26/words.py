"""v26's own names and streets (brief B26: none of the people or streets of v17's lists, which are v16's, nor
of v18's, v19's, v20's, v21's, v22's, v23's, v24's or v25's), each group at its share of callers to a US service
line; the tables that are standards rather than people (USPS Publication 28 suffixes, directionals, highways, C2
unit designators, the ID alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: Appalachian and Southern US surnames, Hispanic, Black and Asian American surnames, and a tail of
Nordic, Finnish, Polish and German family names; given names: older US given names (callers of all ages),
Spanish saints' names, and names of the same countries. All are the author's picks from memory of the Census
2010 surname ranks and SSA's names by decade, not looked up. Two blocks of some 520 candidates were filtered
against the nine earlier lists (v16's, v18's to v25's) before any draw: a throwaway script printed only the
candidates on none of them (about 300 were on them and were dropped); "Outlaw", "Bowling", "Hacker", "Battle",
"Shepherd", "Pearl", "Ivy", "Harlequin", "Labrador", "Asters" (everyday words), "Duff", "Noe", "Do", "Mayo"
(short or a clinic), "Kenya" (a country), "Renteria", "Duenas", "Magana" (written with accents in the list) and
"Trout-lily" (hyphen) were dropped by hand. ``check.py`` proves none is on those lists.
"""

from __future__ import annotations

from bench.pii_corpus.lexicon_kit import Name, group_draw, listed
from bench.pii_corpus.v16.words import AS_IN as AS_IN
from bench.pii_corpus.v16.words import DIRECTIONS as DIRECTIONS
from bench.pii_corpus.v16.words import HIGHWAYS as HIGHWAYS
from bench.pii_corpus.v16.words import ID_LETTERS as ID_LETTERS
from bench.pii_corpus.v16.words import MAIL as MAIL
from bench.pii_corpus.v16.words import MBI_LETTERS as MBI_LETTERS
from bench.pii_corpus.v16.words import PLACES as PLACES
from bench.pii_corpus.v16.words import SUFFIX_ABBR as SUFFIX_ABBR
from bench.pii_corpus.v16.words import TRADES as TRADES
from bench.pii_corpus.v16.words import UNITS_C2 as UNITS_C2
from bench.pii_corpus.v16.words import _names
from bench.pii_corpus.v16.words import suffix as suffix

# each group's share of callers (Census 2010: Hispanic 16.3%, Black 12.6%, Asian 4.8%); the "aa" group is drawn
# below its share since Black callers also carry many names of the "us" list; "intl" is the caller born abroad
SHARES = {"us": 0.55, "hispanic": 0.17, "aa": 0.08, "asian": 0.06, "intl": 0.05}
FAMILY = {
    "us": """Blankenship Dotson Estep Isom Jarrell Vanover Akers Cornett Hurley Justus Sparkman Stidham Turpin
        Wireman Eversole Gillespie Ison Kincaid Lovins Muncy Pigman Ritchie Wooton Yonts Amburgey Begley
        Collinsworth Feltner Gabbard Gayheart Holbrook Lewallen Pelfrey Roark""",
    "hispanic": """Sepulveda Urrutia Alcantar Betancourt Caballero Hurtado Palomino Salcido Valdivia Yepez""",
    "aa": """Blackmon Tisdale McNeal Respass Cephas Dupree Ferebee Nesmith Oglesby Sturdivant Vinson Funderburk
        Gillis""",
    "asian": """Akiyama Endo Goto Nakano Sakamoto Arakawa Maruyama Nagata""",
    "intl": """Carlsen Ekdahl Forsberg Grabowski Hietala Jablonski Pietila Rasmussen Huber Aaltonen Bjork Koskinen
        Niskanen Salonen Sjoberg Wallin Sikora Wrobel Vogt Weiss""",
}
GIVEN = {
    "us": """Alva Gussie Josie Lonnie Ada Fannie Hattie Lester Minnie Augusta Birdie Dessie Elva Flossie Grover
        Jessie Lela Mattie Oda Perley Rollie Sylvester Theo Vada Waldo Hubert Mavis Ozella""",
    "hispanic": """Anastasio Bartolome Crescencio Juvencio Lorenza Nicasio Remedios Silvestre Valentina Abundio
        Cirilo""",
    "aa": """Tiana Shanika Yvette Keshia""",
    "asian": """Akiko Anh Fumiko Yoshiko Satoshi Soyeon""",
    "intl": """Birgitta Ilse Jorma Kaija Marta Tadeusz Zbigniew Greta""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v26's tables


# a name of a group, the group drawn at its share when none is asked
draw = group_draw(SHARES)


# one-word street names of US towns (heath and swamp shrubs of eastern woods, marsh birds and sea ducks,
# woodland wildflowers, one botanist); numbered streets are the kit's ordinal draw (one street in five), so no
# ordinal is listed here; ``STREET_NAMES`` also name the business e-mail domains the kit draws
STREET_WORDS = listed("""Witherod Hobblebush Willet Gallinule Grebe Scoter Canvasback Toothwort Coltsfoot
    Nuttall Beachplum Highbush Pinxter Rhodora Leatherleaf Sweetbay Fetterbush Staggerbush Yellowthroat Kingbird
    Goldeneye Eider Brant Pintail Mayapple Snakeroot Dogbane Beebalm""")
STREET_NAMES = tuple(Name((s, "st", "")) for s in listed("Cartwright Thresher Collier Tinker Dyer Joiner"))
