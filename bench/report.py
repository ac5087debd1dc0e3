"""Render ``docs/BENCHMARKS.md`` and its PNG plots from ``bench/results/*.json``.

``python -m bench.report`` renders without running anything (``run_all``
calls :func:`render` after the stages). Every stage's results keep the shared
shape ``{"stage", "machine", "results": [{"metric", "size", "value", "unit",
...}], "notes"}``.

Time per article: a result counts as a timing when its unit is a time
(``s``, ``ms``, ``min``) or a rate (``…/s``) with a ``seconds`` field; its
corpus size is its ``articles`` field when present, else its ``size``. Each
metric of a stage is one series; the plot shows seconds per unit of size
against size on log-log axes (a flat line is linear cost), and the table
gives the fitted exponent *b* of ``seconds ∝ size^b``.
"""

from __future__ import annotations

import json
import math
import os
import platform
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
DOCS = ROOT / "docs"
TIME_UNITS = {"s": 1.0, "ms": 1e-3, "min": 60.0}
MAX_ROWS = 60


def load_results(results_dir: Path = RESULTS) -> dict[str, dict[str, Any]]:
    """Stage name → its results document (unreadable files become an ``error`` entry)."""
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(results_dir.glob("*.json")):
        if path.name.startswith("_"):
            continue
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(doc, dict) or not isinstance(doc.get("results"), list):
                raise ValueError("not the shared results shape")
            out[str(doc.get("stage") or path.stem)] = {**doc, "_mtime": path.stat().st_mtime}
        except (OSError, ValueError) as exc:
            out[path.stem] = {"stage": path.stem, "results": [], "notes": [], "error": f"{path.name}: {exc}"}
    return out


def timing(row: dict[str, Any]) -> tuple[float, float] | None:
    """(corpus size, seconds) of a result row, or None when it is not a timing.

    >>> timing({"metric": "m", "size": 10, "value": 250, "unit": "ms"})
    (10.0, 0.25)
    >>> timing({"metric": "m", "size": 100, "value": 5.0, "unit": "triples/s", "seconds": 20, "articles": 4})
    (4.0, 20.0)
    >>> timing({"metric": "m", "size": 100, "value": 12, "unit": "MB", "seconds": 3}) is None
    True
    """
    unit = str(row.get("unit", ""))
    if unit in TIME_UNITS:
        seconds = float(row["value"]) * TIME_UNITS[unit]
    elif unit.endswith("/s") and isinstance(row.get("seconds"), (int, float)):
        seconds = float(row["seconds"])
    else:
        return None
    size = row.get("articles", row.get("size"))
    if not isinstance(size, (int, float)) or size <= 0 or seconds <= 0:
        return None
    return float(size), seconds


def series(doc: dict[str, Any]) -> dict[str, list[tuple[float, float]]]:
    """Metric → sorted (size, seconds) points; sizes repeated within a metric are averaged."""
    acc: dict[str, dict[float, list[float]]] = {}
    for row in doc.get("results", []):
        t = timing(row)
        if t is not None:
            acc.setdefault(str(row.get("metric")), {}).setdefault(t[0], []).append(t[1])
    return {m: sorted((s, sum(v) / len(v)) for s, v in pts.items()) for m, pts in acc.items()}


def exponent(points: list[tuple[float, float]]) -> float | None:
    """Least-squares slope of log(seconds) on log(size); None with fewer than two sizes.

    >>> round(exponent([(10, 1.0), (100, 10.0), (1000, 100.0)]), 3)
    1.0
    """
    if len(points) < 2:
        return None
    xs = [math.log(s) for s, _ in points]
    ys = [math.log(t) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    var = sum((x - mx) ** 2 for x in xs)
    if var == 0:
        return None
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / var


def verdict(b: float | None) -> str:
    if b is None:
        return "one size only"
    if b < 0.85:
        return "sublinear (fixed costs dominate)"
    if b <= 1.15:
        return "linear"
    return "superlinear"


def plot(stage: str, data: dict[str, list[tuple[float, float]]], per: str, out: Path) -> bool:
    """Write a log-log PNG of seconds per unit of size vs size; False when nothing has two sizes."""
    lines = {m: pts for m, pts in data.items() if len(pts) >= 2}
    if not lines:
        return False
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(9, 4.5), dpi=110)
    for metric, pts in sorted(lines.items()):
        ax.plot([s for s, _ in pts], [t / s for s, t in pts], marker="o", label=metric)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel(f"corpus size ({per})")
    ax.set_ylabel(f"seconds per {per.rstrip('s') if per.endswith('s') else per}")
    ax.set_title(f"{stage}: time per {per.rstrip('s')} (flat = linear cost)")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=7, loc="center left", bbox_to_anchor=(1.01, 0.5))
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, metadata={"Software": None})
    plt.close(fig)
    return True


def _cell(value: Any) -> str:
    if isinstance(value, float):
        value = f"{value:,.3f}" if abs(value) < 1000 else f"{value:,.0f}"
    elif isinstance(value, int) and not isinstance(value, bool):
        value = f"{value:,}"
    return str(value).replace("|", "\\|").replace("\n", " ")


def _host() -> dict[str, Any]:
    cpu = platform.processor() or "?"
    mem = None
    try:
        cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                    if ln.startswith("model name")), cpu)
        kb = next(int(ln.split()[1]) for ln in Path("/proc/meminfo").read_text().splitlines()
                  if ln.startswith("MemTotal"))
        mem = f"{kb / 1024**2:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    return {"platform": platform.platform(), "cpu": cpu, "cpus": os.cpu_count(), "memory": mem,
            "python": platform.python_version()}


def _extras(rows: list[dict[str, Any]]) -> list[str]:
    keys: list[str] = []
    for r in rows:
        for k, v in r.items():
            if k not in ("metric", "size", "value", "unit") and k not in keys and not isinstance(v, (dict, list)):
                keys.append(k)
    return keys[:6]


def render(results_dir: Path = RESULTS, docs_dir: Path = DOCS) -> Path:
    """Write ``BENCHMARKS.md`` and ``bench_<stage>.png`` into ``docs_dir``; returns the Markdown path."""
    docs = load_results(results_dir)
    runs_path = results_dir / "_runs.json"
    runs: dict[str, Any] = json.loads(runs_path.read_text(encoding="utf-8")) if runs_path.exists() else {}
    stages = list(dict.fromkeys([*runs, *docs]))
    from bench.run_all import KNOWN

    stages.sort(key=lambda s: (KNOWN.index(s) if s in KNOWN else len(KNOWN), s))
    md = ["# Benchmarks", "",
          "Generated by `make bench` (`python -m bench.run_all`; `--quick` for small sizes, `--large` for the "
          f"optional largest ones) on {time.strftime('%Y-%m-%d %H:%M %Z')}. Do not edit by hand: rerun it.", "",
          "## Machine", "", "| | |", "|---|---|"]
    md += [f"| {k} | {_cell(v)} |" for k, v in _host().items()]
    md += ["", "Each stage also records the machine and library versions it ran with (below).", "",
           "## Summary", "", "| stage | status | mode | run time | results | cost vs corpus size |",
           "|---|---|---|---|---|---|"]
    sections: list[str] = []
    for stage in stages:
        doc = docs.get(stage, {"results": [], "notes": []})
        run = runs.get(stage, {})
        status = run.get("status", "separate run" if stage in docs else "no result")
        if doc.get("error"):
            status = f"unreadable result ({doc['error']})"
        mode = "quick" if run.get("quick") else ("full + large" if run.get("large") else "full") if run else "?"
        data = series(doc)
        fits = {m: exponent(p) for m, p in data.items()}
        kinds = sorted({verdict(b) for b in fits.values() if b is not None})
        per = "articles" if any("articles" in r for r in doc.get("results", [])) else "size units"
        run_time = f"{run['seconds']:,.0f} s" if isinstance(run.get("seconds"), (int, float)) else ""
        md.append(f"| [{stage}](#{stage.replace('_', '-')}) | {_cell(status)} | {mode} | "
                  f"{run_time} | "
                  f"{len(doc.get('results', []))} | {', '.join(kinds) or '—'} |")
        sec = [f"## {stage}", "", f"Status: **{status}**" + (f" (`{run['command']}`)" if run.get("command") else "")]
        if run.get("stale_result"):
            sec += ["", "The results below are from an earlier successful run."]
        if status not in ("ok", "separate run") and run.get("log_tail"):
            sec += ["", "Last lines of its output:", "", "```", run["log_tail"].rstrip().replace("```", "'''"), "```"]
        if doc.get("machine"):
            sec += ["", "Machine: " + ", ".join(f"{k} {_cell(v)}" for k, v in doc["machine"].items()) + "."]
        if doc.get("notes"):
            sec += [""] + [f"- {_cell(n)}" for n in doc["notes"]]
        if data:
            png = docs_dir / f"bench_{stage}.png"
            if plot(stage, data, per, png):
                sec += ["", f"![{stage}: time per unit of corpus size]({png.name})"]
            sec += ["", f"Scaling (size = {per}):", "", "| series | sizes | seconds at largest | per unit, smallest → "
                    "largest | exponent b | cost |", "|---|---|---|---|---|---|"]
            for m, pts in sorted(data.items()):
                b = fits[m]
                per_unit = f"{pts[0][1] / pts[0][0]:.3g} → {pts[-1][1] / pts[-1][0]:.3g}"
                sec.append(f"| {_cell(m)} | {', '.join(f'{s:,.0f}' for s, _ in pts)} | {pts[-1][1]:.3g} | "
                           f"{per_unit} | {'' if b is None else f'{b:.2f}'} | {verdict(b)} |")
        rows = doc.get("results", [])
        if rows:
            extras = _extras(rows)
            sec += ["", "| metric | size | value | unit | " + " | ".join(extras) + " |",
                    "|---|---|---|---|" + "---|" * len(extras)]
            for r in rows[:MAX_ROWS]:
                sec.append(f"| {_cell(r.get('metric'))} | {_cell(r.get('size'))} | {_cell(r.get('value'))} | "
                           f"{_cell(r.get('unit'))} | " + " | ".join(_cell(r.get(k, '')) for k in extras) + " |")
            if len(rows) > MAX_ROWS:
                sec.append(f"\n({len(rows) - MAX_ROWS} more rows in `bench/results/{stage}.json`.)")
        sections.append("\n".join(sec))
    if not stages:
        md += ["", "No stage has results yet."]
    text = "\n".join(md) + "\n\n" + "\n\n".join(sections) + "\n"
    docs_dir.mkdir(parents=True, exist_ok=True)
    out = docs_dir / "BENCHMARKS.md"
    out.write_text(text, encoding="utf-8")
    return out


if __name__ == "__main__":
    print(render())
