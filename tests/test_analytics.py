"""Analytics on small hand-built graphs whose answers are known by construction."""

from __future__ import annotations

import networkx as nx
import pytest
from analytics_graphs import GraphBuilder

from graph.analytics.centrality import centrality, ranked
from graph.analytics.communities import brokers, detect
from graph.analytics.exchange import exchange
from graph.analytics.paths import NameNotResolved, resolve, shortest_paths
from graph.analytics.projections import project
from graph.analytics.sources import single_source
from graph.analytics.timeline import timeline
from graph.model import FactDate


def star() -> tuple[GraphBuilder, str, list[str]]:
    """One hub person who met four others; the others never met each other."""
    b = GraphBuilder()
    hub = b.entity("Person", "Hub Person")
    leaves = [b.entity("Person", f"Leaf {i}") for i in range(4)]
    for leaf in leaves:
        b.fact("MET_WITH", hub, leaf)
    return b, hub, leaves


def test_star_hub_is_most_central_on_every_measure() -> None:
    b, hub, leaves = star()
    G = project(b.graph(), "actors")
    scores = centrality(G)
    assert ranked(scores)[0] == hub
    assert scores[hub].degree == 4
    assert scores[hub].betweenness == pytest.approx(1.0)
    assert all(scores[leaf].betweenness == 0 for leaf in leaves)
    assert scores[hub].pagerank > max(scores[leaf].pagerank for leaf in leaves)
    assert not scores[hub].betweenness_sampled


def test_projections_keep_the_documented_types() -> None:
    b = GraphBuilder()
    kp, ru = b.entity("State", "North Korea"), b.entity("State", "Russia")
    shell = b.entity("Weapon", "artillery shell")
    place = b.entity("Place", "Vostochny")
    kim, putin = b.entity("Person", "Kim"), b.entity("Person", "Putin")
    b.fact("SUPPLIES", kp, ru, {"item": [shell]})
    b.fact("MET_WITH", kim, putin, {"place": place})
    g = b.graph()
    actors, items, full = (project(g, k) for k in ("actors", "actors_items", "full"))
    assert set(actors) == {kp, ru, kim, putin}
    assert set(items) == {kp, ru, kim, putin, shell}
    assert set(full) == {kp, ru, kim, putin, shell, place}
    # the item role links both ends of the transfer to the item; the place links both people to it
    assert set(items[shell]) == {kp, ru}
    assert set(full[place]) == {kim, putin}
    assert actors[kp][ru]["weight"] == 1 and actors[kp][ru]["types"] == {"SUPPLIES"}


def test_repeated_facts_add_weight_not_edges() -> None:
    b = GraphBuilder()
    a, c = b.entity("Person", "A"), b.entity("Person", "C")
    f1, f2 = b.fact("MET_WITH", a, c), b.fact("MET_WITH", c, a)
    G = project(b.graph(), "actors")
    assert G.number_of_edges() == 1
    assert G[a][c]["weight"] == 2 and sorted(G[a][c]["facts"]) == sorted([f1, f2])


def barbell() -> tuple[GraphBuilder, list[str], list[str]]:
    """Two groups of four people who all met within their group, one meeting across."""
    b = GraphBuilder()
    left = [b.entity("Person", f"Left {i}") for i in range(4)]
    right = [b.entity("Person", f"Right {i}") for i in range(4)]
    for group in (left, right):
        for i, u in enumerate(group):
            for v in group[i + 1:]:
                b.fact("MET_WITH", u, v)
    b.fact("MET_WITH", left[0], right[0])
    return b, left, right


@pytest.mark.parametrize("louvain_limit", [10_000, 0], ids=["louvain", "label_propagation"])
def test_barbell_splits_into_its_two_groups_with_the_bridge_as_brokers(louvain_limit: int) -> None:
    b, left, right = barbell()
    G = project(b.graph(), "actors")
    comms = detect(G, louvain_limit=louvain_limit)
    assert comms.method == ("louvain" if louvain_limit else "label_propagation")
    assert sorted(map(sorted, comms.groups)) == sorted([sorted(left), sorted(right)])
    assert [x.node for x in brokers(G, comms)] == sorted([left[0], right[0]])
    assert all(x.bridged == 1 and x.crossing_facts == 1 for x in brokers(G, comms))


def test_betweenness_is_sampled_above_the_limit_and_repeatable() -> None:
    G = nx.relabel_nodes(nx.barabasi_albert_graph(300, 2, seed=1), str)
    first = centrality(G, exact_limit=100, k=20)
    again = centrality(G, exact_limit=100, k=20)
    exact = centrality(G)
    assert all(s.betweenness_sampled for s in first.values())
    assert not any(s.betweenness_sampled for s in exact.values())
    assert {n: s.betweenness for n, s in first.items()} == {n: s.betweenness for n, s in again.items()}
    top_exact = set(ranked(exact, "betweenness")[:5])
    assert len(top_exact & set(ranked(first, "betweenness")[:10])) >= 3  # the sample finds the big hubs


def test_three_way_supply_cycle_is_found_and_marked_implied() -> None:
    b = GraphBuilder()
    x, y, z, w = (b.entity("State", n) for n in ("Xland", "Yland", "Zland", "Wland"))
    oil, gun, food = b.entity("Commodity", "oil"), b.entity("Weapon", "gun"), b.entity("Commodity", "food")
    fxy = b.fact("SUPPLIES", x, y, {"item": [oil]})
    b.fact("SUPPLIES", y, z, {"item": [gun]})
    b.fact("SUPPLIES", z, x, {"item": [food]})
    b.fact("SUPPLIES", w, x, {"item": [gun]})  # one-way: in no cycle
    ex = exchange(b.graph())
    assert len(ex.cycles) == 1
    cyc = ex.cycles[0]
    assert sorted(cyc.actors) == sorted([x, y, z]) and w not in cyc.actors
    assert not cyc.declared
    legs = {(leg.supplier, leg.recipient): leg for leg in cyc.legs}
    assert legs[(x, y)].transfers[0].fact == fxy and legs[(x, y)].transfers[0].items == [oil]
    assert ex.declared == []


def test_declared_exchange_without_a_reported_return_is_listed() -> None:
    b = GraphBuilder()
    kp, ru = b.entity("State", "North Korea"), b.entity("State", "Russia")
    shell, oil = b.entity("Weapon", "artillery shell"), b.entity("Commodity", "oil")
    b.fact("SUPPLIES", kp, ru, {"item": [shell], "in_exchange_for": [oil]})
    ex = exchange(b.graph())
    assert ex.cycles == []
    assert [(t.supplier, t.recipient, t.items, t.in_exchange_for) for t in ex.declared] == [(kp, ru, [shell], [oil])]


def test_cycle_search_stops_at_the_limit() -> None:
    b = GraphBuilder()
    states = [b.entity("State", f"S{i}") for i in range(5)]
    for u in states:
        for v in states:
            if u != v:
                b.fact("SUPPLIES", u, v)
    full = exchange(b.graph(), max_length=2, max_cycles=1000)
    assert len(full.cycles) == 10 and not full.truncated  # every pair of five, both ways
    cut = exchange(b.graph(), max_length=2, max_cycles=3)
    assert len(cut.cycles) == 3 and cut.truncated


def named() -> GraphBuilder:
    b = GraphBuilder()
    b.entity("Person", "Sergei Shoigu", {"en": "Sergei Shoigu", "id": "Sergei Shoigu"}, ("Sergey Shoygu",))
    b.entity("State", "North Korea", {"en": "North Korea", "id": "Korea Utara"}, ("DPRK",))
    b.entity("Person", "Kim Jong Un", {"en": "Kim Jong Un", "id": "Kim Jong-un"})
    b.entity("Place", "Pyongyang")
    return b


@pytest.mark.parametrize("text,expected", [
    ("sergey  SHOYGU", "person:sergei-shoigu"), ("korea utara", "state:north-korea"), ("dprk", "state:north-korea"),
    ("KIM JONG-UN", "person:kim-jong-un"), ("state:north-korea", "state:north-korea"),
])
def test_names_resolve_through_translations_aliases_and_case(text: str, expected: str) -> None:
    assert resolve(named().graph(), text).id == expected


def test_unknown_and_ambiguous_names_are_errors_that_list_candidates() -> None:
    b = named()
    b.entity("Organization", "Kim Jong Un")  # same name, another actor type
    g = b.graph()
    with pytest.raises(NameNotResolved, match="no entity"):
        resolve(g, "Nobody Here")
    with pytest.raises(NameNotResolved, match="ambiguous.*organization:kim-jong-un.*person:kim-jong-un"):
        resolve(g, "Kim Jong Un")


def test_actor_wins_over_a_place_of_the_same_name() -> None:
    b = GraphBuilder()
    b.entity("Place", "Wagner")
    org = b.entity("Organization", "Wagner")
    assert resolve(b.graph(), "wagner").id == org


def test_shortest_paths_go_through_shared_places_and_list_every_tie() -> None:
    b = GraphBuilder()
    shoigu, kim = b.entity("Person", "Sergei Shoigu"), b.entity("Person", "Kim Jong Un")
    p1, p2 = b.entity("Person", "Aide One"), b.entity("Person", "Aide Two")
    far = b.entity("Person", "Nobody Linked")
    b.fact("MET_WITH", shoigu, p1)
    b.fact("MET_WITH", p1, kim)
    b.fact("MET_WITH", shoigu, p2)
    b.fact("SUPPORTS", p2, kim)
    G = project(b.graph(), "full")
    p = shortest_paths(G, shoigu, kim)
    assert p.length == 2
    assert sorted(h[0].target for h in p.paths) == sorted([p1, p2])
    assert {t for hops in p.paths for t in hops[1].types} == {"MET_WITH", "SUPPORTS"}
    assert shortest_paths(G, shoigu, far).length is None


def test_timeline_sorts_by_date_keeping_precision_and_counts_undated() -> None:
    b = GraphBuilder()
    a, c = b.entity("Person", "A"), b.entity("Person", "C")
    f_day = b.fact("MET_WITH", a, c, date=FactDate("2023-09-13", "day"))
    f_year = b.fact("MET_WITH", a, c, date=FactDate("2023", "year", "late"))
    f_old = b.fact("MET_WITH", a, c, date=FactDate("2019-04", "month"))
    b.fact("MET_WITH", a, c)
    tl = timeline(b.graph())
    assert [e.fact for e in tl.events] == [f_old, f_year, f_day]
    assert tl.events[1].qualifier == "late" and tl.events[1].precision == "year"
    assert tl.undated == 1


def test_single_source_counts_articles_not_quotes() -> None:
    b = GraphBuilder()
    a, c = b.entity("Person", "A"), b.entity("Person", "C")
    once = b.fact("MET_WITH", a, c, articles=("a1", "a1"))  # two quotes, one article
    twice = b.fact("MET_WITH", a, c, articles=("a1", "a2"))
    summary = single_source(b.graph())
    assert [s.fact for s in summary.single] == [once]
    assert twice not in {s.fact for s in summary.single}
    assert summary.by_count == {1: 1, 2: 1}
