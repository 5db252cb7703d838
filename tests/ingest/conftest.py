"""Shared fixtures for the ingest tests: the v1 schema, its examples, and a network guard."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator, ValidationError, validators
from no_network import refuse_network

from ingest.contract.schema import load_schema


def pytest_configure(config: pytest.Config) -> None:
    # kafka-python 3.0 loads its protocol schemas with deprecated importlib.resources calls on import.
    config.addinivalue_line("filterwarnings", r"ignore:(read|open)_text is deprecated:DeprecationWarning")


def _ecma_pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[ValidationError]:
    """JSON Schema patterns are ECMA-262 regexes, where ``$`` matches only at the very end.

    Python's ``re`` (used by jsonschema) also lets ``$`` match before a trailing newline, so plain
    jsonschema accepts ``"CA123\\n"`` as a call SID while ECMA validators (ajv, ...) and pydantic's
    Rust regex refuse it. Translating ``$`` to ``\\Z`` gives the ECMA meaning for our patterns (none
    has ``$`` inside a character class). ``test_python_re_dollar_quirk`` shows why this exists.
    """
    if validator.is_type(instance, "string") and not re.search(
        re.sub(r"(?<!\\)\$", r"\\Z", pattern), instance
    ):
        yield ValidationError(f"does not match {pattern!r}")


EcmaValidator = validators.extend(Draft202012Validator, {"pattern": _ecma_pattern})


@pytest.fixture(scope="session")
def schema() -> dict[str, Any]:
    return load_schema()


@pytest.fixture(scope="session")
def schema_validator(schema: dict[str, Any]) -> Any:
    return EcmaValidator(schema)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unmarked tests never open a network connection: any attempt fails the test loudly."""
    refuse_network(monkeypatch, "ingest unit tests must not open network connections")
