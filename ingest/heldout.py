"""Scoring against held-out articles whose expected facts are written by name.

A held-out set (tests/heldout/) is a folder of articles and an ``expected.md``
written apart from the extractor. Per article it lists entities as
``- Name — Type`` and facts as ``TYPE | subject | object | modality | date |
details``, naming endpoints as a reader would ("Kim Jong Un", "Kursk region").
Lines marked ``(optional)`` are facts the text only implies: finding them is
not rewarded and not punished.

Names become entity ids through the catalog (its names and aliases), then the
extracted graph's own names, then the id a name of that type would get. A
fact the extractor could never name (a description such as "North Korean
banks") stays a miss.

The graph holds one fact per type, endpoints and modality however many
articles and sentences state it, so the unit predicted for an article is a
reading: a fact with one sentence of that article as evidence, and one reading
per item the evidence records for that sentence, or else per item of the fact
that the sentence names ("shells and KN-23 missiles" are two). Matching is one
to one, expected line to reading, on type and endpoints (either order for
symmetric types) and, when both name one, the item (a catalog item named in the
line's details; a line's "arms" takes any weapon); the strict score also needs
the modality. A fact is extra only when no expected line of the article, optional
ones included, has its type and endpoints.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from graph.ids import entity_id
from graph.model import Fact, Graph
from graph.ontology import load_ontology

from .catalog import load_catalog
from .evaluate import Report, Score
from .tokens import words

_ARTICLE = re.compile(r"^##\s+(\S+\.txt)\b")
_ENTITY = re.compile(r"^-\s+(.+?)\s+[—–-]+\s+([A-Z][A-Za-z]+)\b")
_FACT_TYPE = re.compile(r"^[A-Z][A-Z_]+$")
_PARENS = re.compile(r"\s*\([^)]*\)")
MODALITIES = frozenset({"asserted", "planned", "requested", "possible", "denied"})


@dataclass(frozen=True)
class ExpectedFact:
    type: str
    subject: str
    object: str
    modality: str
    date: str
    details: str
    optional: bool


@dataclass
class ExpectedArticle:
    file: str
    entities: dict[str, str] = field(default_factory=dict)  # name -> type
    facts: list[ExpectedFact] = field(default_factory=list)


def parse_expected(path: Path) -> dict[str, ExpectedArticle]:
    """Articles of an expected.md by file name; a malformed fact line raises ValueError naming it."""
    articles: dict[str, ExpectedArticle] = {}
    current: ExpectedArticle | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        head = _ARTICLE.match(line)
        if head:
            current = articles.setdefault(head.group(1), ExpectedArticle(head.group(1)))
            continue
        if current is None:
            continue
        ent = _ENTITY.match(line)
        if ent and "|" not in line:
            current.entities.setdefault(_PARENS.sub("", ent.group(1)).strip(), ent.group(2))
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) < 4 or not _FACT_TYPE.match(parts[0]):
            continue
        if parts[3] not in MODALITIES:
            raise ValueError(f"{path}:{number}: modality {parts[3]!r} is not one of {sorted(MODALITIES)}")
        parts += [""] * (6 - len(parts))
        current.facts.append(ExpectedFact(parts[0], parts[1], parts[2], parts[3], parts[4],
                                          " | ".join(parts[5:]), "(optional)" in line))
    return articles


class NameResolver:
    """Entity id for a name written in expected.md."""

    def __init__(self, graph: Graph) -> None:
        self._ids: dict[str, str] = {}
        for e in load_catalog().entries.values():
            for name in (e.en, e.id_name, *e.aliases):
                self._ids.setdefault(name.lower(), e.id)
        for ent in graph.entities:
            for name in (ent.name, *ent.names.values(), *ent.aliases):
                self._ids.setdefault(name.lower(), ent.id)

    def resolve(self, name: str, types: dict[str, str]) -> str | None:
        bare = _PARENS.sub("", name).strip()
        for key in (bare.lower(), bare.lower().replace("-", " "), re.sub(r"^the\s+", "", bare.lower())):
            if key in self._ids:
                return self._ids[key]
        etype = types.get(bare)
        return entity_id(etype, bare) if etype else None


@dataclass
class HeldoutReport:
    strict: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    relaxed: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    misses: list[str] = field(default_factory=list)  # no reading with the line's type and endpoints
    other_modality: list[str] = field(default_factory=list)  # found, but not with the line's modality
    extras: list[str] = field(default_factory=list)
    unnamed: list[str] = field(default_factory=list)  # expected endpoints no id could be given

    def as_dict(self) -> dict[str, object]:
        return {"facts": {"all": Report.total(self.strict).as_dict(),
                          **{k: v.as_dict() for k, v in sorted(self.strict.items())}},
                "facts_relaxed": {"all": Report.total(self.relaxed).as_dict(),
                                  **{k: v.as_dict() for k, v in sorted(self.relaxed.items())}},
                "misses": self.misses, "other_modality": self.other_modality, "extras": self.extras,
                "unnamed": self.unnamed}


def _ends(fact_type: str, subject: str, obj: str, symmetric: frozenset[str]) -> tuple[str, str]:
    return tuple(sorted((subject, obj))) if fact_type in symmetric else (subject, obj)  # type: ignore[return-value]


@dataclass(frozen=True)
class Reading:
    """A fact as one sentence states it, with one of its items when the sentence names several."""
    fact: Fact = field(hash=False, compare=False)
    sentence: int
    item: str | None
    fact_id: str = ""


_ITEM_TYPES = ("Weapon", "Technology", "Commodity")


def _items_named(text: str) -> frozenset[str]:
    catalog = load_catalog()
    return frozenset(h.entry.id for h in catalog.lookup(words(text)) if h.entry is not None
                     and h.entry.type in _ITEM_TYPES)


def _readings(graph: Graph, aid: str | None) -> list[Reading]:
    out: list[Reading] = []
    for f in graph.facts:
        said = {ev.sentence: ev for ev in f.evidence if ev.article == aid}
        for sentence in sorted(said):
            ev = said[sentence]
            # the items the evidence records for its sentence, else those its quote names
            items = set(ev.items) if ev.items else _items_named(ev.quote) & set(f.attrs.get("item", ()))
            named: list[str | None] = [*sorted(items)]
            out.extend(Reading(f, sentence, item, f.id) for item in (named or [None]))
    return out


def _match(expected: list[tuple[ExpectedFact, tuple[str, str] | None]], pred: list[Reading], strict: bool,
           symmetric: frozenset[str], scores: dict[str, Score], label: str, report: list[str] | None,
           extras: list[str] | None) -> None:
    unmatched = list(pred)
    catalog = load_catalog()
    wants = {id(exp): _items_named(exp.details) for exp, _ in expected}
    # lines that name their item first, so that they find the reading of that item
    for exp, ends in sorted(expected, key=lambda row: not wants[id(row[0])]):
        if exp.optional:
            continue
        wanted = wants[id(exp)]
        hit = next((r for r in unmatched if ends is not None and r.fact.type == exp.type
                    and _ends(r.fact.type, r.fact.subject, r.fact.object, symmetric) == ends
                    and (not wanted or r.item is None or any(catalog.covers(w, r.item) for w in wanted))
                    and (not strict or r.fact.modality == exp.modality)), None)
        if hit is not None:
            unmatched.remove(hit)
            scores[exp.type].tp += 1
        else:
            scores[exp.type].fn += 1
            if report is not None:
                report.append(f"{label}: {exp.type} {exp.subject} -> {exp.object} [{exp.modality}]"
                              + (f" {exp.details}" if exp.details else ""))
    known = {(exp.type, ends) for exp, ends in expected if ends is not None}
    # one extra per fact and sentence, whatever the items it names
    for f in {(r.fact_id, r.sentence): r.fact for r in unmatched}.values():
        if (f.type, _ends(f.type, f.subject, f.object, symmetric)) in known:
            continue  # an optional line, or a second reading of an expected one with another modality
        scores[f.type].fp += 1
        if extras is not None:
            extras.append(f"{label}: {f.type} {f.subject} -> {f.object} [{f.modality}]")


def score_heldout(graph: Graph, expected: dict[str, ExpectedArticle]) -> HeldoutReport:
    """Score every article of ``expected`` that the graph holds (a missing article is all misses)."""
    report = HeldoutReport()
    onto = load_ontology()
    symmetric = frozenset(t for t in {f.type for a in expected.values() for f in a.facts} | {f.type for f in graph.facts}
                          if t in onto.fact_types and onto.fact_type(t).symmetric)
    resolver = NameResolver(graph)
    by_file = {Path(a.path).name: a.id for a in graph.articles}
    for name, art in sorted(expected.items()):
        rows: list[tuple[ExpectedFact, tuple[str, str] | None]] = []
        for exp in art.facts:
            s, o = resolver.resolve(exp.subject, art.entities), resolver.resolve(exp.object, art.entities)
            if s is None or o is None:
                report.unnamed.append(f"{name}: {exp.subject if s is None else exp.object}")
            rows.append((exp, _ends(exp.type, s, o, symmetric) if s and o else None))
        aid = by_file.get(name)
        pred = _readings(graph, aid)
        strict_misses: list[str] = []
        _match(rows, pred, False, symmetric, report.relaxed, name, report.misses, report.extras)
        _match(rows, pred, True, symmetric, report.strict, name, strict_misses, None)
        report.other_modality += [m for m in strict_misses if m not in report.misses]
    return report


def render_heldout(report: HeldoutReport) -> str:
    lines = ["Facts               P      R      F1   (tp/fp/fn)   type and endpoints | with modality"]
    for name in ["all", *sorted(report.relaxed)]:
        r = Report.total(report.relaxed) if name == "all" else report.relaxed[name]
        s = Report.total(report.strict) if name == "all" else report.strict[name]
        lines.append(f"  {name:<16} {r.precision:5.2f}  {r.recall:5.2f}  {r.f1:5.2f}   ({r.tp}/{r.fp}/{r.fn})"
                     f"   | F1 {s.f1:4.2f} ({s.tp}/{s.fp}/{s.fn})")
    if report.unnamed:
        lines.append(f"{len(report.unnamed)} expected endpoint(s) could not be given an id (left as misses)")
    return "\n".join(lines)
