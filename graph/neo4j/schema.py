"""Constraints and indexes, derived from the ontology and created before any row is loaded."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..ontology import Ontology, load_ontology
from .rows import ARTICLE, ENTITY, FACT, check_name, project_labels

if TYPE_CHECKING:
    from neo4j import Driver

FULLTEXT_INDEX = "entity_names"


def schema_statements(onto: Ontology | None = None) -> list[str]:
    """Idempotent DDL: a uniqueness constraint on ``id`` per label, then the lookup indexes."""
    onto = onto or load_ontology()
    stmts = []
    for label in project_labels(onto):
        check_name(label, "label")
        stmts.append(f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:`{label}`) REQUIRE n.id IS UNIQUE")
    stmts += [
        f"CREATE INDEX entity_name IF NOT EXISTS FOR (n:`{ENTITY}`) ON (n.name)",
        f"CREATE INDEX entity_wikidata IF NOT EXISTS FOR (n:`{ENTITY}`) ON (n.wikidata)",
        f"CREATE INDEX fact_type IF NOT EXISTS FOR (n:`{FACT}`) ON (n.type)",
        f"CREATE INDEX fact_date IF NOT EXISTS FOR (n:`{FACT}`) ON (n.date)",
        "DROP INDEX fact_modality IF EXISTS",  # superseded by the (modality, id) index below
        f"CREATE INDEX fact_modality_id IF NOT EXISTS FOR (n:`{FACT}`) ON (n.modality, n.id)",
        f"CREATE INDEX entity_fact_count IF NOT EXISTS FOR (n:`{ENTITY}`) ON (n.fact_count)",
        f"CREATE INDEX fact_source_count IF NOT EXISTS FOR (n:`{FACT}`) ON (n.source_count, n.id)",
        f"CREATE INDEX article_published IF NOT EXISTS FOR (n:`{ARTICLE}`) ON (n.published)",
        f"CREATE FULLTEXT INDEX {FULLTEXT_INDEX} IF NOT EXISTS FOR (n:`{ENTITY}`) "
        "ON EACH [n.name, n.name_en, n.name_id, n.alias_text]",
    ]
    # No relationship index on ``fact_id``: the planner then answers the
    # loader's ``MERGE (s)-[r:T {fact_id: …}]->(e)`` by an index seek that
    # measured seven times slower than expanding between the two bound
    # endpoints. Indexes of that name left by earlier versions are dropped.
    for name in onto.fact_types:
        stmts.append(f"DROP INDEX rel_{check_name(name, 'type').lower()}_fact_id IF EXISTS")
    return stmts


def ensure_schema(driver: Driver, database: str | None, timeout_s: int = 300) -> int:
    """Create what is missing and wait until every index is online. Returns the statements run."""
    stmts = schema_statements()
    with driver.session(database=database) as session:
        for stmt in stmts:
            session.run(stmt).consume()
        session.run("CALL db.awaitIndexes($t)", t=timeout_s).consume()
    return len(stmts)
