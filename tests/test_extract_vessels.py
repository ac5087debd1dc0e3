"""Named ships, a type of their own: found by the word for a ship before the name (with a flag
between or before), by their bare name later in the article and by ship words that point back
("Kedua kapal tersebut", "Both ships"); sanctioned as targets, never their flag's state. On two
reports written for these tests (tests/data/*_vessels.txt)."""

from __future__ import annotations

import pytest

from fact_lookup import DATA, facts
from graph.model import Graph
from ingest.pipeline import extract_paths

SOUTH_KOREA, JAPAN, US = "state:south-korea", "state:japan", "state:united-states"
RUSSIA = "state:russia"


@pytest.fixture(scope="module")
def ships() -> Graph:
    return extract_paths([DATA / "english_vessels.txt", DATA / "indonesian_vessels.txt"]).graph


def _vessels(g: Graph) -> dict[str, str]:
    return {e.name: e.id for e in g.entities if e.type == "Vessel"}


def test_ships_are_named_after_a_ship_word_with_their_flag_left_out(ships: Graph) -> None:
    # "the Panama-flagged cargo ship Sea Falcon 3", "kapal tanker berbendera Rusia Bintang Timur dan Karya Laut"
    assert set(_vessels(ships)) == {"Sea Falcon 3", "Ocean Star", "Bintang Timur", "Karya Laut"}


def test_what_a_ship_carries_and_a_verb_ships_name_no_ship(ships: Graph) -> None:
    # "The ship's Kalibr cruise missiles", "North Korea ships Hwasong missiles and shells to Russia"
    names = {e.name for e in ships.entities if e.type == "Vessel"}
    assert not {"Kalibr", "Hwasong"} & names


def test_a_sanctioned_ship_is_the_target_not_its_flag_state(ships: Graph) -> None:
    v = _vessels(ships)
    assert facts(ships, "SANCTIONS", SOUTH_KOREA, v["Sea Falcon 3"])
    assert not facts(ships, "SANCTIONS", SOUTH_KOREA, RUSSIA)
    # the vessels listed in a passive, after a sanction by the same side
    assert facts(ships, "SANCTIONS", SOUTH_KOREA, v["Ocean Star"])


def test_a_government_that_announces_a_listing_made_it(ships: Graph) -> None:
    # "Kementerian Luar Negeri Jepang dalam pernyataannya … menyebut kapal tanker … dimasukkan ke daftar sanksi"
    v = _vessels(ships)
    for name in ("Bintang Timur", "Karya Laut"):
        found = facts(ships, "SANCTIONS", JAPAN, v[name])
        assert found and found[0].attributed_to == "organization:ministry-of-foreign-affairs-of-japan"
    assert not facts(ships, "SANCTIONS", JAPAN, "organization:ministry-of-foreign-affairs-of-japan")
    assert not facts(ships, "SANCTIONS", JAPAN, RUSSIA)


def test_ship_words_that_point_back_and_the_owner_of_a_blacklist(ships: Graph) -> None:
    # "Kedua kapal tersebut … masuk daftar hitam Amerika Serikat", "Both ships were already on the U.S. blacklist"
    v = _vessels(ships)
    for name in v:
        assert facts(ships, "SANCTIONS", US, v[name]), name
    assert not facts(ships, "SANCTIONS", JAPAN, US)


def test_a_bare_ship_name_later_is_the_same_ship(ships: Graph) -> None:
    # "Pada 2023, Inggris menjatuhkan sanksi terhadap Bintang Timur."
    found = facts(ships, "SANCTIONS", "state:united-kingdom", "vessel:bintang-timur")
    assert found and found[0].date is not None and found[0].date.value == "2023"
    assert not any(e.type == "Person" and e.name == "Bintang Timur" for e in ships.entities)


def test_a_listing_verb_lists_only_for_a_sanction(ships: Graph) -> None:
    # "… yang berbasis di Rusia, karena diduga memasukkan solar Rusia ke Korut": diesel brought in
    assert not facts(ships, "SANCTIONS", RUSSIA)


def test_what_a_sanctions_list_includes_is_its_owner_s_target() -> None:
    # "Tokyo's list includes Pavel Orlov, general director of Russia's state-owned 412th Flight Unit
    # State Airlines, as well as the airline itself and the Russian shipper Baltmorflot, operator of
    # the cargo vessel Sea Crane"
    g = extract_paths([DATA / "english_lists.txt"]).graph
    ids = {e.name: e.id for e in g.entities}
    listed = {f.object for f in facts(g, "SANCTIONS", JAPAN) if any(e.quote.startswith("Tokyo's list") for e in f.evidence)}
    assert {ids["Pavel Orlov"], ids["412th Flight Unit State Airlines"], ids["Baltmorflot"]} <= listed
    assert RUSSIA not in listed and ids["Sea Crane"] not in listed  # the ship only its operator runs



def test_no_subject_across_a_subordinating_word() -> None:
    # "… between Russia and North Korea, two months after the bloc blacklisted Pyongyang's defence
    # minister": Russia is no subject of "blacklisted" (the headline "EU widens Russia sanctions to …"
    # is still read as Russia's, a known miss)
    g = extract_paths([DATA / "english_bloc.txt"]).graph
    body = [f for f in facts(g, "SANCTIONS", RUSSIA) if any("two months after" in e.quote for e in f.evidence)]
    assert not body
