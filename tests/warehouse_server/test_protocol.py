"""What the warehouse server reads out of an HTTP request, as clickhouse-connect sends it."""

from __future__ import annotations

import gzip

import lz4.frame
import pytest

from devstack.warehouse_server.errors import BadRequestError
from devstack.warehouse_server.protocol import dechunk, decompress, parse_request

NATIVE = b"\x01\x02\x01a\x06UInt32\x01\x00\x00\x00\x02\x00\x00\x00"


def test_query_in_the_body_with_its_format_settings_and_bound_parameters() -> None:
    request = parse_request(
        "database=cp&param_sid=CA1&readonly=1&session_id=x&query_id=q&wait_end_of_query=1"
        "&date_time_input_format=best_effort&client_protocol_version=54405",
        {"Content-Type": "text/plain"},
        b"SELECT * FROM calls WHERE call_sid = {sid:String}\n FORMAT Native",
    )
    assert request.sql == "SELECT * FROM calls WHERE call_sid = {sid:String}"
    assert request.output_format == "Native"
    assert request.database == "cp"
    assert request.params == {"sid": "CA1"}
    assert request.settings == {"readonly": "1", "date_time_input_format": "best_effort"}
    assert request.insert_data is None


def test_query_parameter_then_body_make_one_statement() -> None:
    request = parse_request("query=SELECT%201", {}, b"+ 1")
    assert (request.sql, request.output_format) == ("SELECT 1\n+ 1", None)
    assert parse_request("query=SELECT%201&default_format=JSON", {}, b"").output_format == "JSON"


def test_insert_statement_first_line_of_the_body_then_lz4_frames_of_data() -> None:
    body = b"INSERT INTO cp.events (`a`) FORMAT Native\n" + NATIVE
    frames = lz4.frame.compress(body[:20]) + lz4.frame.compress(body[20:])  # one frame per block
    request = parse_request("database=cp", {"Content-Encoding": "lz4"}, frames)
    assert request.sql == "INSERT INTO cp.events (`a`)"
    assert request.output_format == "Native"
    assert request.insert_data == NATIVE


def test_insert_statement_in_the_query_parameter_and_data_in_the_body() -> None:
    request = parse_request(
        "query=INSERT+INTO+t+%28a%29+FORMAT+JSONEachRow",
        {"Content-Encoding": "gzip"},
        gzip.compress(b'{"a":1}'),
    )
    assert (request.sql, request.output_format, request.insert_data) == (
        "INSERT INTO t (a)",
        "JSONEachRow",
        b'{"a":1}',
    )


def test_insert_with_inline_values_is_one_statement() -> None:
    request = parse_request("query=INSERT+INTO+t+VALUES", {}, b"(1)")
    assert request.insert_data is None and request.sql == "INSERT INTO t VALUES\n(1)"


def test_multipart_form_fields_carry_query_and_parameters() -> None:
    boundary = "b0undary"
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="query"\r\n\r\nSELECT {{ids:Array(String)}}\n FORMAT Native\r\n'
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"param_ids\"\r\n\r\n['a','b']\r\n--{boundary}--\r\n"
    ).encode()
    request = parse_request("", {"Content-Type": f"multipart/form-data; boundary={boundary}"}, body)
    assert request.sql == "SELECT {ids:Array(String)}"
    assert request.params == {"ids": "['a','b']"}


@pytest.mark.parametrize(
    ("query", "headers", "body", "message"),
    [
        pytest.param("", {}, b"", "empty query", id="nothing-to-run"),
        pytest.param(
            "", {"Content-Encoding": "br"}, b"x", "unsupported Content-Encoding", id="unknown-encoding"
        ),
        pytest.param("", {"Content-Encoding": "lz4"}, b"not lz4", "cannot decompress", id="corrupt-lz4"),
        pytest.param("bad%20name=1", {}, b"SELECT 1", "settings are plain identifiers", id="bad-setting"),
    ],
)
def test_unreadable_requests_are_refused_with_a_reason(
    query: str, headers: dict[str, str], body: bytes, message: str
) -> None:
    with pytest.raises(BadRequestError, match=message):
        parse_request(query, headers, body)


def test_identity_and_chunked_bodies() -> None:
    assert decompress(b"abc", "") == b"abc"
    import io

    stream = io.BytesIO(b"3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\n\r\n")
    assert dechunk(stream.readline, stream.read) == b"abcde"
