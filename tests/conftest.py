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
