"""The v9 word lists: person names of fifteen origins typed by the v9 author, the spellings an English
recognizer writes for them (long names split in two: "Wickrama Singhe"), given names and surnames that are
also English words, and the short lists typed here.

Sources (see ``README.md``): the names are the v9 author's, checked against public descriptions of naming
customs (Wikipedia "Igbo name", "Zulu name" and the Southern African word-names "Gift", "Memory", "Innocent",
"Goodluck"; "Ethiopian name", "Filipino name", "Samoan name", "Georgian surname" (-dze, -shvili), "Armenian
name" (-yan), "Sinhalese name", "Nepali name", "Somali name", "Mongolian name", "Finnish name", "Maori
name", "Greek name"), and English surnames that are words (Fairweather, Goodbody, Swallow, Makepeace).
None is a word of a v2-v8 name list, street list or PERSON/STREET value (``check.py`` checks it). The USPS
Publication 28 tables (suffixes C1, unit designators C2, directionals, highway forms) are a standard, not a
phrasing: v9 reads them from v8's ``words`` as v8 read C1 from v5's.
"""

from __future__ import annotations

import random

from bench.pii_corpus import lexicon_kit
from bench.pii_corpus.v8.words import (
    DIRECTIONS,
    HIGHWAYS,
    ID_LETTERS,
    MBI_LETTERS,
    SUFFIX_ABBR,
    UNITS_C2,
    USPS_SUFFIXES,
    Name,
)

# given names and surnames by origin (ISO 639 code, "en" for English words used as names)
_FIRST = {
    "ig": "Nkechi Chidinma Obiageli Ugonna Ikechukwu Tochukwu Onyinyechi Chinonso Munachiso Chiagozie "
    "Ebubechukwu Olisaemeka",
    "zu": "Sipho Zanele Lwazi Bongani Lerato Palesa Karabo Boitumelo Refilwe Kagiso Tumelo Nokuthula Gift "
    "Memory Goodluck Promise Honor Happy Kindness Godspower",
    "am": "Tesfaye Alemayehu Tigist Selamawit Mekdes Dawit Yohannes Hiwot Meseret Birtukan Kidist Eyerusalem "
    "Tewodros Abebech Fikirte",
    "tl": "Dalisay Bayani Lualhati Maligaya Luningning Marikit Mayumi Jericho Marites Ligaya",
    "sm": "Losana Mele Tevita Siosaia Fetu Lagi Tavita Pua Iosefa",
    "ka": "Lasha Tamuna Giorgi Ketevan Irakli Zurab Tornike Khatuna Mzia",
    "hy": "Anush Narek Gevorg Hasmik Lusine Tigran Arpine Vahagn Siranush Armen",
    "si": "Nadeesha Chaminda Dilani Ruwan Sanduni Kasun Tharindu Chathurika Upul Nirmala Lahiru Ishara",
    "ne": "Pemba Sunita Bishnu Dipesh Roshani Kiran Binod Manisha",
    "so": "Guled Nasteho Hodan Abdiweli Fadumo Ikran Ubah Deeqa Sagal",
    "mn": "Tsetseg Bolormaa Ganbold Munkh Oyuun Enkhjargal Bat-Erdene Sarangerel Temuulen Naraa Chinzorig",
    "mi": "Tipene Whetu Pania Hone Rongo",
    "el": "Kyriakos Vasiliki Panagiotis Athanasia Spyridon Chrysoula Paraskevi Charalambos Eftychia",
    "en": "Verity Temperance Saffron Rain Unity",
}
_LAST = {
    "ig": "Onyekachi Ezeoke Onwuegbuzie Nwankwo Okoye Odinaka Umeh Ibekwe Ezenwa Anozie Obiakor Iwuchukwu",
    "zu": "Zungu Mokoena Molefe Radebe Motaung Tshabalala Buthelezi",
    "am": "Mekonnen Abebe Kebede Gebremariam Tadesse Woldemichael Asfaw Desta Gebreyesus Tekle Bekele Demissie",
    "tl": "Magbanua Dimaculangan Macaraeg Manalastas Pangilinan Dimagiba Lacsamana Dimayuga Panganiban Malacad",
    "sm": "Tuilagi Fifita Tupou Vaifale Faleolo Taufa Fonoti Vainikolo Mataele Tuiasosopo Afamasaga",
    "ka": "Beridze Giorgadze Tsiklauri Kapanadze Gelashvili Lomidze Chkheidze Mchedlishvili Japaridze "
    "Kvaratskhelia Abashidze Gogoladze",
    "hy": "Hovhannisyan Sargsyan Khachatryan Grigoryan Harutyunyan Vardanyan Petrosyan Mkrtchyan Ghazaryan "
    "Avetisyan Manukyan Hakobyan",
    "si": "Wickramasinghe Jayawardena Gunawardena Rajapaksa Senanayake Dissanayake Wijesinghe Ekanayake Bandara "
    "Amarasekara",
    "ne": "Gurung Shrestha Tamang Thapa Limbu Sherpa Adhikari Bhattarai Pokharel Koirala",
    "so": "Warsame Egal Hirsi Duale Samatar Guleid Gelle Dirie",
    "mn": "Batbayar Ganbaatar Erdenebat Tsogtbaatar Purevdorj Sukhbaatar Enkhbold Dashdorj Otgonbayar",
    "mi": "Ngata Tamihana Parata Tipoki Waititi Kereama Tawhiri Rangihuna Paewai Wharerau",
    "el": "Papadopoulos Lazaridis Karagiannis Papadakis Georgiou Nikolaidis Konstantinidis Economou Vlachos "
    "Antoniou Christodoulou Triantafyllou",
    "en": "Fairweather Goodbody Swallow Makepeace Stillwater Ironside Proud Gentle Gladwell Truelove "
    "Sparrowhawk",
}
# how an English recognizer writes a long name it has no word for: split in two where it hears a word
# break (the letters kept, so the name still reads back), or a sound-alike
ASR = {
    "Wickramasinghe": "Wickrama Singhe", "Onwuegbuzie": "Onwu Egbuzie", "Kvaratskhelia": "Kvarats Khelia",
    "Tuiasosopo": "Tuia Sosopo", "Mchedlishvili": "Mchedli Shvili", "Triantafyllou": "Trianta Fyllou",
    "Tsogtbaatar": "Tsogt Baatar", "Hovhannisyan": "Hovhanni Syan", "Christodoulou": "Christo Doulou",
    "Nkechi": "Enkechi", "Tsetseg": "Setseg", "Siosaia": "Shosaia", "Enkhjargal": "Enkh Jargal",
    "Onyekachi": "Onye Kachi", "Gebreyesus": "Gebre Yesus", "Lacsamana": "Laksa Mana", "Vainikolo": "Vaini Kolo",
    "Abashidze": "Abashi Dze", "Japaridze": "Japari Dze", "Khachatryan": "Khacha Tryan",
    "Gunawardena": "Guna Wardena", "Dissanayake": "Dissa Nayake", "Sukhbaatar": "Sukh Baatar",
    "Otgonbayar": "Otgon Bayar", "Papadopoulos": "Papado Poulos", "Luningning": "Luning Ning",
    "Rangihuna": "Rangi Huna", "Purevdorj": "Purev Dorj", "Ekanayake": "Ekana Yake", "Wijesinghe": "Wije Singhe",
    "Chkheidze": "Chkhei Dze",
}  # fmt: skip
FIRST_NAMES = tuple(Name((n, o, ASR.get(n, ""))) for o, ns in _FIRST.items() for n in ns.split())
SURNAMES = tuple(Name((n, o, ASR.get(n, ""))) for o, ns in _LAST.items() for n in ns.split())
# given names that are also English words (Southern African word-names and English virtue names)
WORD_NAMES = frozenset(["Gift", "Memory", "Goodluck", "Promise", "Honor", "Happy", "Treasure",
                        "Kindness", "Verity", "Temperance", "Saffron", "Rain", "Unity"])  # fmt: skip
# titles a recognizer writes in lower case before a surname alone ("mister okonkwo")
TITLES = ["mister", "missus", "miss", "doctor", "pastor", "nurse", "officer", "auntie", "professor"]
# people a caller names who are not the caller: still personal data
RELATIONS = ["my daughter", "my son-in-law", "my landlord", "my neighbor", "my cardiologist", "my ex-husband",
             "my caseworker", "my stepdad", "our nanny", "my grandson", "my wife", "my partner"]  # fmt: skip
# street names from surnames of v9's author (none a v9 person's, none on a v2-v8 list)
_STREETS = ["Oyelaran", "Kasprowicz", "Tamboli", "Velasquillo", "Ashcombe", "Breckinridge", "Thistlewood",
            "Wollaston", "Quackenbush", "Ridgeley", "Overholt"]  # fmt: skip
STREET_NAMES = tuple(Name((n, "st", "")) for n in _STREETS)
# street words the v9 author wrote (a fifth of them two words)
STREET_WORDS = ["Bellwort", "Spicebush", "Staghorn", "Pokeweed", "Greenbrier", "Cordgrass", "Foxtail",
                "Shadbush", "Buttonbush", "Pipevine", "Wahoo", "Bladdernut", "Coralberry", "Nannyberry",
                "Hophornbeam", "Larch", "Lacebark", "Cordwood", "Tinsmith", "Wheelwright", "Cobbler", "Tanbark",
                "Lampblack", "Kerosene", "Flatcar", "Gondola", "Drawbar", "Coupler", "Ballast", "Towhee", "Pewee",
                "Flicker", "Sapsucker", "Catbird", "Veery", "Kingbird", "Nighthawk", "Redstart", "Ovenbird",
                "Pintail", "Gadwall", "Tinsmith Coupler", "Pipevine Wahoo", "Lacebark Larch", "Veery Nighthawk",
                "Gondola Drawbar"]  # fmt: skip
# towns that are also surnames or given names: said after an address, not one of the ten types
PLACES = [("Gillette", "Wyoming", "WY"), ("Beckley", "West Virginia", "WV"), ("Ogden", "Utah", "UT"),
          ("Dothan", "Alabama", "AL"), ("Eugene", "Oregon", "OR"), ("Tracy", "California", "CA"),
          ("Sherman", "Texas", "TX"), ("Murray", "Kentucky", "KY"), ("Elgin", "Illinois", "IL"),
          ("Harrison", "Arkansas", "AR"), ("Laramie", "Wyoming", "WY"), ("Bristol", "Tennessee", "TN"),
          ("Douglas", "Arizona", "AZ"), ("Beaumont", "Texas", "TX"), ("Lowell", "Massachusetts", "MA"),
          ("Stanley", "North Dakota", "ND"), ("Russell", "Kansas", "KS"), ("Clifton", "New Jersey", "NJ")]  # fmt: skip
# "<letter> as in <word>": the words callers improvise (a name, a city, a thing), no alphabet's
AS_IN = {"A": ["apple", "Atlanta"], "B": ["baker", "Boston"], "C": ["cat", "Chicago"], "D": ["dog", "Denver"],
         "E": ["elephant", "easy"], "F": ["Florida", "fox"], "G": ["girl", "Georgia"], "H": ["house", "happy"],
         "J": ["jelly", "Jack"], "K": ["kite", "Kansas"], "L": ["lemon", "Louis"], "M": ["mother", "Mexico"],
         "N": ["nancy", "nut"], "P": ["Paul", "pizza"], "R": ["Roger", "red"], "S": ["sugar", "Sunday"],
         "T": ["Texas", "toy"], "U": ["umbrella", "Utah"], "V": ["Vegas", "violin"], "W": ["water", "Washington"],
         "X": ["xylophone"], "Y": ["yellow", "yes"], "Z": ["zoo", "zipper"], "I": ["igloo", "Idaho"],
         "O": ["orange", "Ohio"], "Q": ["queen", "quiet"]}  # fmt: skip
MAIL = [(20, "gmail.com"), (9, "yahoo.com"), (8, "outlook.com"), (7, "hotmail.com"), (6, "icloud.com"),
        (4, "aol.com"), (3, "live.com"), (3, "msn.com"), (2, "att.net"), (2, "comcast.net"), (2, "me.com"),
        (1, "gmx.com"), (1, "earthlink.net"), (1, "juno.com"), (1, "bellsouth.net"), (1, "rocketmail.com")]  # fmt: skip
TRADES = ["plumbing", "nursery", "catering", "salon", "towing", "pottery", "apiary", "upholstery", "dental"]


draw = lexicon_kit.draw  # an origin first, then a name of it

# what callers say most often (60%), the whole Pub. 28 C1 table otherwise
EVERYDAY = ["Street", "Avenue", "Road", "Drive", "Lane", "Court", "Boulevard", "Way", "Place", "Circle", "Pike",
            "Run", "Bend", "Loop", "Crossing", "Glen", "Square", "Row"]  # fmt: skip


def suffix(rng: random.Random) -> tuple[str, str]:
    name = rng.choice(EVERYDAY) if rng.random() < 0.6 else rng.choice(USPS_SUFFIXES)[0]
    return name, SUFFIX_ABBR[name]


__all__ = ["AS_IN", "DIRECTIONS", "FIRST_NAMES", "HIGHWAYS", "ID_LETTERS", "MAIL", "MBI_LETTERS", "PLACES",
           "RELATIONS", "STREET_NAMES", "STREET_WORDS", "SUFFIX_ABBR", "SURNAMES", "TITLES", "TRADES", "UNITS_C2", "WORD_NAMES",
           "draw", "suffix"]  # fmt: skip
