"""Raw text: encrypted per row with a key id, rotatable, bound to its row, and read only with a reason."""

from __future__ import annotations

import base64
from typing import Any

import pytest
from settings_env import settings_env, warehouse_env

from callpulse.cli import main
from ingest.clock import ManualClock
from stream.restricted.access import RawAccess, Reader
from stream.restricted.errors import DecryptError, KeyringError, ReasonRequired
from stream.restricted.keyring import Keyring, row_binding

OLD, NEW = b"o" * 32, b"n" * 32
CALL = "CA" + "5" * 32


def test_rows_written_under_an_old_key_stay_readable_after_rotation() -> None:
    before = Keyring("k1", {"k1": OLD})
    sealed = before.seal("my social is 123-45-6789", row_binding(CALL, "e1"))
    after = Keyring("k2", {"k1": OLD, "k2": NEW})
    assert after.open(sealed, row_binding(CALL, "e1")) == "my social is 123-45-6789"
    assert after.seal("x", b"").key_id == "k2"
    assert "6789" not in sealed.ciphertext


def test_a_row_moved_to_another_call_or_under_a_dropped_key_does_not_decrypt() -> None:
    ring = Keyring("k1", {"k1": OLD})
    sealed = ring.seal("hello", row_binding(CALL, "e1"))
    with pytest.raises(DecryptError):
        ring.open(sealed, row_binding("CA" + "6" * 32, "e1"))
    with pytest.raises(KeyringError, match="k1"):
        Keyring("k2", {"k2": NEW}).open(sealed, row_binding(CALL, "e1"))


@pytest.mark.parametrize(
    ("current", "keys"),
    [
        pytest.param("k9", {"k1": base64.b64encode(OLD).decode()}, id="current-id-missing"),
        pytest.param("k1", {"k1": base64.b64encode(b"short").decode()}, id="not-32-bytes"),
        pytest.param("k1", {"k1": "not base64!"}, id="not-base64"),
    ],
)
def test_a_bad_keyring_setting_is_refused_with_a_reason(current: str, keys: dict[str, str]) -> None:
    with pytest.raises(KeyringError):
        Keyring.from_base64(current, keys)


def _access(warehouse: Any) -> RawAccess:
    return RawAccess(
        warehouse.client, warehouse.database, warehouse.restricted_database, Keyring("k1", {"k1": OLD}),
        ManualClock(),
    )  # fmt: skip


@pytest.mark.parametrize("reason", ["", "   ", "x"])
def test_reading_without_a_reason_is_refused_before_anything_is_read(warehouse: Any, reason: str) -> None:
    with pytest.raises(ReasonRequired):
        _access(warehouse).read(CALL, Reader(actor="dana", role="cli", reason=reason))
    assert warehouse.rows("SELECT count() FROM {db}.audit_log") == [(0,)]


def test_every_read_is_audited_even_when_the_call_has_no_raw_text(warehouse: Any) -> None:
    assert _access(warehouse).read(CALL, Reader(actor="dana", role="cli", reason="QA sample 12")) == []
    rows = warehouse.rows("SELECT actor, action, call_sid, reason FROM {db}.audit_log")
    assert rows == [("dana", "read_raw", CALL, "QA sample 12")]


def test_the_raw_command_needs_a_reason_and_writes_the_audit_row(
    warehouse: Any, chdb_path: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with settings_env(monkeypatch, warehouse_env(warehouse, chdb_path)):
        with pytest.raises(SystemExit) as missing:
            main(["raw", "--call", CALL])
        assert missing.value.code == 2 and "--reason" in capsys.readouterr().err
        assert main(["raw", "--call", CALL, "--reason", " "]) == 2
        assert "needs a reason" in capsys.readouterr().err
        assert main(["raw", "--call", CALL, "--reason", "chargeback 881", "--actor", "lee"]) == 1
    assert warehouse.rows("SELECT actor, reason FROM {db}.audit_log") == [("lee", "chargeback 881")]
