"""v23's own names and streets (brief B23: none of the people or streets of v17's lists, which are v16's, nor
of v18's, v19's, v20's, v21's or v22's), each group at its share of callers to a US service line; the tables
that are standards rather than people (USPS Publication 28 suffixes, directionals, highways, C2 unit
designators, the ID alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: common US surnames the earlier lists skipped (the author's picks from memory of the US Census
2010 surname ranks: Bartlett, Blanchard, Crockett, ...; not looked up), the Census 2010 Hispanic, Black and
Asian shares, and a tail of other countries' common family names (Bergstrom and Sandberg in Sweden, Wisniewski
and Jankowski in Poland, Varga in Hungary, Hoffmann in Germany). Given names: SSA's popular names by decade of
birth (callers of all ages), and common given names of the same countries. Two blocks of some 470 candidates
were filtered against the six earlier lists (v16's, v18's to v22's) before any draw: a throwaway script printed
only the candidates on none of them (about 190 were on them and were dropped); "Mercantile" (an everyday word)
and "Mcclain" (its capital) were dropped by hand. ``check.py`` proves none is on those lists.
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
    "us": """Bartlett Blanchard Brantley Bristow Calloway Catlett Chilton Coburn Colquitt Crockett Culpepper Eberly
        Ellsworth Emery Fenwick Hamlin Hendrix Hollister Hornsby Huckabee Jernigan Merriweather Montague Norwood
        Pettigrew Rawlings Rutledge Satterfield Spurlock Stallings Stroud Talbot Wadsworth Yarbrough""",
    "hispanic": """Aguayo Alcala Amador Anaya Barraza Escobedo Granados Guajardo Zepeda Arredondo Benavides Carrasco
        Ceballos Delgadillo Gamez Longoria Mendiola Montemayor Nevarez Pantoja Saenz Tamez Urias Villegas Mojica
        Bojorquez""",
    "aa": """Blakely Higgs Jolley Mayweather Ruffin Scruggs Spates Whitlock Burrell Pinckney Simms Truitt Wimberly
        Jiles Outten""",
    "asian": """Deshpande Matsuda Shimizu Morimoto Aoki Seo Jang Kulkarni Bose Mukherjee Ahuja""",
    "intl": """Bergstrom Hoffmann Sandberg Holmberg Wisniewski Jankowski Varga""",
}
GIVEN = {
    "us": """Agnes Arlene Bernadette Bridget Candace Carla Cecil Clifford Cornelia Delbert Doreen Elmer Esther Gail
        Geraldine Harriet Herman Hilda Ida Jolene Mabel Marcy Melvin Merle Nadine Noreen Percy Rosalie Shelby
        Trent Vera Wilbur Winifred Yvonne""",
    "hispanic": """Adalberto Amalia Anselmo Bernardo Cipriano Crisanto Domingo Eusebio Florencio Genoveva Herminia
        Idalia Leocadio Macario Nicanor Norberto Obdulia Porfirio Rogelio Saturnino Telesforo Wenceslao""",
    "aa": """Dejuan Laquita Shaquille Tyrell Jaquan Kendrell Trayvon Quanisha Roshonda Ayanna Deandre Alonzo
        Marlon""",
    "asian": """Daisuke Emiko Priyanka Yumiko Kazuo Hideki Minjun Huong Rahul""",
    "intl": """Casimir Dariusz Elke Friedrich Gunnar Milos Sigrid Wojciech Malgorzata Ondrej Zdenek Pekka Leif Chidi
        Lerato""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v23's tables


# a name of a group, the group drawn at its share when none is asked
draw = group_draw(SHARES)


# one-word street names of US towns (native shrubs and trees, birds, prairie plants, three naturalists); numbered
# streets are the kit's ordinal draw (one street in five), so no ordinal is listed here; ``STREET_NAMES`` also
# name the business e-mail domains the kit draws ("tinsmithdental.com")
STREET_WORDS = listed("""Blackhaw Chokecherry Hornbeam Sweetgum Spicebush Elderberry Witchhazel Sourwood
    Coralberry Bunting Flicker Junco Pipit Siskin Thrasher Vireo Waxwing Bobwhite Grackle Sanderling Yarrow
    Bluestem Goldenrod Milkweed Primrose Trillium Coneflower Ironweed Sedge Muir Bartram Burroughs""")
STREET_NAMES = tuple(
    Name((s, "st", "")) for s in listed("Wheelwright Chandlery Tinsmith Saddlery Ropery Glassworks Bindery")
)
