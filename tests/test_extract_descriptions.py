"""People named again by their office ("the North Korean leader", "Presiden Rusia itu") are the
people the article showed in that office; a former office holder and a name that follows the
title are no such description. On two reports written for these tests
(tests/data/*_descriptions.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from fact_lookup import DATA, facts
from graph.model import Graph
from ingest.pipeline import extract_paths

PUTIN, KIM, SHOIGU = "person:vladimir-putin", "person:kim-jong-un", "person:sergei-shoigu"
RUSSIA, DPRK = "state:russia", "state:north-korea"


@pytest.fixture(scope="module")
def english() -> Graph:
    return extract_paths([DATA / "english_descriptions.txt"]).graph


@pytest.fixture(scope="module")
def indonesian() -> Graph:
    return extract_paths([DATA / "indonesian_descriptions.txt"]).graph


def _quotes(graph: Graph, kind: str, subject: str, obj: str) -> list[str]:
    return [ev.quote for f in facts(graph, kind, subject, obj) for ev in f.evidence]


def test_an_office_named_again_is_its_holder(english: Graph, indonesian: Graph) -> None:
    # "The North Korean leader later met the Russian defence minister", after "North Korean
    # leader Kim Jong Un" and "Russia's Defence Minister Sergei Shoigu"
    assert any(q.startswith("The North Korean leader later met") for q in _quotes(english, "MET_WITH", KIM, SHOIGU))
    # "Pemimpin Korut itu kemudian bertemu Menteri Pertahanan Rusia"
    assert any(q.startswith("Pemimpin Korut itu") for q in _quotes(indonesian, "MET_WITH", KIM, SHOIGU))


def test_a_described_person_is_no_state(english: Graph, indonesian: Graph) -> None:
    # "The Russian leader thanked the North Korean leader for his support of the war in Ukraine":
    # two people; North Korea is not said to be at war here
    assert not facts(english, "AT_WAR_WITH", DPRK, "state:ukraine")
    assert not facts(english, "AT_WAR_WITH", RUSSIA, DPRK)
    # "Presiden Rusia itu berjanji membantu Korea Utara membangun satelit": the promise is Putin's
    # for Russia, so the transfer stays Russia's
    assert facts(indonesian, "SUPPLIES", RUSSIA, DPRK)


def test_a_former_office_holder_and_a_named_holder_are_not_descriptions(english: Graph, indonesian: Graph) -> None:
    # "A former Russian president, Dmitry Medvedev" and "Mantan Presiden Rusia Dmitry Medvedev"
    for graph in (english, indonesian):
        medvedev = next(e.id for e in graph.entities if e.name == "Dmitry Medvedev")
        held = facts(graph, "HOLDS_ROLE", medvedev, RUSSIA)
        assert held and held[0].attrs["role"] == "Former President"
        assert not facts(graph, "LEADS", medvedev, RUSSIA)
    # "Russian President Vladimir Putin" introduces the name: Putin leads Russia, once
    assert facts(english, "LEADS", PUTIN, RUSSIA)
    assert facts(indonesian, "LEADS", PUTIN, RUSSIA)


def test_an_office_nobody_held_yet_names_nobody() -> None:
    # an office before anyone was shown in it, a role nobody held, two holders of one office
    from ingest.descriptions import OfficeHolders

    holders = OfficeHolders()
    assert holders.holder(RUSSIA, "President", leader=True) is None
    holders.learn(PUTIN, RUSSIA, "President")
    assert holders.holder(RUSSIA, "Leader", leader=True) == PUTIN  # "the Russian leader"
    assert holders.holder(RUSSIA, "Minister of Defence", leader=False) is None
    holders.learn("person:mikhail-mishustin", RUSSIA, "Prime Minister")
    assert holders.holder(RUSSIA, "Leader", leader=True) == PUTIN  # the president before the premier
    holders.learn(SHOIGU, RUSSIA, "Minister of Defence")
    holders.learn("person:andrey-belousov", RUSSIA, "Minister of Defence")
    assert holders.holder(RUSSIA, "Minister of Defence", leader=False) is None  # two holders: ambiguous


def test_a_guest_welcomed_to_a_place_met_his_host_there(english: Graph, indonesian: Graph) -> None:
    # "Putin welcomed North Korean leader Kim Jong Un to the Vostochny Cosmodrome",
    # "menyambut pemimpin Korea Utara Kim Jong Un di Kosmodrom Vostochny"
    for graph in (english, indonesian):
        met = facts(graph, "MET_WITH", KIM, PUTIN)
        assert met and met[0].attrs.get("place") == "place:vostochny-cosmodrome"
        assert facts(graph, "VISITED", KIM, "place:vostochny-cosmodrome")


@pytest.mark.parametrize("published, minister", [("2023-07-27", SHOIGU), ("2025-06-04", "person:andrey-belousov")])
def test_an_office_the_article_never_filled_is_the_catalog_holder_on_its_date(
        tmp_path: Path, published: str, minister: str) -> None:
    # no name for either office in the report: the catalog says who held it on the article's day
    report = tmp_path / "report.txt"
    report.write_text("Defence talks in Pyongyang\n\n"
                      f"SEOUL, {published} (Wire)\n\n"
                      "The North Korean leader met the Russian defence minister in Pyongyang on Thursday.\n",
                      encoding="utf-8")
    graph = extract_paths([report]).graph
    assert graph.articles[0].published == published
    assert facts(graph, "MET_WITH", *sorted((KIM, minister)))  # a meeting's ends are in id order


def test_an_undated_report_leaves_an_unfilled_office_unnamed(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text("Defence talks in Pyongyang\n\n"
                      "The North Korean leader met the Russian defence minister in Pyongyang on Thursday.\n",
                      encoding="utf-8")
    graph = extract_paths([report]).graph
    assert not [f for f in graph.facts if f.type == "MET_WITH"]


def test_a_description_still_tells_the_office(english: Graph) -> None:
    # "The North Korean leader later met the Russian defence minister": each holds what he is called
    assert any(q.startswith("The North Korean leader later met") for q in _quotes(english, "LEADS", KIM, DPRK))
    assert any(q.startswith("The North Korean leader later met")
               for q in _quotes(english, "HOLDS_ROLE", SHOIGU, RUSSIA))


@pytest.fixture(scope="module")
def anaphora() -> Graph:
    return extract_paths([DATA / "indonesian_anaphora.txt", DATA / "english_anaphora.txt"]).graph


def test_a_kind_of_person_of_a_state_with_a_demonstrative_is_the_one_just_named(anaphora: Graph) -> None:
    # "Menteri Luar Negeri Rusia Sergei Lavrov menyampaikan salam dari Presiden Vladimir Putin …
    # Sebelum diterima Kim, diplomat senior Rusia itu berunding dengan Menlu Korut Choe Son Hui":
    # the subject named first, not Putin named after him
    lavrov, choe = "person:sergey-lavrov", "person:choe-son-hui"
    assert facts(anaphora, "MET_WITH", choe, lavrov)
    assert facts(anaphora, "MET_WITH", KIM, lavrov)
    assert not facts(anaphora, "MET_WITH", choe, PUTIN)
    # "Mantan menteri pertahanan Rusia itu kemudian bertemu Kim di Wonsan": a former office names
    # the person too
    assert facts(anaphora, "MET_WITH", KIM, SHOIGU)
    # "The veteran Russian diplomat later held talks with Kim Jong Un"
    assert any("veteran Russian diplomat" in ev.quote for f in facts(anaphora, "MET_WITH", KIM, lavrov)
               for ev in f.evidence)


def test_a_kind_of_person_without_a_demonstrative_names_nobody(anaphora: Graph) -> None:
    # "A Russian official met Choe Son Hui later that day": anyone of that state, not Lavrov
    met = facts(anaphora, "MET_WITH", "person:choe-son-hui", "person:sergey-lavrov")
    assert met and not [ev for f in met for ev in f.evidence if "A Russian official" in ev.quote]
