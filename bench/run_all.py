"""Run every stage benchmark, then render docs/BENCHMARKS.md.

``python -m bench.run_all [--quick] [--large] [--only STAGE ...] [--timeout S]``
(``make bench`` runs it without flags).

Stages are the modules ``bench/<stage>.py`` that exist (known stages first:
extract, neo4j_load, rdf, viz, analytics; then any other, alphabetically).
Each runs in its own process as ``python -m bench.<stage>``; ``--quick`` is
passed through, and ``--large`` to the stages whose ``--help`` offers it
(every stage also sees ``BENCH_LARGE=1``). A stage that fails, times out or
writes no fresh ``bench/results/<stage>.json`` is reported in the document;
the run goes on and the exit status stays 0 unless ``--strict``.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
RESULTS = BENCH / "results"
RUNS = RESULTS / "_runs.json"
KNOWN = ["extract", "neo4j_load", "rdf", "viz", "analytics"]
NOT_STAGES = {"__init__", "run_all", "report", "synthetic", "machine"}
TAIL = 2000


def discover(bench_dir: Path = BENCH) -> list[str]:
    """Stage module names present in ``bench_dir``, known stages first."""
    found = {p.stem for p in bench_dir.glob("*.py") if p.stem not in NOT_STAGES and not p.stem.startswith("_")}
    return [s for s in KNOWN if s in found] + sorted(found - set(KNOWN))


def _offers(stage: str, flag: str) -> bool:
    try:
        out = subprocess.run([sys.executable, "-m", f"bench.{stage}", "--help"], cwd=ROOT, capture_output=True,
                             text=True, timeout=60)
    except subprocess.TimeoutExpired:
        return False
    return flag in out.stdout


def run_stage(stage: str, quick: bool, large: bool, timeout: float) -> dict[str, Any]:
    """Run one stage; returns its status record (never raises for the stage's own failure)."""
    args = [sys.executable, "-m", f"bench.{stage}"]
    if quick:
        args.append("--quick")
    if large and _offers(stage, "--large"):
        args.append("--large")
    env = dict(os.environ, BENCH_LARGE="1" if large else "0")
    result_file = RESULTS / f"{stage}.json"
    before = result_file.stat().st_mtime if result_file.exists() else None
    started = time.time()
    print(f"bench: running {' '.join(args[2:])}", file=sys.stderr, flush=True)
    status: dict[str, Any] = {"stage": stage, "command": " ".join(["python", *args[1:]]), "started": started}
    # Stream the stage's output as it runs (its progress lines), keeping the tail for the report.
    tail: deque[str] = deque(maxlen=40)
    proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            errors="replace", start_new_session=True)
    timed_out = threading.Event()

    def kill() -> None:
        timed_out.set()
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # the stage's own worker processes too
        except ProcessLookupError:
            pass

    timer = threading.Timer(timeout, kill)
    timer.start()
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            sys.stderr.write(line)
            tail.append(line)
        proc.wait()
    finally:
        timer.cancel()
    status["log_tail"] = "".join(tail)[-TAIL:]
    if timed_out.is_set():
        status["returncode"] = None
        status["status"] = "timeout"
    else:
        status["returncode"] = proc.returncode
        status["status"] = "ok" if proc.returncode == 0 else "failed"
    status["seconds"] = round(time.time() - started, 1)
    fresh = result_file.exists() and (before is None or result_file.stat().st_mtime > before)
    if status["status"] == "ok" and not fresh:
        status["status"] = "no result"
    elif status["status"] != "ok" and result_file.exists():
        status["stale_result"] = True  # an older result file is still shown, marked as stale
    print(f"bench: {stage}: {status['status']} in {status['seconds']} s", file=sys.stderr, flush=True)
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run every stage benchmark and render docs/BENCHMARKS.md.")
    parser.add_argument("--quick", action="store_true", help="small sizes only, passed to every stage")
    parser.add_argument("--large", action="store_true", help="also the optional largest sizes")
    parser.add_argument("--only", nargs="+", metavar="STAGE", help="run only these stages (others keep old results)")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per stage (default 3600)")
    parser.add_argument("--no-run", action="store_true", help="only render the document from existing results")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a stage fails")
    args = parser.parse_args(argv)

    from bench.report import render

    stages = discover()
    if args.only:
        unknown = sorted(set(args.only) - set(stages))
        if unknown:
            parser.error(f"no benchmark module for {', '.join(unknown)}; present: {', '.join(stages)}")
        stages = [s for s in stages if s in args.only]
    RESULTS.mkdir(parents=True, exist_ok=True)
    runs: dict[str, Any] = json.loads(RUNS.read_text(encoding="utf-8")) if RUNS.exists() else {}
    if not args.no_run:
        for stage in stages:
            runs[stage] = {**run_stage(stage, args.quick, args.large, args.timeout), "quick": args.quick,
                           "large": args.large}
            RUNS.write_text(json.dumps(runs, indent=1) + "\n", encoding="utf-8")
    doc = render()
    print(f"bench: wrote {doc}", file=sys.stderr)
    failed = [s for s in stages if runs.get(s, {}).get("status") != "ok"]
    return 1 if (args.strict and failed) else 0


if __name__ == "__main__":
    sys.exit(main())
