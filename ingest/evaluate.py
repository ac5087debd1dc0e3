"""Precision, recall and F1 of the extractor against hand-written gold annotations.

Gold files (tests/gold/<article file stem>.json) list, per article, the entity
ids a careful reader finds in it and the facts it states, each as type,
subject, object, modality (and, for sanctions, the resolution; for a fact the
article dates, the date prefix that tells it apart from a like fact).
A predicted fact counts for an article when one of its evidences is in it.
Scores are micro-averaged per entity type and per fact type; the "relaxed" fact
score ignores modality.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.model import Fact, Graph


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass
class Report:
    entities: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    facts: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    facts_relaxed: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @staticmethod
    def total(scores: dict[str, Score]) -> Score:
        t = Score()
        for s in scores.values():
            t.tp, t.fp, t.fn = t.tp + s.tp, t.fp + s.fp, t.fn + s.fn
        return t

    def as_dict(self) -> dict[str, Any]:
        return {
            "entities": {"all": self.total(self.entities).as_dict(),
                         **{k: v.as_dict() for k, v in sorted(self.entities.items())}},
            "facts": {"all": self.total(self.facts).as_dict(), **{k: v.as_dict() for k, v in sorted(self.facts.items())}},
            "facts_relaxed": {"all": self.total(self.facts_relaxed).as_dict()},
            "misses": self.misses, "extras": self.extras,
        }


def _fact_matches(g: dict[str, Any], f: Fact, strict: bool, symmetric: bool) -> bool:
    ends = (g["subject"], g["object"])
    ok = f.type == g["type"] and ((f.subject, f.object) == ends or (symmetric and (f.object, f.subject) == ends))
    if not ok or (strict and f.modality != g["modality"]):
        return False
    if g["type"] == "SANCTIONS" and "resolution" in g and f.attrs.get("resolution") != g["resolution"]:
        return False
    if g.get("date") and not (f.date and f.date.value.startswith(g["date"])):
        return False
    return True


def _score_facts(gold: list[dict[str, Any]], pred: list[Fact], strict: bool, scores: dict[str, Score],
                 label: str, report: Report | None) -> None:
    from graph.ontology import load_ontology

    onto = load_ontology()
    unmatched = list(pred)
    for g in sorted(gold, key=lambda g: (not g.get("date"), "resolution" not in g)):
        sym = onto.fact_type(g["type"]).symmetric
        hit = next((f for f in unmatched if _fact_matches(g, f, strict, sym)), None)
        if hit:
            unmatched.remove(hit)
            scores[g["type"]].tp += 1
        else:
            scores[g["type"]].fn += 1
            if report is not None:
                report.misses.append(f"{label}: {g['type']} {g['subject']} -> {g['object']} [{g['modality']}]"
                                     f" {g.get('note', '')}")
    for f in unmatched:
        scores[f.type].fp += 1
        if report is not None:
            report.extras.append(f"{label}: {f.type} {f.subject} -> {f.object} [{f.modality}]")


def evaluate(graph: Graph, mentions: dict[str, set[str]], gold_dir: Path) -> Report:
    """Score ``graph`` (and the entity ids mentioned per article) against every gold file."""
    report = Report()
    by_name = {Path(a.path).name: a for a in graph.articles}
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        article = by_name.get(gold["article"])
        if article is None:
            report.misses.append(f"{gold['article']}: article not extracted")
            continue
        found = mentions.get(article.id, set())
        expected = set(gold["entities"])
        for eid in expected | found:
            etype = eid.split(":", 1)[0].capitalize()
            if etype == "Resolution":
                continue
            s = report.entities[etype]
            if eid in expected and eid in found:
                s.tp += 1
            elif eid in expected:
                s.fn += 1
                report.misses.append(f"{gold['article']}: entity {eid}")
            else:
                s.fp += 1
                report.extras.append(f"{gold['article']}: entity {eid}")
        pred = [f for f in graph.facts if any(ev.article == article.id for ev in f.evidence)]
        _score_facts(gold["facts"], pred, True, report.facts, gold["article"], report)
        _score_facts(gold["facts"], pred, False, report.facts_relaxed, gold["article"], None)
    return report


def render(report: Report) -> str:
    lines = ["Entities            P      R      F1   (tp/fp/fn)"]
    for name, s in [("all", Report.total(report.entities)), *sorted(report.entities.items())]:
        lines.append(f"  {name:<16} {s.precision:5.2f}  {s.recall:5.2f}  {s.f1:5.2f}   ({s.tp}/{s.fp}/{s.fn})")
    lines.append("Facts (type, endpoints, modality)")
    for name, s in [("all", Report.total(report.facts)), *sorted(report.facts.items())]:
        lines.append(f"  {name:<16} {s.precision:5.2f}  {s.recall:5.2f}  {s.f1:5.2f}   ({s.tp}/{s.fp}/{s.fn})")
    r = Report.total(report.facts_relaxed)
    lines.append(f"Facts ignoring modality: P {r.precision:.2f} R {r.recall:.2f} F1 {r.f1:.2f}")
    return "\n".join(lines)
