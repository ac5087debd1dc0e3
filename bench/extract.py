"""Extraction speed: ``kg extract`` on synthetic corpora made from the seed articles.

Run ``python -m bench.extract [--quick] [--large]``; writes ``bench/results/extract.json``.

Each synthetic article mixes the paragraphs of two seed articles in a shuffled
order and carries its own archive number, so every article is distinct (the
pipeline reads duplicates once) while the language stays real Indonesian news.
Each measurement runs in a fresh process (files on disk → merged graph in
memory, JSON writing excluded) so peak memory (max RSS) is its own; it is made
on one worker and on one worker per core. Goal: ≥ 500 articles/s per core,
time per article flat as the corpus grows.

A third run on one worker only prepares the articles (read, clean, detect the
language, split sentences, make word tokens) and extracts nothing: every
extraction needs at least that much, so its rate bounds what any rule or
mention design on top of it can reach.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.machine import machine_info

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "extract.json"
CORPORA = ROOT / "bench" / "results" / "tmp"
QUICK = [200, 1_000]
FULL = [1_000, 5_000, 10_000]
LARGE = [100_000]
GOAL_PER_CORE = 500.0


def make_corpus(n: int) -> Path:
    """Write n distinct articles (once; reused by later runs)."""
    folder = CORPORA / f"extract_{n}"
    marker = folder / ".complete"
    if marker.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "articles").glob("*.txt"))]
    paras = [[x for x in s.split("\n") if x.strip()] for s in seeds]
    for k in range(n):
        rng = random.Random(k)
        a, b = paras[k % len(paras)], paras[(k + 1 + k // len(paras)) % len(paras)]
        body = a[1:] + rng.sample(b, k=min(len(b), 4))
        rng.shuffle(body)
        text = "\n\n".join([a[0], *body, f"Nomor arsip {k}."])
        (folder / f"{k:06d}.txt").write_text(text, encoding="utf-8")
    marker.touch()
    return folder


def _one(folder: str, jobs: int) -> None:
    """Child process: extract the folder, print timings as JSON."""
    from ingest.pipeline import extract_paths

    start, cpu0 = time.perf_counter(), time.process_time()
    result = extract_paths([folder], jobs=jobs)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu0
    rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    print(json.dumps({"seconds": seconds, "cpu": cpu, "articles": len(result.graph.articles),
                      "facts": len(result.graph.facts), "entities": len(result.graph.entities),
                      "max_rss_mib": round(rss / 1024, 1)}))


def _prepare_only(folder: str) -> None:
    """Child process: only the steps every extraction starts with, timed the same way."""
    from ingest.clean import clean_article
    from ingest.lang import detect_language
    from ingest.reader import ReadProblem, discover, read_source
    from ingest.segment import split_sentences
    from ingest.tokens import words

    start, cpu0 = time.perf_counter(), time.process_time()
    articles = tokens = 0
    for path in discover([folder]):
        if isinstance(path, ReadProblem):
            continue
        src = read_source(path)
        if isinstance(src, ReadProblem):
            continue
        cleaned = clean_article(src.text, str(path))
        detect_language(cleaned.text)
        for s in split_sentences(cleaned.text):
            tokens += len(words(s.text, s.start))
        articles += 1
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "cpu": cpu, "articles": articles, "tokens": tokens,
                      "max_rss_mib": round(rss / 1024, 1)}))


def measure(n: int, jobs: int, prepare_only: bool = False) -> dict[str, Any]:
    folder = make_corpus(n)
    mode = ["--prepare", str(folder)] if prepare_only else ["--one", str(folder), str(jobs)]
    out = subprocess.run([sys.executable, "-m", "bench.extract", *mode], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes only (under a minute)")
    parser.add_argument("--large", action="store_true", help="also the 100,000-article corpus")
    parser.add_argument("--one", nargs=2, metavar=("FOLDER", "JOBS"), help=argparse.SUPPRESS)
    parser.add_argument("--prepare", metavar="FOLDER", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        _one(args.one[0], int(args.one[1]))
        return 0
    if args.prepare:
        _prepare_only(args.prepare)
        return 0
    sizes = QUICK if args.quick else FULL + (LARGE if args.large else [])
    cores = os.cpu_count() or 1
    rows: list[dict[str, Any]] = []
    notes = [f"goal: >= {GOAL_PER_CORE:.0f} articles/s per core; corpus files are written once to "
             f"{CORPORA.relative_to(ROOT)} (not timed)"]
    for n in sizes:
        for jobs in sorted({1, cores}):
            r = measure(n, jobs)
            label = "one core" if jobs == 1 else f"{jobs} cores"
            rate = r["articles"] / r["seconds"]
            rows.append({"metric": f"articles/s ({label})", "size": n, "value": round(rate, 1), "unit": "articles/s",
                         "seconds": round(r["seconds"], 2), "ms_per_article": round(1000 * r["seconds"] / n, 3),
                         "cpu_seconds": round(r["cpu"], 2), "max_rss_mib": r["max_rss_mib"], "jobs": jobs,
                         "facts": r["facts"], "entities": r["entities"]})
            print(f"extract {n:>7} articles, {label:>8}: {rate:8.1f} articles/s, "
                  f"{1000 * r['seconds'] / n:.2f} ms/article, peak {r['max_rss_mib']} MiB", file=sys.stderr)
        r = measure(n, 1, prepare_only=True)
        rate = r["articles"] / r["seconds"]
        rows.append({"metric": "preparation only, articles/s (one core)", "size": n, "value": round(rate, 1),
                     "unit": "articles/s", "seconds": round(r["seconds"], 2),
                     "ms_per_article": round(1000 * r["seconds"] / n, 3), "cpu_seconds": round(r["cpu"], 2),
                     "max_rss_mib": r["max_rss_mib"], "jobs": 1,
                     "us_per_word": round(1e6 * r["seconds"] / max(1, r["tokens"]), 3)})
        print(f"prepare {n:>7} articles, one core: {rate:8.1f} articles/s, {1000 * r['seconds'] / n:.2f} ms/article",
              file=sys.stderr)
    one = [r for r in rows if r["metric"] == "articles/s (one core)"]
    if one:
        best = max(r["value"] for r in one)
        notes.append(f"one core: best {best:.0f} articles/s — goal {'met' if best >= GOAL_PER_CORE else 'NOT met'}")
    prep = [r for r in rows if r["metric"].startswith("preparation only")]
    if prep:
        fastest = max(r["value"] for r in prep)
        notes.append(f"preparation only (read, clean, language, sentences, words; no mentions, dates or rules): best "
                     f"{fastest:.0f} articles/s on one core, {min(r['ms_per_article'] for r in prep):.2f} ms per "
                     f"article against the goal's {1000 / GOAL_PER_CORE:.0f} ms")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"stage": "extract", "machine": machine_info(), "results": rows, "notes": notes},
                                  indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
