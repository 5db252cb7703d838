"""v18's own names and streets (brief D18: not v16's people again), each group at its share of callers to a US
service line; the tables that are standards rather than people (USPS Publication 28 suffixes, directionals,
highways, C2 unit designators, the ID alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: the US Census 2010 surname file ranks 150-400 (Alexander, Griffin, Diaz, ... : common names the
earlier lists skipped), the Census 2010 Hispanic, Black and Asian shares (16.3%, 12.6%, 4.8%), and a small tail
of each country's commonest family names (Forebears.io counts as mapped by NetCredit: Korhonen in Finland,
Yilmaz in Turkey, Quispe in Peru, Ilunga in Congo, Smirnov in Russia, Andersson in Sweden ...). Given names:
SSA's popular-names lists by decade of birth (1950s-2000s, so callers of all ages), and the commonest given
names of the same countries. ``check.py`` proves none of them is on v16's lists (v17 drew v16's).
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

# each group's share of callers (Census 2010, the "aa" group below its share since Black callers also carry
# many names of the "us" list); "intl" is the caller born abroad with a name of another country's top list
SHARES = {"us": 0.5, "hispanic": 0.19, "aa": 0.08, "asian": 0.07, "intl": 0.06}
FAMILY = {
    "us": """Griffin Wade Bishop Burke Fuller Lynch Dean Gilbert Garrett Welch Larson Frazier Burton
        Lawrence Carr Vaughn Harvey Oliver Lambert Hardy Newman Chambers Barker Saunders Walsh
        Holland Fields Bowman Barrett Caldwell Lowe Pearson Fleming Schultz Hopkins Norris Swanson Weaver
        Steele Bates Byrd Kramer Hoffman Shaw Greene Warner Craig Hanson Jacobs Nash Moss Hale
        McCoy Garner Brady Curtis Fowler Townsend Becker Stanley Klein Harrington Bauer Hubbard
        Conner Gregory Keller Lucas Wolfe Meyer Douglas Schneider Barton Whitaker Lindsey Sutton Reeves""",
    "hispanic": """Contreras Soto Figueroa Nunez Pena Avila Campos Molina Ochoa Cabrera Zamora Trujillo Rosales
        Cardenas Estrada Velasquez Serrano Villanueva Ibarra Barrera Calderon Galvan Salinas Mejia Leon""",
    "aa": """Dorsett Blackwell Lofton Hargrove Whitfield Hollins Gadsden Pettaway Bynum McNair Cofield Barksdale
        Jefferies Mosley Pugh""",
    "asian": """Ho Truong Dang Bui Ngo Zhou Xu Zhu Gupta Reddy Rao Iyer Suzuki Sato Watanabe Cho Kang
        Yoon Aquino""",
    "intl": """Korhonen Kaya Demir Quispe Ilunga Smirnov Andersson Nielsen Hansen Okonkwo Adeyemi
        Diallo Traore Papadopoulos Ferreira Costa Novotny Jansen Dubois Fischer Kovacs Popescu""",
}
GIVEN = {
    "us": """Debra Gregory Sharon Larry Diane Dennis Janet Walter Kathleen Roger Carolyn Keith Brenda Terry
        Heather Sean Megan Travis Amber Kyle Danielle Dustin Crystal Brandon Kayla Austin Hannah Ethan
        Logan Olivia Noah Chloe Abigail Lucas Avery Caleb Wyatt Brooke Gavin Tiffany""",
    "hispanic": """Alejandra Diego Ximena Mateo Valeria Santiago Daniela Emiliano Fernanda Rafael Yesenia Arturo
        Paola Ernesto Marisol Hector Beatriz Rodrigo Araceli Esteban""",
    "aa": """Jamal Shanice Andre Tameka Darius Imani Terrence Kiara Malik Latasha Reginald Kendrick Nia""",
    "asian": """Huy Thuy Quang Ngoc Xin Yan Hao Jing Arjun Deepa Vikram Kavya Haruto Sakura Hyun Eun Jae""",
    "intl": """Mikko Aino Mehmet Elif Wilfredo Nadia Kabila Sergei Ingrid Lars Siobhan Ciaran Ngozi Oluwaseun
        Mamadou Awa Dimitrios Joao Pavel Sanne Amelie Istvan Ioana""",
}
# v16's ``_names`` drops Cox (a mail-domain word of v2's scorer); none is listed here


FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v18's tables


# a name of a group, the group drawn at its share when none is asked
draw = group_draw(SHARES)


# one-word street names common in US gazetteers (trees, landforms, presidents, towns); numbered streets are the
# kit's ordinal draw
STREET_WORDS = listed("""Aspen Spruce Juniper Laurel Cypress Mulberry Redwood Meadow Ridge Valley Prairie Canyon
    Monroe Buckeye Polk Lafayette Sequoia Heron Pleasant Spring Mill River Forest Bayview""")
STREET_NAMES = tuple(
    Name((s, "st", "")) for s in listed("Center Broad High Water Union Market Front Second Third")
)
