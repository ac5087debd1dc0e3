"""A transfer not ruled out is possible, one said not to happen is denied, in either language:
"does not rule out supplying", "is not ruling out sending", "tidak menutup kemungkinan memasok";
"doesn't supply" (a contraction is a negation), "tidak memasok". On two reports written for these
tests (tests/data/*_hedges.txt)."""

from __future__ import annotations

import pytest

from fact_lookup import DATA, facts
from graph.model import Graph
from ingest.pipeline import extract_paths

SOUTH_KOREA, JAPAN, UKRAINE = "state:south-korea", "state:japan", "state:ukraine"


@pytest.fixture(scope="module", params=["english_hedges.txt", "indonesian_hedges.txt"])
def hedged(request: pytest.FixtureRequest) -> Graph:
    return extract_paths([DATA / request.param]).graph


def test_a_transfer_not_ruled_out_is_possible(hedged: Graph) -> None:
    found = facts(hedged, "SUPPLIES", SOUTH_KOREA, UKRAINE)
    assert [f.modality for f in found] == ["possible"]
    assert found[0].attrs["item"] == ["weapon:arms"]


def test_a_transfer_said_not_to_happen_is_denied(hedged: Graph) -> None:
    assert [f.modality for f in facts(hedged, "SUPPLIES", JAPAN, UKRAINE)] == ["denied"]


def test_not_ruling_out_with_a_progressive_is_possible_too() -> None:
    g = extract_paths([DATA / "english_hedges.txt"]).graph
    assert [f.modality for f in facts(g, "SUPPLIES", "state:germany", UKRAINE)] == ["possible"]


def test_a_title_after_a_comma_is_not_the_state_before_it() -> None:
    # "supplying weapons to Ukraine, President Yoon Suk Yeol said": he leads South Korea, and the
    # weapons go to Ukraine, not to him
    g = extract_paths([DATA / "english_hedges.txt"]).graph
    assert facts(g, "LEADS", "person:yoon-suk-yeol", SOUTH_KOREA)
    assert not facts(g, "LEADS", "person:yoon-suk-yeol", UKRAINE)
    assert not facts(g, "SUPPLIES", SOUTH_KOREA, "person:yoon-suk-yeol")
    # "In Seoul, national security adviser Chang Ho-jin said": a place opening the sentence scopes it
    assert facts(g, "HOLDS_ROLE", "person:chang-ho-jin", SOUTH_KOREA)


def test_his_country_supplies_for_the_one_who_speaks_not_the_one_he_met() -> None:
    # "Kanselir Jerman Olaf Scholz, seusai bertemu Presiden Polandia Andrzej Duda di Berlin, Kamis,
    # mengatakan negaranya akan memasok sistem pertahanan udara ke Ukraina"
    g = extract_paths([DATA / "indonesian_own_country.txt"]).graph
    assert facts(g, "SUPPLIES", "state:germany", UKRAINE)
    assert not facts(g, "SUPPLIES", "person:andrzej-duda") and not facts(g, "SUPPLIES", "state:poland")
    assert facts(g, "LEADS", "person:andrzej-duda", "state:poland")  # the catalog knows Poland
