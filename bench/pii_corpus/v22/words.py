"""v22's own names and streets (brief B22: none of the people or streets of v17's lists, which are v16's, nor
of v18's, v19's, v20's or v21's), each group at its share of callers to a US service line; the tables that are
standards rather than people (USPS Publication 28 suffixes, directionals, highways, C2 unit designators, the ID
alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: common US surnames the earlier lists skipped (the author's picks from memory of the US Census
2010 surname ranks: Ackerman, Babcock, Conley, Davenport, ...; not looked up), the Census 2010 Hispanic, Black
and Asian shares, and a tail of other countries' common family names (Haugen in Norway, Makinen in Finland,
Kuznetsov in Russia, Szymanski in Poland, Molnar in Hungary, Rousseau in France, Conti in Italy, Osei in
Ghana, Sithole in South Africa, Okeke in Nigeria, ...). Given names: SSA's popular names by decade of birth
(callers of all ages), and common given names of the same countries. A first list was filtered against the
five earlier halves' lists before any draw (about 230 of some 600 candidates were on them and were dropped;
words that are also everyday words, towns or USPS suffixes, such as "Battle", "Ivory", "Outlaw", "Sun", "Tan",
"Kiss", "Houston", "Bluff", "Knoll", and the hyphenated "Ji-ho" and accented "Treviño", were dropped too).
``check.py`` proves none is on v16's, v18's, v19's, v20's or v21's lists.
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
SHARES = {"us": 0.52, "hispanic": 0.18, "aa": 0.07, "asian": 0.07, "intl": 0.06}
FAMILY = {
    "us": """Ackerman Aldridge Ames Atwood Babcock Bain Bancroft Beasley Benfield Billings Boone Bostic Bowden
        Braxton Brewster Buckner Burnham Cabot Carlisle Carmichael Cheney Childers Conley Copeland Cottrell
        Crandall Cushing Darby Davenport Dempsey Dillard Drummond Eastman Edmonds Fairbanks Farrow Frye Galloway
        Gilmore Granger Grimes Halloway Hartley Hester Hoyt Kilgore Larkin Lowry Maddox Manning Marlow Pendleton
        Pickett Platt Presley Radford Rankin Redding Roper Sampson Skinner Sloan Stark Tatum Thorpe Tolliver
        Waller Whitley Wilder Yoder""",
    "hispanic": """Abrego Alvarado Becerra Bermudez Castaneda Esquivel Renteria Arriaga Baeza Banuelos Canales
        Carranza Cazares Covarrubias Echeverria Elizondo Farias Frausto Garza Grijalva Hinojosa Iniguez Ledesma
        Lucero Mata Montanez Olivares Ornelas Paredes Quezada Saldana Samaniego Segura Tejeda Ulloa Valenzuela""",
    "aa": """Akins Cheatham Easley Faison Gholston Jeffries Kearse Lacy Ragland Rountree Sheppard Staton Wortham""",
    "asian": """Chau Fong Fujita Ishikawa Ong Qiu Wong Agarwal Chowdhury Dutta Ghosh Hayashi Inoue Kimura Nakagawa
        Ogawa Okada Pandey Sasaki Sinha Trivedi Yoshida Chung Liang Xie Kwan Leung""",
    "intl": """Andersen Bakker Brandt Dvorak Ferrari Kovac Lehmann Richter Schulz Soares Vogel Chevalier Horak
        Haugen Halvorsen Nyberg Makinen Lindholm Kuznetsov Morozov Pavlenko Szymanski Wozniak Dabrowski Molnar
        Rousseau Mercier Gallo Conti Osei Mbeki Sithole Okeke Adebayo""",
}
GIVEN = {
    "us": """Alicia Allison Andrea Audrey Bethany Charlene Colleen Darlene Dwight Edith Ethel Felicia Gina Greg
        Jill Joanne Julian Kurt Lacey Lance Lorraine Marlene Mildred Myra Phyllis Preston Randall Roxanne Sadie
        Shane Sheila Sherry Stuart Sylvia Theodore Vernon Wendell Willa""",
    "hispanic": """Agustin Alfonso Benito Camila Catalina Eloisa Emilio Fidel Gilberto Jacinto Maximo Mireya Nestor
        Rosalinda Teodoro Zulema Amparo Aurelio Baltazar Celestino Dario Eliseo Evangelina Gerardo Hortensia
        Ismael Lupita Marcelo Oralia Ulises""",
    "aa": """Lakeisha Zaire Marquise Nikia Octavia Raheem Sharonda Tavares Torrance Vontae Dashawn Lamont""",
    "asian": """Yusuke Aarav Haruka Jin Mina Nam Naveen Seung Sora Yun Riya Sneha Ashok Hong""",
    "intl": """Anders Bartosz Bjorn Dragan Florin Henrik Lukas Oksana Radek Stefan Ulrike Vesna Zanele Goran""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v22's tables


# a name of a group, the group drawn at its share when none is asked
draw = group_draw(SHARES)


# one-word street names of US towns (trees, shrubs, birds, meadow plants, two naturalists); numbered streets are the kit's
# ordinal draw (one street in five), so no ordinal is listed here; ``STREET_NAMES`` also name the business
# e-mail domains the kit draws ("millracedental.com")
STREET_WORDS = listed("""Boxelder Sumac Chinkapin Kestrel Plover Tanager Warbler Ridgeline Bittersweet Clover
    Fernwood Buttercup Snowberry Ninebark Shadbush Nuthatch Grosbeak Killdeer Towhee Audubon Thoreau""")
STREET_NAMES = tuple(
    Name((s, "st", "")) for s in listed("Millrace Ropewalk Kiln Sawmill Smithy Ironworks Gristmill")
)
