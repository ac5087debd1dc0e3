"""Envoys' visits told in passing: a trip in a relative clause, a pronoun subject after the
speaker, a passive reception, a clause after a contrast with its own subject, a body head's
title. On two reports written for these tests (tests/data/*_envoys.txt)."""

from __future__ import annotations

import pytest

from fact_lookup import DATA, facts
from graph.model import Graph
from ingest.pipeline import extract_paths

LAVROV, CHOE, KIM = "person:sergey-lavrov", "person:choe-son-hui", "person:kim-jong-un"


@pytest.fixture(scope="module")
def envoys() -> Graph:
    return extract_paths([DATA / "english_envoys.txt", DATA / "indonesian_envoys.txt"]).graph


def test_a_trip_in_a_relative_clause_is_its_head_s_visit(envoys: Graph) -> None:
    # "Sergei Lavrov, who met Kim Jong Un on Thursday during a two-day trip to Wonsan": Lavrov's
    # trip, not Kim's, and Wonsan is a catalog city of North Korea
    assert facts(envoys, "VISITED", LAVROV, "place:wonsan")
    assert not facts(envoys, "VISITED", KIM, "place:wonsan")
    assert facts(envoys, "MET_WITH", KIM, LAVROV)


def test_the_speaker_is_a_party_where_a_pronoun_makes_him_the_subject(envoys: Graph) -> None:
    # '… Lavrov told reporters, where he also held talks with his counterpart, Choe Son Hui'
    met = facts(envoys, "MET_WITH", CHOE, LAVROV)
    assert met and met[0].attributed_to is None  # a side is not the source of his own meeting


def test_a_person_received_in_the_passive_meets_the_host(envoys: Graph) -> None:
    # "Choe Son Hui diterima Presiden Vladimir Putin di Kremlin"
    assert facts(envoys, "MET_WITH", CHOE, "person:vladimir-putin")


def test_after_a_contrast_a_second_verb_keeps_its_own_clause_s_subject(envoys: Graph) -> None:
    # "Lavrov bertemu Kim Jong Un …, sementara Kepala Dinas Intelijen Luar Negeri Rusia (SVR)
    # Sergei Naryshkin berkunjung … dan bertemu Menteri Keamanan Negara Korut Ri Chang Dae"
    ri = next(e.id for e in envoys.entities if e.name == "Ri Chang Dae")
    assert facts(envoys, "MET_WITH", ri, "person:sergei-naryshkin")
    assert not facts(envoys, "MET_WITH", ri, LAVROV)
    head = facts(envoys, "LEADS", "person:sergei-naryshkin", "organization:foreign-intelligence-service-of-russia")
    assert head and head[0].attrs["role"] == "Head"


def test_a_meeting_in_a_kind_of_place_is_held_there_and_visits_it(envoys: Graph) -> None:
    # "Sergei Shoigu kemudian bertemu Kim Jong Un di kota pesisir Wonsan"
    met = facts(envoys, "MET_WITH", KIM, "person:sergei-shoigu")
    assert met and met[0].attrs.get("place") == "place:wonsan"
    assert facts(envoys, "VISITED", "person:sergei-shoigu", "place:wonsan")


def test_an_expert_after_an_opener_and_a_translated_institute_name(envoys: Graph) -> None:
    # "Menurut Cho Han-bum, peneliti di Institut Korea untuk Unifikasi Nasional di Seoul"
    cho = next((e for e in envoys.entities if e.name == "Cho Han-bum"), None)
    assert cho is not None and cho.type == "Person"
    body = "organization:institut-korea-untuk-unifikasi-nasional"
    assert facts(envoys, "AFFILIATED_WITH", cho.id, body)
    assert facts(envoys, "LOCATED_IN", body, "place:seoul")


def test_the_two_named_before_meet_and_a_korean_name_before_its_apposition_is_found(envoys: Graph) -> None:
    # "… Alexander Kozlov, Russia's natural resources minister, and Yun Jong Ho, North Korea's
    # external economic relations minister. The two met in Vladivostok in September."
    yun = next((e.id for e in envoys.entities if e.name == "Yun Jong Ho"), None)
    assert yun is not None
    kozlov = next(e.id for e in envoys.entities if e.name == "Alexander Kozlov")
    met = facts(envoys, "MET_WITH", kozlov, yun)
    assert met and met[0].attrs.get("place") == "place:vladivostok"
    assert facts(envoys, "VISITED", yun, "place:vladivostok")  # the foreign side came there
