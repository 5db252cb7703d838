"""v24's own names and streets (brief B24: none of the people or streets of v17's lists, which are v16's, nor
of v18's, v19's, v20's, v21's, v22's or v23's), each group at its share of callers to a US service line; the
tables that are standards rather than people (USPS Publication 28 suffixes, directionals, highways, C2 unit
designators, the ID alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: common US surnames the earlier lists skipped (the author's picks from memory of the US Census
2010 surname ranks and of Appalachian and Southern surnames: Atwater, Brinkley, Caudill, ...; not looked up),
the Census 2010 Hispanic, Black and Asian shares, and a tail of other countries' common family names (Eriksson
in Sweden, Mazur and Kaczmarek in Poland, Laine and Heikkinen in Finland, Schreiber and Kruger in Germany).
Given names: SSA's popular names by decade of birth (callers of all ages), and common given names of the same
countries. Two blocks of some 490 candidates were filtered against the seven earlier lists (v16's, v18's to
v23's) before any draw: a throwaway script printed only the candidates on none of them (about 230 were on them
and were dropped); "Oh", "Son", "Moon", "Ko" and "Ng" (digit or everyday words, too short), "Battle",
"Council", "Peoples", "Ivory", "Precious" (everyday words), "Georgia" (a state), "Creeper", "Wahoo" and the
accented "Rentería" were dropped by hand. ``check.py`` proves none is on those lists.
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
    "us": """Atwater Boatwright Brinkley Burnette Cagle Chambliss Clevenger Dockery Dunaway Faulkner Goforth Haskins
        Honeycutt Kimbrough Lovett Marchant McCutcheon Nance Overstreet Peebles Raney Redmond Ridgeway Sizemore
        Southard Stiles Tackett Thibodeaux Wingate Woodruff Bagwell Cathey Crenshaw Eubanks Fortenberry Gatlin
        Grissom Hackney Langston Ledbetter Ogletree Puckett Tidwell Umstead Varner Wofford Alford Caudill Fugate
        Gilliam Lunsford Maggard Napier Pennington Slone Triplett""",
    "hispanic": """Balderas Marroquin Valadez Robledo Ahumada Alaniz Alatorre Apodaca Arevalo Armendariz Camarillo
        Chavarria Cuellar Manzano Meraz Quintanilla Vidal Casillas""",
    "aa": """Canty Mobley Sapp Wilkerson Dabney Mcghee Nesbitt Stukes Varnado Frierson""",
    "asian": """Baek Chopra Ota Arai Fujimoto Hamada Kikuchi Kondo Maeda Nomura Sakai Ueda Yamazaki Srinivasan Ryu
        Lau Yeung""",
    "intl": """Kruger Eriksson Mazur Kaczmarek Schreiber Laine Heikkinen Dahl""",
}
GIVEN = {
    "us": """Alvin Clyde Earl Edna Homer Jeannie Leland Lowell Luther Myrtle Opal Pauline Roscoe Rowena Thelma Verna
        Ardith Bertha Buford Claude Cletus Dorothea Ervin Eula Ferne Hollis Inez Lavern Lorene Odell Ola Orville
        Otis Velma Virgil Wilma""",
    "hispanic": """Anacleto Benigno Candelaria Epifanio Eufemia Faustino Gumersindo Inocencio Leonardo Maximino
        Natividad Odilia Prudencio Refugio Sabino Teodora Timoteo Ubaldo Zenaida""",
    "aa": """Nakia Rasheeda Javon""",
    "asian": """Haruki Keiko Naoko Masako Sachiko Jisoo Eunji""",
    "intl": """Jarek Oskar Ulla Vaclav Dorota Halina Ingeborg Ulrich Gerhard Hannelore Tuomas Solveig""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v23's tables


# a name of a group, the group drawn at its share when none is asked
draw = group_draw(SHARES)


# one-word street names of US towns (native shrubs and trees, birds of shore and field, woodland wildflowers, two
# naturalists); numbered streets are the kit's ordinal draw (one street in five), so no ordinal is listed here;
# ``STREET_NAMES`` also name the business e-mail domains the kit draws ("cutlerdental.com")
STREET_WORDS = listed("""Serviceberry Buttonbush Phoebe Dickcissel Kinglet Veery Ovenbird Bergamot Boneset
    Coreopsis Lupine Penstemon Spiderwort Vervain Agassiz Olmsted Spicewood Leatherwood Bladdernut Hophornbeam
    Smokebush Dogtooth Gnatcatcher Longspur Shrike Dunlin Whimbrel Godwit Phalarope Turnstone Hepatica Bloodroot
    Toadflax Mistflower Beardtongue""")
STREET_NAMES = tuple(
    Name((s, "st", ""))
    for s in listed("Cordwainer Wainwright Ironmonger Cutler Joinery Glazier Farrier Millwright")
)
