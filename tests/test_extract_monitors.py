"""Phrasings of monitoring reports: a region its state owns past a direction ("Russia's western Kursk
region"), a rank the title list leaves out between a state and its title ("South Korea's First Vice
Foreign Minister"), and a treaty one leader signed with another, which they met to sign. On a report
written for these tests (tests/data/english_monitors.txt)."""

from __future__ import annotations

import pytest

from fact_lookup import DATA, facts
from graph.model import Graph
from ingest.pipeline import extract_paths


@pytest.fixture(scope="module")
def report() -> Graph:
    return extract_paths([DATA / "english_monitors.txt"]).graph


def test_a_region_a_state_owns_past_a_direction_lies_in_it(report: Graph) -> None:
    assert facts(report, "LOCATED_IN", "place:kursk-oblast", "state:russia")


def test_a_rank_between_the_state_and_the_title_keeps_the_state(report: Graph) -> None:
    assert facts(report, "HOLDS_ROLE", "person:kim-hong-kyun", "state:south-korea")


def test_a_treaty_signed_with_someone_is_a_meeting_with_him(report: Graph) -> None:
    met = facts(report, "MET_WITH", "person:kim-jong-un", "person:vladimir-putin")
    assert met and met[0].attrs.get("place") == "place:pyongyang"


def test_the_speaker_s_body_supplies_nothing_it_reports(report: Graph) -> None:
    # "State Department spokesman Matthew Miller said any such transfer would violate …"
    assert not facts(report, "SUPPLIES", "organization:us-state-department")
    assert not any(f.subject.startswith("organization:") for f in facts(report, "SUPPLIES"))


def test_a_ban_the_resolutions_make_is_in_force_whatever_may_come_of_the_deal(report: Graph) -> None:
    # "Any such transfer would violate U.N. Security Council resolutions that ban arms trade with North Korea"
    found = facts(report, "SANCTIONS", "organization:united-nations-security-council", "state:north-korea")
    assert found and found[0].modality == "asserted"
