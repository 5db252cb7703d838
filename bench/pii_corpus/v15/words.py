"""v15's word lists, weighted by how often a caller to a US service line has them (brief D15: a
representative sample, not novelties).

People: family and given names grouped by where they are most common, each group at about its share of US
callers (US Census 2010: Hispanic about 16%, Asian about 5%, the rest mostly of Anglo, Irish, German, Italian
and African-American families) and a tail from the commonest names of other countries (Wang, Li, Devi,
Kim, Muller, Smirnov: the world's most frequent surnames), so that a common name is common and a rarer one
comes at its rate. Streets: everyday US street names (trees, numbered streets, presidents, Main, Park,
Lake, Hill). E-mail domains: US mailbox shares (Mapp's provider report: Gmail about 50%, Verizon's Yahoo and
AOL about 23%, Microsoft about 12%, Comcast 2%, Apple 1.6%, AT&T 1.1%), with non-US providers a few percent.
Letters said "as in": the everyday words callers pick more often than the NATO ones, NATO a third of the time.
USPS Publication 28 tables (C1 suffixes, directionals, highways) are read from v5's and v8's ``words``;
the unit designators are the USPS C2 rows with v15's own weights (apartments most).
"""

from __future__ import annotations

import random

from bench.pii_corpus import lexicon_kit
from bench.pii_corpus.lexicon_kit import Name
from bench.pii_corpus.v5.words import USPS_SUFFIXES  # USPS Pub. 28 C1, every row
from bench.pii_corpus.v8.words import DIRECTIONS as DIRECTIONS
from bench.pii_corpus.v8.words import HIGHWAYS as HIGHWAYS
from bench.pii_corpus.v8.words import ID_LETTERS as ID_LETTERS
from bench.pii_corpus.v8.words import MBI_LETTERS as MBI_LETTERS
from bench.pii_corpus.v8.words import SUFFIX_ABBR as SUFFIX_ABBR

# group: (share of callers, given names, family names)
GROUPS: dict[str, tuple[float, str, str]] = {
    "anglo": (
        0.50,
        "Brenda Gregory Heather Scott Crystal Douglas Tiffany Dennis Rachel Jerry Megan Walter Samantha Harold "
        "Courtney Larry Danielle Roger Kayla Bruce Shannon Wayne Tammy Keith Kristen Carl Jacqueline Terry "
        "Lauren Randy Alexis Shawn Victoria Bradley Hannah Travis Olivia Dylan Emma Logan Madison Ethan "
        "Abigail Noah Chloe Austin Megan Jordan Haley Cody Paige",
        "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson Martin Lee "
        "Thompson White Harris Clark Lewis Robinson Walker Hall Allen Young King Wright Hill Scott Green "
        "Baker Nelson Carter Mitchell Roberts Campbell Parker Evans Edwards Collins Stewart Morris Murphy "
        "Cook Rogers Reed Cooper Bailey Bell Kelly Howard Ward Richardson Wood Watson Brooks Bennett "
        "Gray Hughes Price Sanders Myers Long Ross Foster Powell Jenkins Perry Russell Sullivan Butler "
        "Barnes Fisher Henderson Coleman Simmons Patterson Jordan Reynolds Hamilton Graham Wallace Cole West "
        "Hayes Bryant Gibson Ellis Stevens Tucker Porter Hunter Hicks Crawford Boyd Mason Warren Dixon Burns "
        "Gordon Shaw Holmes Rice Hunt Black Daniels Palmer Mills Grant Knight Ferguson Stone Hawkins Dunn "
        "Perkins Hudson Spencer Stephens Payne Pierce Berry Matthews Arnold Wagner Willis Ray Watkins Olson "
        "Carroll Duncan Snyder Hart Cunningham Bradley Lane Andrews Harper Fox Riley Armstrong Carpenter "
        "Weaver Greene Lawrence Elliott Chapman Sims Austin Peters Kelley Franklin Lawson",
    ),
    "black": (
        0.08,
        "Jamal Aaliyah DeShawn Imani Malik Jasmine Terrence Ebony Marcus Tamika Andre Shanice Reginald "
        "Kiara Darius Latisha Tyrone Destiny",
        "Washington Jefferson Booker Banks Mosley Jackson Robinson Harris Freeman Holloway Tate Dorsey "
        "Gaines Battle Pugh Hairston Wiggins Glover",
    ),
    "hisp": (
        0.17,
        "Alejandra Diego Marisol Eduardo Lorena Sergio Claudia Raul Leticia Hector Yolanda Arturo Beatriz "
        "Oscar Esperanza Ramon Daniela Mateo Valeria Santiago Ximena Emilio Paola Andres Camila",
        "Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera "
        "Gomez Diaz Cruz Reyes Morales Ortiz Gutierrez Chavez Ramos Ruiz Alvarez Mendoza Vasquez Castillo "
        "Jimenez Moreno Romero Herrera Medina Aguilar Vargas Guzman Munoz Salazar Delgado Pena Rios "
        "Contreras Soto Estrada Nunez Rojas Figueroa Espinoza Navarro Cabrera Campos Vega",
    ),
    "asian": (
        0.06,
        "Wei Jing Hao Xiu Thuy Quang Anh Duc Jiwoo Minjun Seoyeon Haruto Aiko Ravi Pooja Vikram Meera "
        "Rohan Kavya Arun Lakshmi Jose Maricel Rowena",
        "Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Nguyen Tran Le Pham Hoang Huynh Kim Park Choi Jung "
        "Kang Yoon Patel Shah Singh Sharma Gupta Reddy Rao Iyer Nair Devi Santos Reyes Bautista Cruz "
        "Tanaka Suzuki Takahashi Yamamoto",
    ),
    "world": (
        0.04,
        "Ahmad Layla Hamza Noor Elif Mehmet Anna Piotr Katarzyna Sergei Natalia Hans Greta Luca Giulia "
        "Oluwaseun Adaeze Kwabena Abena Thabo Nomvula Lars Ingrid Farid Shirin",
        "Hussein Rahman Karimi Yilmaz Kaya Demir Muller Schmidt Schneider Fischer Smirnov Popov Kowalczyk "
        "Wisniewski Russo Romano Esposito Ricci Okonkwo Adebayo Boateng Nkosi Dlamini Johansson Hansen "
        "Rossi Tehrani",
    ),
}
WEIGHTS = {group: row[0] for group, row in GROUPS.items()}


def _column(k: int) -> tuple[Name, ...]:
    """Column ``k`` of ``GROUPS`` (1 given names, 2 family names), each name tagged with its group."""
    return tuple(Name((name, group, "")) for group, row in GROUPS.items() for name in str(row[k]).split())


FIRST_NAMES, SURNAMES = _column(1), _column(2)


def draw(names: tuple[Name, ...], rng: random.Random, origin: str = "") -> Name:
    """One of ``names``: of the group ``origin`` when it is one, else of a group drawn by its share."""
    if origin not in WEIGHTS:
        origin = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
    return rng.choice([n for n in names if n[1] == origin] or list(names))


# the half's own street, town, mail, trade and suffix tables: data, in the words.toml beside this file
STREET_WORDS, _STREETS, PLACES, MAIL, TRADES, UNITS_C2, AS_IN, COMMON_SUFFIXES = lexicon_kit.word_lists(
    __file__, "STREET_WORDS STREET_NAMES PLACES MAIL TRADES UNITS_C2 AS_IN COMMON_SUFFIXES"
)
STREET_NAMES = lexicon_kit.towns(_STREETS)


def suffix(rng: random.Random) -> tuple[str, str]:
    """A street suffix as said and its USPS abbreviation."""
    if rng.random() < 1 / 12:
        said = rng.choice(USPS_SUFFIXES)[0]
    else:
        said = rng.choices(list(COMMON_SUFFIXES), weights=list(COMMON_SUFFIXES.values()))[0]
    return said, SUFFIX_ABBR[said]
