"""DEVELOPS told by a programme: "over its nuclear weapons and missile programs", "North Korea's
military reconnaissance satellite program", "program nuklir dan rudal balistik Korut". On two
reports written for these tests (tests/data/*_programmes.txt)."""

from __future__ import annotations

from fact_lookup import DATA, facts
from ingest.pipeline import extract_paths

NK = "state:north-korea"


def test_a_programme_s_owner_develops_what_it_is_a_programme_of() -> None:
    g = extract_paths([DATA / "english_programmes.txt"]).graph
    for item in ("weapon:nuclear-weapon", "weapon:missile", "technology:satellite-technology"):
        assert facts(g, "DEVELOPS", NK, item), item
    assert not facts(g, "DEVELOPS", "state:russia")


def test_an_indonesian_programme_names_its_owner_after_its_items() -> None:
    g = extract_paths([DATA / "indonesian_programmes.txt"]).graph
    assert facts(g, "DEVELOPS", NK, "weapon:ballistic-missile")
    assert facts(g, "SANCTIONS", "organization:united-nations-security-council", NK)
