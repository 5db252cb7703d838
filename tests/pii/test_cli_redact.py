"""``callpulse redact``: one line in, one redacted line out, whatever the line holds."""

from __future__ import annotations

import io
import subprocess
import sys

from callpulse.cli.pii import redact_stream
from stream.redaction.speech_redactor import FAILED_PLACEHOLDER

LINES = [
    b"my social is one two three, four five, six seven eight nine",
    b"",
    b"Hi, this is Jane Roe",
    b"\xff\xfe not utf-8, card 4111 1111 1111 1111",
    "emoji \U0001f600 and \u0000\u0007 control, tel\u00e9fono 415 555 0198".encode(),
    "mi n\u00famero es cuatro uno cinco, 415-555-0198".encode(),
    b"x" * 50_000 + b" 123-45-6789",
]


def test_lines_keep_their_order_and_count_and_lose_their_pii(pii_settings) -> None:
    from callpulse import compose as pii

    out = io.StringIO()
    count = redact_stream(pii.redactor(pii_settings), io.BytesIO(b"\n".join(LINES) + b"\n"), out)
    result = out.getvalue().split("\n")[:-1]
    assert count == len(LINES) == len(result)
    assert result[1] == ""
    joined = "\n".join(result)
    for secret in ("six seven eight", "Roe", "4111", "0198", "\xff"):
        assert secret not in joined
    assert "\U0001f600" in result[4]
    assert result[6].endswith(FAILED_PLACEHOLDER)  # past the analysis bound: replaced, never passed


def test_the_command_reads_stdin_and_writes_stdout() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "callpulse.cli", "redact"],
        input=b"call me at 415 555 0198\nthanks\n",
        capture_output=True,
        timeout=120,
        check=True,
    )
    lines = done.stdout.decode().splitlines()
    assert len(lines) == 2 and lines[0].startswith("call me at <PHONE_NUMBER:") and lines[1] == "thanks"
