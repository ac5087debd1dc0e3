"""Counts stored on nodes after a load, so ranking queries start from an index instead of scanning the graph.

- ``Entity.fact_count``: distinct facts the entity takes part in (any role but
  ``ATTRIBUTED_TO``), what "most connected" ranks by.
- ``Fact.source_count``: distinct articles reporting the fact, what "reported by
  only one source" selects on.

Both depend on everything loaded so far (a second corpus can add facts to an
entity and articles to a fact), so they are recomputed from the database for
the nodes a load touched, never taken from the input file. The bulk path
recomputes them for every node after the import, which is why both load paths
end with the same values.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .rows import ARTICLE, ATTRIBUTED_TO, ENTITY, FACT, REPORTED_IN, LoadPlan, batches

if TYPE_CHECKING:
    from neo4j import Driver, ManagedTransaction

BATCH = 5000
Progress = Callable[[str, int, int], None]

ENTITY_COUNTS = (f"UNWIND $ids AS id MATCH (a:`{ENTITY}` {{id: id}}) "
                 f"SET a.fact_count = COUNT {{ MATCH (a)<-[r]-(f:`{FACT}`) WHERE type(r) <> '{ATTRIBUTED_TO}' "
                 "RETURN DISTINCT f }")
FACT_COUNTS = (f"UNWIND $ids AS id MATCH (f:`{FACT}` {{id: id}}) "
               f"SET f.source_count = COUNT {{ MATCH (f)-[:`{REPORTED_IN}`]->(a:`{ARTICLE}`) RETURN DISTINCT a }}")


def _write(tx: ManagedTransaction, query: str, ids: Sequence[str]) -> None:
    tx.run(query, ids=list(ids)).consume()


def touched(load: LoadPlan) -> tuple[list[str], list[str]]:
    """(entity ids, fact ids) whose counts a load of ``load`` may change."""
    entities = sorted({r["id"] for g in load.nodes if g.labels[0] == ENTITY for r in g.rows})
    facts = sorted({r["id"] for g in load.nodes if g.labels[0] == FACT for r in g.rows})
    return entities, facts


def all_ids(driver: Driver, database: str | None) -> tuple[list[str], list[str]]:
    """(entity ids, fact ids) of the whole database, for the bulk path."""
    ent = driver.execute_query(f"MATCH (a:`{ENTITY}`) RETURN a.id AS id ORDER BY id", database_=database).records
    fac = driver.execute_query(f"MATCH (f:`{FACT}`) RETURN f.id AS id ORDER BY id", database_=database).records
    return [r["id"] for r in ent], [r["id"] for r in fac]


def refresh_counts(driver: Driver, database: str | None, entity_ids: Sequence[str], fact_ids: Sequence[str],
                   progress: Progress | None = None) -> None:
    """Recompute ``fact_count`` and ``source_count`` for the given nodes, in write transactions of ``BATCH`` ids."""
    with driver.session(database=database) as session:
        for phase, query, ids in (("entity counts", ENTITY_COUNTS, entity_ids),
                                  ("fact counts", FACT_COUNTS, fact_ids)):
            done = 0
            for chunk in batches(ids, BATCH):
                session.execute_write(_write, query, chunk)
                done += len(chunk)
                if progress:
                    progress(phase, done, len(ids))
