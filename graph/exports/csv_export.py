"""CSV export for spreadsheets: one file per entity type and per fact type.

The target is a directory holding

* ``entities_<Type>.csv`` for every ontology entity type (id, name,
  Indonesian name, aliases, wikidata, description);
* ``facts_<TYPE>.csv`` for every ontology fact type: id, subject and object
  (id and name), one column per role of that type (entity roles as ids and
  names, ``; ``-separated when several), date, precision, qualifier,
  modality, attributed_to, confidence, source article ids and the first quote;
* ``articles.csv`` and ``evidence.csv`` (one row per quote, with offsets).

Every file exists even when empty, so a spreadsheet template keeps working.
Files are UTF-8 with a header row, written by :mod:`csv` (quotes, commas and
line breaks inside values are quoted, not altered). Values are written as
they are: a name starting with ``=`` stays a text to this format, but a
spreadsheet may read it as a formula — import as text when in doubt.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from graph.model import Graph
from graph.ontology import Ontology, load_ontology

SEP = "; "
ENTITY_COLUMNS = ["id", "name", "name_id", "aliases", "wikidata", "description"]


def _list(value: object) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in (value if isinstance(value, list) else [value])]


def fact_columns(fact_type: str, onto: Ontology) -> list[str]:
    """Header of ``facts_<TYPE>.csv``.

    >>> fact_columns("MET_WITH", load_ontology())[:6]
    ['id', 'subject', 'subject_name', 'object', 'object_name', 'place']
    """
    cols = ["id", "subject", "subject_name", "object", "object_name"]
    for name, role in onto.fact_type(fact_type).roles.items():
        cols += [name, f"{name}_name"] if role.is_entity else [name]
    return cols + ["date", "date_precision", "date_qualifier", "modality", "attributed_to", "confidence",
                   "articles", "quote"]


def write_csv_dir(graph: Graph, target: str | Path, onto: Ontology | None = None) -> list[Path]:
    """Write the CSV files into ``target`` (created if needed); returns the paths written.

    Examples
    --------
    >>> import sys, tempfile; sys.path.insert(0, "tests")
    >>> from sample_graphs import small_graph
    >>> paths = write_csv_dir(small_graph(), tempfile.mkdtemp())
    >>> sorted(p.name for p in paths)[:3]
    ['articles.csv', 'entities_Commodity.csv', 'entities_Organization.csv']
    """
    onto = onto or load_ontology()
    out = Path(target)
    out.mkdir(parents=True, exist_ok=True)
    names = {e.id: e.name for e in graph.entities}
    written: list[Path] = []

    def write(name: str, header: list[str], rows: list[list[Any]]) -> None:
        path = out / name
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            w.writerows(rows)
        written.append(path)

    for et in onto.entity_types:
        rows = [[e.id, e.name, e.names.get("id", ""), SEP.join(sorted(e.aliases)), e.wikidata or "",
                 e.description or ""] for e in sorted(graph.entities, key=lambda e: e.id) if e.type == et]
        write(f"entities_{et}.csv", ENTITY_COLUMNS, rows)
    for ft_name, ft in onto.fact_types.items():
        rows = []
        for f in sorted(graph.facts, key=lambda f: f.id):
            if f.type != ft_name:
                continue
            row: list[Any] = [f.id, f.subject, names.get(f.subject, ""), f.object, names.get(f.object, "")]
            for name, role in ft.roles.items():
                values = _list(f.attrs.get(name))
                row.append(SEP.join(values))
                if role.is_entity:
                    row.append(SEP.join(names.get(v, "") for v in values))
            d = f.date
            row += [d.value if d else "", d.precision if d else "", (d.qualifier or "") if d else "", f.modality,
                    f.attributed_to or "", f.confidence, SEP.join(sorted({ev.article for ev in f.evidence})),
                    f.evidence[0].quote if f.evidence else ""]
            rows.append(row)
        write(f"facts_{ft_name}.csv", fact_columns(ft_name, onto), rows)
    write("articles.csv", ["id", "path", "title", "publisher", "published", "lang", "sha256"],
          [[a.id, a.path, a.title or "", a.publisher or "", a.published or "", a.lang, a.sha256]
           for a in sorted(graph.articles, key=lambda a: a.id)])
    write("evidence.csv", ["fact", "fact_type", "article", "sentence", "start", "end", "quote"],
          [[f.id, f.type, ev.article, ev.sentence, ev.start, ev.end, ev.quote]
           for f in sorted(graph.facts, key=lambda f: f.id) for ev in f.evidence])
    return written
