"""Synthetic graphs of any size, shaped like the real one, for benchmarks and fault tests.

Deterministic for a given seed. Entities get ontology types in realistic
proportions; facts get types whose endpoint rules they satisfy, dates,
modalities and one to three evidences each.
"""

from __future__ import annotations

import random

from graph.ids import entity_id, fact_id
from graph.model import Article, Entity, Evidence, Fact, FactDate, Graph
from graph.ontology import load_ontology

_TYPE_WEIGHTS = {"Person": 35, "State": 3, "Organization": 25, "Place": 15, "Weapon": 10,
                 "Technology": 5, "Commodity": 6, "Resolution": 1}
_MODALITIES = ["asserted"] * 6 + ["planned", "possible", "requested", "denied"]


def synthetic_graph(n_entities: int, n_facts: int, n_articles: int | None = None, seed: int = 7) -> Graph:
    rng = random.Random(seed)
    onto = load_ontology()
    n_articles = n_articles or max(1, n_facts // 20)
    articles = [Article(f"article:syn{i:012x}", f"synthetic/{i}.txt", f"Synthetic article {i}", "Synthetic Daily",
                        f"20{20 + i % 5}-{1 + i % 12:02d}-{1 + i % 28:02d}", "id" if i % 3 else "en", f"{i:064x}",
                        "") for i in range(n_articles)]
    types = list(_TYPE_WEIGHTS)
    weights = list(_TYPE_WEIGHTS.values())
    # every ontology type has a list; those without a weight (ships) stay empty and never get picked
    by_type: dict[str, list[str]] = {t: [] for t in [*types, *onto.entity_types]}
    entities: list[Entity] = []
    for i in range(n_entities):
        t = types[i] if i < len(types) else rng.choices(types, weights)[0]
        name = f"{t} {i}"
        eid = entity_id(t, name)
        entities.append(Entity(eid, t, name, {"en": name, "id": f"{t} {i} (id)"}, (f"{t[:3]}{i}",), None))
        by_type[t].append(eid)
    fact_types = [ft for ft in onto.fact_types.values()]
    facts: list[Fact] = []
    while len(facts) < n_facts:
        ft = rng.choice(fact_types)
        st = rng.choice([t for t in ft.subject if by_type[t]] or [None])
        ot = rng.choice([t for t in ft.object if by_type[t]] or [None])
        if st is None or ot is None:
            continue
        s, o = rng.choice(by_type[st]), rng.choice(by_type[ot])
        attrs: dict[str, object] = {}
        for role in ft.roles.values():
            if role.is_entity and rng.random() < 0.6:
                pool = [e for t in role.entity_types for e in by_type[t][:200]]
                if pool:
                    v = rng.choice(pool)
                    attrs[role.name] = [v] if role.many else v
        year = rng.randint(2006, 2024)
        date = FactDate(f"{year}-{rng.randint(1, 12):02d}", "month") if rng.random() < 0.7 else None
        evs = []
        for _ in range(rng.randint(1, 3)):
            a = rng.randrange(n_articles)
            start = rng.randrange(0, 4000)
            evs.append(Evidence(articles[a].id, rng.randrange(40), start, start + 60, f"quote {len(facts)} in {a}"))
        fid = fact_id(ft.name, s, o, {"n": len(facts)})
        facts.append(Fact(fid, ft.name, s, o, attrs, date, rng.choice(_MODALITIES), None, 0.7, tuple(evs)))
    return Graph(articles, entities, facts)
