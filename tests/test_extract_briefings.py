"""What a briefing reports: visits a modal verb announces, troops sent to a region, technology
shared, a participle phrase between a speaker and his verb, and workers sent home (no transfer).
On a report written for these tests (tests/data/english_briefing.txt)."""

from __future__ import annotations

import pytest

from fact_lookup import DATA, facts
from graph.model import Graph
from ingest.pipeline import extract_paths

NK, RU = "state:north-korea", "state:russia"


@pytest.fixture(scope="module")
def briefing() -> Graph:
    return extract_paths([DATA / "english_briefing.txt"]).graph


def person(g: Graph, name: str) -> str:
    return next(e.id for e in g.entities if e.name == name)


def test_a_noun_trigger_after_a_modal_is_a_verb(briefing: Graph) -> None:
    # "Kim Jong Un would probably visit Russia this spring": "visit" names its destination
    visit = facts(briefing, "VISITED", "person:kim-jong-un", RU)
    assert visit and visit[0].modality != "asserted"


def test_troops_sent_in_the_passive_come_from_their_state(briefing: Graph) -> None:
    # "About 4,000 more North Korean troops have been sent to the Belgorod region"
    sent = [e for f in facts(briefing, "SUPPLIES", NK, RU) for e in f.evidence if "4,000" in e.quote]
    assert sent and sent[0].items == ("commodity:troops",)


def test_a_participle_phrase_names_the_meeting_and_leaves_the_speaker_its_subject(briefing: Graph) -> None:
    # "David Lammy, speaking in Tokyo on Friday after talks with … Takeshi Iwaya, said North Korea
    # had also sent artillery shells to Russia"
    lammy, iwaya = person(briefing, "David Lammy"), person(briefing, "Takeshi Iwaya")
    met = facts(briefing, "MET_WITH", lammy, iwaya)
    assert met and met[0].attrs.get("place") == "place:tokyo"
    shells = [f for f in facts(briefing, "SUPPLIES", NK, RU) if "weapon:artillery-shell" in f.attrs["item"]]
    assert shells and shells[0].attributed_to == lammy


def test_technology_shared_with_a_state_is_supplied_to_it(briefing: Graph) -> None:
    # '"We believe Moscow plans to share submarine technology with Pyongyang," Lammy said'
    shared = facts(briefing, "SUPPLIES", RU, NK)
    assert shared and shared[0].attrs["item"] == ["technology:submarine-technology"]
    assert shared[0].modality == "planned"


def test_workers_sent_home_are_no_transfer(briefing: Graph) -> None:
    # "North Korean workers abroad must be sent home"
    assert not [f for f in facts(briefing, "SUPPLIES") if "commodity:workers" in f.attrs.get("item", ())
                or "commodity:overseas-workers" in f.attrs.get("item", ())]


def evidence_items(g: Graph, quote_part: str) -> tuple[str, ...]:
    return next(e.items for f in facts(g, "SUPPLIES", NK, RU) for e in f.evidence if quote_part in e.quote)


def test_another_name_of_an_item_does_not_end_the_list(briefing: Graph) -> None:
    # "sent self-propelled guns, also known as the Koksan, and multiple rocket launchers to Russia"
    assert set(evidence_items(briefing, "also known as")) == {
        "weapon:self-propelled-gun", "weapon:koksan-howitzer", "weapon:mlrs"}


def test_a_state_that_fires_another_state_s_missiles_was_supplied_them(briefing: Graph) -> None:
    # "Russian forces have fired North Korean KN-24 missiles at Zaporizhzhia"
    assert evidence_items(briefing, "fired North Korean") == ("weapon:kn-24",)
