"""A leader's tour (crossings, sites, escorts, briefings, invitations), a foreign minister's
visit and sanction listings, on reports written for these tests (tests/data/english_tour.txt,
indonesian_listings.txt, indonesian_visit.txt). Each test names the construction it guards."""

from __future__ import annotations

import pytest

from fact_lookup import DATA, facts
from graph.model import Graph
from ingest.pipeline import extract_paths

KIM = "person:kim-jong-un"


@pytest.fixture(scope="module")
def tour() -> Graph:
    return extract_paths([DATA / "english_tour.txt", DATA / "indonesian_listings.txt"]).graph


def test_a_crossing_into_a_state_visits_it_and_the_town_where_he_crossed(tour: Graph) -> None:
    # "He crossed into Russia at the border town of Khasan on Tuesday"
    assert facts(tour, "VISITED", KIM, "state:russia")
    khasan = facts(tour, "VISITED", KIM, "place:khasan")
    assert khasan and khasan[0].date is not None and khasan[0].date.value == "2023-09-12"


def test_a_named_site_is_a_place_in_its_town_and_both_are_visited(tour: Graph) -> None:
    # "Kim toured the Dzemgi aircraft plant in Komsomolsk-on-Amur"
    plant = next((e for e in tour.entities if e.name == "Dzemgi aircraft plant"), None)
    assert plant is not None and plant.type == "Place"
    assert facts(tour, "VISITED", KIM, plant.id) and facts(tour, "VISITED", KIM, "place:komsomolsk-on-amur")
    assert facts(tour, "LOCATED_IN", plant.id, "place:komsomolsk-on-amur")


def test_a_minister_escorting_a_leader_serves_the_leader_s_state_and_is_not_met(tour: Graph) -> None:
    # "He was accompanied by Foreign Minister Choe Son Hui and Defense Minister Pak Jong Chon"
    pak = next(e.id for e in tour.entities if e.name == "Pak Jong Chon")
    role = facts(tour, "HOLDS_ROLE", pak, "state:north-korea")
    assert role and role[0].attrs["role"] == "Minister of Defence"
    assert not facts(tour, "MET_WITH", pak) and not facts(tour, "MET_WITH", obj=pak)


def test_a_briefing_is_a_meeting_and_a_commander_in_chief_leads_his_service(tour: Graph) -> None:
    # "Adm. Viktor Liina, commander-in-chief of the Russian navy, briefed Kim" ("Adm." ends no sentence)
    liina = next(e.id for e in tour.entities if e.name == "Viktor Liina")
    leads = facts(tour, "LEADS", liina, "organization:russian-navy")
    assert leads and leads[0].attrs["role"] == "Commander-in-Chief"
    assert facts(tour, "MET_WITH", KIM, liina)


def test_an_accepted_invitation_plans_the_guest_s_visit(tour: Graph) -> None:
    # "Kim invited Putin to visit Pyongyang at a convenient time, and Putin accepted"
    assert facts(tour, "INVITED", KIM, "person:vladimir-putin")
    visit = facts(tour, "VISITED", "person:vladimir-putin", "place:pyongyang")
    assert visit and visit[0].modality == "planned"


def test_a_listing_after_an_aside_is_its_subject_s_sanction_on_the_titled_person(tour: Graph) -> None:
    # "Inggris, dalam daftar sanksi terbarunya pada Maret 2024, memasukkan Direktur Biro Umum
    # Pengintaian Korut Ri Chang Ho ke daftar hitam atas pengiriman peluru artileri ke Rusia"
    ri = next(e.id for e in tour.entities if e.name == "Ri Chang Ho")
    listed = facts(tour, "SANCTIONS", "state:united-kingdom", ri)
    assert listed and listed[0].date is not None and listed[0].date.value == "2024-03"
    assert "prohibits" not in listed[0].attrs  # the shells are the reason, not what is banned
    # what the reason names is not sanctioned
    assert not facts(tour, "SANCTIONS", "state:united-kingdom", "state:russia")


def test_a_korean_name_named_as_a_target_is_a_person(tour: Graph) -> None:
    # "menjatuhkan sanksi kepada Jon Il Chol karena diduga mengatur pengiriman minyak … ke Korut"
    jon = next((e for e in tour.entities if e.name == "Jon Il Chol"), None)
    assert jon is not None and jon.type == "Person"
    assert facts(tour, "SANCTIONS", "state:south-korea", jon.id)
    assert not facts(tour, "SANCTIONS", "state:south-korea", "state:north-korea")


@pytest.fixture(scope="module")
def visit() -> Graph:
    return extract_paths([DATA / "indonesian_visit.txt"]).graph


def test_at_the_invitation_of_a_body_it_invites_the_subject(tour: Graph, visit: Graph) -> None:
    # "Lavrov tiba di Pyongyang … atas undangan Kementerian Luar Negeri Korea Utara"
    ministry = "organization:ministry-of-foreign-affairs-of-north-korea"
    assert facts(visit, "INVITED", ministry, "person:sergey-lavrov")
    assert not facts(visit, "INVITED", "state:north-korea")
    # "Sergei Lavrov had arrived in Pyongyang in October at the invitation of … Choe Son Hui"
    assert facts(tour, "INVITED", "person:choe-son-hui", "person:sergey-lavrov")


def test_will_go_to_a_place_is_a_planned_visit(visit: Graph) -> None:
    # "Presiden Vladimir Putin akan ke Pyongyang tahun depan"
    planned = facts(visit, "VISITED", "person:vladimir-putin", "place:pyongyang")
    assert planned and planned[0].modality == "planned"


def test_a_body_an_org_noun_names_is_located_where_it_is_based(visit: Graph) -> None:
    # "lembaga kajian Stimson yang berbasis di Washington": one word after the noun is a name
    assert facts(visit, "LOCATED_IN", "organization:stimson", "place:washington")
    # "Pelabuhan Rajin (Najin), Korut": the short name in brackets does not break the address
    assert facts(visit, "LOCATED_IN", "place:rason", "state:north-korea")


def test_aircraft_and_air_defence_missiles_asked_for_are_items(visit: Graph) -> None:
    # "Pyongyang meminta pesawat tempur dan rudal permukaan-ke-udara dari Moskwa"
    asked = facts(visit, "SUPPLIES", "state:russia", "state:north-korea")
    assert asked and asked[0].modality == "requested"
    assert set(asked[0].attrs["item"]) == {"weapon:fighter-aircraft", "weapon:surface-to-air-missile"}


def test_a_sanction_that_counts_its_own_targets_does_not_take_the_last_one(tour: Graph) -> None:
    # "Jepang membekukan aset 11 organisasi …" right after a sanction on Jon Il Chol: Japan's
    # targets are the eleven bodies it does not name, not Jon Il Chol
    assert not facts(tour, "SANCTIONS", "state:japan")
