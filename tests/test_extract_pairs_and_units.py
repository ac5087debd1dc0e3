"""Indonesian phrasings of the round that added held-out sets 13 and 14: "keduanya bertemu" after
two people named in the same sentence, an invitation owned by the person after the noun, a
month of last year, a department named by its field before its body, and the place after a
closing quote. On a report written for these tests (tests/data/indonesian_units.txt)."""

from __future__ import annotations

import pytest

from fact_lookup import DATA, facts
from graph.model import Graph
from ingest.pipeline import extract_paths

KIM, PUTIN = "person:kim-jong-un", "person:vladimir-putin"


@pytest.fixture(scope="module")
def units() -> Graph:
    return extract_paths([DATA / "indonesian_units.txt"]).graph


def test_the_two_named_before_keduanya_met_then(units: Graph) -> None:
    # "Putin … memenuhi undangan … Kim Jong Un yang disampaikan saat keduanya bertemu di Kosmodrom
    # Vostochny, September tahun lalu" (the article is of May 2024)
    met = facts(units, "MET_WITH", KIM, PUTIN)
    assert met and met[0].date is not None and met[0].date.value == "2023-09"
    assert met[0].attrs["place"] == "place:vostochny-cosmodrome"


def test_the_owner_after_an_accepted_invitation_invites(units: Graph) -> None:
    assert facts(units, "INVITED", KIM, PUTIN)
    assert not facts(units, "INVITED", KIM, "state:north-korea")
    assert any(f.modality == "planned" for f in facts(units, "VISITED", PUTIN, "place:pyongyang"))


def test_a_department_named_by_its_field_belongs_to_the_body_named_after_it(units: Graph) -> None:
    # "peneliti Departemen Hubungan Internasional CSIS Indonesia"; "Departemen Pertahanan AS" stays whole
    assert [f.object for f in facts(units, "AFFILIATED_WITH", "person:andika-prasetya")] == ["organization:csis-indonesia"]
    assert facts(units, "PART_OF", "organization:us-department-of-defense", "state:united-states")


def test_a_place_after_a_closing_quote_locates_nothing_in_the_quote(units: Graph) -> None:
    # '"… melalui PBB," ujarnya di Jakarta'
    assert not facts(units, "LOCATED_IN", obj="place:jakarta")


def test_a_treaty_named_binds_its_parties(units: Graph) -> None:
    # "sesuai Pasal 4 Perjanjian Kemitraan Strategis Komprehensif": the catalog gives its parties
    treaty = "resolution:russia-north-korea-partnership-treaty"
    bound = facts(units, "COOPERATES_WITH", "state:north-korea", "state:russia")
    assert bound and bound[0].attrs["through"] == treaty
    assert not facts(units, "SANCTIONS")  # a treaty is typed Resolution, but sanctions no one
    entity = next(e for e in units.entities if e.id == treaty)
    assert entity.description and "19 June 2024" in entity.description


def test_a_kind_of_body_opening_a_sentence_is_no_part_of_its_name(units: Graph) -> None:
    # "Lembaga kajian Royal United Services Institute (RUSI) di London …"
    rusi = next(e.id for e in units.entities if e.name == "Royal United Services Institute")
    assert facts(units, "LOCATED_IN", rusi, "place:london")
