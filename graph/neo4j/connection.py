"""Which Neo4j to talk to, and a driver for it.

The standard ``NEO4J_URI``, ``NEO4J_USERNAME``, ``NEO4J_PASSWORD`` and
``NEO4J_DATABASE`` variables win, so a user's own server or Neo4j Aura
(``neo4j://``, ``bolt://``, ``neo4j+s://`` …) works unchanged; without
``NEO4J_URI`` every command uses the managed local server (``kg neo4j start``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import server

if TYPE_CHECKING:
    from neo4j import Driver


class Neo4jUnavailable(RuntimeError):
    """Neo4j cannot be reached or refuses us; the message says what to do."""


@dataclass(frozen=True)
class Target:
    uri: str
    user: str
    password: str | None
    database: str | None  # None: the server's default database
    managed: bool

    def describe(self) -> str:
        where = "managed local server" if self.managed else "NEO4J_URI"
        return f"{self.uri} (database {self.database or 'default'}, {where})"


def target() -> Target:
    """The Neo4j this process should use, from the environment or the managed server's files."""
    uri = os.environ.get("NEO4J_URI")
    if uri:
        return Target(uri, os.environ.get("NEO4J_USERNAME", "neo4j"), os.environ.get("NEO4J_PASSWORD"),
                      os.environ.get("NEO4J_DATABASE") or None, False)
    cfg = server.config()
    return Target(cfg.uri, "neo4j", server.read_password(cfg), os.environ.get("NEO4J_DATABASE") or "neo4j", True)


def _not_running_help(t: Target) -> str:
    if t.managed:
        return ("Start the managed server with `kg neo4j start` (or `make neo4j-start`), or set NEO4J_URI, "
                "NEO4J_USERNAME and NEO4J_PASSWORD to use another Neo4j.")
    return "Check that the server is running and that NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD are right."


def connect(t: Target | None = None, verify: bool = True) -> Driver:
    """A driver for ``t`` (default :func:`target`), checked to answer unless ``verify`` is false."""
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError, ConfigurationError, DriverError, Neo4jError, ServiceUnavailable

    t = t or target()
    if t.password is None:
        what = ("the managed server has no password file yet (it was never started)" if t.managed
                else "NEO4J_URI is set but NEO4J_PASSWORD is not")
        raise Neo4jUnavailable(f"cannot connect to Neo4j at {t.uri}: {what}. {_not_running_help(t)}")
    try:
        driver = GraphDatabase.driver(t.uri, auth=(t.user, t.password), connection_timeout=10)
    except (ConfigurationError, ValueError) as exc:
        raise Neo4jUnavailable(f"NEO4J_URI={t.uri!r} is not a usable Neo4j address ({exc}). Use a form such as "
                               "bolt://host:7687, neo4j://host or neo4j+s://xxxx.databases.neo4j.io.") from None
    if not verify:
        return driver
    try:
        driver.verify_connectivity()
    except AuthError as exc:
        driver.close()
        raise Neo4jUnavailable(f"Neo4j at {t.uri} refused the credentials for user {t.user!r} "
                               f"({exc.message}). {_not_running_help(t)}") from None
    except (ServiceUnavailable, DriverError, Neo4jError, OSError) as exc:
        driver.close()
        raise Neo4jUnavailable(f"Neo4j at {t.uri} does not answer ({type(exc).__name__}: {exc}). "
                               f"{_not_running_help(t)}") from None
    return driver


@dataclass(frozen=True)
class ServerStatus:
    target: Target
    reachable: bool
    version: str | None = None
    edition: str | None = None
    nodes: int | None = None
    relationships: int | None = None
    error: str | None = None


def status(t: Target | None = None) -> ServerStatus:
    """Version, edition and counts of the target database, or why it cannot be reached."""
    t = t or target()
    try:
        driver = connect(t)
    except Neo4jUnavailable as exc:
        return ServerStatus(t, False, error=str(exc))
    with driver:
        rec = driver.execute_query("CALL dbms.components() YIELD versions, edition "
                                   "RETURN versions[0] AS version, edition", database_=t.database).records[0]
        counts = driver.execute_query("MATCH (n) WITH count(n) AS nodes "
                                      "OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS rels",
                                      database_=t.database).records[0]
    return ServerStatus(t, True, rec["version"], rec["edition"], counts["nodes"], counts["rels"])
