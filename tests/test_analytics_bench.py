"""The benchmark report: stage discovery, timing series, the rendered document and its plots."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.report import exponent, render, series, timing, verdict
from bench.run_all import KNOWN, discover


def test_discover_lists_known_stages_first_and_skips_helpers(tmp_path: Path) -> None:
    for name in ["__init__", "synthetic", "run_all", "report", "_private", "zzz_extra", "analytics", "extract"]:
        (tmp_path / f"{name}.py").write_text("", encoding="utf-8")
    assert discover(tmp_path) == ["extract", "analytics", "zzz_extra"]


def test_analytics_stage_is_discovered_in_the_repository() -> None:
    assert "analytics" in discover()
    assert all(s in KNOWN or s not in {"run_all", "report", "synthetic"} for s in discover())


def test_timing_series_and_exponents() -> None:
    doc = {"results": [
        {"metric": "load", "size": 100, "value": 1.0, "unit": "s"},
        {"metric": "load", "size": 1000, "value": 10.0, "unit": "s"},
        {"metric": "rate", "size": 5000, "value": 99.0, "unit": "rows/s", "seconds": 2.0, "articles": 10},
        {"metric": "rate", "size": 50000, "value": 99.0, "unit": "rows/s", "seconds": 200.0, "articles": 100},
        {"metric": "memory", "size": 100, "value": 30.0, "unit": "MB"},
    ]}
    data = series(doc)
    assert set(data) == {"load", "rate"}
    assert data["rate"] == [(10.0, 2.0), (100.0, 200.0)]
    assert verdict(exponent(data["load"])) == "linear"
    assert exponent(data["rate"]) == pytest.approx(2.0) and verdict(2.0) == "superlinear"
    assert timing({"metric": "x", "size": None, "value": 1.0, "unit": "s"}) is None


def test_render_reports_results_plots_and_failures(tmp_path: Path) -> None:
    results, docs = tmp_path / "results", tmp_path / "docs"
    results.mkdir()
    good = {"stage": "analytics", "machine": {"cpu": "test cpu", "cpus": 2},
            "results": [{"metric": "full report", "size": n, "value": n / 100, "unit": "s", "articles": n}
                        for n in (100, 1000, 10000)],
            "notes": ["a | note"]}
    (results / "analytics.json").write_text(json.dumps(good), encoding="utf-8")
    (results / "viz.json").write_text("{broken", encoding="utf-8")
    runs = {"analytics": {"status": "ok", "seconds": 12.5, "quick": False, "large": False,
                          "command": "python -m bench.analytics"},
            "extract": {"status": "failed", "seconds": 1.0, "returncode": 1, "quick": True, "large": False,
                        "log_tail": "Traceback ...\nValueError: boom"}}
    (results / "_runs.json").write_text(json.dumps(runs), encoding="utf-8")
    md = render(results, docs).read_text(encoding="utf-8")
    assert "## Machine" in md and "test cpu" in md
    assert "| [extract](#extract) | failed | quick |" in md and "ValueError: boom" in md
    assert "unreadable result" in md  # viz.json
    assert "| full report | 100, 1,000, 10,000 |" in md and "| linear |" in md
    assert "a \\| note" in md
    png = docs / "bench_analytics.png"
    assert "![analytics" in md and png.exists()
    import matplotlib.image

    img = matplotlib.image.imread(png)
    assert img.shape[0] > 100 and img.shape[1] > 100
    assert md.index("## extract") < md.index("## analytics")  # pipeline order


def test_the_analytics_stage_measures_one_size() -> None:
    from bench.analytics import measure

    rows = measure(20)
    full = next(r for r in rows if r["metric"] == "full report")
    assert full["articles"] == 20 and full["facts"] == 400 and full["entities"] == 80
    assert full["unit"] == "s" and full["value"] > 0
    sections = {r["metric"] for r in rows} - {"full report"}
    assert {f"section: {s} (CPU time)" for s in ("centrality", "communities", "exchange", "paths")} <= sections


def test_a_failing_stage_is_recorded_not_raised() -> None:
    from bench.run_all import run_stage

    status = run_stage("no_such_stage_module", quick=True, large=False, timeout=120)
    assert status["status"] == "failed" and status["returncode"] != 0
    assert "no_such_stage_module" in status["log_tail"]


def test_a_stage_past_its_timeout_is_stopped() -> None:
    from bench.run_all import run_stage

    status = run_stage("analytics", quick=False, large=False, timeout=0.5)
    assert status["status"] == "timeout" and status["seconds"] < 60
