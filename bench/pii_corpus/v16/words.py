"""v16's word lists, each weighted by how often a caller to a US service line carries it (brief D16: a
representative sample of real calls, not novelties).

Family names come in groups at about each group's share of US adults (US Census 2010: Hispanic 16.3%, Black
12.6%, Asian 4.8%, the rest mostly of British, Irish, German and Italian descent), the commonest names of each
group first (Census 2010 surname ranks: Smith, Johnson, Williams, Brown, Jones, Garcia, Miller, Davis,
Rodriguez, Martinez), and a small tail from the commonest names of other countries, so a common name is
common and a rare one comes at its rate. Streets are everyday ones; e-mail domains follow US mailbox shares
(Mapp's provider report); the USPS Publication 28 tables (C1 suffixes, directionals, highways, C2 unit
designators) are read from the shared kit through v5's and v8's ``words``, with v16's own weights on the
suffixes and units a caller says most.
"""

from __future__ import annotations

import random
from typing import NamedTuple

from bench.pii_corpus import lexicon_kit
from bench.pii_corpus.lexicon_kit import Name
from bench.pii_corpus.v5.words import USPS_SUFFIXES  # USPS Pub. 28 C1, every row
from bench.pii_corpus.v8.words import DIRECTIONS as DIRECTIONS
from bench.pii_corpus.v8.words import HIGHWAYS as HIGHWAYS
from bench.pii_corpus.v8.words import ID_LETTERS as ID_LETTERS
from bench.pii_corpus.v8.words import MBI_LETTERS as MBI_LETTERS
from bench.pii_corpus.v8.words import SUFFIX_ABBR as SUFFIX_ABBR

# each group's share of callers; African-American callers also carry many names of the "us" list, so the
# "aa" group is drawn below its Census share
SHARES = {"us": 0.52, "hispanic": 0.18, "aa": 0.08, "asian": 0.06, "intl": 0.04}
FAMILY = {
    "us": """Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Thomas Taylor Moore Martin
        Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Hill Green Adams Nelson
        Baker Hall Campbell Mitchell Carter Roberts Phillips Evans Turner Parker Collins Edwards Stewart
        Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Cox Ward Richardson
        Watson Brooks Wood James Bennett Gray Hughes Price Sanders Myers Long Ross Foster Powell Jenkins
        Perry Russell Sullivan Butler Barnes Fisher Henderson Coleman Simmons Patterson Jordan Reynolds
        Hamilton Graham Wallace Cole West Hayes Ellis Gibson Marshall Owens McDonald Kennedy Wells Murray
        Ford Freeman Webb Tucker Porter Hunter Hicks Crawford Henry Boyd Mason Kennedy Warren Dixon Burns
        Gordon Holmes Rice Robertson Hunt Daniels Palmer Mills Nichols Grant Ferguson Rose Stone Hawkins
        Dunn Perkins Hudson Spencer Gardner Stephens Payne Pierce Berry Matthews Arnold Wagner Willis Ray
        Watkins Olson Carroll Duncan Snyder Hart Cunningham Bradley Lane Andrews Ruiz Harper Fox Riley""",
    "hispanic": """Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores
        Rivera Gomez Diaz Cruz Reyes Morales Ortiz Gutierrez Chavez Ramos Alvarez Mendoza Ruiz Vasquez
        Castillo Jimenez Moreno Romero Herrera Medina Aguilar Vargas Guzman Salazar Delgado Castro Ortega
        Rios Munoz Dominguez Acosta Silva Padilla Marquez Valdez Fuentes Espinoza Sandoval Cervantes""",
    "aa": """Washington Jefferson Booker Joseph Banks Mack Alexander Jackson Harris Robinson Coleman Bryant
        Gaines Grant Dorsey Hairston Merritt Pittman Toney Mayfield""",
    "asian": """Nguyen Tran Le Pham Huynh Vu Kim Lee Park Choi Wang Li Zhang Chen Liu Yang Huang Lin Wu Patel
        Shah Singh Kumar Desai Mehta Santos Bautista Tanaka Nakamura Yamada""",
    "intl": """Ali Khan Ahmed Hassan Mohamed Yilmaz Ivanov Kowalski Nowak Muller Schmidt Bianchi Rossi
        Okafor Mensah Mwangi Haddad Cohen Levi Novak Horvat""",
}
GIVEN = {
    "us": """James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard
        Susan Joseph Jessica Thomas Sarah Christopher Karen Charles Lisa Daniel Nancy Matthew Betty Anthony
        Sandra Mark Margaret Donald Ashley Steven Kimberly Andrew Emily Paul Donna Joshua Michelle Kenneth
        Carol Kevin Amanda Brian Melissa Timothy Deborah Ronald Stephanie Jason Rebecca Jeffrey Laura Ryan
        Cynthia Jacob Amy Gary Angela Nicholas Shirley Eric Brittany Jonathan Anna Justin Pamela Tyler""",
    "hispanic": """Jose Maria Juan Guadalupe Luis Rosa Carlos Ana Jorge Carmen Miguel Sofia Alejandro Isabel
        Francisco Gabriela Javier Lucia Ricardo Adriana Fernando Veronica Manuel Elena Pedro Mariana""",
    "aa": """Darnell Keisha Tyrone Latoya DeAndre Tanisha Marquis Shaniqua Jermaine Ebony Terrell Aaliyah
        Lamar Jasmine Rashad Monique Cedric Tamara""",
    "asian": """Minh Linh Tuan Hoa Thanh Mai Jun Min Ji Hye Sung Wei Fang Hui Lei Ming Priya Raj Anjali Amit
        Sanjay Neha Kenji Yuki Rizal Cristina""",
    "intl": """Mohammed Fatima Omar Aisha Yusuf Mariam Emre Zeynep Dmitri Olga Tomasz Agnieszka Klaus Sabine
        Marco Chiara Chinedu Ama Wanjiru Rami Yael""",
}
# Cox is a mail-domain word of v2's scorer (a caller named Cox would leave no identifying token), so it is
# not drawn
UNSCOREABLE = {"Cox"}


def _names(table: dict[str, str]) -> tuple[Name, ...]:
    """Every name of ``table`` once, tagged with its group (the first group a name is listed in)."""
    seen: dict[str, str] = {}
    for group, text in table.items():
        for name in text.split():
            if name not in UNSCOREABLE:
                seen.setdefault(name, group)
    return tuple(Name((name, group, "")) for name, group in seen.items())


class OwnWords(NamedTuple):
    """A later half's own people and streets (v18 on), in the order its ``words.py`` names them."""

    family: dict[str, str]
    given: dict[str, str]
    first_names: tuple[Name, ...]
    surnames: tuple[Name, ...]
    street_words: list[str]
    street_names: tuple[Name, ...]


def own_words(module_file: str) -> OwnWords:
    """A later half's own names and streets from the ``words.toml`` beside its ``words.py``
    (``lexicon_kit.word_tables``): its family and given-name tables by group, the names ``_names`` reads from
    them, its street words and its ``STREET_NAMES``, ``towns`` of the file's list, or, where it lists none,
    ``towns_of`` its street words (v37-v40, v50 on). v18-v55 had each written these tables and lines out
    (issue 18); the names, shares and streets stay each half's own, in its file."""
    t = lexicon_kit.word_tables(module_file)
    streets = t.get("STREET_NAMES")
    street_names = lexicon_kit.towns(streets) if streets else lexicon_kit.towns_of(t["STREET_WORDS"])
    family, given = t["FAMILY"], t["GIVEN"]
    return OwnWords(family, given, _names(given), _names(family), t["STREET_WORDS"], street_names)


FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)


# a name of a group, the group drawn at its share when none is asked
draw = lexicon_kit.group_draw(SHARES)


# the half's own street, town, mail, trade and suffix tables: data, in the words.toml beside this file
STREET_WORDS, _STREETS, PLACES, MAIL, TRADES, UNITS_C2, AS_IN, EVERYDAY_SUFFIXES = lexicon_kit.word_lists(
    __file__, "STREET_WORDS STREET_NAMES PLACES MAIL TRADES UNITS_C2 AS_IN EVERYDAY_SUFFIXES"
)
STREET_NAMES = lexicon_kit.towns(_STREETS)
ANY_SUFFIX = 1 / 15


def suffix(rng: random.Random) -> tuple[str, str]:
    """(the suffix as said, its USPS abbreviation)."""
    said = (
        rng.choice(USPS_SUFFIXES)[0]
        if rng.random() < ANY_SUFFIX
        else rng.choices(list(EVERYDAY_SUFFIXES), weights=list(EVERYDAY_SUFFIXES.values()))[0]
    )
    return said, SUFFIX_ABBR[said]
