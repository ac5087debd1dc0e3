"""Candidates from every sentence of every article → one fact per real-world fact.

Two candidates are the same fact when they share type, endpoints, modality and
the attribute that tells such facts apart (a sanction's resolution, a role's
name), and — for events (meetings, visits, invitations, tests) — dates that
agree at the coarser precision. The same fact found in several articles is one
fact with several evidences. Ids depend only on that identity.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any

from graph.ids import fact_id
from graph.model import Evidence, Fact, FactDate
from graph.ontology import Ontology

from .candidates import Candidate

EVENT_TYPES = frozenset({"MET_WITH", "VISITED", "INVITED", "TESTED"})
_PRECISION = {"year": 0, "month": 1, "day": 2}
WEAK_DATE = "weekday-mismatch"


def _usable(d: FactDate | None) -> FactDate | None:
    return None if d is None or (d.qualifier and WEAK_DATE in d.qualifier) else d


def dates_agree(a: FactDate, b: FactDate) -> bool:
    n = min(len(a.value), len(b.value))
    return a.value[:n] == b.value[:n]


def _discriminator(c: Candidate) -> Any:
    if c.type == "SANCTIONS":
        return c.attrs.get("resolution") or (c.date.value[:4] if c.date else None)
    if c.type == "HOLDS_ROLE":
        return str(c.attrs.get("role", "")).lower()
    return None


def _when(c: Candidate) -> FactDate | None:
    return _usable(c.date) or c.context_date


def _cluster(cands: list[Candidate]) -> list[list[Candidate]]:
    dated = sorted(((c, w) for c in cands if (w := _when(c)) is not None),
                   key=lambda cw: (-_PRECISION[cw[1].precision], cw[1].value))
    clusters: list[list[Candidate]] = []
    reps: list[FactDate] = []
    for c, w in dated:
        for k, rep in enumerate(reps):
            if dates_agree(rep, w):
                clusters[k].append(c)
                break
        else:
            clusters.append([c])
            reps.append(w)
    by_article: dict[str, int] = {}  # the first cluster holding each article (no all-pairs search)
    for k, cl in enumerate(clusters):
        for x in cl:
            by_article.setdefault(x.evidence.article, k)
    undated: int | None = None
    for c in sorted((c for c in cands if not _when(c)), key=lambda c: (c.evidence.article, c.evidence.start)):
        home = by_article.get(c.evidence.article)
        if home is None:
            if len(clusters) == 1:
                home = 0
            else:
                if undated is None:
                    undated = len(clusters)
                    clusters.append([])
                home = undated
            by_article[c.evidence.article] = home
        clusters[home].append(c)
    return clusters


def _merge_attrs(cands: list[Candidate], onto: Ontology, ftype: str) -> dict[str, Any]:
    roles = onto.fact_type(ftype).roles
    out: dict[str, Any] = {}
    for c in cands:
        for k, v in c.attrs.items():
            if isinstance(v, list):
                out[k] = sorted(set(out.get(k, [])) | set(v))
            elif k == "place" and k in out:
                if str(out[k]).startswith("state:") and not str(v).startswith("state:"):
                    out[k] = v  # a city or facility says more than the country
            else:
                out.setdefault(k, v)
    if any("inferred_endpoint" not in c.attrs for c in cands):
        out.pop("inferred_endpoint", None)  # some sentence names both sides
    return {k: v for k, v in out.items() if k in roles or k in ("inferred_endpoint", "attributions")}


def merge_candidates(candidates: list[Candidate], onto: Ontology) -> list[Fact]:
    groups: dict[tuple, list[Candidate]] = defaultdict(list)
    for c in candidates:
        s, o = c.subject, c.object
        if onto.fact_type(c.type).symmetric and o < s:
            s, o = o, s
            c.subject, c.object = s, o
        groups[(c.type, s, o, c.modality, _discriminator(c))].append(c)
    facts: list[Fact] = []
    for (ftype, s, o, modality, disc), cands in sorted(groups.items(), key=lambda kv: repr(kv[0])):
        clusters = _cluster(cands) if ftype in EVENT_TYPES else [cands]
        for cl in clusters:
            cl.sort(key=lambda c: (c.evidence.article, c.evidence.sentence, c.trigger))
            dated = sorted((d for c in cl if (d := _usable(c.date)) is not None), key=lambda d: -_PRECISION[d.precision])
            date = dated[0] if dated else next((c.date for c in cl if c.date), None)
            when = date or next((c.context_date for c in cl if c.context_date), None)
            key: dict[str, Any] = {"modality": modality, "disc": disc}
            if ftype in EVENT_TYPES and len(clusters) > 1:
                key["when"] = when.value[:7] if when else None
            attrs = _merge_attrs(cl, onto, ftype)
            speakers = sorted({c.attributed_to for c in cl if c.attributed_to})
            attributed = next((c.attributed_to for c in cl if c.attributed_to), None)
            if len(speakers) > 1:
                attrs["attributions"] = speakers
            evidence: dict[tuple[str, int, int], Evidence] = {}
            stated: dict[tuple[str, int, int], set[str]] = defaultdict(set)
            for c in cl:
                where = (c.evidence.article, c.evidence.start, c.evidence.end)
                evidence.setdefault(where, c.evidence)
                stated[where].update(c.attrs.get("item", ()))
            if any(stated.values()):
                evidence = {k: replace(ev, items=tuple(sorted(stated[k]))) for k, ev in evidence.items()}
            articles = {e.article for e in evidence.values()}
            confidence = min(0.98, max(c.confidence for c in cl) + 0.05 * (len(articles) - 1))
            facts.append(Fact(fact_id(ftype, s, o, key), ftype, s, o, attrs, date, modality, attributed,
                              round(confidence, 3), tuple(evidence.values())))
    return _link_exchange_facts(facts)


def _link_exchange_facts(facts: list[Fact]) -> list[Fact]:
    """Point each transfer given in return at the transfer(s) it answers."""
    by_pair: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for f in facts:
        if f.type == "SUPPLIES":
            by_pair[(f.subject, f.object)].append(f)
    out = []
    for f in facts:
        given = set(f.attrs.get("in_exchange_for", []))
        if f.type == "SUPPLIES" and given:
            back = sorted((b for b in by_pair[(f.object, f.subject)] if given & set(b.attrs.get("item", []))),
                          key=lambda b: (b.modality != f.modality, b.id))
            if back:
                f = Fact(f.id, f.type, f.subject, f.object, {**f.attrs, "exchange_fact": back[0].id}, f.date,
                         f.modality, f.attributed_to, f.confidence, f.evidence)
        out.append(f)
    return out
