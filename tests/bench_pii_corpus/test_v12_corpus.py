"""v12's own forms (issue 15, brief D12): two tries with the agent's request between them,
"hundred"/"thousand" groups, "plus" numbers from abroad, ad-hoc spellings, check letters, hyphenated Queens
and Oahu house numbers, HC boxes, "dash"/"underscore"/".co.uk" e-mails, phonetic and nickname names read back
and one changed character fails; no redactor is run. The half itself (builder, every check, mutants, check.py
in its own process) is test_seeded_halves.py's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus.v12 import check
from tests.bench_pii_corpus.one_value import assert_reads_back, reported

FORMS = [
    ("PHONE_NUMBER", "four one five... sorry, could you repeat that? four one five, three hundred, two one four four",
     "4153002144", "spoken"),
    ("PHONE_NUMBER", "area code six oh two then two two one, four thousand five", "6022214005", "spoken"),
    ("PHONE_NUMBER", "plus four four, seven nine one one, one two three, four five six", "+447911123456", "spoken"),
    ("ACCOUNT_ID", "m like mango k, four hundred, two two one nine, s for sugar", "MK4002219S", "spoken"),
    ("EMAIL_ADDRESS", "k underscore bitar dash nine at yahoo dot c o dot u k", "k_bitar-9@yahoo.co.uk", "spoken"),
    ("STREET_ADDRESS", "one twelve dash oh four seventy fifth avenue", "112-04 75th Ave", "spoken"),
    ("STREET_ADDRESS", "ninety five dash ten forty two kuahelani place", "95-1042 Kuahelani Pl", "spoken"),
    ("STREET_ADDRESS", "h c three, box one seventeen", "HC 3 Box 117", "spoken"),
    ("DATE_OF_BIRTH", "three march eighty two", "1982-03-03", "spoken"),
    ("PERSON", "kshi zhanovski", "Krzyzanowski", "plain"),
    ("PERSON", "mietek, mieczyslaw actually", "Mieczyslaw", "plain"),
    ("PERSON", "k like kettle o u r i s", "Kouris", "spelled"),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "said", "value", "form"), FORMS)
def test_v12_forms_read_back_and_their_mutants_do_not(kind: str, said: str, value: str, form: str) -> None:
    assert_reads_back(check, kind, said, value, form)


def test_an_earlier_name_word_in_what_the_recognizer_wrote_is_reported() -> None:
    assert reported(check, check.check_said_names, "PERSON", "ngozi okafor", "Ngozi Okafor", "plain")
