"""The v13 word lists: names of seven origins no earlier half draws from (Georgian, Amharic, Mongolian,
Armenian, Tagalog, Basque, Yoruba), honorifics said before a name (outside its span), street words (spices
and songbirds), towns that are also given names or months, e-mail domains and the words callers use to spell a
letter when they correct the agent's read-back ("b as in boy, not d").

Every name and street word was typed by the v13 author and kept only if no word of it is on a v2-v12 list,
a v2-v12 PERSON or STREET value, or Faker's person-name lists (``check.py`` checks it); most candidates
collided and were dropped (Nino, Tamar, Giorgi, Tigist, Dawit, Zoltan, Katalin, every Finnish surname tried,
Korhonen, Virtanen, ...). USPS Publication 28 tables (C1 suffixes, C2 unit designators, directionals) are
read from v5's and v8's ``words`` (a standard, not a phrasing).
"""

from __future__ import annotations

import random

from bench.pii_corpus.lexicon_kit import Name
from bench.pii_corpus.lexicon_kit import draw as draw  # re-exported: the kits draw from words.draw
from bench.pii_corpus.v5.words import USPS_SUFFIXES  # USPS Pub. 28 C1 (suffixes), typed for v5

# USPS Pub. 28 tables and ID letters typed for v8, re-exported: the kits read them from a half's words module
from bench.pii_corpus.v8.words import DIRECTIONS as DIRECTIONS
from bench.pii_corpus.v8.words import HIGHWAYS as HIGHWAYS
from bench.pii_corpus.v8.words import ID_LETTERS as ID_LETTERS
from bench.pii_corpus.v8.words import MBI_LETTERS as MBI_LETTERS
from bench.pii_corpus.v8.words import SUFFIX_ABBR as SUFFIX_ABBR
from bench.pii_corpus.v8.words import UNITS_C2 as UNITS_C2

GIVEN = {
    "ka": "Nanuli Tsitsino Eteri Revaz Teimuraz Vakhtang Otar Gocha Tengiz Nodar Avtandil Natela Tinatin Lali",
    "am": "Yeshiwork Mulugeta Getachew Tsehay Worku Zewditu Meskerem Genet Bereket Etenesh Sintayehu Lemlem",
    "mn": "Oyunchimeg Enkhtuya Tsetsegmaa Altantsetseg Munkhbat Tumurbaatar Khulan Nomin Ariunaa Delgermaa",
    "hy": "Anahit Gayane Nvard Armine Tatevik Hovhannes Vardan Hrant Aram Ashot Gagik Sargis Mher Shushanik",
    "tl": "Analyn Rommel Jojo Teodulo Crisanto Apolinario Edralin",
    "eu": "Koldo Ander Oihana Arantxa",
    "yo": "Adebayo Olumide Abimbola Olufemi Adewale Iyabo",
}
FAMILY = {
    "ka": "Jashi Mgeladze Tsereteli Khutsishvili Mamulashvili Bakradze Javakhishvili Tsintsadze Makharadze "
    "Chikovani Lortkipanidze Gvaramia Kobakhidze",
    "am": "Gebremedhin Mengistu Hailemariam Gebreyes Ayele Tsegaye Abera Belachew Yimer Alemu Gebru Kassahun",
    "mn": "Tserendorj Dorjsuren Lkhagvasuren Baasanjav Gankhuyag Chuluunbaatar",
    "hy": "Danielyan Karapetyan Tumanyan Abrahamyan Melkonian Poghosyan Mirzoyan",
    "tl": "Sumulong Magsaysay Dizon Pagdanganan Mangubat Macapagal Dimalanta Tupaz Catacutan",
    "eu": "Agirre Olaizola Urkiza Etxaniz Gorostiaga Aranburu Azkue Lizarazu",
    "yo": "Olaniyan Akinola Oladipo",
}
# surname particles (none in v13; the kit's check subtracts them)
PARTICLES: frozenset[str] = frozenset()


def _rows(table: dict[str, str]) -> tuple[Name, ...]:
    return tuple(Name((n, origin, "")) for origin, names in table.items() for n in names.split())


FIRST_NAMES = _rows(GIVEN)
SURNAMES = _rows(FAMILY)
# the words a caller picks when the agent read a letter back wrong ("b as in boy, not d")
_CORRECT_WORDS = "apple boy cat dog egg fox goat hat igloo jam kite lamp moon nest owl pig queen rat sun top " \
    "umbrella van wagon xylophone yoyo zoo"  # fmt: skip
CORRECT_WORDS = {w[0].upper(): w for w in _CORRECT_WORDS.split()}
# letters an agent mishears for each other on a phone line (the wrong read-back the caller corrects)
CONFUSED = {"B": "D", "D": "B", "M": "N", "N": "M", "F": "S", "S": "F", "P": "B", "T": "D", "V": "B", "C": "Z",
            "E": "B", "G": "J", "J": "G", "A": "H", "K": "A", "H": "A", "R": "A", "L": "M", "W": "D", "X": "S",
            "Y": "I", "Z": "C", "U": "Q", "Q": "U", "I": "Y", "O": "U"}  # fmt: skip
# street words: spices (ordinary streets) and songbirds
STREET_WORDS = ["Cardamom", "Tamarind", "Fenugreek", "Anise", "Marjoram", "Tarragon", "Borage", "Lovage",
                "Galangal", "Turmeric", "Chervil", "Bergamot", "Nutmeg", "Paprika", "Cumin"]  # fmt: skip
_BIRDS = ["Kinglet", "Bobolink", "Dickcissel", "Pipit", "Waxwing", "Shrike", "Junco", "Gallinule"]
STREET_NAMES = tuple(Name((s, "st", "")) for s in _BIRDS)
# towns said after an address (plain words): names that are also places or months
PLACES = [("Austin", "Texas", "TX"), ("Augusta", "Georgia", "GA"), ("Florence", "South Carolina", "SC"),
          ("Eugene", "Oregon", "OR"), ("Helena", "Montana", "MT"), ("Marietta", "Georgia", "GA"),
          ("Glendale", "Arizona", "AZ"), ("Savannah", "Georgia", "GA"), ("Charlotte", "North Carolina", "NC"),
          ("Fresno", "California", "CA"), ("Watertown", "Massachusetts", "MA"), ("Burbank", "California", "CA")]  # fmt: skip
# e-mail: webmail weights (the kit's draw) and trade words for a domain named after a street
MAIL = [(20, "gmail.com"), (6, "yahoo.com"), (6, "outlook.com"), (4, "icloud.com"), (3, "proton.me"),
        (2, "aol.com"), (2, "mail.ru"), (2, "ymail.com"), (1, "zoho.com"), (1, "gmx.net")]  # fmt: skip
TRADES = ["catering", "plumbing", "upholstery", "bindery", "framing", "nursery", "apiary", "locksmith"]
SUFFIXES = ["Street", "Avenue", "Road", "Drive", "Lane", "Court", "Circle", "Trail", "Way", "Place"]


def suffix(rng: random.Random) -> tuple[str, str]:
    name = rng.choice(SUFFIXES) if rng.random() < 0.7 else rng.choice(USPS_SUFFIXES)[0]
    return name, SUFFIX_ABBR[name]
