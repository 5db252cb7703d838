"""Write v8's name lists into plain files (run once, by hand; the corpus reads only the files written here, never
the network and never Faker at build time).

v8 puts its weight on person names no common list holds. Two sources:

- the per-locale person-name lists of the PyPI package ``Faker`` 40.63.0 (in the project venv) for origins v7
  did not draw, or drew little of: Polish, Irish Gaelic (``ga_IE``'s Irish-language surnames: "Bodhlaeir",
  "Scannlain"), Yoruba, Hungarian, Lithuanian, Uzbek, Azerbaijani, Kenyan (Kikuyu, Luo, Kalenjin), Czech,
  and Taiwanese Wade-Giles surnames; diacritics dropped and the Polish barred l mapped to l (as an English
  recognizer writes it);
- lists typed here by the v8 author for origins Faker has no Latin-script list of: **Vietnamese** (family
  name first, middle names Thi/Van/Huu, compound family names such as "Ton That"; Wikipedia "Vietnamese
  name", behindthename.com's glossary), **Tamil** (given name plus father's name, long compound names;
  Wikipedia "Tamil name"), **Arabic** romanized (the "Al-"/"El-"/"Abu" family names), **Quechua and
  Aymara** surnames of the Andes (Quispe, Huaman/Waman, Mamani, Ccori ...: the Quechua-surname notes of La
  Nacion (Ecuador) "Apellidos quechuas de Sudamerica" and La Republica (Peru) on Huaman) and Quechua given
  names (Inti, Killa, Sisa), and **Hawaiian** given names and family names (Wikipedia "Hawaiian name",
  Maui Family Magazine's Hawaiian name list).

New vocabulary: a name any of whose words is a word of a v2-v7 name list, street list or PERSON/STREET value
is left out (v7's ``earlier_words`` for v2-v6, and v7's own lists and test half).

ASR spelling: v7's sound-alike rewrites, and a few more for the sounds an English recognizer hears in these
names (``ng`` at the start -> ``n``, ``ccu``/``cc`` -> ``k``, ``hua`` -> ``wa``, ``dh`` -> ``d``, ``zh`` -> ``l``
for Tamil's retroflex, ``sz`` -> ``sh``, ``cz`` -> ``ch``, ``rz`` -> ``j``): at most one variant per name, kept
only when it is a new word.

Nicknames: a typed table of given names and the short form a caller gives ("Malgorzata" -> "Gosia",
"Olufunmilayo" -> "Funmi", "Karthikeyan" -> "Karthi"), kept when the short form is a new word.

- ``first_names.tsv``, ``surnames.txt``: name, origin, ASR variant (or empty).
- ``street_names.txt``: further surnames of the Faker lists (none a v8 person's), used as street names.
- ``nicknames.tsv``: given name, origin, nickname.

Run: ``.venv/bin/python bench/pii_corpus/v8/lexicons/export_names.py``
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1]
sys.path.insert(0, str(CORPUS.parents[1]))

from bench.pii_corpus import lexicon_kit  # noqa: E402
from bench.pii_corpus.v7 import words as v7_words  # noqa: E402
from bench.pii_corpus.v7.lexicons import export_names as v7_export  # noqa: E402

FAKER = ["pl_PL", "ga_IE", "yo_NG", "hu_HU", "lt_LT", "uz_UZ", "az_AZ", "en_KE", "cs_CZ", "zh_TW"]
N_FIRST, N_LAST, N_STREET = 24, 28, 6

TYPED_FIRST = {
    "vi": "Thuy Huong Phuong Duc Quang Thanh Trung Khoa Hieu Nhung Ngoc Tuan Dung Hanh Giang Khanh Loan Oanh Quyen "
    "Thao Trinh Vinh Xuan Yen Bich Cuong Diep Kieu Nguyet Uyen Phuc Thang Toan Huyen Lanh Thuong Nghia Tien",
    "ta": "Kaviya Thamizh Senthil Murugan Karthikeyan Ilango Selvi Kalaivani Anbarasan Vetrivel Sivakami Thenmozhi "
    "Arulmozhi Ezhil Kumaresan Nandhini Poongodi Thirumalai Valli Yazhini Malarvizhi Iniyan Kayalvizhi Mathivanan "
    "Nilavan Oviya Pugazhendi Sembiyan Tamilselvan Ilakkiya Elamaran Kanimozhi Mugilan Senthilkumar",
    "ar": "Abdulrahman Abdelaziz Nasser Khalil Tariq Walid Yousef Hamza Ziad Rania Nour Hala Dalia Samira Lubna Rasha "
    "Ghada Hiba Manal Wafa Suha Mahmoud Othman Saif Marwan Issam Fadi Jamila Ruqayya Kareema Haitham Ayman Bashir "
    "Zainab Abdullahi Mohannad Raghad Shahd",
    "qu": "Inti Killa Sisa Wayra Amaru Nayra Qori Kusi Ayar Pacha Suyana Chaska Illari Urpi Sumaq Kantu Mayu Yaku "
    "Waman Tika Ccoyllur Wanka Anka",
    "haw": "Keoni Kalani Keala Kaimana Makana Leilani Noelani Kainoa Nalani Kekoa Keahi Pualani Kanoa Ikaika Lokelani "
    "Mahina Kaipo Nohea Keola Alohilani Kawika Palila Iolana Hokulani Kapono Kaleo Kanani Makoa Kealani Iokepa",
}  # fmt: skip
TYPED_LAST = {
    "vi": "Nguyen Tran Pham Huynh Hoang Phan Dang Bui Ngo Duong Truong Dinh Trinh Doan Luu Quach Khuc Kieu Thach "
    "Giap Ung Tang Lieu Vuong Diep Luong Nghiem|Ton That|Ton Nu|Hoang Phu|Au Duong|Nguyen Thi|Tran Van",
    "ta": "Subramanian Ramasamy Annamalai Palaniappan Chidambaram Arumugam Muthusamy Karuppiah Velusamy Periyasamy "
    "Thangavel Ponnusamy Kandasamy Manickam Sivaraman Duraisamy Shanmugam Alagappan Meenakshisundaram Veerappan "
    "Muthukumar Sundaramoorthy Thiruvengadam Nallathambi Chinnasamy Marimuthu Sethupathi Kulandaivel",
    "ar": "Haddad Nassar Khoury Mansour Hamdan Barakat Qasim Jaber Abdelrahman Shaheen Zaidan Darwish Tamimi Khalaf "
    "Bakri Shalabi Obeidat Odeh Rifai Sabbagh Ghanem Hijazi Kanaan Yassin Zoubi Awwad|Al-Khatib|Al-Masri|Abu-Zeid|"
    "El-Sayed|Al-Amin|Al-Rashid|El-Hakim|Abu Ghazaleh|Bin Hamdan|Al Shamsi",
    "qu": "Quispe Mamani Huaman Condori Ccahuana Huallpa Yupanqui Choque Ticona Apaza Huanca Chambi Cusi Paucar Chaupi "
    "Soncco Huarac Ccori Huaraca Llanque Sullca Yauri Anccasi Huillca Cutipa Taipe Ccasa Hancco Quishpe|"
    "Huaman Poma|Quispe Tito|Mamani Choque",
    "haw": "Kahananui Kealoha Kamakau Kaleikini Kahale Kekumu Kanahele Kamaka Keawe Kaniho Akana Kaaihue Nakoa "
    "Kapaona Kauhane Kahoohanohano Keomaka Kaopua Makekau Kekauoha Kaawa Pahia Kaniaupio Kealamakia Keliihoomalu "
    "Ahuna Mahoe|Kalaniopio-Kahale|Kamakana Kealoha",
}  # fmt: skip
# (given name, origin, nickname): the short forms callers give
NICKNAMES = [("Malgorzata", "pl_PL", "Gosia"), ("Katarzyna", "pl_PL", "Kasia"), ("Wojciech", "pl_PL", "Wojtek"),
             ("Grzegorz", "pl_PL", "Grzesiek"), ("Przemyslaw", "pl_PL", "Przemek"), ("Zbigniew", "pl_PL", "Zbyszek"),
             ("Jadwiga", "pl_PL", "Jadzia"), ("Olufunmilayo", "yo_NG", "Funmi"), ("Oluwatoyin", "yo_NG", "Toyin"),
             ("Adebowale", "yo_NG", "Debo"), ("Olubukola", "yo_NG", "Bukky"), ("Temitope", "yo_NG", "Tope"),
             ("Abdulrahman", "ar", "Abood"), ("Karthikeyan", "ta", "Karthi"), ("Senthilkumar", "ta", "Senthil"),
             ("Thenmozhi", "ta", "Thenu"), ("Siobhan", "ga_IE", "Shiv"), ("Dovydas", "lt_LT", "Dovis"),
             ("Alohilani", "haw", "Lani"), ("Kawika", "haw", "Wika"), ("Nguyet", "vi", "Bi"),
             ("Zsuzsanna", "hu_HU", "Zsuzsi"), ("Erzsebet", "hu_HU", "Erzsi"), ("Wanjiru", "en_KE", "Shiru"),
             ("Muhammadyusuf", "uz_UZ", "Yusuf"), ("Illari", "qu", "Illa"), ("Kayalvizhi", "ta", "Kayal")]  # fmt: skip
ASR_REWRITES = [("ng", "n"), ("ccu", "ku"), ("cc", "k"), ("hua", "wa"), ("zh", "l"), ("sz", "sh"), ("cz", "ch"),
                ("rz", "j"), *v7_export.ASR_REWRITES]  # fmt: skip


def earlier_words() -> set[str]:
    """Every word of the v2-v7 name and street lists and of their PERSON and STREET values, lower case."""
    lists = ("v7/lexicons/first_names.tsv", "v7/lexicons/surnames.txt", "v7/lexicons/street_names.txt")
    return v7_export.earlier_words() | lexicon_kit.listed_words(CORPUS, "v7", lists, v7_words.STREET_WORDS)


def faker_names(locale: str, attr: str) -> list[str]:
    """v7's reader of a Faker list, with the Polish barred l mapped first."""
    import importlib

    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    raw = getattr(provider, attr)
    out: list[str] = []
    for n in raw:
        a = v7_export.ascii_name(n.replace("\u0142", "l").replace("\u0141", "L"))
        if re.fullmatch(r"[A-Za-z]{3,}", a) and a[0].upper() + a[1:].lower() not in out:
            out.append(a[0].upper() + a[1:].lower())
    return out


def asr_variant(name: str, taken: set[str]) -> str:
    """The first sound-alike rewrite (anywhere but a multi-part name's first letter) giving a new word, or ""."""
    low = name.lower()
    for a, b in ASR_REWRITES:
        start = 0 if a == "ng" and low.startswith("ng") else 1
        if a in low[start:]:
            k = low.index(a, start)
            v = low[:k] + b + low[k + len(a) :]
            if len(v) >= 3 and v.replace(" ", "").replace("-", "") and v not in taken and v != low:
                return "-".join(" ".join(p.title() for p in w.split(" ")) for w in v.split("-"))
    return ""


def fresh(name: str, used: set[str]) -> bool:
    return not (lexicon_kit.words(name) & used)


def main() -> None:
    seen = earlier_words()
    rng = random.Random(20261207)
    used = set(seen)
    firsts: list[tuple[str, str]] = []
    lasts: list[tuple[str, str]] = []
    streets: list[tuple[str, str]] = []
    dropped: list[str] = []
    for origin, names in TYPED_FIRST.items():
        for n in names.split():
            if fresh(n, used):
                firsts.append((n, origin))
                used |= lexicon_kit.words(n)
            else:
                dropped.append(n)
    for loc in FAKER:
        pool = [n for n in faker_names(loc, "first_names") if fresh(n, used)]
        pick = rng.sample(pool, min(N_FIRST, len(pool))) if loc != "zh_TW" else []
        firsts += [(n, loc) for n in pick]
        for n in pick:
            used |= lexicon_kit.words(n)
    for origin, names in TYPED_LAST.items():
        singles, *multi = names.split("|")  # one-word names, then the multi-part ones
        for n in singles.split() + multi:
            if fresh(n, used):
                lasts.append((n, origin))
                used |= lexicon_kit.words(n)
            else:
                dropped.append(n)
    for loc in FAKER:
        pool = [n for n in faker_names(loc, "last_names") if fresh(n, used)]
        pick = rng.sample(pool, min(N_LAST + N_STREET, len(pool)))
        lasts += [(n, loc) for n in pick[:N_LAST]]
        streets += [(n, loc) for n in pick[N_LAST:]]
        for n in pick:
            used |= lexicon_kit.words(n)
    nicks = []
    for full, origin, nick in NICKNAMES:
        if fresh(nick, used) and fresh(full, seen):
            nicks.append((full, origin, nick))
            used |= lexicon_kit.words(nick) | lexicon_kit.words(full)
        else:
            dropped.append(nick)
    taken = set(used)

    def rows(items: list[tuple[str, str]], variants: bool) -> str:
        out = []
        for n, loc in items:
            v = asr_variant(n, taken) if variants else ""
            if v:
                taken.add(v.lower())
            out.append(f"{n}\t{loc}\t{v}\n")
        return "".join(out)

    head = ("# Person names of many origins: Faker 40.63.0 locale lists and lists typed by the v8 author (see\n"
            "# export_names.py), diacritics dropped, no word of the v2-v7 lists or values.\n"
            "# columns: name <TAB> origin <TAB> ASR spelling variant (or empty)\n")  # fmt: skip
    (HERE / "first_names.tsv").write_text(head + rows(firsts, True))
    (HERE / "surnames.txt").write_text(head + rows(lasts, True))
    (HERE / "street_names.txt").write_text(
        "# Further surnames of the Faker lists, used as street names (none a v8 person's); export_names.py.\n"
        "# columns: name <TAB> origin <TAB>\n" + rows(streets, False)
    )
    (HERE / "nicknames.tsv").write_text(
        "# Given names and the short form a caller gives (typed by the v8 author); export_names.py.\n"
        "# columns: given name <TAB> origin <TAB> nickname\n"
        + "".join(f"{f}\t{o}\t{n}\n" for f, o, n in nicks)
    )
    print(f"first names {len(firsts)}, surnames {len(lasts)}, street names {len(streets)}, nicknames "
          f"{len(nicks)}, excluded words {len(seen)}; typed names dropped as earlier words: {len(dropped)}")  # fmt: skip


if __name__ == "__main__":
    main()
