"""Load a graph into Neo4j: constraints first, then ``UNWIND $rows MERGE`` batches.

Every statement MERGEs on ids (nodes), on ``fact_id`` (direct fact
relationships) or on the evidence span (provenance), so loading the same graph
twice changes nothing, a second corpus adds to the first, and a load cut off
by a crash is completed by running it again.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..model import Graph
from ..ontology import load_ontology
from .connection import Neo4jUnavailable, connect, target
from .derived import refresh_counts, touched
from .rows import LoadPlan, NodeGroup, Props, RelGroup, batches, check_name, plan, project_labels
from .schema import ensure_schema

if TYPE_CHECKING:
    from neo4j import Driver, ManagedTransaction

DEFAULT_BATCH = 5000
_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
Progress = Callable[[str, int, int], None]  # (phase, done, total)


@dataclass(frozen=True)
class LoadStats:
    nodes: int  # node rows sent
    relationships: int  # relationship rows sent
    batches: int
    seconds: float

    @property
    def rows_per_s(self) -> float:
        return (self.nodes + self.relationships) / self.seconds if self.seconds else 0.0


def _set_props(var: str, keys: Sequence[str]) -> str:
    """`` SET v.`k` = row.props.`k`, …`` for the given keys.

    Naming the keys (instead of ``SET v += row.props``) keeps the planner from
    putting an Eager barrier in front of the write: with an opaque map it must
    assume the SET may touch the property the MERGE matched on, and then
    materialises every row of the batch before writing any of them.
    """
    if not keys:
        return ""
    return " SET " + ", ".join(f"{var}.`{check_key(k)}` = row.props.`{k}`" for k in keys)


def check_key(name: str) -> str:
    """Guard for property names put into Cypher text (they come from the ontology and the loader, never articles)."""
    if not _KEY.match(name):
        raise ValueError(f"{name!r} is not a valid property name")
    return name


def node_query(group: NodeGroup, keys: Sequence[str] = ()) -> str:
    merge, *extra = [check_name(label, "label") for label in group.labels]
    add = "".join(f" SET n:`{label}`" for label in extra)
    return f"UNWIND $rows AS row MERGE (n:`{merge}` {{id: row.id}}){add}{_set_props('n', keys)}"


def rel_query(group: RelGroup, keys: Sequence[str] = ()) -> str:
    t = check_name(group.type, "type")
    s, e = check_name(group.start_label, "label"), check_name(group.end_label, "label")
    key = ", ".join(f"`{check_key(k)}`: row.props.`{k}`" for k in group.key)
    pattern = f"[r:`{t}` {{{key}}}]" if key else f"[r:`{t}`]"
    rest = [k for k in keys if k not in group.key]
    return (f"UNWIND $rows AS row MATCH (s:`{s}` {{id: row.s}}) MATCH (e:`{e}` {{id: row.e}}) "
            f"MERGE (s)-{pattern}->(e){_set_props('r', rest)}")


def by_keys(rows: Sequence[Props]) -> list[tuple[tuple[str, ...], list[Props]]]:
    """Rows split by the set of property keys they carry, in first-seen order.

    Each part gets its own statement naming exactly its keys, so a property a
    row lacks is left as it is (what ``SET += map`` did) instead of removed.
    """
    parts: dict[tuple[str, ...], list[Props]] = {}
    for row in rows:
        parts.setdefault(tuple(sorted(row["props"])), []).append(row)
    return list(parts.items())


def _write(tx: ManagedTransaction, query: str, rows: Sequence[Any]) -> None:
    tx.run(query, rows=list(rows)).consume()


def load_plan(driver: Driver, load: LoadPlan, database: str | None, batch_size: int = DEFAULT_BATCH,
              progress: Progress | None = None) -> LoadStats:
    """Send every row of ``load`` in managed write transactions (retried by the driver on transient errors).

    One session, one transaction at a time: two concurrent sessions measured
    slower here, as MERGEs on hub nodes deadlock on the store's relationship
    group locks and the driver's retries eat the gain.
    """
    if batch_size < 1:
        raise ValueError("batch size must be at least 1")
    t0 = time.perf_counter()
    sent = 0
    work: list[tuple[str, str, list[Any]]] = [
        ("nodes", node_query(g, keys), rows) for g in load.nodes for keys, rows in by_keys(g.rows)]
    work += [("relationships", rel_query(g, keys), rows) for g in load.rels for keys, rows in by_keys(g.rows)]
    totals = {"nodes": load.node_count, "relationships": load.rel_count}
    done = {"nodes": 0, "relationships": 0}
    with driver.session(database=database) as session:
        for phase, query, rows in work:
            for batch in batches(rows, batch_size):
                session.execute_write(_write, query, batch)
                sent += 1
                done[phase] += len(batch)
                if progress:
                    progress(phase, done[phase], totals[phase])
    return LoadStats(load.node_count, load.rel_count, sent, time.perf_counter() - t0)


def delete_project_data(driver: Driver, database: str | None) -> int:
    """Delete every node carrying one of the project's labels (and its relationships); other data stays.

    Relationships go first, in their own batches: ``DETACH DELETE`` of a batch
    of nodes that includes a hub (a state in a hundred thousand facts) would
    hold all of the hub's relationships in one transaction and exceed the
    server's transaction memory.
    """
    deleted = 0
    with driver.session(database=database) as session:
        for label in project_labels():
            name = check_name(label, "label")
            for pattern in (f"(n:`{name}`)-[r]->()", f"()-[r]->(n:`{name}`)"):
                session.run(f"MATCH {pattern} CALL (r) {{ DELETE r }} IN TRANSACTIONS OF 10000 ROWS").consume()
        for label in project_labels():
            summary = session.run(f"MATCH (n:`{check_name(label, 'label')}`) "
                                  "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
            deleted += summary.counters.nodes_deleted
    return deleted


def counts(driver: Driver, database: str | None) -> tuple[int, int]:
    """(nodes, relationships) in the whole database."""
    rec = driver.execute_query("MATCH (n) WITH count(n) AS n OPTIONAL MATCH ()-[r]->() RETURN n, count(r) AS r",
                               database_=database).records[0]
    return int(rec["n"]), int(rec["r"])


def load_graph_into_neo4j(graph: Graph, driver: Driver | None = None, database: str | None = None,
                          batch_size: int = DEFAULT_BATCH, replace: bool = False, reference: bool = True,
                          progress: Progress | None = None) -> LoadStats:
    """Load ``graph`` into the configured Neo4j (or ``driver``): schema, nodes, relationships, then derived counts.

    ``replace`` first deletes the project's labels (no confirmation here: the
    CLI asks). Raises :class:`Neo4jUnavailable` if Neo4j cannot be reached or
    drops out and stays away longer than the driver's retry window.
    """
    from neo4j.exceptions import ServiceUnavailable, SessionExpired

    own = driver is None
    t = target()
    driver = driver or connect(t)
    database = database if database is not None else t.database
    try:
        if replace:
            delete_project_data(driver, database)
        ensure_schema(driver, database)
        t0 = time.perf_counter()
        load = plan(graph, load_ontology(), reference)
        stats = load_plan(driver, load, database, batch_size, progress)
        refresh_counts(driver, database, *touched(load), progress=progress)
        return LoadStats(stats.nodes, stats.relationships, stats.batches, time.perf_counter() - t0)
    except (ServiceUnavailable, SessionExpired) as exc:
        raise Neo4jUnavailable(f"lost the connection to Neo4j during the load ({exc}). Nothing half-written "
                               "stays inconsistent: each batch is one transaction and every write is a MERGE, so "
                               "once Neo4j is back (`kg neo4j start`), run the same load again to complete it.") from None
    finally:
        if own:
            driver.close()


def snapshot(driver: Driver, database: str | None) -> tuple[list[str], list[str]]:
    """Every node and relationship with labels/type, endpoint ids and properties, sorted (for equality tests)."""
    import json

    def canon(value: dict[str, Any]) -> str:
        return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)

    nodes = driver.execute_query("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props",
                                 database_=database).records
    rels = driver.execute_query("MATCH (s)-[r]->(e) RETURN type(r) AS type, s.id AS s, e.id AS e, "
                                "properties(r) AS props", database_=database).records
    return (sorted(canon({"labels": sorted(r["labels"]), "props": r["props"]}) for r in nodes),
            sorted(canon({"type": r["type"], "s": r["s"], "e": r["e"], "props": r["props"]}) for r in rels))
