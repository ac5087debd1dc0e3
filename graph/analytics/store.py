"""Store analytics scores on Neo4j nodes, so Cypher queries and pages can use them.

Rows go in batches through ``UNWIND $rows`` with ``MATCH`` on ``id`` under a
label taken from the ontology (labels cannot be parameters; every label used
here is an ontology entity type, never input text). Nodes absent from the
database are counted, not created.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from graph.ontology import Ontology, load_ontology

PROPERTIES = ("degree", "weighted_degree", "pagerank", "betweenness", "community", "broker")
BATCH = 5000

_CYPHER = """
UNWIND $rows AS row
MATCH (n:{label} {{id: row.id}})
SET n.degree = row.degree, n.weighted_degree = row.weighted_degree, n.pagerank = row.pagerank,
    n.betweenness = row.betweenness, n.community = row.community, n.broker = row.broker
RETURN count(n) AS matched
"""


def rows_by_label(scores: Mapping[str, Mapping[str, Any]], types: Mapping[str, str],
                  onto: Ontology | None = None) -> dict[str, list[dict[str, Any]]]:
    """Group score rows by the ontology label of each entity.

    >>> rows_by_label({"person:a": {"degree": 1, "weighted_degree": 1, "pagerank": 0.5, "betweenness": 0.0,
    ...                              "community": 0, "broker": 0}}, {"person:a": "Person"})["Person"][0]["id"]
    'person:a'
    """
    onto = onto or load_ontology()
    out: dict[str, list[dict[str, Any]]] = {}
    for eid, s in scores.items():
        label = onto.entity_type(types[eid]).name  # raises on a type outside the ontology
        out.setdefault(label, []).append({"id": eid, **{p: s.get(p) for p in PROPERTIES}})
    return out


def write_scores(driver: Any, scores: Mapping[str, Mapping[str, Any]], types: Mapping[str, str],
                 database: str | None = None, onto: Ontology | None = None) -> tuple[int, int]:
    """Set the score properties on matching nodes; returns (matched, missing)."""
    matched = 0
    total = 0
    for label, rows in sorted(rows_by_label(scores, types, onto).items()):
        query = _CYPHER.format(label=label)
        for i in range(0, len(rows), BATCH):
            batch = rows[i:i + BATCH]
            records, _, _ = driver.execute_query(query, rows=batch, database_=database)
            matched += int(records[0]["matched"]) if records else 0
            total += len(batch)
    return matched, total - matched
