"""Where the v1 JSON Schema and its example messages live, for validators, docs and tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schema"
SCHEMA_V1_PATH = SCHEMA_DIR / "turn-event.v1.json"
EXAMPLES_DIR = SCHEMA_DIR / "examples"
INVALID_EXAMPLES_DIR = EXAMPLES_DIR / "invalid"


def load_schema() -> dict[str, Any]:
    """The v1 schema as a dict."""
    schema: dict[str, Any] = json.loads(SCHEMA_V1_PATH.read_text(encoding="utf-8"))
    return schema


def example_paths() -> list[Path]:
    """One valid example message per event type."""
    return sorted(EXAMPLES_DIR.glob("*.json"))


def invalid_example_paths() -> list[Path]:
    """Messages both the schema and the models must reject (why: ``invalid/README.md``)."""
    return sorted(INVALID_EXAMPLES_DIR.glob("*.json"))
