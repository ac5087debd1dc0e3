"""Support told as taking a side ("will always stand with Russia", "berdiri di pihak Rusia") and
support for the steps another state's leadership takes, named some words after the verb; a war in
the background, and a fight that names its enemy after "against". On reports written for these
tests (tests/data/*_stances.txt, tests/data/*_fights.txt)."""

from __future__ import annotations

from fact_lookup import DATA, facts
from ingest.pipeline import extract_paths


def test_standing_with_a_state_supports_it() -> None:
    g = extract_paths([DATA / "english_stances.txt"]).graph
    assert facts(g, "SUPPORTS", "state:belarus", "state:russia")


def test_a_side_taken_and_steps_backed_are_support_in_indonesian() -> None:
    g = extract_paths([DATA / "indonesian_stances.txt"]).graph
    found = facts(g, "SUPPORTS", "state:north-korea", "state:russia")
    assert {e.quote[:6] for f in found for e in f.evidence} == {"Jakart", "Kantor"}


def test_a_war_told_as_the_background_has_no_side_before_it() -> None:
    # "… between Moscow and Pyongyang … amid the war in Ukraine", "… di tengah perang di Ukraina"
    g = extract_paths([DATA / "english_stances.txt", DATA / "indonesian_stances.txt"]).graph
    assert not facts(g, "AT_WAR_WITH", "state:north-korea")
    assert not any("state:north-korea" in (f.subject, f.object) for f in facts(g, "AT_WAR_WITH"))


def test_a_fight_names_its_enemy_after_against_not_its_ally_or_battlefield() -> None:
    # "bertempur melawan pasukan Ukraina", "fought against Ukrainian forces"; "bertempur untuk
    # Rusia", "fighting in Russia" make no war with Russia
    for name in ("english_fights.txt", "indonesian_fights.txt"):
        g = extract_paths([DATA / name]).graph
        assert facts(g, "AT_WAR_WITH", "state:north-korea", "state:ukraine"), name
        assert not facts(g, "AT_WAR_WITH", "state:north-korea", "state:russia"), name
        assert not facts(g, "AT_WAR_WITH", "state:russia", "state:north-korea"), name
