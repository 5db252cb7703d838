"""The v12 word lists: names of six origins (Vietnamese, Polish, Greek, Igbo, Tamil, Arabic) and Korean
hyphenated given names, how an English recognizer writes the ones it hears phonetically ("shche panski" for
Szczepanski), nicknames said before the formal name, the ad-hoc words callers spell with ("m like mango",
"s for sugar"), street words (minerals; Hawaiian street names for the hyphenated Oahu house numbers) and towns.

Every name and street word was typed by the v12 author and kept only if no word of it is on a v2-v11 list,
a v2-v11 PERSON or STREET value, or Faker's person-name lists (``check.py`` checks it); most of the
Vietnamese, Igbo, Arabic and Polish given names first typed collided there and were dropped (Thuy, Ngoc,
Duc, Obinna, Ngozi, Khaled, Tariq, Grzegorz, Agnieszka, ...), and so did every French or English compound
given name tried (Mary-Kate, Jean-Luc, Anne-Marie). USPS Publication 28 tables (C1 suffixes, C2 unit
designators, directionals) are read from v5's and v8's ``words`` (a standard, not a phrasing).
"""

from __future__ import annotations

import random

from bench.pii_corpus.lexicon_kit import Name, draw
from bench.pii_corpus.v5.words import USPS_SUFFIXES  # USPS Pub. 28 C1 (suffixes), typed for v5
from bench.pii_corpus.v8.words import DIRECTIONS, HIGHWAYS, ID_LETTERS, MBI_LETTERS, SUFFIX_ABBR, UNITS_C2

GIVEN = {
    "vi": "Tuyet Phat Thuan Khue Tham Xuyen Hien Thoa Luyen Nhi Hoai Doanh Thinh Khoi Nhat",
    "pl": "Bogumila Mieczyslaw Teodozja Kazimiera Zdzislaw Wladyslawa Boleslaw Czeslawa Radoslaw Genowefa "
    "Wieslawa Bronislawa Jaroslawa Dobroslaw",
    "el": "Konstantina Charalampos Eleftheria Efthymios Panagiota Stamatia Chrysanthi Sotiria Triantafyllos "
    "Kalliopi Zacharoula Fotini Polyxeni Dionysios Aikaterini",
    "ig": "Chinwendu Chibuzor Uzoma Chetachi Olisa",
    "ta": "Muthulakshmi Kalaiselvi Tamilselvi Manikandan Sivagami Jeyakumar Nithyananthan Anbuselvan "
    "Ezhilarasi Ponmudi Thamizhini Elilan Kuzhali Poonguzhali",
    "ar": "Hanan Ibtisam Suhail Abdelkarim Ibtihal Taghreed Shireen Radwa Baraa Jumana Lujain Asmahan Fadwa "
    "Moataz",
    "ko": "Ji-Hoon Tae-Woong",
}
FAMILY = {
    "vi": "Khuu Trieu Khong Hua Ninh",
    "pl": "Brzezinski Szczepanski Wroblewski Grzybowski Przybylski Chmielewski Wlodarczyk Krzyzanowski "
    "Pawlowski Kaczmarek Sobczak Mroczek Ziobro Pietrzak Wasilewski Gorecki Kwiatkowski Szymczak",
    "el": "Karamanlis Theodorakis Papanikolaou Giannakopoulos Hatzidakis Kontogiannis Mavromatis "
    "Alexandropoulos Antonakos Stathopoulos Tsakalidis Dimopoulos Kouris",
    "ig": "Okwuosa Ezeokoli Chukwuma Obiekwe Ikwuagwu Oguejiofor Ezeife Nwokolo Obidike Nwadike Emenike "
    "Anyaoku",
    "ta": "Thangavelu Sundaralingam Murugesan Sengottaiyan Kathiresan Pazhanivel Ilangovan Manoharan "
    "Azhagappan Nachiappan Thirunavukkarasu Vaidyanathan",
    "ar": "Nasrallah Qassem Shadid Zoghbi Bitar Tarabishi Haidar Bishara",
}
# what an English recognizer writes for a name it hears but does not know (the value keeps the real spelling)
HEARD = {
    "Szczepanski": "shche panski", "Brzezinski": "bzhe zinski", "Wroblewski": "vrob levski",
    "Grzybowski": "gzhi bovski", "Chmielewski": "hmiel evski", "Krzyzanowski": "kshi zhanovski",
    "Kwiatkowski": "kfiat kofski", "Przybylski": "pshi bilski", "Papanikolaou": "pappa nikolau",
    "Giannakopoulos": "yanna kopoulos", "Tsakalidis": "tsaka leedis", "Oguejiofor": "ogwe jiofor",
    "Nwokolo": "wokolo", "Thirunavukkarasu": "thiru navukarasu", "Abdelkarim": "abdel kerim",
    "Qassem": "kassem", "Zdzislaw": "zjislav", "Efthymios": "efthimios", "Charalampos": "haralambos",
}  # fmt: skip
# a nickname said first, then the formal given name ("bolek, boleslaw actually")
NICKNAMES = {"Bolek": "Boleslaw", "Giota": "Panagiota", "Popi": "Kalliopi", "Efthymis": "Efthymios",
             "Mietek": "Mieczyslaw", "Kazia": "Kazimiera", "Dionysis": "Dionysios", "Genia": "Genowefa",
             "Chetta": "Chetachi", "Zacha": "Zacharoula"}  # fmt: skip
# surname particles (none in v12; the kit's check subtracts them)
PARTICLES: frozenset[str] = frozenset()


def _rows(table: dict[str, str]) -> tuple[Name, ...]:
    return tuple(
        Name((n, origin, HEARD.get(n, ""))) for origin, names in table.items() for n in names.split()
    )


FIRST_NAMES = _rows(GIVEN)
SURNAMES = _rows(FAMILY)
# Vietnamese given names of two words ("Hoai Thuan"): the second drawn from the same list
VI_GIVEN = tuple(n[0] for n in FIRST_NAMES if n[1] == "vi")
# the words callers pick to spell a letter ad hoc: "m like mango", "s for sugar" (no alphabet)
_SPELL_WORDS = "alpaca banjo candle donut eagle falcon guitar hammer iron jacket kettle ladder mango noodle " \
    "ostrich pepper quilt radio sugar tulip uncle velvet walnut xray yellow zipper"  # fmt: skip
SPELL_WORDS = {w[0].upper(): w for w in _SPELL_WORDS.split()}
# street words: minerals (ordinary streets) and Hawaiian street names (Oahu's hyphenated house numbers)
STREET_WORDS = ["Chalcedony", "Muscovite", "Gabbro", "Dolomite", "Serpentine", "Rhyolite", "Porphyry", "Andesite",
                "Kyanite", "Zircon", "Fluorite", "Hematite"]  # fmt: skip
HAWAIIAN_STREETS = ["Lumiauau", "Kaukahi", "Hoomaemae", "Pupukahi", "Awanei", "Kahuailani", "Leoku", "Hiapo",
                    "Paiwa", "Kuahelani", "Waikele", "Lanikuhana", "Meheula", "Hoaeae", "Kipou", "Makaaloa"]  # fmt: skip
STREET_NAMES = tuple(Name((s, "st", "")) for s in HAWAIIAN_STREETS)
# towns said after an address (plain words): some are also given names or surnames
PLACES = [("Hamtramck", "Michigan", "MI"), ("Tarpon Springs", "Florida", "FL"), ("Waipahu", "Hawaii", "HI"),
          ("Astoria", "New York", "NY"), ("Dearborn", "Michigan", "MI"), ("Edison", "New Jersey", "NJ"),
          ("Chester", "Pennsylvania", "PA"), ("Marion", "Ohio", "OH"), ("Florence", "Alabama", "AL"),
          ("Warren", "Michigan", "MI"), ("Irving", "Texas", "TX"), ("Mililani", "Hawaii", "HI")]  # fmt: skip
# e-mail domains the callers of these origins use: national providers, ".co.uk", subdomains of universities
DOMAINS = ["yahoo.co.uk", "hotmail.co.uk", "btinternet.com", "wp.pl", "interia.pl", "otenet.gr", "yahoo.com.mx",
           "prodigy.net.mx", "students.ucl.ac.uk", "alumni.utoronto.ca", "mail.umich.edu", "gmail.com",
           "outlook.com", "sky.com", "rediffmail.com"]  # fmt: skip
SUFFIXES = ["Street", "Avenue", "Road", "Place", "Way", "Terrace", "Court", "Parkway", "Boulevard", "Lane"]


def suffix(rng: random.Random) -> tuple[str, str]:
    name = rng.choice(SUFFIXES) if rng.random() < 0.7 else rng.choice(USPS_SUFFIXES)[0]
    return name, SUFFIX_ABBR[name]


__all__ = [
    "DIRECTIONS",
    "DOMAINS",
    "FIRST_NAMES",
    "HAWAIIAN_STREETS",
    "HIGHWAYS",
    "ID_LETTERS",
    "MBI_LETTERS",
    "NICKNAMES",
    "PARTICLES",
    "PLACES",
    "SPELL_WORDS",
    "STREET_NAMES",
    "STREET_WORDS",
    "SUFFIX_ABBR",
    "SURNAMES",
    "UNITS_C2",
    "VI_GIVEN",
    "draw",
    "suffix",
]  # fmt: skip
