"""Shared fixtures of the caller-simulator tests: one batch of synthesized calls per session.

Generating is cheap, but validating every event against both the pydantic models and the JSON
Schema is not, so the 300-call batch is built once and shared.
"""

from __future__ import annotations

from typing import Any

import pytest

from agent.simulator.library import generate_calls

T0_MS = 1_764_000_000_000  # 2025-11-24T16:00:00Z
MIX_CALLS = 300


@pytest.fixture(scope="session")
def calls() -> list[list[dict[str, Any]]]:
    """300 calls, seed 7, starting in the hour before ``T0_MS``."""
    return list(generate_calls(MIX_CALLS, seed=7, start_ms=T0_MS))
