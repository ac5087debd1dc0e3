"""Launches: a launched rocket's payload is tested with it, on the launch's day, and a word of a
site's name dates nothing; what a ban forbids is no test. On two reports written for these tests
(tests/data/*_launch.txt)."""

from __future__ import annotations

import pytest

from fact_lookup import DATA, facts
from graph.model import Graph
from ingest.pipeline import extract_paths

DPRK = "state:north-korea"


@pytest.fixture(scope="module", params=["indonesian_launch.txt", "english_launch.txt"])
def launch(request: pytest.FixtureRequest) -> Graph:
    return extract_paths([DATA / request.param]).graph


def test_a_rocket_and_the_satellite_it_carries_are_tested_on_the_launch_day(launch: Graph) -> None:
    for item in ("technology:chollima-1", "technology:malligyong-1"):
        tested = facts(launch, "TESTED", DPRK, item)
        assert tested and tested[0].date is not None and tested[0].date.value == "2023-11-21", item


def test_the_site_s_name_is_one_place(launch: Graph) -> None:
    # "Pangkalan Peluncuran Satelit Sohae": no satellite technology inside the name
    assert not facts(launch, "TESTED", DPRK, "technology:satellite-technology")


def test_what_a_ban_forbids_is_no_test(launch: Graph) -> None:
    # "melarang Korut melakukan peluncuran apa pun yang menggunakan teknologi rudal balistik"
    assert not facts(launch, "TESTED", DPRK, "weapon:ballistic-missile")
    assert not facts(launch, "TESTED", DPRK, "technology:rocket-technology")


def test_a_passive_launch_with_no_one_named_is_by_the_state_that_makes_the_rocket() -> None:
    # "The satellite was launched late Tuesday aboard a new Chollima-1 rocket": the catalog's
    # country of the Chollima-1 launches it; a test-fire needs someone named
    g = extract_paths([DATA / "english_passive_launch.txt"]).graph
    assert facts(g, "TESTED", DPRK, "technology:chollima-1")
    assert not facts(g, "TESTED", DPRK, "weapon:koksan-howitzer")
