"""The part of ClickHouse's HTTP interface that clickhouse-connect's ``http://`` client speaks, as pure
functions: an HTTP request (params, headers, body) in, one ``SqlRequest`` out.

What ClickHouse does with a request, and so what this does:

- the SQL is the ``query`` URL parameter followed by the body (``query`` + "\\n" + body); for an
  ``INSERT … FORMAT X`` the body is the data instead (in the body itself when there is no ``query``
  parameter: the statement's first line, then the data);
- ``Content-Encoding`` (lz4 frame, zstd, gzip, deflate) applies to the body;
- ``param_<name>`` are server-side bound parameters (``{name:Type}`` in the SQL);
- a ``multipart/form-data`` body carries ``query`` and ``param_*`` as form fields (the client does that
  when bound parameters are too long for a URL);
- other parameters are settings; those only an HTTP server acts on (sessions, compression, progress
  headers, query ids) are dropped here.
"""

from __future__ import annotations

import email.parser
import email.policy
import gzip
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl

from devstack.warehouse_server.errors import BadRequestError

TRANSPORT_PARAMS = frozenset(
    {
        "query", "database", "default_format", "user", "password", "quota_key", "query_id",
        "session_id", "session_timeout", "session_check", "compress", "decompress", "buffer_size",
        "wait_end_of_query", "client_protocol_version", "role", "enable_http_compression",
        "http_zlib_compression_level", "send_progress_in_http_headers", "http_headers_progress_interval_ms",
        "cancel_http_readonly_queries_on_client_close", "add_http_cors_header", "max_query_size",
        "http_native_compression_disable_checksumming_on_decompress",
    }
)  # fmt: skip
"""URL parameters an HTTP server consumes itself; they never reach the engine as settings."""

_INSERT_WITH_FORMAT = re.compile(
    r"^\s*(?P<statement>INSERT\s+INTO\s.*?)\s+FORMAT\s+(?P<format>\w+)[ \t]*(?:\r?\n|$)",
    re.IGNORECASE | re.DOTALL,
)
_TRAILING_FORMAT = re.compile(r"\s+FORMAT\s+(?P<format>\w+)\s*;?\s*$", re.IGNORECASE)
_SETTING_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def is_setting_name(name: str) -> bool:
    """A ClickHouse setting name (a plain identifier): the one rule for a URL parameter taken as a setting
    and for a name the engine puts into a ``SETTINGS`` clause or ``SET`` unquoted."""
    return bool(_SETTING_NAME.match(name))


@dataclass(frozen=True, slots=True)
class SqlRequest:
    """One statement to run, as the engine needs it."""

    sql: str
    """The statement without its trailing ``FORMAT`` clause (for an insert: ``INSERT INTO t (cols)``)."""
    output_format: str | None
    """The format the caller asked for (``FORMAT X``, or ``default_format``); None: none named."""
    database: str | None = None
    params: dict[str, str] = field(default_factory=dict)
    settings: dict[str, str] = field(default_factory=dict)
    insert_data: bytes | None = None
    """For ``INSERT … FORMAT X`` with data: the (decompressed) data; ``output_format`` is then X."""


def parse_request(query_string: str, headers: dict[str, str], body: bytes) -> SqlRequest:
    """The statement an HTTP request asks for; a request that names none is a ``BadRequestError``."""
    params = dict(parse_qsl(query_string, keep_blank_values=True))
    lowered = {k.lower(): v for k, v in headers.items()}
    body = decompress(body, lowered.get("content-encoding", ""))
    content_type = lowered.get("content-type", "")
    if content_type.startswith("multipart/form-data"):
        params.update(form_fields(content_type, body))
        body = b""
    query = params.get("query", "")
    if not query and not body:
        raise BadRequestError("empty query: send the SQL in the `query` parameter or in the body")
    bound = {k[6:]: v for k, v in params.items() if k.startswith("param_")}
    settings = {k: v for k, v in params.items() if k not in TRANSPORT_PARAMS and not k.startswith("param_")}
    for name in settings:
        if not is_setting_name(name):
            raise BadRequestError(f"unknown parameter {name!r}: settings are plain identifiers")
    database = params.get("database") or None
    insert = _split_insert(query, body)
    if insert is not None:
        statement, fmt, data = insert
        return SqlRequest(statement, fmt, database, bound, settings, data)
    sql = f"{query}\n{body.decode('utf-8', errors='replace')}" if query and body else query or body.decode()
    match = _TRAILING_FORMAT.search(sql)
    if match is not None:
        return SqlRequest(sql[: match.start()], match["format"], database, bound, settings)
    return SqlRequest(
        sql.strip().rstrip(";"), params.get("default_format") or None, database, bound, settings
    )


def _split_insert(query: str, body: bytes) -> tuple[str, str, bytes] | None:
    """(``INSERT INTO t (cols)``, format, data) when the request inserts data, else None."""
    if query:
        match = _INSERT_WITH_FORMAT.match(query)
        if match is None or not body or match.end() < len(query.rstrip()):
            return None
        return match["statement"], match["format"], body
    head = body[:65_536].decode("utf-8", errors="replace")
    match = _INSERT_WITH_FORMAT.match(head)
    if match is None:
        return None
    data = body[len(head[: match.end()].encode("utf-8")) :]
    if not data:
        return None
    return match["statement"], match["format"], data


def decompress(body: bytes, encoding: str) -> bytes:
    """The body without its ``Content-Encoding``; an unreadable one is a ``BadRequestError``."""
    encoding = encoding.strip().lower()
    if not body or encoding in ("", "identity"):
        return body
    try:
        if encoding == "lz4":
            return _lz4_frames(body)
        if encoding == "zstd":
            from clickhouse_connect.driver.compression import _zstd_decompress

            return bytes(_zstd_decompress(body))
        if encoding == "gzip":
            return gzip.decompress(body)
        if encoding == "deflate":
            return zlib.decompress(body)
    except Exception as err:  # each codec raises its own type
        raise BadRequestError(f"cannot decompress the {encoding} body: {err}") from None
    raise BadRequestError(f"unsupported Content-Encoding {encoding!r} (lz4, zstd, gzip, deflate or none)")


def _lz4_frames(body: bytes) -> bytes:
    """Every lz4 frame of the body: clickhouse-connect compresses each insert block as a frame of its own."""
    import lz4.frame

    parts = []
    rest = body
    while rest:
        decompressor = lz4.frame.LZ4FrameDecompressor()
        parts.append(decompressor.decompress(rest))
        if not decompressor.eof:
            raise BadRequestError("lz4 body ends inside a frame")
        rest = decompressor.unused_data
    return b"".join(parts)


def form_fields(content_type: str, body: bytes) -> dict[str, str]:
    """The text fields of a ``multipart/form-data`` body."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
    )
    if not message.is_multipart():
        raise BadRequestError("malformed multipart/form-data body")
    fields: dict[str, str] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if isinstance(name, str):
            payload = part.get_payload(decode=True)
            fields[name] = payload.decode("utf-8") if isinstance(payload, bytes) else str(payload or "")
    return fields


def dechunk(read_line: Callable[[int], bytes], read: Callable[[int], bytes]) -> bytes:
    """A ``Transfer-Encoding: chunked`` body, read with the stream's ``readline`` and ``read``."""
    parts: list[bytes] = []
    while True:
        line = read_line(65_537)
        if not line:
            raise BadRequestError("chunked body ended early")
        size = int(line.split(b";", 1)[0].strip() or b"0", 16)
        if size == 0:
            while read_line(65_537) not in (b"\r\n", b"\n", b""):
                pass  # trailers
            return b"".join(parts)
        parts.append(read(size))
        read_line(3)  # the CRLF after each chunk
