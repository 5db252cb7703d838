"""v25's own names and streets (brief B25: none of the people or streets of v17's lists, which are v16's, nor
of v18's, v19's, v20's, v21's, v22's, v23's or v24's), each group at its share of callers to a US service line;
the tables that are standards rather than people (USPS Publication 28 suffixes, directionals, highways, C2 unit
designators, the ID alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: US surnames of the South and Appalachia the earlier lists skipped, Hispanic, Black and Asian
American surnames, and a tail of Nordic, Finnish, Polish and German family names; given names: older US given
names (callers of all ages), Spanish saints' names, and names of the same countries. All are the author's picks
from memory of the Census 2010 surname ranks and SSA's names by decade, not looked up. Three blocks of some 560
candidates were filtered against the eight earlier lists (v16's, v18's to v24's) before any draw: a throwaway
script printed only the candidates on none of them (about 380 were on them and were dropped); "Bunch",
"Cotton", "Hopper", "Outlaw", "Precious", "Trout", "Rattlesnake" (everyday words), "Nix", "Orr", "Ike"
(short), "Durham", "Chester" (towns) and "Vida" were dropped by hand. ``check.py`` proves none is on those
lists.
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
    "us": """Ashcraft Bramlett Burleson Castleberry Cockrell Crutchfield Ellington Fairchild Fincher Gaddis Greer
        Helton Hinshaw Hutto Ingle Lackey Lipscomb McAllister McKinney Melton Minton Moseley Mullins Pate Pressley
        Rakestraw Rollins Shumate Swafford Teague Upchurch Vickers Waddell Winstead Yancey""",
    "hispanic": """Barrientos Holguin Montalvo Carbajal Mireles Saldivar Sotelo Partida""",
    "aa": """Mangum Spruill Chisolm Cuthbert Everette Hargett Lytle Threatt Goins Cureton""",
    "asian": """Ikeda Fukuda Hirano Ishii Khatri Kubota Nishimura Patil Takeda Uchida Wada Yadav Luu""",
    "intl": """Aalto Dahlberg Engel Gustafsson Hakala Kettunen Krol Lund Mattila Nieminen Olsen Pawlak Sorensen
        Haas Holm""",
}
GIVEN = {
    "us": """Amos Archie Beulah Clement Estelle Gertrude Harlan Lottie Nellie Ollie Rufus Thurman Bascom Dewey
        Emmett Ferris Garland Herschel Jethro Linwood Mamie Nettie Ozzie Pearlie Reba Tillie Willard Zelma Dovie
        Effie Lula""",
    "hispanic": """Dionisio Eleuterio Filomena Isidro Leocadia Pascuala Rosendo Severiano Tiburcio Baudelio Candido
        Evaristo Florentino Hilario Jovita Leonides Modesto Nazario Onofre Petra Rosalio Secundino Tomasa
        Venancio Zacarias""",
    "aa": """Yolonda Shontae Ayana Quiana""",
    "asian": """Minako Minji Harumi Kumiko Noriko Haeun""",
    "intl": """Jaroslav Lennart Bengt Dagny Eero Frida Helmut Irmgard Jadwiga Kalle Liesel Ottilie Ragnhild
        Stanislaw Torsten Wiebke""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v25's tables


# a name of a group, the group drawn at its share when none is asked
draw = group_draw(SHARES)


# one-word street names of US towns (shrubs and berries of eastern woods, marsh and shore birds, woodland
# wildflowers, two nature writers); numbered streets are the kit's ordinal draw (one street in five), so no
# ordinal is listed here; ``STREET_NAMES`` also name the business e-mail domains the kit draws
STREET_WORDS = listed("""Bufflehead Yellowlegs Columbine Jewelweed Chicory Leopold Arrowwood Sweetfern
    Wintergreen Partridgeberry Inkberry Pipevine Bunchberry Bittern Dowitcher Redpoll Crossbill Redstart Merganser
    Gadwall Wigeon Shoveler Foamflower Twinleaf Pussytoes Bellwort Fleabane Hawkweed Comstock Peattie Teale
    Catbird Moorhen Teaberry""")
STREET_NAMES = tuple(
    Name((s, "st", ""))
    for s in listed("Thatcher Saddler Cobbler Bookbinder Locksmith Lapidary Stonecutter Hollowell")
)
