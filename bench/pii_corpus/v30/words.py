"""v30's own names and streets (brief B30: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v29's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: near the Census 2010 group shares); the tables that are standards rather than people (USPS
Publication 28 suffixes, directionals, highways, C2 unit designators, the ID alphabets), the towns, mail domains
and "as in" words are v16's, imported.

Family names: English, Scots-Irish and Southern surnames, Mexican and New Mexico surnames, Carolina and Georgia
Black surnames, Vietnamese, Chinese, Japanese, Filipino and South Indian surnames, and a tail of Swedish,
Finnish, Irish, Italian, German and Lebanese family names; given names: US given names of callers born before
1950, Mexican saints' names, Black American given names of the South, Vietnamese, Chinese, Japanese, Korean,
Filipino and Indian given names, and names of the same countries as the tail. All are the author's picks from
memory, not looked up. Three blocks of some 1,000 candidates were filtered against the thirteen earlier lists
(v16's, v18's to v29's) before any draw: a throwaway script printed only the candidates on none of them (about
640 were on them and were dropped). Of the survivors these were dropped by hand: "Ha", "Du", "Tam", "Kong",
"Gar", "Chub", "Shad", "Dace" (a word, or very short), "Slaughter", "Shivers", "Gamble", "Bugg", "Corral",
"Limon", "Olive", "Queenie", "Ivory", "Geneva" (everyday words), "Arizona", "Israel", "Toledo", "Zaragoza"
(places), "Ora" (a word), "Custodio" and "Giang" as family names (also given names here). ``check.py`` proves
none is on those lists.
"""

from __future__ import annotations

from bench.pii_corpus.lexicon_kit import Name
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
from bench.pii_corpus.v16.words import _names
from bench.pii_corpus.v16.words import draw as draw
from bench.pii_corpus.v16.words import suffix as suffix

FAMILY = {
    "us": """Beardsley Blackwood Brandenburg Burkhalter Cornwell Dankworth Eckhart Hammersley Lankford Nutter
        Oakes Prewitt Quisenberry Treadwell Vanderpool Wetherby Coomer Elkins Haney Jessup Wampler Allred
        Ashbrook Bettencourt Birdwell Blalock Bollinger Brownlee Buttrey Clabough Dunagan Eldridge Falwell
        Gaskill Goolsby Hamby Hickerson Hobgood Inabinet Kennamer Lambdin Loveday Mauldin Medlock Mixon
        Pinkston Poteet Raburn Scoggins Sewell Stamper Swicegood Tabor Whisenant Wigley""",
    "hispanic": """Tamayo Zamarripa Acuna Cabral Chavira Curiel Galaviz Mancilla Alamillo Altamirano Borunda
        Burciaga Chairez Gaitan Gallardo Haro Magana Nieto Plascencia Puente Tijerina""",
    "aa": """Trotman Warrick Lattimore Averette Bethea Blakeney Broadnax Deloach Glymph Goodwine Grier Hagins
        Kinard Rhames Singletary""",
    "asian": """Cai Liao Tao Xiao Agbayani Raghavan Chandrasekhar Diep Lai Lieu Nghiem Phung Trieu Chao Hou
        Meng Shao Furukawa Kojima Noguchi Umeda Dimaano Macapagal Salonga Tuazon Balakrishnan Gopalan
        Mahadevan Rajagopal Thakur""",
    "intl": """Mulcahy Sheehan Ferraro Rinaldi Schubert Kassab Mansour Sabbagh Tannous Nowicki Ahlberg Hedlund
        Lundgren Nyqvist Soderberg Jarvinen Koivisto Laaksonen Corrigan Cullinane Dunphy Geraghty Hanrahan
        Kavanagh Brambilla Cattaneo Pellegrini Vitali Baumann Hauser Lorenz Neumann Winkler Assaf Bitar
        Chidiac Kanaan Maalouf Shadid""",
}
GIVEN = {
    "us": """Ambrose Eugenia Florence Irving Millicent Norbert Percival Rosalind Nola Royce Angus Cyril Elvira
        Lucinda Orval Rhoda Rosco Rupert Selma Vonda""",
    "hispanic": """Lucrecia Pancracio Apolonio Anastacio Adelaido Alejandrina Bartolo Custodio Eulalia Filemon
        Gaudencio Herlinda Justino Lazaro Leobardo Marcelina Maximiliano Romualdo Tranquilino Venustiano
        Zoila""",
    "aa": """Augustus Berniece Cassius Cornell Lettie Odessa Zenobia Althea Minerva Ezekiel Leotha Beatrix
        Clotilde Cozetta Elnora Eudora Hezekiah Jubal Lavinia Mahala Onnie Philomena Rosalee Solomon Tressie
        Ulysses Vashti Verlie Zephaniah""",
    "asian": """Dung Giang Bingwen Chunhua Guoliang Huifang Jianguo Xiuying Yanping Dongmin Divina Ligaya Perla
        Kavitha Prakash Venkat Uyen Chenguang Fengying Haoran Jingyi Ruolan Shuting Weiming Xiaoling Zihan
        Atsuko Kazuko Byungho Jaehyun Sunhee Corazon Erlinda Aravind Gopal Jayanthi Meenakshi Padma Raghu
        Shanthi Srinivas""",
    "intl": """Torbjorn Pirjo Tuula Marcello Stefania Tommaso Dagmar Ursel Milena Zuzana Jaroslaw Amira Bassam
        Hiba Khalil Youssef Gunnel Sixten Aatos Raili Seppo Veikko Brigid Fionnuala Oisin Concetta Ettore
        Ignazio Rocco Annelie Gudrun Reinhard Bozena Czeslaw Wieslaw Grazyna Dalia Ghassan Joumana Munir Samia
        Walid""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v30's tables


# one-word street names of US towns (freshwater and coastal fish, and plants of the eastern woods); numbered
# streets are the kit's ordinal draw (one street in five), so no ordinal is listed here; ``STREET_NAMES`` also
# name the business e-mail domains the kit draws
STREET_WORDS = ["Quillback", "Pickerel", "Sculpin", "Sunfish", "Crappie", "Burbot", "Alewife", "Menhaden",
                "Tarpon", "Wahoo", "Pompano", "Snook", "Grouper", "Cobia", "Minnow", "Chinquapin", "Osage",
                "Verbena", "Tansy", "Plantain"]  # fmt: skip
STREET_NAMES = tuple(
    Name((s, "st", "")) for s in ("Tidewell", "Brightwater", "Oakhurst", "Kingsmill", "Pembroke")
)
