"""Visits owned by their visitor past what kind of visit they are ("Putin's first visit to North
Korea", "Kim's two-day state visit to Russia"), and a square named after a leader, which is a place
in its city, not him. On a report written for these tests (tests/data/english_visits.txt)."""

from __future__ import annotations

import pytest

from fact_lookup import DATA, facts
from graph.model import Graph
from ingest.pipeline import extract_paths

PUTIN, KIM, SQUARE = "person:vladimir-putin", "person:kim-jong-un", "place:kim-il-sung-square"


@pytest.fixture(scope="module")
def visits() -> Graph:
    return extract_paths([DATA / "english_visits.txt"]).graph


def test_a_possessive_owns_the_visit_past_its_kind(visits: Graph) -> None:
    assert facts(visits, "VISITED", PUTIN, "state:north-korea")
    assert facts(visits, "VISITED", KIM, "state:russia")


def test_a_square_named_after_a_leader_is_a_place_in_the_city_that_has_it(visits: Graph) -> None:
    assert SQUARE in {e.id for e in visits.entities}
    assert "person:kim-il-sung" not in {e.id for e in visits.entities}
    assert facts(visits, "LOCATED_IN", SQUARE, "place:pyongyang")  # "Pyongyang's Kim Il Sung Square"
    assert facts(visits, "MET_WITH", KIM, PUTIN) or facts(visits, "MET_WITH", PUTIN, KIM)


@pytest.fixture(scope="module")
def talks() -> Graph:
    return extract_paths([DATA / "indonesian_visits.txt"]).graph


def test_a_meeting_is_where_its_kind_of_place_names_it_and_a_relative_clause_s_date_is_not_its(talks: Graph) -> None:
    # "perundingan dengan Menteri Luar Negeri Korut Choe Son Hui di Kawasan Wisata Pesisir
    # Wonsan-Kalma, resor raksasa yang baru dibuka untuk umum pada 1 Juli lalu"
    met = facts(talks, "MET_WITH", "person:choe-son-hui", "person:sergey-lavrov")
    assert met and met[0].attrs.get("place") == "place:wonsan-kalma"
    assert met[0].date is None or met[0].date.value != "2025-07-01"
    assert facts(talks, "VISITED", "person:sergey-lavrov", "place:wonsan-kalma")
    assert "place:pesisir" not in {e.id for e in talks.entities}  # a word of the kind, not a place


def test_a_passive_reception_is_the_subject_s_and_no_meeting_of_the_one_named_before(visits: Graph) -> None:
    # "Choe Son Hui, …, held talks … with … Sergei Lavrov and was received by President Vladimir Putin"
    choe, lavrov = "person:choe-son-hui", "person:sergey-lavrov"
    assert facts(visits, "MET_WITH", choe, lavrov)
    assert facts(visits, "MET_WITH", choe, PUTIN)
    assert not facts(visits, "MET_WITH", lavrov, PUTIN) and not facts(visits, "MET_WITH", PUTIN, lavrov)


def test_a_counterpart_holds_the_same_office_for_his_own_state(visits: Graph, talks: Graph) -> None:
    # "… held talks … with her Russian counterpart Sergei Lavrov"; "bertemu rekannya dari Korea Utara, No Kwang Chol"
    lavrov = facts(visits, "HOLDS_ROLE", "person:sergey-lavrov", "state:russia")
    assert lavrov and lavrov[0].attrs["role"] == "Minister of Foreign Affairs"
    no = facts(talks, "HOLDS_ROLE", "person:no-kwang-chol", "state:north-korea")
    assert no and no[0].attrs["role"] == "Minister of Defence"
    assert not facts(talks, "HOLDS_ROLE", "person:no-kwang-chol", "state:russia")


def test_attending_an_event_in_a_place_visits_it_for_the_main_clause_s_subject(talks: Graph) -> None:
    # "Choe Son Hui tiba di Moskwa … setelah menghadiri sebuah forum keamanan di Beijing, China"
    choe = "person:choe-son-hui"
    assert facts(talks, "VISITED", choe, "place:beijing") and facts(talks, "VISITED", choe, "place:moscow")
