"""Geography stated in passing, headlines, wars, troops abroad and what is received, on two
reports written for these tests (tests/data/*_geography.txt). Each test names the construction it guards."""

from __future__ import annotations

import pytest

from fact_lookup import DATA, facts
from graph.model import Graph
from ingest.pipeline import extract_paths


@pytest.fixture(scope="module")
def geo() -> Graph:
    return extract_paths([DATA / "english_geography.txt", DATA / "indonesian_geography.txt"]).graph


def test_a_state_s_body_is_part_of_it_in_either_word_order(geo: Graph) -> None:
    # "South Korea's Defence Intelligence Agency"; "Badan Intelijen Pertahanan (DIA) Korea Selatan"
    assert facts(geo, "PART_OF", "organization:defence-intelligence-agency", "state:south-korea")
    assert facts(geo, "PART_OF", "organization:badan-intelijen-pertahanan", "state:south-korea")
    assert facts(geo, "PART_OF", "organization:ministry-of-defence-of-japan", "state:japan")
    # a function word or a member's name before the body is no part of its name
    names = {e.id for e in geo.entities}
    assert "organization:asia-policy-institute" in names and "person:kim-soo-ah" in names


def test_places_and_bodies_are_located_by_of_in_based_and_apposition(geo: Graph) -> None:
    kursk = facts(geo, "LOCATED_IN", "place:kursk-oblast", "state:russia")
    assert kursk and {e.quote[:5] for e in kursk[0].evidence} == {"North", "Badan"}  # "region of Russia"; "Kursk, Rusia"
    assert facts(geo, "LOCATED_IN", "organization:sejong-institute", "place:seoul")  # "… Institute in Seoul"
    assert facts(geo, "LOCATED_IN", "organization:asia-policy-institute", "place:seoul")  # "the Seoul-based …"
    assert facts(geo, "LOCATED_IN", "organization:baltic-maritime-agency", "place:vladivostok")  # ", a … based in"
    assert facts(geo, "LOCATED_IN", "organization:hanyang-university", "place:seoul")  # "Universitas Hanyang, Seoul"
    rason = facts(geo, "LOCATED_IN", "place:rason", "state:north-korea")  # ", a special economic zone in …"
    assert rason and len(rason[0].evidence) == 2


def test_a_capital_described_and_a_place_told_by_its_side_of_a_state_are_located(geo: Graph) -> None:
    # "dari Pyongyang, ibu kota Korea Utara, menuju Vladivostok di timur Rusia"
    assert [e.quote[:9] for f in facts(geo, "LOCATED_IN", "place:pyongyang", "state:north-korea")
            for e in f.evidence] == ["Rombongan"]
    assert facts(geo, "LOCATED_IN", "place:vladivostok", "state:russia")
    # "ke wilayah Kharkiv timur laut Ukraina"
    assert facts(geo, "LOCATED_IN", "place:kharkiv-oblast", "state:ukraine")


def test_troops_sent_into_an_enemy_s_land_are_no_supply(geo: Graph) -> None:
    # "Rusia, yang menginvasi Ukraina …", then "Rusia terus mengirim pasukan ke wilayah Kharkiv …
    # Ukraina": the place names the side they go to (not the article's other state), and an
    # army sent into the land of the state it is at war with is not supplied to it
    troops = [f for f in facts(geo, "SUPPLIES", "state:russia") if "commodity:troops" in f.attrs.get("item", ())]
    assert troops == []


def test_lists_capitals_acting_and_deployed_troops_are_no_geography(geo: Graph) -> None:
    located = {(f.subject, f.object) for f in facts(geo, "LOCATED_IN")}
    # "talks in Pyongyang, Moscow and Beijing"; "Moscow's war in Ukraine"; "Tentara Korut di Kursk"
    # (Pyongyang in North Korea is stated elsewhere, by "Pyongyang, ibu kota Korea Utara")
    assert not {p for p in located if p[0] in ("place:pyongyang", "place:moscow")} - {
        ("place:pyongyang", "state:north-korea")}
    assert not facts(geo, "LOCATED_IN", "organization:tentara-korut")
    assert all(f.attributed_to is None for f in facts(geo, "LOCATED_IN") + facts(geo, "PART_OF"))


def test_a_title_case_headline_names_only_what_the_catalog_knows(geo: Graph) -> None:
    # "…, Sebut Tentara Rakyat Siap Bertahan Lama": every word has a capital, none is a name
    assert not [e.id for e in geo.entities if "sebut" in e.id or "bertahan" in e.id or "tentara-rakyat" in e.id]


def test_an_apposition_that_calls_a_name_an_agency_makes_it_an_organisation(geo: Graph) -> None:
    # "Dalny Vostok Tur, agen perjalanan yang berbasis di Khabarovsk"
    assert facts(geo, "LOCATED_IN", "organization:dalny-vostok-tur", "place:khabarovsk")


def test_clashes_between_two_sides_and_a_state_that_invaded_another_are_wars(geo: Graph) -> None:
    # "the first clashes between Ukrainian drone units and North Korean infantry"
    assert facts(geo, "AT_WAR_WITH", "state:north-korea", "state:ukraine")
    # "Rusia, yang menginvasi Ukraina pada Februari 2022": the verb's object is the other side
    war = facts(geo, "AT_WAR_WITH", "state:russia", "state:ukraine")
    assert war and war[0].date is not None and war[0].date.value == "2022-02"


def test_troops_of_one_main_state_in_the_others_land_were_sent_there(geo: Graph) -> None:
    # "Some 2,000 more North Korean soldiers are believed to be in Russia's Belgorod region"
    sent = [f for f in facts(geo, "SUPPLIES", "state:north-korea", "state:russia") if f.modality == "possible"]
    assert sent and "commodity:troops" in sent[0].attrs["item"]
    # "bertempur … Tentara Korut di Kursk" names no sender in the Indonesian article, and Ukraine's
    # own forces are never "sent" to the land they fight in
    assert not facts(geo, "SUPPLIES", "state:ukraine")


def test_what_a_state_will_get_comes_from_the_giver_not_from_the_speakers_university(geo: Graph) -> None:
    # '"Korut akan mendapat teknologi satelit dari Rusia," kata Dewi Lestari dari Universitas Gadjah Mada'
    got = facts(geo, "SUPPLIES", "state:russia", "state:north-korea")
    assert got and got[0].modality == "planned"
    assert not [f for f in facts(geo, "SUPPLIES") if f.subject.startswith("organization:")]
    # "Kim mendapat kehormatan untuk menaiki kereta …": an honour is no transfer
    assert not facts(geo, "SUPPLIES", obj="person:kim-jong-un")


def test_a_receipt_of_a_shipment_comes_from_where_the_shipment_comes_from(geo: Graph) -> None:
    # "Ukraina menerima kiriman senjata baru dari AS": the receiver is not the shipper
    assert facts(geo, "SUPPLIES", "state:united-states", "state:ukraine")
    assert not facts(geo, "SUPPLIES", "state:ukraine")


def test_a_place_in_a_state_s_region_lies_in_the_region_and_an_address_is_no_list(geo: Graph) -> None:
    # "the Vostochny Cosmodrome in Russia's Amur region"; "Kosmodrom Vostochny di Wilayah Amur, Timur Jauh Rusia"
    inside = facts(geo, "LOCATED_IN", "place:vostochny-cosmodrome", "place:amur-oblast")
    assert inside and {e.quote[:3] for e in inside[0].evidence} == {"The", "Del"}
    assert not facts(geo, "LOCATED_IN", "place:vostochny-cosmodrome", "state:russia")
    assert facts(geo, "LOCATED_IN", "place:amur-oblast", "state:russia")


def test_a_place_in_a_region_named_after_an_article_or_its_kind_and_before_a_joined_clause(geo: Graph) -> None:
    # "the Sohae … in the North Pyongan Province, and Kim watched it": "and" joins a clause, not a
    # place of a list; "… Sohae di Provinsi Pyongan Utara"; "Khasan di Wilayah Primorye, dan pulang"
    sohae = facts(geo, "LOCATED_IN", "place:sohae-satellite-launching-station", "place:north-pyongan-province")
    assert sohae and {e.quote[:3] for e in sohae[0].evidence} == {"The", "Seb"}
    assert facts(geo, "LOCATED_IN", "place:khasan", "place:primorsky-krai")


def test_a_state_s_city_or_region_and_a_body_s_city_after_its_name(geo: Graph) -> None:
    # "the northeastern Ukrainian city of Kharkiv"; "Russia's Tuva republic"; "CSIS Jakarta"
    assert facts(geo, "LOCATED_IN", "place:kharkiv-oblast", "state:ukraine")
    tuva = next(e for e in geo.entities if e.name == "Tuva republic")
    assert facts(geo, "LOCATED_IN", tuva.id, "state:russia")
    assert "Tuva" in tuva.aliases  # a region is also called by its name alone
    assert not any(a == "Knevichi" for e in geo.entities for a in e.aliases)  # a site is not
    csis = next(e.id for e in geo.entities if e.name == "Centre for Strategic and International Studies")
    assert facts(geo, "LOCATED_IN", csis, "place:jakarta")
