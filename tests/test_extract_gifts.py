"""Gifts between leaders and the Kim meant by a bare "Kim": gift verbs, a car named by its make,
the maker of an item who is not its giver, the leader whose title names his state as the
recipient, and of two Kims named as often the one in office. On a report written for these
tests (tests/data/indonesian_gifts.txt)."""

from __future__ import annotations

import pytest

from fact_lookup import DATA, facts
from graph.model import Graph
from ingest.pipeline import extract_paths

KIM, KIM_JONG_IL, PUTIN = "person:kim-jong-un", "person:kim-jong-il", "person:vladimir-putin"


@pytest.fixture(scope="module")
def gifts() -> Graph:
    return extract_paths([DATA / "indonesian_gifts.txt"]).graph


def test_a_gift_of_a_russian_made_car_goes_from_putin_to_kim(gifts: Graph) -> None:
    # "Putin kembali menghadiahkan mobil mewah buatan Rusia, Aurus Senat, kepada pemimpin Korea
    # Utara (Korut) Kim Jong Un": the maker is no giver, the titled leader is the recipient
    given = facts(gifts, "SUPPLIES", PUTIN, KIM)
    assert given and given[0].attrs["item"] == ["commodity:luxury-car"]
    assert len(given[0].evidence) == 2
    assert not facts(gifts, "SUPPLIES", "state:russia")


def test_of_two_kims_named_as_often_the_one_in_office_is_meant(gifts: Graph) -> None:
    # "ayah Kim, pemimpin Korut saat itu Kim Jong Il" … "Putin memberi Kim sebuah limusin Aurus"
    assert facts(gifts, "LEADS", KIM_JONG_IL, "state:north-korea")
    assert not facts(gifts, "SUPPLIES", PUTIN, KIM_JONG_IL)
    assert facts(gifts, "MET_WITH", KIM_JONG_IL, PUTIN)
