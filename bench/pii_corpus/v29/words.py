"""v29's own names and streets (brief B29: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v28's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: near the Census 2010 group shares); the tables that are standards rather than people (USPS
Publication 28 suffixes, directionals, highways, C2 unit designators, the ID alphabets), the towns, mail domains
and "as in" words are v16's, imported.

Family names: English, Scots-Irish and Appalachian surnames, New Mexico and Mexican surnames, Carolina
Lowcountry and Virginia Black surnames, Vietnamese, Chinese, Japanese, Filipino and Tamil surnames, and a tail
of Swedish, Finnish, Irish, Italian, German and Arab family names; given names: US given names of callers born
before 1950, Mexican saints' names, Black American given names of the South, Vietnamese, Chinese, Japanese,
Korean, Filipino and Indian given names, and names of the same countries as the tail. All are the author's
picks from memory, not looked up. Two blocks of some 1,000 candidates were filtered against the twelve earlier
lists (v16's, v18's to v28's) before any draw: a throwaway script printed only the candidates on none of them
(about 620 were on them and were dropped). Of the survivors these were dropped by hand: "Battle", "Council",
"Outlaw", "Person", "Redd", "Queen", "Ivory", "Jewel", "Fern", "Pearl", "Glen", "Dolly", "Ping", "Yen",
"Tam", "Loc" (everyday words), "Oh", "Ha", "Mo", "Su", "Ye", "Bo" (a word, or "oh" said for zero), "Ira"
(a retirement account at v29's plan administrator), "Colfax", "Geneva", "Milton", "Aurora", "Caldera",
"Sherwood", "Eastwood", "Haverford" (places or brands), "Loveless", "Goodnight", "Rainwater", "Mayo",
"Bullock", "Sterling", "Ora", "Ula", "Dae" (words, or very short). ``check.py`` proves none is on those lists.
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
    "us": """Ainsworth Applegate Arbuckle Barnhart Beauchamp Bickford Birdsall Bostwick Bratcher Breckenridge
        Brewington Burnside Cadwell Chamberlain Claypool Dalrymple Dearborn Densmore Dinwiddie Dobbins Edgerton
        Emerick Flanagan Fogarty Fulbright Garrity Gorman Greenlee Gunderson Halloran Heffernan Hennessey
        Hightower Hurlbut Isbell Kingsbury Mayhew McCorkle Meriwether Newcomb Osgood Pendergast Plunkett
        Radcliffe Shelnutt Skaggs Snodgrass Waggoner Whittaker Wickham Woodall""",
    "hispanic": """Abarca Aceves Aragon Archuleta Gonzales Iglesias Landeros Murillo Palacios Salcedo Santillan
        Velazquez Alvear Anguiano Armenta Avalos Barboza Bazan Ceja Fierro Frias Garibay Gurrola Lomeli
        Moctezuma Montano Noriega Portillo Ruelas Solorio""",
    "aa": """Cannady Manigault Massenburg Rasberry Revels Swinton Tyree Whitted Worsham Bellamy Brockington
        Fairley Greenidge Pegues Shropshire Toomer""",
    "asian": """Thach Kuang Ouyang Pei Xiong Xue Yin Zhong Zou Ishida Kaneko Nagai Abalos Dimaculangan Macaraeg
        Pangilinan Quiambao Sarmiento Krishnan Subramanian""",
    "intl": """Engstrom Hakkarainen Cassidy Keane McGrath Moloney Ruane Caruso Marchetti Morelli Santoro Vitale
        Hartmann Kessler Krause Schwarz Zimmermann Khoury Nassar Saleh Farouk""",
}
GIVEN = {
    "us": """Clara Cora Elsie Francis Gene Ivan Ramona Viola Adele Alton Blanch Chester Della Eddie Elbert
        Forrest Iva Lillie Lola Maude Myron Ottis Rollin Rudolph Verda Vivian Wiley Wilfred Zella""",
    "hispanic": """Bernardino Crispin Genaro Leonor Matilde Serafin Arcadio Basilio Camerino Concepcion Damiana
        Delfino Herminio Higinio Juventino Librada Maclovio Plutarco Teofilo Valente""",
    "aa": """Beatrice Cleon Corliss Dewayne Earline Essie Lavonne Lucius Ozell Zora Alberta Albertha Arnetta
        Bennie Cleophus Clementine Dorcas Eartha Emmitt Florine Hosea Leola Mahalia Nehemiah Ocie Rayford
        Sammie Tobias Vernice Wardell""",
    "asian": """Binh Cuong Hanh Hien Khoa Nhung Phat Trung Qing Daiyu Jiahui Meiling Qiong Shufen Yuming Zhiwei
        Yoko Kiyoshi Masao Mitsuko Sook Hyunwoo Jiyoung Kyung Soojin Leonila Rizalino Marites Jocelyn Pradeep
        Ramesh Bhavna Chetan Geeta Harish Mohan Nandini Rekha Sandeep Usha Vijay""",
    "intl": """Liisa Annika Birgit Hanne Jorunn Kjell Aila Kerttu Brendan Roisin Sinead Salvatore Alessandro
        Rosaria Vittorio Lenka Jana Zdenka Heike Gisela Horst Wolfgang Kazimierz Karim Rania Samir Layla Fadi
        Nabil Tarek Adaeze""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v29's tables


# one-word street names of US towns (Appalachian ridges and eastern rivers, rocks and minerals, winds and
# clouds); numbered streets are the kit's ordinal draw (one street in five), so no ordinal is listed here;
# ``STREET_NAMES`` also name the business e-mail domains the kit draws
STREET_WORDS = ["Kittatinny", "Catskill", "Pocono", "Ouachita", "Allegheny", "Wabash", "Kanawha", "Muskingum",
                "Sangamon", "Kankakee", "Scioto", "Tuscarawas", "Susquehanna", "Housatonic", "Merrimack",
                "Kennebec", "Penobscot", "Mica", "Cobalt", "Gypsum", "Dolomite", "Schist", "Cirrus", "Stratus",
                "Nimbus", "Zephyr", "Sirocco", "Mistral"]  # fmt: skip
STREET_NAMES = tuple(Name((s, "st", "")) for s in ("Shepherd", "Sargent", "Latimer", "Scrivener", "Cordell"))
