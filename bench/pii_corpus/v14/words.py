"""v14's word lists, chosen for how often callers have them, not for novelty (brief D14: a representative
sample). Names: the most frequent US surnames and given names (US Census 2010 surname table; SSA given-name
counts) drawn by origin at roughly the US population's shares, so a Smith or a Garcia is common and a name of
a rarer origin comes at its rate. Streets: the commonest US street names (numbered streets, trees, Main,
Church, Washington, Lincoln; none that is also a USPS suffix word). E-mail domains weighted by US mailbox share (Gmail about half, Microsoft,
Yahoo, then ISPs; a few non-US providers). USPS Publication 28 tables (C1 suffixes, C2 unit designators,
directionals, highways) are read from v5's and v8's ``words`` (a standard, not a phrasing).
"""

from __future__ import annotations

import random

from bench.pii_corpus import lexicon_kit
from bench.pii_corpus.lexicon_kit import Name
from bench.pii_corpus.v5.words import USPS_SUFFIXES  # USPS Pub. 28 C1 (suffixes), typed for v5

# USPS Pub. 28 tables and ID letters typed for v8, re-exported: the kits read them from a half's words module
from bench.pii_corpus.v8.words import AS_IN as AS_IN
from bench.pii_corpus.v8.words import DIRECTIONS as DIRECTIONS
from bench.pii_corpus.v8.words import HIGHWAYS as HIGHWAYS
from bench.pii_corpus.v8.words import ID_LETTERS as ID_LETTERS
from bench.pii_corpus.v8.words import MBI_LETTERS as MBI_LETTERS
from bench.pii_corpus.v8.words import SUFFIX_ABBR as SUFFIX_ABBR
from bench.pii_corpus.v8.words import UNITS_C2 as UNITS_C2

# origin: (share of callers, given names, family names); shares after the 2010 Census population by race and
# Hispanic origin (Hispanic about 16-18%, Asian about 5-6%), the rest of the world a small remainder
ORIGINS = {
    "us": (
        0.64,
        "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard "
        "Susan Joseph Jessica Thomas Sarah Christopher Karen Charles Lisa Daniel Nancy Matthew Betty Anthony "
        "Sandra Mark Ashley Donald Kimberly Steven Donna Paul Emily Andrew Michelle Joshua Carol Kenneth Amanda "
        "Kevin Melissa Brian Deborah Timothy Stephanie Ronald Rebecca Jason Laura Jeffrey Sharon Ryan Cynthia "
        "Gary Kathleen Eric Amy Jacob Angela Tyler Brittany Keisha Tanya Darnell Latoya",
        "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson Martin "
        "White Thompson Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker "
        "Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris "
        "Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood "
        "Watson Brooks Bennett Gray James Hughes Price Sanders Myers Long Ross Foster Washington Jefferson",
    ),
    "es": (
        0.18,
        "Jose Maria Juan Carlos Luis Ana Jorge Rosa Miguel Carmen Jesus Guadalupe Francisco Sofia Alejandro "
        "Lucia Ricardo Veronica Fernando Gabriela Manuel Elena Javier Adriana Pedro Yesenia",
        "Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz "
        "Cruz Reyes Morales Ortiz Gutierrez Chavez Ramos Ruiz Mendoza Vasquez Castillo Jimenez Moreno Romero",
    ),
    "asia": (
        0.07,
        "Minh Linh Wei Mei Priya Raj Anil Sunita Jin Hyun Thanh Hoa Arjun Deepa Kenji Yuki Lan",
        "Nguyen Tran Le Pham Kim Lee Park Patel Shah Singh Kumar Chen Wang Li Zhang Liu Huang Yang Wu Choi "
        "Tanaka Sato Cho Vo Dang",
    ),
    "world": (
        0.11,
        "Mohammed Fatima Ahmed Aisha Omar Yusuf Olga Ivan Tomasz Agnieszka Chidi Ngozi Kwame Ama "
        "Dmitri Giovanni Francesca Pierre Amara Tariq Svetlana Kofi Emeka Nikolai",
        "Ali Khan Ahmed Hassan Ibrahim Mohamed Kowalski Nowak Ivanov Petrov Okafor Mensah Rossi Bianchi "
        "Dubois Haddad Abdullah Osei Adeyemi Kuznetsov Popescu Silva Santos Cohen",
    ),
}
ORIGIN_WEIGHTS = {o: w for o, (w, _, _) in ORIGINS.items()}
FIRST_NAMES = tuple(Name((n, o, "")) for o, (_, g, _) in ORIGINS.items() for n in g.split())
SURNAMES = tuple(Name((n, o, "")) for o, (_, _, f) in ORIGINS.items() for n in f.split())
# the kits' ``draw`` picks an origin uniformly; v14 draws by ``ORIGIN_WEIGHTS`` (``draw_weighted``)
PARTICLES: frozenset[str] = frozenset()


def draw(names: tuple[Name, ...], rng: random.Random, origin: str = "") -> Name:
    """A name of ``names``: of ``origin`` when given, else of an origin drawn at its share of callers."""
    if origin not in ORIGIN_WEIGHTS:
        origin = rng.choices(list(ORIGIN_WEIGHTS), weights=list(ORIGIN_WEIGHTS.values()))[0]
    pool = [n for n in names if n[1] == origin] or list(names)
    return rng.choice(pool)


# the half's own street, town, mail, trade and suffix tables: data, in the words.toml beside this file
STREET_WORDS, _STREETS, PLACES, MAIL, TRADES, SUFFIXES = lexicon_kit.word_lists(
    __file__, "STREET_WORDS STREET_NAMES PLACES MAIL TRADES SUFFIXES"
)
STREET_NAMES = lexicon_kit.towns(_STREETS)


def suffix(rng: random.Random) -> tuple[str, str]:
    name = rng.choice(SUFFIXES) if rng.random() < 0.9 else rng.choice(USPS_SUFFIXES)[0]
    return name, SUFFIX_ABBR[name]
