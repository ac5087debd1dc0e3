"""The managed Neo4j server: a real 5.26 server, loopback only, password on, data kept across restarts."""

from __future__ import annotations

import ipaddress
import socket
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError

from conftest import unavailable
from graph.cli import main as kg
from graph.neo4j import server
from graph.neo4j.connection import connect, target

pytestmark = pytest.mark.neo4j


def _managed_only() -> None:
    if not target().managed:
        unavailable("NEO4J_URI points at another server; these tests are about the managed one")


def _own_non_loopback_addresses() -> list[str]:
    """This machine's own IPv4/IPv6 addresses other than loopback (never anyone else's)."""
    found: set[str] = set()
    try:
        out = subprocess.run(["hostname", "-I"], capture_output=True, text=True, timeout=10).stdout
        found.update(out.split())
    except (OSError, subprocess.TimeoutExpired):
        pass
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None):
            found.add(str(info[4][0]))
    except OSError:
        pass
    addrs = []
    for a in found:
        ip = ipaddress.ip_address(a.split("%")[0])
        if not ip.is_loopback and not ip.is_link_local:
            addrs.append(str(ip))
    return sorted(addrs)


def test_round_trip(clean_db) -> None:
    db = target().database
    name = 'Kim "Jong" Un `x` }'
    clean_db.execute_query("CREATE (:RoundTrip {name: $name, n: $n})", {"name": name, "n": 42}, database_=db)
    rows = clean_db.execute_query("MATCH (r:RoundTrip) RETURN r.name AS name, r.n AS n", database_=db).records
    assert [(r["name"], r["n"]) for r in rows] == [(name, 42)]


def test_version_is_5_26(neo4j_driver) -> None:
    _managed_only()
    result = CliRunner().invoke(kg, ["neo4j", "status"])
    assert result.exit_code == 0, result.output
    assert "reachable:     yes" in result.output
    version = next(line.split()[1] for line in result.output.splitlines() if line.startswith("version:"))
    assert version.startswith("5.26."), version


def test_wrong_password_is_refused(neo4j_driver) -> None:
    t = target()
    with GraphDatabase.driver(t.uri, auth=(t.user, (t.password or "") + "-wrong")) as drv:
        with pytest.raises(AuthError):
            drv.verify_connectivity()


def test_password_file_is_private(neo4j_driver) -> None:
    _managed_only()
    mode = server.config().password_file.stat().st_mode & 0o777
    assert mode == 0o600, oct(mode)


def test_not_reachable_on_non_loopback_address(neo4j_driver) -> None:
    _managed_only()
    cfg = server.config()
    addrs = _own_non_loopback_addresses()
    if not addrs:
        unavailable("this machine has no non-loopback address to try")
    assert server.port_open(cfg.bolt_port, "127.0.0.1")
    for addr in addrs:
        family = socket.AF_INET6 if ":" in addr else socket.AF_INET
        for port in (cfg.bolt_port, cfg.http_port):
            with socket.socket(family, socket.SOCK_STREAM) as s:
                s.settimeout(2)
                assert s.connect_ex((addr, port)) != 0, f"Neo4j answers on {addr}:{port}"


def test_start_twice_is_harmless(neo4j_driver) -> None:
    _managed_only()
    cfg = server.config()
    pid = server.read_pid(cfg)
    server.start(echo=lambda _m: None)
    server.start(echo=lambda _m: None)
    assert server.read_pid(cfg) == pid
    assert server.bolt_answers(cfg)


def test_stop_then_start_keeps_data(clean_db) -> None:
    _managed_only()
    db = target().database
    clean_db.execute_query("CREATE (:Survivor {id: $id})", {"id": "kept-across-restart"}, database_=db)
    assert server.stop(echo=lambda _m: None)
    cfg = server.config()
    assert server.read_pid(cfg) is None
    assert not server.port_open(cfg.bolt_port)
    server.start(echo=lambda _m: None)
    with connect() as drv:
        rows = drv.execute_query("MATCH (s:Survivor) RETURN s.id AS id", database_=db).records
    assert [r["id"] for r in rows] == ["kept-across-restart"]


def test_port_taken_is_a_clear_error(neo4j_driver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A second home whose Bolt port is held by another program: a clear error, not a hang."""
    _managed_only()
    home = tmp_path / "home"
    home.mkdir()
    (home / "lib").symlink_to(server.config().lib)  # the cached jars: no network
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen(1)
        port = squatter.getsockname()[1]
        monkeypatch.setenv("RUKP_NEO4J_HOME", str(home))
        monkeypatch.setenv("RUKP_NEO4J_BOLT_PORT", str(port))
        with pytest.raises(server.ServerError) as err:
            server.start(echo=lambda _m: None)
    msg = str(err.value)
    assert f"port {port}" in msg and "RUKP_NEO4J_BOLT_PORT" in msg
    assert server.read_pid(server.config()) is None


def test_cli_error_without_server(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A command aimed at a Neo4j that does not answer: one clear paragraph, non-zero exit."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        free = s.getsockname()[1]
    monkeypatch.setenv("NEO4J_URI", f"bolt://127.0.0.1:{free}")
    monkeypatch.setenv("NEO4J_PASSWORD", "whatever-password")
    result = CliRunner().invoke(kg, ["neo4j", "status"])
    assert result.exit_code == 3
    assert "reachable:     no" in result.output and "does not answer" in result.output
    assert "Traceback" not in result.output
