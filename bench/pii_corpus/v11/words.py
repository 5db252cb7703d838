"""The v11 word lists: person names of origins no earlier half drew (Chinese, Japanese and Vietnamese with the
family name said first, Yoruba, Igbo, Akan, Ewe, Fula, Basque/Spanish double surnames, Brazilian Portuguese
with "da"/"dos"/"de", Irish and Scots "Mc"/"Mac" names), how an English recognizer writes the ones it
splits ("mc ilhenny", "mac gonigle"), the letters said as words ("bee", "see", "why"), titles, and the short
lists typed here (street words, towns).

Sources (see ``README.md``): names typed by the v11 author from public descriptions of naming customs
(family name first in Chinese, Japanese and Vietnamese; Akan day names; Yoruba and Igbo given names and
surnames; Spanish paternal + maternal surnames). Every name word was checked against v2-v10's lists and
PERSON/STREET values and Faker's person-name lists (``check.py`` checks it); all the Irish "O'" surnames
tried (O'Dowd, O'Riordan, O'Ceallaigh, ...), DeSouza ("souza") and MacAodha ("aodha") collided there
and were dropped; no split the recognizer writes holds such a word either (``check.py`` checks the said names too). USPS Publication 28 tables are
read from v8's and v5's ``words`` (a standard, not a phrasing), as v9 and v10 did.
"""

from __future__ import annotations

import random

from bench.pii_corpus.lexicon_kit import draw
from bench.pii_corpus.v5.words import USPS_SUFFIXES  # USPS Pub. 28 C1 (suffixes), typed for v5
from bench.pii_corpus.v8 import words as v8_words

# USPS Pub. 28 C2 unit designators, directionals and highway forms, and the issued-ID letters, typed for v8
Name = v8_words.Name
DIRECTIONS = v8_words.DIRECTIONS
HIGHWAYS = v8_words.HIGHWAYS
UNITS_C2 = v8_words.UNITS_C2
SUFFIX_ABBR = v8_words.SUFFIX_ABBR
ID_LETTERS = v8_words.ID_LETTERS  # no I, O, Q in issued IDs
MBI_LETTERS = v8_words.MBI_LETTERS

# given names and surnames by origin; "_" joins a particle to its name ("dos_Anjos")
_FIRST = {
    "zh": "Yuxuan Zihan Haoyu Ruoxi Jiahui Shuyi Zhiqiang Xinyi Yichen Mingze Zhenghao Yutong Kaixin Siyuan",
    "ja": "Yuzuki Sota Hinata Kaede Minato Aoi Itsuki Koharu Yuina Takumi",
    "vi": "Diem Nhan Tho Khiem Phu Quynh Trang",
    "yo": "Oluwaseun Folasade Babatunde Olamide Damilola Oyinkansola Adeola Olusegun Bukola Oreoluwa Ibukun",
    "ig": "Nnenna Chidubem Ugochi Kenechukwu Chimamanda",
    "ak": "Efua Kukua Araba Yaaba",
    "ee": "Dzifa Selorm Edem Elikem Mawuli Delali Kafui",
    "ff": "Oumou Boubacar Djenabou Thierno Kadiatou",
    "es": "Ainhoa Eneko Maialen Unai Garazi Izaskun Edurne Josune Gorka Aritz Arantza",
    "ga": "Sadhbh",
    "pt": "Edileuza Valdirene Cleidiane Marinalva Jucelino Adenilson Rosilene Gildasio Iracema Edivaldo",
}
_LAST = {
    "zh": "Zhuang Nie Gou Que Ruan Yue Ouyang Situ Shangguan Zhan",
    "ja": "Matsumura Tsukamoto Okabe Kurosawa Hoshino Miyazaki Takeuchi Noguchi",
    "vi": "Phung Tieu Kha",
    "yo": "Akinwande Fasanmi Olatunbosun Ogundipe Adesanya Oyebanji Akintola Fashola",
    "ig": "Uchendu Ezeudu Obiora Onwuachi Ugwu Nnaji Nwabueze Okonjo Iheanacho Nwaneri Onyeama Ozumba Okorafor",
    "ak": "Nyarko Frimpong Kyeremeh Baffour Dapaah Oduro",
    "ee": "Agbeko Amegashie Kpodo Dogbe Tsikata Adzraku Gbeho",
    "ff": "Sow Balde Jalloh Sidibe Kante",
    "es": "Etxeberria Urquiza Arrizabalaga Goikoetxea Zubizarreta Olazabal Berasategui Iturralde Aguirrezabal "
    "Ibarguren Legarreta",
    "ga": "McIlhenny McElhinney McIlwaine MacGonigle McEldowney",
    "pt": "dos_Prazeres da_Encarnacao do_Bomfim da_Anunciacao dos_Milagres da_Paixao Valadares Wanderley",
}
# origins whose callers say the family name first ("Ouyang Ruoxi", "Tsukamoto Hinata", "Kha Diem")
FAMILY_FIRST = frozenset({"zh", "ja", "vi"})
# particles: function words of a surname, not names; exempt from the new-word check
PARTICLES = frozenset({"da", "dos", "do", "de"})
# how an English recognizer writes a name it splits or drops the capitals of (the letters kept)
ASR = {
    "McIlhenny": "mc ilhenny", "McElhinney": "mc elhinney", "McIlwaine": "mc ilwaine", "MacGonigle": "mac gonigle",
    "McEldowney": "mc eldowney", "Shangguan": "shang guan", "Olatunbosun": "olatun bosun",
    "Arrizabalaga": "arriza balaga", "Oyinkansola": "oyin kansola",
}  # fmt: skip


def _names(table: dict[str, str]) -> tuple[Name, ...]:
    """(name, origin, what the recognizer writes or "") rows, a particle's "_" said as a space."""
    rows = []
    for origin, names in table.items():
        for n in names.split():
            rows.append(Name((n.replace("_", " "), origin, ASR.get(n, ""))))
    return tuple(rows)


FIRST_NAMES = _names(_FIRST)
SURNAMES = _names(_LAST)
SPANISH = tuple(n for n in SURNAMES if n[1] == "es")
# letters a caller says as words, the way a recognizer writes them ("bee", "see", "why"); no "oh" for O
# (issued IDs have no O, ``ID_LETTERS``)
LETTER_WORDS = {"B": "bee", "C": "see", "D": "dee", "G": "gee", "J": "jay", "K": "kay", "P": "pee", "R": "are",
                "T": "tee", "U": "you", "V": "vee", "Y": "why", "Z": "zee", "X": "ex", "F": "eff", "S": "ess"}  # fmt: skip
# "<letter> as in <word>": words v11 callers pick (first ones that come to mind, not an alphabet)
_AS_IN = (
    "apple boy cat dog elephant fish goat house igloo jelly kite lemon monkey nest orange pizza queen rabbit "
    "sugar tiger umbrella violin water xylophone yoyo zoo"
)
AS_IN = {w[0].upper(): [w] for w in _AS_IN.split()}
# titles a recognizer writes in lower case before a surname alone (outside the span)
TITLES = ["doctor", "sister", "reverend", "pastor", "officer", "professor", "nurse"]
# street words the v11 author wrote (shorebirds and herbs), none on an earlier list
STREET_WORDS = ["Kittiwake", "Whimbrel", "Godwit", "Dunlin", "Turnstone", "Curlew", "Avocet", "Phalarope",
                "Shearwater", "Fulmar", "Guillemot", "Merganser", "Goldeneye", "Bufflehead", "Wigeon", "Yarrow",
                "Tansy", "Sorrel", "Burdock", "Mullein", "Vetch", "Curlew Tansy", "Godwit Sorrel"]  # fmt: skip
STREET_NAMES = tuple(Name((n, "st", "")) for n in ["Whimbrel", "Dunlin", "Avocet", "Fulmar"])
# towns that are also surnames or given names: said after an address, not one of the ten types
PLACES = [("Lincoln", "Nebraska", "NE"), ("Jackson", "Mississippi", "MS"), ("Beaumont", "Texas", "TX"),
          ("Raleigh", "North Carolina", "NC"), ("Madison", "Wisconsin", "WI"), ("Lawrence", "Kansas", "KS"),
          ("Lafayette", "Louisiana", "LA"), ("Douglas", "Arizona", "AZ"), ("Preston", "Idaho", "ID"),
          ("Stanley", "North Dakota", "ND"), ("Hamilton", "Montana", "MT"), ("Augusta", "Maine", "ME")]  # fmt: skip
MAIL = [(20, "gmail.com"), (8, "yahoo.com"), (7, "outlook.com"), (5, "hotmail.com"), (5, "icloud.com"),
        (3, "aol.com"), (2, "att.net"), (2, "comcast.net"), (1, "live.com"), (1, "msn.com"),
        (1, "rocketmail.com"), (1, "earthlink.net")]  # fmt: skip
TRADES = ["plumbing", "catering", "salon", "tutoring", "upholstery", "landscaping"]

EVERYDAY = ["Street", "Avenue", "Road", "Drive", "Lane", "Court", "Circle", "Loop", "Run", "Pike", "Row", "Walk",
            "Crossing", "Landing", "Bend", "Glen"]  # fmt: skip


def suffix(rng: random.Random) -> tuple[str, str]:
    name = rng.choice(EVERYDAY) if rng.random() < 0.6 else rng.choice(USPS_SUFFIXES)[0]
    return name, SUFFIX_ABBR[name]


__all__ = ["AS_IN", "DIRECTIONS", "FAMILY_FIRST", "FIRST_NAMES", "HIGHWAYS", "ID_LETTERS", "LETTER_WORDS", "MAIL",
           "MBI_LETTERS", "PARTICLES", "PLACES", "SPANISH", "STREET_NAMES", "STREET_WORDS", "SURNAMES", "TITLES",
           "TRADES", "UNITS_C2", "draw", "suffix"]  # fmt: skip
