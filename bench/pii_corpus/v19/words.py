"""v19's own names and streets (brief B14: none of the people or streets of v17's lists, which are v16's, nor
of v18's), each group at its share of callers to a US service line; the tables that are standards rather than
people (USPS Publication 28 suffixes, directionals, highways, C2 unit designators, the ID alphabets), the
towns, mail domains and "as in" words are v16's, imported.

Family names: common US surnames the earlier lists skipped (the author's picks from the US Census 2010
surname ranks, roughly 100-600: Armstrong, Carpenter, Lawson, Knight, ...; from memory, not looked up), the
Census 2010 Hispanic, Black and Asian shares (16.3%, 12.6%, 4.8%), and a tail of other countries' common
family names (Gruber in Austria, Peeters in Belgium, Nagy in Hungary, Jensen in Denmark, Melnyk in Ukraine,
Moyo in Zimbabwe, ...). Given names: SSA's popular names by decade of birth (1950s-2010s, callers of all
ages), and common given names of the same countries. ``check.py`` proves none is on v16's or v18's lists.
"""

from __future__ import annotations

from bench.pii_corpus.lexicon_kit import Name, group_draw, listed
from bench.pii_corpus.v16.words import AS_IN as AS_IN
from bench.pii_corpus.v16.words import DIRECTIONS as DIRECTIONS
from bench.pii_corpus.v16.words import HIGHWAYS as HIGHWAYS
from bench.pii_corpus.v16.words import ID_LETTERS as ID_LETTERS
from bench.pii_corpus.v16.words import MAIL as MAIL
from bench.pii_corpus.v16.words import MBI_LETTERS as MBI_LETTERS
from bench.pii_corpus.v16.words import PLACES as PLACES
from bench.pii_corpus.v16.words import SUFFIX_ABBR as SUFFIX_ABBR
from bench.pii_corpus.v16.words import TRADES as TRADES
from bench.pii_corpus.v16.words import UNITS_C2 as UNITS_C2
from bench.pii_corpus.v16.words import _names
from bench.pii_corpus.v16.words import suffix as suffix

# each group's share of callers (Census 2010: Hispanic 16.3%, Black 12.6%, Asian 4.8%); the "aa" group is drawn
# below its share since Black callers also carry many names of the "us" list; "intl" is the caller born abroad
SHARES = {"us": 0.52, "hispanic": 0.18, "aa": 0.07, "asian": 0.07, "intl": 0.06}
FAMILY = {
    "us": """Armstrong Carpenter Lawson Knight Elliott Sims Jennings Rhodes Reid Howell Cannon Bowen Lyons
        Parsons Ingram Erickson Walters Hodges McGee Watts Burgess Cobb Benson Quinn Moody Maxwell Ramsey
        Barber Hammond Strickland Horton Tate Webster Glover Goodman Hines Bradford Malone Rowe Vance
        Buchanan McCarthy Ballard Briggs McCormick Chapman Haynes Reese Potter Goodwin Shelton Drake McBride
        Carlson Walton Dawson Sherman Wheeler Harrison Graves Gibbs Holloway Pratt Summers Dalton Kirby
        Stokes Mathis Osborne Poole Tanner Fletcher""",
    "hispanic": """Sosa Rojas Pacheco Beltran Miranda Navarro Lara Guerrero Cortez Juarez Mendez Vega Carrillo
        Solis Aguirre Arellano Robles Duran Maldonado Luna Ayala Orozco Escobar Pineda Villarreal Cisneros""",
    "aa": """Boykin Bolden McCray Pinkney Singleton Dozier Gadson Mims Dukes Woodard Spears Wigfall Ravenell
        Toussaint""",
    "asian": """Phan Vo Dinh Lam Chu Guo Zhao Luo Gao Jung Han Shin Lim Kaur Sharma Verma Joshi Nair Menon
        Takahashi Kobayashi Tolentino Manalo""",
    "intl": """Gruber Peeters Nagy Jensen Tamm Berzins Kazlauskas Borg Melnyk Hosseini Rahman Pereira
        Johansson Virtanen Hoxha Boateng Otieno Kamau Banda Phiri Moyo Dlamini""",
}
GIVEN = {
    "us": """Cheryl Gloria Teresa Judith Janice Marilyn Joyce Evelyn Frances Christine Catherine Dorothy
        Kathryn Diana Theresa Beverly Denise Tammy Irene Lori Christina Julie Victoria Lauren Samantha
        Jacqueline Harold Carl Arthur Jeremy Randy Eugene Ralph Bobby Wayne Philip Louis Johnny Billy Bruce
        Albert Willie Alan Jesse Liam Aiden Elijah Isaiah Emma Mia Zoe Landon Trevor Corey Derek""",
    "hispanic": """Alberto Raul Roberto Sergio Eduardo Cesar Ramon Enrique Armando Alfredo Guillermo Leticia
        Silvia Norma Blanca Irma Lorena Yolanda Consuelo Rocio Graciela Maribel""",
    "aa": """DeShawn Jalen Tyrese Lashonda Deja Dominique Jamar Kiana Marquita Demetrius Latonya Antwan Shante
        Tavon""",
    "asian": """Bao Khanh Phuong Trang Duc Jian Mei Xiu Ravi Sunil Pooja Rohan Meera Anand Hiroshi Takeshi Emi
        Minsu Jiwoo""",
    "intl": """Juha Kari Ahmet Ayse Baraka Kwame Abena Nikolai Svetlana Katarzyna Piotr Giulia Luca Dieter
        Ursula Reza Farida Tariq Leila Bogdan Magnus Astrid Nuno Tendai""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v19's tables


# a name of a group, the group drawn at its share when none is asked
draw = group_draw(SHARES)


# one-word street names of US towns (trees, shrubs, landforms, later presidents); numbered streets are the
# kit's ordinal draw (one street in five), so no ordinal is listed here; ``STREET_NAMES`` also name the
# business e-mail domains the kit draws ("collegedental.com")
STREET_WORDS = listed("""Hawthorne Cottonwood Linden Beech Alder Hemlock Tamarack Holly Palmetto Mesquite
    Sassafras Briarwood Rosewood Lakeview Hillcrest Brookside Summit Pioneer Liberty Garfield Harding Coolidge
    Sheridan""")
STREET_NAMES = tuple(
    Name((s, "st", "")) for s in listed("Academy Bridge Chapel College Commerce Depot Canal")
)
