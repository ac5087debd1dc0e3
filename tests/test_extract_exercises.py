"""Joint exercises: every two states named as exercising together cooperate, whether they are the
subject ("The United States, South Korea and Japan held a joint air drill") or follow the exercise
("latihan militer trilateral Amerika Serikat, Korea Selatan, dan Jepang"). On two reports written
for these tests (tests/data/*_exercises.txt)."""

from __future__ import annotations

import pytest

from fact_lookup import DATA, facts
from graph.model import Graph
from ingest.pipeline import extract_paths

PAIRS = [("state:japan", "state:south-korea"), ("state:japan", "state:united-states"),
         ("state:south-korea", "state:united-states")]


@pytest.mark.parametrize("name", ["english_exercises.txt", "indonesian_exercises.txt"])
def test_states_exercising_together_cooperate_two_by_two(name: str) -> None:
    g: Graph = extract_paths([DATA / name]).graph
    for a, b in PAIRS:
        found = facts(g, "COOPERATES_WITH", a, b)
        assert found and found[0].attrs.get("field") == "joint military exercises", (a, b)
    assert not facts(g, "COOPERATES_WITH", "state:russia")


def test_the_three_countries_are_the_last_three_listed() -> None:
    # "The United States, South Korea and Japan condemned … On Friday the three countries staged a joint air drill"
    g = extract_paths([DATA / "english_trio.txt"]).graph
    for a, b in PAIRS:
        assert any(e.quote.startswith("On Friday") for f in facts(g, "COOPERATES_WITH", a, b) for e in f.evidence), (a, b)
