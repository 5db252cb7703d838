"""A ClickHouse server over HTTPS: the CA and verify settings reach the TLS handshake, and a misconfiguration
is a clear error before any connection.

The server here is a real TLS endpoint on 127.0.0.1 with a certificate from a throw-away CA. It is not
ClickHouse: what is checked is the handshake (does an HTTP request arrive through TLS or not), which is
the part callpulse configures; the ClickHouse protocol after it is clickhouse-connect's.
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from http_reply import reply
from tls_certs import make_tls_files

from callpulse.errors import WarehouseError
from callpulse.settings import Settings
from callpulse.warehouse import connect, tls_options


@dataclass
class TlsServer:
    url: str
    ca_file: Path
    paths: list[str] = field(default_factory=list)


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[TlsServer]:
    files = make_tls_files(tmp_path)
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            seen.append(self.path)
            reply(self, 500, b"not ClickHouse")

        do_GET = do_POST = _answer  # noqa: N815

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(files.certificate, files.key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield TlsServer(f"https://default:pw@127.0.0.1:{httpd.server_address[1]}", files.ca, seen)
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_an_untrusted_certificate_is_refused_and_the_error_names_the_setting(tls_server: TlsServer) -> None:
    with pytest.raises(WarehouseError) as caught:
        connect(tls_server.url)
    assert "CALLPULSE_WAREHOUSE_CA_CERT" in str(caught.value)
    assert "pw@" not in str(caught.value)
    assert tls_server.paths == [], "no request may pass an unverified TLS handshake"


def test_with_the_ca_file_requests_pass_the_handshake(tls_server: TlsServer) -> None:
    with pytest.raises(WarehouseError) as caught:  # the endpoint is not ClickHouse, so the client gives up
        connect(tls_server.url, ca_cert=tls_server.ca_file)
    assert tls_server.paths, "the request should have reached the server through TLS"
    assert "CALLPULSE_WAREHOUSE_CA_CERT" not in str(caught.value)


@pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning")
def test_verify_off_skips_the_certificate_check(tls_server: TlsServer) -> None:
    with pytest.raises(WarehouseError):
        connect(tls_server.url, verify=False)
    assert tls_server.paths


@pytest.mark.parametrize(
    ("scheme", "ca", "verify"),
    [
        pytest.param("http", True, True, id="ca-on-http"),
        pytest.param("http", False, False, id="verify-off-on-http"),
        pytest.param("chdb", True, True, id="ca-on-chdb"),
    ],
)
def test_tls_settings_without_tls_are_refused(tmp_path: Path, scheme: str, ca: bool, verify: bool) -> None:
    ca_file = tmp_path / "ca.pem"
    ca_file.write_text("-----BEGIN CERTIFICATE-----\n")
    with pytest.raises(WarehouseError, match="https://"):
        tls_options(scheme, ca_cert=ca_file if ca else None, verify=verify)


def test_a_missing_ca_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WarehouseError, match="not a file"):
        tls_options("https", ca_cert=tmp_path / "nope.pem", verify=True)


def test_the_scheme_decides_the_interface_and_tls_options_follow(tmp_path: Path) -> None:
    assert tls_options("http", ca_cert=None, verify=True) == {"interface": "http"}
    assert tls_options("https", ca_cert=None, verify=True) == {"interface": "https"}
    assert tls_options("chdb", ca_cert=None, verify=True) == {}
    ca_file = tmp_path / "ca.pem"
    ca_file.write_text("pem")
    assert tls_options("https", ca_cert=ca_file, verify=False) == {
        "interface": "https",
        "ca_cert": str(ca_file),
        "verify": False,
    }


def test_an_https_dsn_on_a_non_tls_port_still_speaks_tls(tls_server: TlsServer) -> None:
    """clickhouse-connect alone takes TLS from the port (443/8443), not from the DSN's scheme: a server
    on another port would get the password in plain text. The test server listens on a random port."""
    with pytest.raises(WarehouseError) as caught:
        connect(tls_server.url)
    assert "http://127.0.0.1" not in str(caught.value)
    assert tls_server.paths == []


def test_the_settings_read_the_tls_options_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CALLPULSE_WAREHOUSE_CA_CERT", str(tmp_path / "ca.pem"))
    monkeypatch.setenv("CALLPULSE_WAREHOUSE_VERIFY", "false")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.warehouse_ca_cert == tmp_path / "ca.pem"
    assert settings.warehouse_verify is False
