"""Fixtures shared across the suite.

Real components only: tests that need Neo4j or Chromium use the real thing.
Under ``CI=true`` such a test fails when its component cannot start; it never
skips.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from graph.model import Graph

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def unavailable(reason: str) -> None:
    """Skip on a developer's machine, fail under CI: a skipped real-component test hides a failure."""
    if IN_CI:
        pytest.fail(f"required component unavailable under CI: {reason}", pytrace=False)
    pytest.skip(reason)  # only outside CI (see above)


@pytest.fixture(scope="session")
def seed_graph() -> Graph:
    """The graph extracted from the five seed articles in data/articles/."""
    from ingest.pipeline import extract_paths

    return extract_paths([ARTICLES]).graph


@pytest.fixture()
def small_graph() -> Graph:
    from sample_graphs import small_graph as build

    return build()


@pytest.fixture()
def hostile_graph() -> Graph:
    from sample_graphs import hostile_graph as build

    return build()


@pytest.fixture()
def artifact_dir(request: pytest.FixtureRequest) -> Path:
    """A per-test folder under test-output/ for screenshots and written files kept for inspection."""
    path = ROOT / "test-output" / request.node.name.replace("/", "_").replace("[", "_").replace("]", "")
    path.mkdir(parents=True, exist_ok=True)
    return path


# --- Neo4j ---------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def neo4j_driver():  # type: ignore[no-untyped-def]
    """A driver for the configured Neo4j (NEO4J_URI) or the managed server, started if needed."""
    from graph.neo4j import server
    from graph.neo4j.connection import Neo4jUnavailable, connect, target

    t = target()
    try:
        if t.managed:
            server.start(echo=lambda _msg: None)
            t = target()  # the password file exists only after the first start
        driver = connect(t)
    except (server.ServerError, Neo4jUnavailable) as exc:
        unavailable(f"Neo4j: {exc}")
    yield driver
    driver.close()


@pytest.fixture()
def clean_db(neo4j_driver):  # type: ignore[no-untyped-def]
    """The session's driver, with every node and relationship of the database deleted first."""
    from graph.neo4j.connection import target

    wipe_database(neo4j_driver, target().database)
    return neo4j_driver


def wipe_database(driver, database: str | None) -> None:  # type: ignore[no-untyped-def]
    """Delete every relationship, then every node, in batches.

    Relationships first: a hub's ``DETACH DELETE`` takes all its relationships
    into one transaction and can exceed the server's transaction memory.
    """
    with driver.session(database=database) as session:
        session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS").consume()
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
