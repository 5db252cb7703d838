"""One rule for a configured database name put into SQL text: the migrations, the wallboard's queries and
the rollout's queries accept and refuse the same names (before, a 65-128 character name the warehouse was
migrated into was refused by every rollout report, and the wallboard took names of any length)."""

from __future__ import annotations

import pytest

from api.store.live import _identifier
from rollout.errors import CohortError
from rollout.sql import checked_database
from stream.warehouse import is_plain_identifier

ACCEPTED = ["callpulse", "_staging", "team_7_calls", "a" * 128]
REFUSED = ["", "7calls", "calls-prod", "calls.prod", "calls; DROP TABLE x", "a" * 129, "callpulse "]


@pytest.mark.parametrize("name", ACCEPTED)
def test_a_plain_name_is_taken_by_every_reader(name: str) -> None:
    assert is_plain_identifier(name)
    assert checked_database(name) == name
    assert _identifier(name) == name


@pytest.mark.parametrize("name", REFUSED)
def test_anything_else_is_refused_by_every_reader(name: str) -> None:
    assert not is_plain_identifier(name)
    with pytest.raises(CohortError):
        checked_database(name)
    with pytest.raises(ValueError):
        _identifier(name)
