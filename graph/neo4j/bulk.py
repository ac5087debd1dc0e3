"""The bulk path: CSV files for ``neo4j-admin database import full``, and ``kg load --bulk``.

The CSVs are written from the same :class:`~graph.neo4j.rows.LoadPlan` as the
``UNWIND`` load, so both paths give the same nodes, relationships and
properties. Import replaces the whole database; it is meant for the first load
of a large corpus on the managed server (stopped, imported, restarted).
"""

from __future__ import annotations

import csv
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Graph
from ..ontology import load_ontology
from . import server
from .rows import LoadPlan, Props, plan

ARRAY_DELIMITER = "\x1f"  # unit separator: never in names or quotes, unlike ';'
EchoFn = Callable[[str], None]


@dataclass
class ImportFiles:
    directory: Path
    nodes: list[Path] = field(default_factory=list)
    relationships: list[Path] = field(default_factory=list)
    node_rows: int = 0
    relationship_rows: int = 0

    def admin_args(self, database: str = "neo4j") -> list[str]:
        # The database name goes first: --relationships takes several values and would swallow it.
        args = ["database", "import", "full", database, "--overwrite-destination=true", "--multiline-fields=true",
                f"--array-delimiter={ARRAY_DELIMITER}", "--skip-bad-relationships=false",
                "--high-parallel-io=off", "--verbose"]
        args += [f"--nodes={p}" for p in self.nodes]
        args += [f"--relationships={p}" for p in self.relationships]
        return args


def _column_type(values: list[Any]) -> str:
    """neo4j-admin header type for a property column (all rows of a column share one type)."""
    kinds = set()
    for v in values:
        if isinstance(v, bool):
            kinds.add("boolean")
        elif isinstance(v, int):
            kinds.add("long")
        elif isinstance(v, float):
            kinds.add("double")
        elif isinstance(v, list):
            inner = {"long" if isinstance(x, int) and not isinstance(x, bool) else
                     "double" if isinstance(x, float) else "string" for x in v}
            kinds.add((inner.pop() if len(inner) == 1 else "string") + "[]")
        else:
            kinds.add("string")
    if kinds == {"long", "double"}:
        return "double"
    if len(kinds) > 1:
        raise ValueError(f"a property mixes types {sorted(kinds)}; the import needs one type per column")
    return kinds.pop() if kinds else "string"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(_cell(v) for v in value)
    return str(value)


def _write_csv(path: Path, fixed_header: list[str], fixed: list[list[str]], props: list[Props]) -> None:
    keys = sorted({k for p in props for k in p})
    types = {k: _column_type([p[k] for p in props if k in p]) for k in keys}
    header = fixed_header + [k if types[k] == "string" else f"{k}:{types[k]}" for k in keys]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(header)
        for head, p in zip(fixed, props):
            w.writerow(head + [_cell(p.get(k)) for k in keys])


def write_import_csvs(load: LoadPlan, directory: Path) -> ImportFiles:
    """One CSV per node group and per relationship group, with neo4j-admin headers."""
    directory.mkdir(parents=True, exist_ok=True)
    files = ImportFiles(directory)
    for i, g in enumerate(load.nodes):
        path = directory / f"nodes-{i:02d}-{'-'.join(g.labels).lower()}.csv"
        labels = ARRAY_DELIMITER.join(g.labels)
        _write_csv(path, ["id:ID", ":LABEL"], [[r["id"], labels] for r in g.rows],
                   [r["props"] for r in g.rows])  # id:ID stores the id property itself
        files.nodes.append(path)
        files.node_rows += len(g.rows)
    for i, rg in enumerate(load.rels):
        path = directory / f"rels-{i:02d}-{rg.type.lower()}.csv"
        _write_csv(path, [":START_ID", ":END_ID", ":TYPE"], [[r["s"], r["e"], rg.type] for r in rg.rows],
                   [r["props"] for r in rg.rows])
        files.relationships.append(path)
        files.relationship_rows += len(rg.rows)
    return files


def export_graph(graph: Graph, directory: Path, reference: bool = True) -> ImportFiles:
    """``kg export neo4j-import DIR``: the CSVs for ``graph``."""
    return write_import_csvs(plan(graph, load_ontology(), reference), directory)


@dataclass(frozen=True)
class BulkStats:
    nodes: int
    relationships: int
    import_seconds: float  # neo4j-admin alone
    total_seconds: float  # CSVs, stop, import, start, schema


def bulk_load(graph: Graph, echo: EchoFn = print, reference: bool = True, keep_csv: bool = False) -> BulkStats:
    """Replace the managed server's ``neo4j`` database by an import of ``graph``, then restart it."""
    from .connection import connect, target
    from .derived import all_ids, refresh_counts
    from .schema import ensure_schema

    t = target()
    if not t.managed:
        raise server.ServerError("--bulk works only on the managed local server (it stops it and runs neo4j-admin "
                                 "on its files); unset NEO4J_URI, or load with UNWIND batches (without --bulk).")
    t0 = time.perf_counter()
    cfg = server.config()
    java, _ = server.find_java()
    server.ensure_jars(cfg, echo)
    work = cfg.home / "import" / f"bulk-{int(time.time())}"
    files = export_graph(graph, work, reference)
    echo(f"wrote {files.node_rows} node rows and {files.relationship_rows} relationship rows to {work}")
    server.stop(echo=echo)
    server.write_conf(cfg)
    # A failed import leaves unusable store files, so the current database is moved aside and put
    # back if anything goes wrong.
    stores = [cfg.home / "data" / "databases" / "neo4j", cfg.home / "data" / "transactions" / "neo4j"]
    saved = [p.with_name(p.name + ".before-bulk") for p in stores]
    for src, dst in zip(stores, saved):
        shutil.rmtree(dst, ignore_errors=True)
        if src.exists():
            src.rename(dst)
    echo("running neo4j-admin database import full …")
    t1 = time.perf_counter()
    proc = server.admin_command(cfg, java, files.admin_args("neo4j"), timeout=3600)
    import_s = time.perf_counter() - t1
    if proc.returncode != 0:
        for src, dst in zip(stores, saved):
            shutil.rmtree(src, ignore_errors=True)
            if dst.exists():
                dst.rename(src)
        lines = (proc.stdout + proc.stderr).strip().splitlines()
        tail = "\n".join([ln for ln in lines if not ln.startswith("\tat ") and ln.strip()][-12:])
        server.start(echo=echo)
        raise server.ServerError(f"neo4j-admin import failed (exit {proc.returncode}); the previous database was "
                                 f"put back. CSVs kept in {work}. neo4j-admin said:\n{tail}")
    for dst in saved:
        shutil.rmtree(dst, ignore_errors=True)
    server.start(echo=echo)
    with connect(target()) as driver:
        ensure_schema(driver, t.database)
        refresh_counts(driver, t.database, *all_ids(driver, t.database))
    if not keep_csv:
        shutil.rmtree(work, ignore_errors=True)
    return BulkStats(files.node_rows, files.relationship_rows, import_s, time.perf_counter() - t0)
