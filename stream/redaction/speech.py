"""All speech recognizers together: one tokenization, every finder, findings in priority order.

Order matters only when two findings cover exactly the same span: the first one listed wins, so a
written date is a date of birth before it is a seven-digit number, and a spelled ID is an ID.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from stream.redaction.contact import find_addresses, find_emails
from stream.redaction.context import ACCOUNT
from stream.redaction.dates import find_dates
from stream.redaction.finding import Finding
from stream.redaction.names import find_cued_names
from stream.redaction.numbers import find_numbers
from stream.redaction.spelled import find_spelled
from stream.redaction.spoken import tokenize

_WRITTEN_ID = re.compile(r"\b(?=(?:[A-Za-z-]*\d){4})(?=[\dA-Za-z-]*[A-Za-z])[A-Za-z\d]+(?:-[A-Za-z\d]+)*\b")


class SpeechFinder:
    """Finds personal data in one transcript text without any model: pure token rules.

    ``id_patterns`` are a deployment's own account/member ID formats (regular expressions, e.g.
    ``r"\\bMBR\\d{7}\\b"``); they are matched on the text as written.
    """

    def __init__(self, id_patterns: Sequence[str] = (), min_digits: int = 4) -> None:
        self._id_patterns = [re.compile(p, re.IGNORECASE) for p in id_patterns]
        self._min_digits = min_digits

    def find(self, text: str) -> list[Finding]:
        tokens = tokenize(text)
        found: list[Finding] = []
        found.extend(find_emails(text, tokens))
        found.extend(find_dates(text, tokens))
        found.extend(find_addresses(tokens))
        found.extend(self._ids(text))
        found.extend(find_spelled(tokens))
        found.extend(find_cued_names(tokens))
        found.extend(find_numbers(tokens, self._min_digits))
        return found

    def _ids(self, text: str) -> list[Finding]:
        found: list[Finding] = []
        for pattern in (*self._id_patterns, _WRITTEN_ID):
            for m in pattern.finditer(text):
                if m.end() > m.start():
                    value = re.sub(r"[\s-]", "", m.group(0)).lower()
                    found.append(Finding(m.start(), m.end(), ACCOUNT, value))
        return found
