"""Bodies inside bodies and who fires what: a possessive body ("The Treasury's Office of Foreign
Assets Control"), a parent named after "of the" ("… of the Russian Academy of Sciences"), a state's
body the catalog puts in another ("White House National Security Council"); a sanction issued by
a body inside a body is its state's; the source after "deliveries from" supplies; where troops
fight is no subject of what they fire; a person named by nationality after a sanction verb is
its target, the reason given ("for trying to broker …") prohibits nothing, and one served ("on
behalf of the Russian Ministry of Defense") or a war far on is no target. On a report written for these tests
(tests/data/english_bodies.txt)."""

from __future__ import annotations

import pytest

from fact_lookup import DATA, facts
from graph.model import Graph
from ingest.pipeline import extract_paths

US, RUSSIA, DPRK, UKRAINE = "state:united-states", "state:russia", "state:north-korea", "state:ukraine"
OFAC, TREASURY = "organization:ofac", "organization:us-treasury-department"


@pytest.fixture(scope="module")
def bodies() -> Graph:
    return extract_paths([DATA / "english_bodies.txt"]).graph


def test_a_possessive_body_is_part_of_its_owner(bodies: Graph) -> None:
    assert facts(bodies, "PART_OF", OFAC, TREASURY)


def test_a_sanction_issued_by_a_body_inside_a_body_is_its_state_s(bodies: Graph) -> None:
    issued = [f for f in facts(bodies, "SANCTIONS", US) if f.attrs.get("issued_by") == OFAC]
    assert issued


def test_a_parent_after_of_the_is_a_body_of_its_own(bodies: Graph) -> None:
    institute = "organization:institute-of-far-eastern-studies"
    assert facts(bodies, "PART_OF", institute, "organization:russian-academy-of-sciences")
    affiliated = facts(bodies, "AFFILIATED_WITH", "person:andrei-vasilyev")
    assert [f.object for f in affiliated] == [institute]  # the institute, not its academy as well
    # "University of Indonesia" is one body
    assert any(e.name == "University of Indonesia" for e in bodies.entities)


def test_a_state_s_body_named_inside_another_s_name(bodies: Graph) -> None:
    assert facts(bodies, "PART_OF", "organization:us-national-security-council", "organization:white-house")


def test_deliveries_from_a_state_are_its_and_fired_arms_were_supplied(bodies: Graph) -> None:
    # "arranging arms deliveries from North Korea"; "Russian forces fighting in Ukraine have fired
    # North Korean missiles"
    assert facts(bodies, "SUPPLIES", DPRK, RUSSIA)
    assert not facts(bodies, "SUPPLIES", RUSSIA, DPRK)
    assert not facts(bodies, "SUPPLIES", DPRK, UKRAINE)
    assert not facts(bodies, "TESTED")


def test_a_blacklisted_national_is_the_target_and_the_reason_bans_nothing(bodies: Graph) -> None:
    target = next(e.id for e in bodies.entities if e.name == "Ashot Mkrtychev")
    found = facts(bodies, "SANCTIONS", US, target)
    assert found and found[0].date is not None and found[0].date.value == "2023-03"
    assert "prohibits" not in found[0].attrs and found[0].attrs["reason"].startswith("to broker a deal")


def test_whom_a_deal_serves_and_a_far_war_are_no_targets(bodies: Graph) -> None:
    assert not facts(bodies, "SANCTIONS", US, "organization:russian-ministry-of-defence")
    assert not facts(bodies, "SANCTIONS", US, UKRAINE)


def test_a_state_body_told_by_its_kind_is_part_of_the_state(bodies: Graph) -> None:
    # "HUR, Ukraine's military intelligence agency" (a catalog name that holds its state);
    # "Russia's lower house of parliament, the State Duma"; "Air Koryo, North Korea's flag carrier"
    assert facts(bodies, "PART_OF", "organization:ukraine-military-intelligence", UKRAINE)
    duma = next(e.id for e in bodies.entities if e.name == "State Duma")
    assert facts(bodies, "PART_OF", duma, RUSSIA)
    koryo = next(e.id for e in bodies.entities if e.name == "Air Koryo")
    assert facts(bodies, "PART_OF", koryo, DPRK)
    # "… fighting for Russia against Ukraine, according to HUR": a state a comma sets off owns nothing
    assert not facts(bodies, "PART_OF", "organization:ukraine-military-intelligence", RUSSIA)


def test_troops_sent_between_named_leaders_go_between_their_states(bodies: Graph) -> None:
    # "Kim Jong Un decided to send the troops to help President Vladimir Putin"
    assert not facts(bodies, "SUPPLIES", "person:kim-jong-un")
    assert any("commodity:troops" in f.attrs["item"] for f in facts(bodies, "SUPPLIES", DPRK, RUSSIA))
