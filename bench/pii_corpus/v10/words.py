"""The v10 word lists: person names of origins v2-v9 did not draw, surnames with particles ("van der", "bin", "al-") and hyphenated double surnames, the spellings an English recognizer writes for some of
them, the phonetic-alphabet words callers spell with ("M as in Mike", "M as in Mary"), and the short lists
typed here (street words, Puerto Rico urbanizations, towns that are surnames).

Sources (see ``README.md``): the names are the v10 author's, typed from public descriptions of naming customs
(Quechua/Aymara, Tamil (father's name as surname), Malay (bin/binti patronymics), Gulf Arabic (the
al- family prefix), Dutch (tussenvoegsels "van der", "van den"), Korean, Hmong (clan
names), Dine/Navajo, Fijian, Malagasy, Wolof, Tigrinya, Kurdish, Thai). None is a word of a v2-v9 name list,
street list or PERSON/STREET value, nor of Faker's person-name lists (``check.py`` checks it; the particles
themselves are function words and are exempt). The USPS Publication 28 tables (suffixes C1, unit
designators C2, directionals, highway forms) are a standard, not a phrasing: read from v8's ``words`` as v9
did.
"""

from __future__ import annotations

import random

from bench.pii_corpus import lexicon_kit
from bench.pii_corpus.v5.words import USPS_SUFFIXES  # USPS Pub. 28 C1, typed for v5
from bench.pii_corpus.v8 import words as pub28  # the other Pub. 28 tables and the ID letters, typed for v8

Name = pub28.Name
DIRECTIONS, HIGHWAYS, UNITS_C2, SUFFIX_ABBR = (
    pub28.DIRECTIONS,
    pub28.HIGHWAYS,
    pub28.UNITS_C2,
    pub28.SUFFIX_ABBR,
)
ID_LETTERS, MBI_LETTERS = pub28.ID_LETTERS, pub28.MBI_LETTERS

# given names and surnames by origin; "_" joins a particle to its name ("van_der_Wijngaart")
_FIRST = {
    "qu": "Yupanki",
    "ta": "Kayal Anbarasu",
    "ms": "Syafiq Hafizah Amirul Izzati Firdaus Aqilah Haziq Syazwani",
    "ar": "Nawaf Mishal Haifa Bandar Hessa Latifa Dhuha Muneera Thamer",
    "nl": "Hiske Tjitske Wiebe Sietske",
    "ko": "Seojun Jiwoo Hayun Minjae Yerin Dohyun Seoyeon Jihoon Haeun Yejun",
    "hmn": "Xee Nou Chue Ntxhi Pov Txawj Maiv Yeej Zoua",
    "nv": "Shandiin Nizhoni Ahiga Doli Yanaba Hastiin Sahkyo",
    "fj": "Losena Seru Vilikesa Unaisi Salote Mereoni Apenisa",
    "mg": "Hery Fanja Mialy Voahangy Haingo Tahina Rivo",
    "wo": "Aminata Ousmane Fatou Awa Ndeye",
    "ti": "Yonas Semhar Filmon Luwam Merhawi Senait Tesfit",
    "ku": "Rojin Rezan Shilan Hozan Berfin",
    "th": "Somchai Pranee Kittisak Siriporn Anong Thanakorn Ratchanee Nattapong",
}
_LAST = {
    "qu": "Quisbert Layme Ccama Huarachi",
    "ta": "Palanisamy Thangaraj Subbiah",
    "ms": "bin_Rosli bin_Zulkifli binti_Kamaruddin bin_Azhar binti_Shamsudin binti_Marzuki",
    "ar": "al-Shammari al-Mutairi al-Qahtani al-Zahrani al-Harbi al-Dosari al-Ghamdi al-Otaibi al-Subaie",
    "nl": "van_der_Wijngaart van_den_Boogaard van_der_Sluijs van_der_Zwaan van_den_Akker van_Wijnbergen",
    "ko": "Baek Seo Ryu Jeon Gwak",
    "hmn": "Khang",
    "nv": "Etsitty Tsinajinnie Bitsui Yellowhair Manygoats",
    "fj": "Rabuka Naivalu Ravouvou Nadolo Tuidraki Vunibaka Qarase Ratuvou",
    "mg": "Rakotomalala Andrianarivo Razafindrakoto Rasoanaivo Randriamampionona Rabemananjara",
    "wo": "Ndiaye Diop Sarr Gueye Mbaye Thiam Ndour Seck",
    "ti": "Tesfamariam Ghebremedhin Habtemariam Woldegiorgis Berhane Tsegay Okbazghi",
    "ku": "Talabani Zebari Hawrami Bamarni Dizayee Barzinji",
    "th": "Srisuk Wongsawat Chaiyaporn Sukprasert Rattanakorn Boonmee Thongchai Kaewkanya",
}
# particles: function words of a surname, not names; exempt from the new-word check
PARTICLES = frozenset({"van", "der", "den", "de", "la", "los", "bin", "binti", "al"})
# how an English recognizer writes a long name it has no word for: split where it hears a word break (the
# letters kept, so the name still reads back)
ASR = {
    "Randriamampionona": "Randria Mampionona", "Razafindrakoto": "Razafin Drakoto",
    "Rakotomalala": "Rakoto Malala", "Woldegiorgis": "Wolde Giorgis", "Ghebremedhin": "Ghebre Medhin",
    "Habtemariam": "Habte Mariam", "Tesfamariam": "Tesfa Mariam",
    "Rabemananjara": "Rabe Mananjara",
    "Manygoats": "Many Goats",
}  # fmt: skip


def _names(table: dict[str, str]) -> tuple[Name, ...]:
    return tuple(
        Name((n.replace("_", " "), o, ASR.get(n, ""))) for o, ns in table.items() for n in ns.split()
    )


FIRST_NAMES = _names(_FIRST)
SURNAMES = _names(_LAST)
# "<letter> as in <word>": the ICAO/NATO spelling alphabet and the given names callers use instead
_ALPHABET = (
    "alpha bravo Charlie delta echo foxtrot golf hotel India Juliet kilo Lima Mike November Oscar papa "
    "Quebec Romeo Sierra tango uniform Victor whiskey x-ray Yankee Zulu"
)
_GIVEN = (
    "Adam Betty Clara Dorothy Edward Frank George Harry Irene John King Lucy Mary Nora Olive Peter Queenie "
    "Robert Sam Tom Uncle Vera William Xavier yellow zebra"
)
AS_IN = {a[0].upper(): [a, g] for a, g in zip(_ALPHABET.split(), _GIVEN.split(), strict=True)}
# titles a recognizer writes in lower case before a surname alone
TITLES = ["sergeant", "coach", "deacon", "judge", "chef", "captain"]
# street names from surnames (none a v10 person's, none on a v2-v9 list)
_STREETS = ["Hollingshead", "Dunwoody", "Fairbrother", "Ravenscroft", "Cattermole", "Winterbottom",
 "Applegarth", "Thackeray"]  # fmt: skip
STREET_NAMES = tuple(Name((n, "st", "")) for n in _STREETS)
# street words the v10 author wrote (minerals and rigging; a few two words)
STREET_WORDS = ["Feldspar", "Obsidian", "Basalt", "Gneiss", "Mica", "Tourmaline", "Galena", "Pyrite",
 "Quartzite", "Schist", "Chert", "Bauxite", "Cinnabar", "Malachite", "Travertine",
 "Jibsail", "Mizzen", "Halyard", "Bowsprit", "Foredeck", "Gunwale", "Capstan", "Windlass",
 "Binnacle", "Spinnaker", "Mizzen Halyard", "Basalt Capstan", "Galena Foredeck"]  # fmt: skip
# Puerto Rico: the urbanization (USPS Pub. 28 section 29, "URB" before the development's name) and the
# street in it, "Calle" before the name
URBANIZATIONS = ["Reparto Quenepa", "Jardines de Guanabo", "Reparto Tamarindo", "Parque Flamboyan", "Alturas de Yagrumo",
 "Estancias Ucar", "Colinas de Ausubo"]  # fmt: skip
CALLES = ["Amapola", "Cundeamor", "Trinitaria", "Bromelia", "Caoba", "Higuero"]
# overseas military mail (USPS Pub. 28 section 225): the box line's kind, then APO/FPO/DPO and AA/AE/AP
MILITARY_KINDS = ["PSC", "Unit", "CMR"]
MILITARY_POSTS = ["APO", "FPO", "DPO"]
ARMED_FORCES = ["AA", "AE", "AP"]
# towns that are also surnames or given names: said after an address, not one of the ten types
PLACES = [("Tyler", "Texas", "TX"), ("Ames", "Iowa", "IA"), ("Mitchell", "South Dakota", "SD"),
 ("Warren", "Michigan", "MI"), ("Marion", "Indiana", "IN"), ("Florence", "Alabama", "AL"),
 ("Chester", "Pennsylvania", "PA"), ("Kent", "Ohio", "OH"), ("Marshall", "Texas", "TX"),
 ("Vernon", "Texas", "TX"), ("Frederick", "Maryland", "MD"), ("Milton", "Florida", "FL"),
 ("Provo", "Utah", "UT"), ("Orem", "Utah", "UT"), ("Sandy", "Utah", "UT")]  # fmt: skip
MAIL = [(18, "gmail.com"), (9, "yahoo.com"), (8, "outlook.com"), (6, "hotmail.com"), (6, "icloud.com"),
 (3, "aol.com"), (2, "protonmail.com"), (2, "ymail.com"), (2, "verizon.net"), (2, "cox.net"),
 (1, "charter.net"), (1, "sbcglobal.net"), (1, "mail.com"), (1, "frontier.com")]  # fmt: skip
TRADES = ["roofing", "bakery", "kennels", "farms", "masonry", "tailoring", "daycare", "welding"]

draw = lexicon_kit.draw  # an origin first, then a name of it

# what callers say most often (60%), the whole Pub. 28 C1 table otherwise
EVERYDAY = ["Street", "Avenue", "Road", "Drive", "Lane", "Court", "Boulevard", "Way", "Place", "Terrace", "Trail",
 "Parkway", "Highway", "Hollow", "Ridge", "Point"]  # fmt: skip


def suffix(rng: random.Random) -> tuple[str, str]:
    name = rng.choice(EVERYDAY) if rng.random() < 0.6 else rng.choice(USPS_SUFFIXES)[0]
    return name, SUFFIX_ABBR[name]


__all__ = ["ARMED_FORCES", "AS_IN", "CALLES", "DIRECTIONS", "FIRST_NAMES", "HIGHWAYS", "ID_LETTERS", "MAIL",
 "MBI_LETTERS", "MILITARY_KINDS", "MILITARY_POSTS", "PARTICLES", "PLACES", "STREET_NAMES", "STREET_WORDS",
 "SURNAMES", "TITLES", "TRADES", "UNITS_C2", "URBANIZATIONS", "draw", "suffix"]  # fmt: skip
