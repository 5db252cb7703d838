"""The v1 JSON Schema and the typed models are one contract: they must accept and reject the same
messages. Examples are validated by both; a generated corpus of mutations checks the agreement. The
models are judged through both decoders of ``ingest.codec``: ``decode_lean`` (msgspec structs, what the
pipeline's validate step runs) and ``decode`` (pydantic's ``validate_json``, the edges); each must accept
and reject what the schema does, and the lean event must be the model's event (same JSON, same stored
``data``), so the agreement holds for what the worker accepts, not only for the models."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from typing import Any, get_args

import pytest
from jsonschema import Draft202012Validator
from pydantic import BaseModel, TypeAdapter, ValidationError

from ingest.codec import data_json, decode, decode_lean, event_json
from ingest.contract.models import EVENT_TYPES, TS_MAX_MS, TS_MIN_MS, TurnEvent, is_identifier, is_workflow
from ingest.contract.schema import example_paths, invalid_example_paths
from ingest.errors import IngestError

ADAPTER: TypeAdapter[TurnEvent] = TypeAdapter(TurnEvent)
EXAMPLES = {p.stem: json.loads(p.read_text()) for p in example_paths()}
INVALID = {p.stem: json.loads(p.read_text()) for p in invalid_example_paths()}


def models_accept(message: Any) -> bool:
    """Whether the decoders accept ``message`` (``ingest.codec.decode_lean``, as the pipeline's validate
    step calls it, and ``decode``: they must agree); when they do, both must build the event the models
    build, and refuse it with the same typed error and reason when they do not."""
    raw = json.dumps(message).encode()
    try:
        lean = decode_lean(raw)
    except IngestError as lean_err:
        with pytest.raises(IngestError) as err:
            decode(raw)
        assert (type(err.value), str(err.value)) == (type(lean_err), str(lean_err))
        with pytest.raises(ValidationError):  # the decoders refuse only what the models refuse
            ADAPTER.validate_json(raw)
        return False
    event = decode(raw)
    assert event == ADAPTER.validate_json(raw)
    assert event_json(lean) == event.model_dump_json()
    assert data_json(lean) == event.data.model_dump_json(exclude_none=True) == data_json(event)
    return True


def union_members() -> dict[str, type[BaseModel]]:
    union = get_args(TurnEvent)[0]
    return {get_args(cls.model_fields["type"].annotation)[0]: cls for cls in get_args(union)}


def required(model: type[BaseModel]) -> set[str]:
    return {name for name, field in model.model_fields.items() if field.is_required()}


def data_def(schema: dict[str, Any], event_type: str) -> dict[str, Any]:
    for rule in schema["allOf"]:
        if rule["if"]["properties"]["type"]["const"] == event_type:
            ref: str = rule["then"]["properties"]["data"]["$ref"]
            definition: dict[str, Any] = schema["$defs"][ref.rsplit("/", 1)[1]]
            return definition
    raise AssertionError(f"no data definition for {event_type}")


# ---- the schema and the models describe the same shapes ---------------------------------------


def test_schema_is_a_valid_draft_2020_12_schema(schema: dict[str, Any]) -> None:
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_event_types_agree(schema: dict[str, Any]) -> None:
    assert list(schema["properties"]["type"]["enum"]) == list(EVENT_TYPES)
    assert set(union_members()) == set(EVENT_TYPES)
    assert {rule["if"]["properties"]["type"]["const"] for rule in schema["allOf"]} == set(EVENT_TYPES)


def test_envelope_fields_agree(schema: dict[str, Any]) -> None:
    for model in union_members().values():
        assert set(schema["required"]) == required(model)
        assert set(schema["properties"]) == set(model.model_fields)
    agent_model = union_members()["call.started"].model_fields["agent"].annotation
    flags_model = union_members()["call.started"].model_fields["flags"].annotation
    assert isinstance(agent_model, type) and issubclass(agent_model, BaseModel)
    assert isinstance(flags_model, type) and issubclass(flags_model, BaseModel)
    assert set(schema["properties"]["agent"]["required"]) == required(agent_model)
    assert set(schema["properties"]["flags"]["required"]) == required(flags_model)


@pytest.mark.parametrize("event_type", EVENT_TYPES)
def test_data_fields_agree(schema: dict[str, Any], event_type: str) -> None:
    data_model = union_members()[event_type].model_fields["data"].annotation
    assert isinstance(data_model, type) and issubclass(data_model, BaseModel)
    definition = data_def(schema, event_type)
    assert set(definition["required"]) == required(data_model)
    assert set(definition["properties"]) == set(data_model.model_fields)
    assert definition["additionalProperties"] is False


# ---- examples ----------------------------------------------------------------------------------


def test_there_is_one_example_per_event_type() -> None:
    assert sorted(e["type"] for e in EXAMPLES.values()) == sorted(EVENT_TYPES)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_example_is_valid(schema_validator: Any, name: str) -> None:
    message = EXAMPLES[name]
    assert list(schema_validator.iter_errors(message)) == []
    assert models_accept(message)


def test_examples_tell_one_call_in_order() -> None:
    by_seq = sorted(EXAMPLES.values(), key=lambda e: e["seq"])
    assert [e["seq"] for e in by_seq] == list(range(len(by_seq)))
    assert [e["ts"] for e in by_seq] == sorted(e["ts"] for e in by_seq)
    assert len({e["call_sid"] for e in by_seq}) == 1
    assert len({e["event_id"] for e in by_seq}) == len(by_seq)


@pytest.mark.parametrize("name", sorted(INVALID))
def test_invalid_example_is_rejected_by_both(schema_validator: Any, name: str) -> None:
    assert not schema_validator.is_valid(INVALID[name])
    assert not models_accept(INVALID[name])


def test_every_invalid_example_says_why() -> None:
    readme = (invalid_example_paths()[0].parent / "README.md").read_text()
    documented = set(re.findall(r"^\| `([^`]+)\.json` \|", readme, flags=re.MULTILINE))
    assert documented == set(INVALID)


# ---- the agreement test: a corpus of mutations is judged the same by schema and models ---------

_UNKNOWN_KEY = "unexpected_key"


def _leaves(node: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _leaves(value, (*path, index))


def _replacements(value: Any) -> list[Any]:
    """Wrong types, edge values and out-of-range values for one node of a message."""
    common: list[Any] = [None, [], {}]
    if isinstance(value, bool):
        return [*common, 0, 1, "true", 1.0, not value]
    if isinstance(value, int):
        return [*common, str(value), float(value), value + 0.5, True, -1, 0, 1_000_001, 86_400_001,
                TS_MIN_MS - 1, TS_MAX_MS + 1, 10**20]  # fmt: skip
    if isinstance(value, float):
        return [*common, str(value), True, -0.1, 1.01, 3_600_000.5, int(value), 0]
    if isinstance(value, str):
        return [*common, 7, True, "", value + "\n", value.upper(), "x" * 36, "x" * 65, "x" * 129,
                "x" * 257, "x" * 2001, "x" * 4001, "x" * 20001, "+1 415 555 0123"]  # fmt: skip
    if isinstance(value, list):
        return [None, {}, "x", [], value * 2001, [*value, "filler"], [*value, {"text": "x"}]]
    if isinstance(value, dict):
        return [None, [], "x", {}]
    return [None]


def _set(message: dict[str, Any], path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    out = copy.deepcopy(message)
    node: Any = out
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return out


def _drop(message: dict[str, Any], path: tuple[str | int, ...]) -> dict[str, Any]:
    out = copy.deepcopy(message)
    node: Any = out
    for part in path[:-1]:
        node = node[part]
    del node[path[-1]]
    return out


def mutations(message: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for path, value in _leaves(message):
        where = "/".join(map(str, path)) or "<root>"
        if isinstance(value, dict):
            yield (
                f"{where}: add unknown key",
                _set(message, (*path, _UNKNOWN_KEY), 1)
                if path
                else {
                    **message,
                    _UNKNOWN_KEY: 1,
                },
            )
        if not path:
            continue
        if isinstance(path[-1], str):
            yield f"{where}: drop", _drop(message, path)
        for replacement in _replacements(value):
            yield f"{where} := {str(replacement)[:40]!r}", _set(message, path, replacement)
    for other in EVENT_TYPES:
        yield f"type := {other}", {**message, "type": other}
    for version in (2, 0, "1", 1.0, True, None):
        yield f"schema_version := {version!r}", {**message, "schema_version": version}


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_schema_and_models_agree_on_mutations(schema_validator: Any, name: str) -> None:
    disagreements = []
    accepted = rejected = 0
    for label, message in mutations(EXAMPLES[name]):
        by_schema, by_models = schema_validator.is_valid(message), models_accept(message)
        if by_schema != by_models:
            disagreements.append(f"{label}: schema={by_schema} decoder={by_models}")
        accepted += by_schema
        rejected += not by_schema
    assert disagreements == []
    assert accepted > 0 and rejected > 0  # the corpus exercises both sides


def test_corpus_is_large() -> None:
    assert sum(1 for message in EXAMPLES.values() for _ in mutations(message)) >= 300


def test_python_re_dollar_quirk(schema: dict[str, Any]) -> None:
    """Why conftest validates patterns the ECMA way: plain jsonschema lets ``$`` match before a final
    newline. If this starts failing, jsonschema follows ECMA-262 and the shim can go."""
    message = {**EXAMPLES["dtmf"], "call_sid": EXAMPLES["dtmf"]["call_sid"] + "\n"}
    assert Draft202012Validator(schema).is_valid(message)
    assert not models_accept(message)


def test_an_identifier_with_a_final_newline_is_refused_everywhere() -> None:
    """``"ID\\n"`` is no identifier: the lean and pydantic decoders refuse it in an event, and so do the checks
    the agent's setup, the tap, HTTP ingest and the API run before an event exists (``is_identifier``,
    ``is_workflow``), where Python's ``$`` once let it through."""
    sid = EXAMPLES["dtmf"]["call_sid"]
    assert is_identifier(sid) and not is_identifier(sid + "\n") and not is_identifier("ID\n")
    assert is_workflow("billing") and not is_workflow("billing\n")
    assert not models_accept({**EXAMPLES["dtmf"], "call_sid": "ID\n"})
    assert not models_accept({**EXAMPLES["dtmf"], "workflow": EXAMPLES["dtmf"]["workflow"] + "\n"})
