"""Sanctions told by their package and by a government's list: "adopted its 14th package of
sanctions against Russia", an aside that ends in a state before the verb ("The package, approved …
of Ukraine, adds …"), "It froze …" some sentences after its imposer, a listing verb whose object is
described before it is named, a body called later by its short name, people named by nationality
before a passive, a verb joined to the first that shares its subject, and a Korean name one
syllable away from a catalog person's. On two reports written for these tests
(tests/data/*_packages.txt)."""

from __future__ import annotations

import pytest

from fact_lookup import DATA, facts
from graph.model import Graph
from ingest.pipeline import extract_paths

EU, US, SOUTH_KOREA = "organization:european-union", "state:united-states", "state:south-korea"
HAEDANG = "organization:korea-haedang-shipping-corporation"
RI, KIM = "person:ri-yong-nam", "person:kim-song-il"


@pytest.fixture(scope="module")
def english() -> Graph:
    return extract_paths([DATA / "english_packages.txt"]).graph


@pytest.fixture(scope="module")
def indonesian() -> Graph:
    return extract_paths([DATA / "indonesian_packages.txt"]).graph


def test_an_adopted_package_of_sanctions_is_a_sanction_by_who_adopts_it(english: Graph) -> None:
    assert any(e.quote.startswith("The European Union on Tuesday adopted")
               for f in facts(english, "SANCTIONS", EU, "state:russia") for e in f.evidence)


def test_a_state_ending_an_aside_before_the_verb_imposes_nothing(english: Graph) -> None:
    assert not facts(english, "SANCTIONS", "state:ukraine")
    assert not facts(english, "SANCTIONS", "state:russia")


def test_it_froze_finds_its_imposer_some_sentences_back(english: Graph) -> None:
    assert facts(english, "SANCTIONS", EU, "person:no-kwang-chol")


def test_a_listing_verb_lists_the_body_named_after_its_description(indonesian: Graph) -> None:
    listed = facts(indonesian, "SANCTIONS", US, HAEDANG)
    assert listed and listed[0].attrs.get("issued_by") == "organization:us-treasury-department"
    assert not facts(indonesian, "SANCTIONS", US, "state:north-korea")


def test_a_state_after_an_organisation_noun_is_no_part_of_the_name(indonesian: Graph) -> None:
    names = {e.id for e in indonesian.entities}
    assert "organization:ooo-volga-trans-service" in names
    assert "organization:rusia-ooo-volga-trans-service" not in names


def test_people_named_after_their_nationality_are_the_passive_s_targets_not_where_they_work(indonesian: Graph) -> None:
    assert facts(indonesian, "SANCTIONS", US, RI) and facts(indonesian, "SANCTIONS", US, KIM)
    assert not facts(indonesian, "SANCTIONS", US, "state:russia")


def test_a_short_name_and_a_joined_verb_keep_the_first_subject(indonesian: Graph) -> None:
    # "… mengumumkan sanksi independen terhadap Haedang, Ri Yong Nam, dan Kim Song Il, serta melarang …"
    for target in (HAEDANG, RI, KIM):
        assert facts(indonesian, "SANCTIONS", SOUTH_KOREA, target), target
    assert not facts(indonesian, "SANCTIONS", HAEDANG)


def test_a_korean_name_a_syllable_away_from_a_catalog_name_is_someone_else(indonesian: Graph) -> None:
    assert "person:kim-jong-il" not in {e.id for e in indonesian.entities}


def test_a_state_before_sanctions_as_a_noun_is_their_target(english: Graph) -> None:
    # "EU adopts new Russia sanctions", "The EU also widens Russia sanctions to Iranian drone makers"
    quotes = {e.quote[:12] for f in facts(english, "SANCTIONS", EU, "state:russia") for e in f.evidence}
    assert {"EU adopts ne", "The EU also "} <= quotes
    assert facts(english, "SANCTIONS", EU, "state:iran")
    assert not facts(english, "SANCTIONS", "state:russia")
