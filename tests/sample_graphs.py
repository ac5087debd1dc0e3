"""Small hand-built graphs with known answers, shared by the sinks' tests."""

from __future__ import annotations

from graph.ids import entity_id, fact_id
from graph.model import Article, Entity, Evidence, Fact, FactDate, Graph

TEXT = ("Kim Jong Un bertemu Vladimir Putin di Vostochny. Korea Utara memasok peluru artileri kepada Rusia. "
        "Rusia memberi teknologi satelit kepada Korea Utara. Dewan Keamanan PBB menjatuhkan sanksi kepada Korea Utara.")


def _ev(article: str, quote: str, sentence: int) -> Evidence:
    start = TEXT.index(quote)
    return Evidence(article, sentence, start, start + len(quote), quote)


def small_graph() -> Graph:
    """Two states exchanging shells for satellite technology, one meeting, one UN sanction."""
    art = Article("article:small0000000001", "small.txt", "Small test article", "Test Daily", "2023-09-13", "id",
                  "0" * 64, TEXT)
    def ent(t: str, name: str, id_name: str, qid: str | None = None) -> Entity:
        return Entity(entity_id(t, name), t, name, {"en": name, "id": id_name}, (), qid)
    kim = ent("Person", "Kim Jong Un", "Kim Jong Un", "Q56226")
    putin = ent("Person", "Vladimir Putin", "Vladimir Putin", "Q7747")
    prk = ent("State", "North Korea", "Korea Utara", "Q423")
    rus = ent("State", "Russia", "Rusia", "Q159")
    unsc = Entity(entity_id("Organization", "United Nations Security Council"), "Organization",
                  "United Nations Security Council", {"en": "United Nations Security Council", "id": "Dewan Keamanan PBB"},
                  ("UNSC",), "Q37470")
    vost = ent("Place", "Vostochny Cosmodrome", "Kosmodrom Vostochny")
    shells = ent("Weapon", "artillery shell", "peluru artileri")
    sat = ent("Technology", "satellite technology", "teknologi satelit")
    r1718 = Entity("resolution:unsc-1718", "Resolution", "UN Security Council Resolution 1718",
                   {"en": "UN Security Council Resolution 1718", "id": "Resolusi DK PBB 1718"}, ("1718",), None)
    a = art.id
    q_meet = "Kim Jong Un bertemu Vladimir Putin di Vostochny."
    q_sup = "Korea Utara memasok peluru artileri kepada Rusia."
    q_ret = "Rusia memberi teknologi satelit kepada Korea Utara."
    q_san = "Dewan Keamanan PBB menjatuhkan sanksi kepada Korea Utara."
    f_sup_id = fact_id("SUPPLIES", prk.id, rus.id, {"item": [shells.id]})
    f_ret_id = fact_id("SUPPLIES", rus.id, prk.id, {"item": [sat.id]})
    facts = [
        Fact(fact_id("MET_WITH", kim.id, putin.id, {}), "MET_WITH", kim.id, putin.id, {"place": vost.id},
             FactDate("2023-09-13", "day"), "asserted", None, 0.9, (_ev(a, q_meet, 0),)),
        Fact(f_sup_id, "SUPPLIES", prk.id, rus.id,
             {"item": [shells.id], "in_exchange_for": [sat.id], "exchange_fact": f_ret_id},
             FactDate("2023", "year"), "possible", None, 0.7, (_ev(a, q_sup, 1),)),
        Fact(f_ret_id, "SUPPLIES", rus.id, prk.id,
             {"item": [sat.id], "in_exchange_for": [shells.id], "exchange_fact": f_sup_id},
             FactDate("2023", "year"), "possible", None, 0.7, (_ev(a, q_ret, 2),)),
        Fact(fact_id("SANCTIONS", unsc.id, prk.id, {"resolution": r1718.id}), "SANCTIONS", unsc.id, prk.id,
             {"resolution": r1718.id, "measures": ["arms embargo"], "reason": "nuclear test"},
             FactDate("2006", "year"), "asserted", None, 0.9, (_ev(a, q_san, 3),)),
    ]
    return Graph([art], [kim, putin, prk, rus, unsc, vost, shells, sat, r1718], facts)


HOSTILE_NAMES = [
    'Robert "Bobby" O\'Neil',
    "back`tick`",
    "brace } name",
    "slash // comment",
    "MATCH (n) DETACH DELETE n",
    "<script>alert(1)</script>",
    '<img src=x onerror=alert(1)>',
    'triple """ quote',
    "new\nline",
    "greater > less <",
    "Ким Чен Ын",
    "김정은",
]


def hostile_graph() -> Graph:
    """Entities whose names try to break Cypher, Turtle, HTML and CSV writers."""
    text = " ".join(HOSTILE_NAMES)
    art = Article("article:hostile00000001", "hostile.txt", '<script>alert("t")</script> "title"', "Evil & Co",
                  "2024-01-01", "en", "f" * 64, text)
    ents = [Entity(entity_id("Person", n), "Person", n, {"en": n, "id": n}, (n + " alias",), None)
            for n in HOSTILE_NAMES]
    facts = []
    for i in range(len(ents) - 1):
        q = HOSTILE_NAMES[i]
        start = text.index(q)
        facts.append(Fact(fact_id("MET_WITH", ents[i].id, ents[i + 1].id, {}), "MET_WITH", ents[i].id,
                          ents[i + 1].id, {"occasion": HOSTILE_NAMES[i + 1]}, None, "asserted", None, 0.5,
                          (Evidence(art.id, 0, start, start + len(q), q),)))
    return Graph([art], ents, facts)
