"""SANCTIONS: who imposes what on whom, under which UN resolution, and why.

A sanction sentence names its imposer ("Dewan Keamanan PBB memberlakukan …",
"… dijatuhkan oleh Amerika Serikat, Korea Selatan …"), or names none but a
year in which the UN Security Council adopted a DPRK resolution, or continues
the sanction the previous sentences described (same paragraph of a list).
Resolutions are linked by year and by the prohibited items their measures name.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from graph.model import FactDate

from ..candidates import Candidate
from ..catalog import Catalog, CatalogEntry
from ..dates import DateMention
from ..lexicon import LIST_JOINS
from ..mentions import Mention
from ..sentence_view import SentenceView
from ..tokens import POSSESSIVE_GAPS
from .sanction_lists import government, list_contents, list_owner, listed_object, ships, state_of_body
from .sanction_targets import direct_object, listed_people, named_members, named_subjects, titled_person, with_listed
from .state import ArticleState, SentenceContext

UNSC = "organization:united-nations-security-council"
UN = "organization:united-nations"  # "UN sanctions" are the Security Council's: only it can impose them
_CARRY_SENTENCES = 4
# sentences back "It froze the assets of …" finds who imposes: a report on one bloc's sanctions
# may tell of the package in between ("The previous package, adopted on Dec. 16, listed …")
_PRONOUN_REACH = 10
_ADOPTED_REACH = 6  # words from "adopted"/"mengumumkan" to the sanction word it adopts ("its 16th package of sanctions")


def _resolutions(catalog: Catalog) -> list[CatalogEntry]:
    """The Security Council's resolutions (a treaty is typed Resolution too, and sanctions no one)."""
    return [e for e in catalog.entries.values() if e.type == "Resolution" and "number" in e.extra]


def _unsc_resolutions(view: SentenceView) -> list[Mention]:
    return [m for m in view.mentions if m.type == "Resolution"
            and "number" in getattr(view.catalog.get(m.entity), "extra", {})]


@lru_cache(maxsize=4)
def _resolutions_by_year(catalog: Catalog) -> dict[Any, list[tuple[CatalogEntry, str]]]:
    """Adoption year → (resolution, its measures as lowercase text), by id: catalog data,
    worked out once per process rather than for every sanction sentence."""
    out: dict[Any, list[tuple[CatalogEntry, str]]] = {}
    for e in sorted(_resolutions(catalog), key=lambda e: e.id):
        out.setdefault(e.extra.get("year"), []).append((e, " ".join(e.extra.get("measures", [])).lower()))
    return out


def _link_resolution(catalog: Catalog, year: int | None, items: list[str], measures: list[str]) -> str | None:
    if year is None:
        return None
    same_year = _resolutions_by_year(catalog).get(year)
    if not same_year:
        return None
    words: set[str] = set()
    for it in items:
        entry = catalog.get(it)
        if entry:
            words.update(t.lower() for t in entry.terms)
            words.add(entry.en.lower())
    words.update(m.lower() for m in measures)

    def score(text: str) -> int:
        return sum(1 for w in words if w and w in text)

    best = max(same_year, key=lambda et: (score(et[1]), -int(et[0].extra.get("number", 0))))
    return best[0].id


def _owned_noun(view: SentenceView, i: int) -> bool:
    """"its 16th sanctions package", "the bloc's sanctions list": the cue is a noun somebody owns."""
    return any(view.lower(k) in view.lex.possessives for k in range(max(0, i - 3), i)) or \
        (i > 0 and view.gap(i - 1, i).strip() in POSSESSIVE_GAPS)


def _counted_targets(view: SentenceView, t0: int) -> bool:
    """Whether the sanction counts whom it hits ("membekukan aset 11 organisasi", "blacklisting
    11 individuals", "sanksi kepada dua warga Rusia"): a number within three words of a cue."""
    cues = [i + n for i, n, _ in view.find(view.lex.triggers["SANCTIONS"], t0)]
    cues += [i + n for i, n, _ in view.find(view.lex.sanction_verbs, t0)]
    return any(view.lower(k).replace(".", "").replace(",", "").isdigit() or view.lower(k) in view.lex.count_words
               for c in cues for k in range(c, min(c + 3, len(view.words))))


_TARGET_REACH = 15  # words after the cue a target named with "on"/"against" may stand ("its war against Ukraine" far on is no target)


def _dates(view: SentenceView, lo: int, hi: int, t0: int) -> list[DateMention]:
    """The dates of the sanction's part of the sentence, less those of a relative clause before
    it ("North Korea, which carried out its sixth nuclear test in September 2017, remains under …")."""
    return [d for d in view.dates if lo <= view.word_at(d.start) < hi and not view.date_in_relative_clause(d, t0)]


def _year(view: SentenceView, lo: int, hi: int, t0: int) -> int | None:
    for d in _dates(view, lo, hi, t0):
        if d.value[:4].isdigit():
            return int(d.value[:4])
    return None


def _noun_adjunct(view: SentenceView, m: Mention, i: int) -> Mention | None:
    """The imposer when the state right before "sanctions" names whom they are on, not who
    imposes them: "EU widens Russia sanctions to …" (an actor, a verb or two, then the state)."""
    if m.w1 != i or not (m.type == "State" or m.metonym_of) or view.owns(m) or view.gap(m.w1 - 1, i).strip():
        return None
    head = next((e for e in reversed(view.actors(0, m.w0)) if e.type != "Person"), None)
    if head is None or not 1 <= m.w0 - head.w1 <= 2 or any(c in view.gap(head.w1 - 1, m.w0) for c in ",;:()"):
        return None
    lex = view.lex
    small = LIST_JOINS | lex.sanction_target_words | lex.to_words | lex.from_words | lex.by_words | lex.place_preps
    if any(view.words[k].is_cap or view.lower(k) in small for k in range(head.w1, m.w0)):
        return None  # "The United States and Japan sanctions …", "Panel of Experts on North Korea sanctions"
    return head


def _in_aside(view: SentenceView, m: Mention) -> bool:
    """Whether m stands in a phrase that a comma opens ("The package, approved … of Ukraine, adds")."""
    start = view.clause_start(m.w0)
    return start > 0 and "," in view.gap(start - 1, start)


def _under(view: SentenceView, cues: list[tuple[int, int]]) -> tuple[list[str], str | None]:
    """"North Korea has been under UN Security Council sanctions", "Korea Utara berada di bawah
    sanksi PBB": the body named with the sanctions imposed them on the clause's subject."""
    for u, un, _ in view.find(view.lex.sanction_under):
        for i, n in cues:
            by = view.word_mention.get(u + un)
            if by is None or by.w1 != i:
                # Indonesian order: the body follows "sanksi"
                by = view.word_mention.get(i + n) if i == u + un else None
            imposer = view.actor_id(by) if by is not None and by.type != "Person" else None
            # "North Korea, which carried out …, remains under …": the subject before a relative clause
            subject = [m for m in view.actors(view.apposition_start(u), u) if m.type != "Person"
                       and not view.in_relative_clause(m, u)]
            if imposer and subject and view.actor_id(subject[-1]) not in (None, imposer):
                return [imposer], view.actor_id(subject[-1])
    return [], None


def extract(view: SentenceView, st: ArticleState, sc: SentenceContext) -> list[Candidate]:
    out = _by_cue(view, st, sc)
    if view.may_match(view.lex.list_includes):
        out += list_contents(view, st, _CARRY_SENTENCES)
    return out + _resolutions_named(view, out) if view.may_match(view.lex.resolution_cues) else out


def _resolutions_named(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """"Under Security Council Resolution 2397 … workers must be sent home", "melanggar resolusi
    1718, 1874 dan 2270": each resolution named as binding is the Security Council's sanction on
    the state it is about, dated by its adoption."""
    named = _unsc_resolutions(view)
    if not named or not view.find(view.lex.resolution_cues):
        return []  # a cue word may start a phrase that is not there
    done = {c.attrs.get("resolution") for c in found}
    out = []
    for m in named:
        entry = view.catalog.get(m.entity)
        if entry is None or m.entity in done or not entry.extra.get("target"):
            continue
        done.add(m.entity)
        out.append(Candidate("SANCTIONS", UNSC, entry.extra["target"], view.evidence(), {"resolution": m.entity},
                             FactDate(entry.extra["adoption_date"], "day"), "asserted", trigger=m.w0,
                             confidence=0.8))
    return out


def _by_cue(view: SentenceView, st: ArticleState, sc: SentenceContext) -> list[Candidate]:
    """One sanction per year the sentence lists ("Sejak 2016 … tembaga …, dan sejak 2017 … tekstil")."""
    if not view.may_match(view.lex.triggers["SANCTIONS"]):
        return []  # each part of the sentence needs a sanction cue
    # "Sejak 2016 … tembaga …, dan sejak 2017 … tekstil": years that open a part each, not a day
    # or a relative year inside one ("sanksi 2 April terhadap kapal …, yang … pada tahun lalu")
    years = [d for d in view.dates if d.precision == "year" and not d.relative]
    cuts = sorted({view.word_at(d.start) for d in years})
    if len(cuts) < 2:
        return _extract(view, st, sc, 0, len(view.words))
    out: list[Candidate] = []
    bounds = [0, *cuts[1:], len(view.words)]
    for lo, hi in zip(bounds, bounds[1:]):
        out.extend(_extract(view, st, sc, lo, hi))
    return out


def _extract(view: SentenceView, st: ArticleState, sc: SentenceContext, lo: int, hi: int) -> list[Candidate]:
    lex = view.lex
    # "the Multilateral Sanctions Monitoring Team" names a body: its words are no cue
    named = {k for m in view.mentions if m.type == "Organization" for k in range(m.w0, m.w1)}
    cues = [(i, n) for i, n, _ in view.find(lex.triggers["SANCTIONS"], lo, hi) if i not in named]
    if not cues:
        cues = [(i, n) for i, n, _ in view.find(lex.triggers["SANCTIONS"]) if i not in named] if lo > 0 else []
    if not cues:
        return []
    t0 = cues[0][0]
    if view.negated(t0) and not view.find(lex.sanction_verbs, max(0, t0 - 2), t0 + 3):
        return []
    imposers: list[str] = []
    # explicit resolution mention → UNSC
    res_mentions = _unsc_resolutions(view)
    # "oleh A, B, C dan D"
    for i, n in cues:
        for k in range(i + n, min(len(view.words), i + n + 8)):
            if view.lower(k) in lex.by_words:
                for m in view.actors(k + 1):
                    if m.w0 - k > 16:
                        break
                    a = view.actor_id(m)
                    if a and a not in imposers and m.type != "Person":
                        imposers.append(a)
                break
    # subject of a sanctioning verb: "Dewan Keamanan PBB tidak mengizinkan DPRK …"
    passive = {k for p, pn, _ in view.find(lex.sanction_passive) for k in range(p, p + pn)}
    # a listing verb lists for a sanction only with a sanction word after it ("memasukkan … ke daftar
    # hitam"); "memasukkan solar Rusia ke Korut" brings diesel in
    listings = [(i, n, v) for i, n, v in view.find(lex.listing_verbs)
                if view.find(lex.triggers["SANCTIONS"], i + n, min(len(view.words), i + n + 15))]
    # "adopted its 16th package of sanctions against Russia", "mengumumkan sanksi independen"
    adoptions = [(i, n, v) for i, n, v in view.find(lex.adopting_verbs)
                 if view.find(lex.triggers["SANCTIONS"], i + n, min(len(view.words), i + n + _ADOPTED_REACH))]
    adjuncts: list[str | None] = []
    for i, n, _ in view.find(lex.sanction_verbs) + listings + adoptions:
        if i in named or (i and view.lower(i - 1) in lex.determiners) or _owned_noun(view, i):
            continue  # "those sanctions", "its 16th sanctions package": a noun, with no subject imposing it
        if i in passive:
            continue  # "… were also designated": the subject is sanctioned, not sanctioning
        if view.lower(i - 1) in LIST_JOINS:
            continue  # "… terhadap Sinhung, Ri Song Chol, dan Kim Chol Ho, serta melarang …": the first verb's subject
        # "Washington would impose": a place acting for its state imposes too
        # a subject that ends near the verb, however long its name ("The U.S. Treasury Department said it had")
        # "… between Russia and North Korea, two months after the bloc blacklisted …": no subject
        # across a subordinating word
        # "The package, approved … on the anniversary of Russia's invasion of Ukraine, adds …": the
        # end of an aside is no subject
        prior = [m for m in view.actors(0, i) if m.type != "Person" and m.w1 >= i - 6
                 and not any(view.lower(k) in lex.clause_words for k in range(m.w1, i))
                 and not (view.gap(i - 1, i).strip() == "," and _in_aside(view, m))]
        if prior and (head := _noun_adjunct(view, prior[-1], i)) is not None:
            adjuncts.append(view.actor_id(prior[-1]))  # "EU widens Russia sanctions": sanctions on Russia
            prior = [head]
        if not prior and view.lower(i - 1) in lex.pronouns and st.last_imposers \
                and view.sent.index - st.last_imposers_sentence <= _PRONOUN_REACH:
            imposers.extend(a for a in st.last_imposers if a not in imposers)  # "It froze the assets of …"
            continue
        if not prior and (lo := view.apposition_start(i)) < i:
            # "Uni Eropa, dalam paket sanksi ke-13 pada Februari, memasukkan …": the subject before the aside
            # (the comma that closes the aside follows no subject: "… of Ukraine, adds")
            prior = [m for m in view.actors(lo, i) if m.type != "Person" and m.w1 < i
                     and view.gap(m.w1 - 1, m.w1).strip() == ","][:1]
        if prior:
            for m in view.coordinated(prior[-1]):  # "The United States and Japan have sanctioned"
                a = view.actor_id(m)
                if a and a not in imposers:
                    imposers.append(a)
    under_imposers, target = _under(view, cues)
    if target is not None:
        imposers = under_imposers
    if imposers and not view.negated(t0):
        st.last_imposers, st.last_imposers_sentence = list(imposers), view.sent.index
    targets: list[str] = []
    target_at = -1
    speakers = view.speakers_named()
    # "sanksi atas Korut" names the target with the word that elsewhere gives the reason
    reasons = [r + rn for r, rn, _ in view.find(lex.reasons, t0)
               if (follows := view.word_mention.get(r + rn)) is None or not view.actor_id(follows)]
    if target is None:
        # "Washington blacklisted Mikheychik in January in a package aimed at the airlift … to
        # Russia": the verb's own object first, before any actor after a preposition
        target, targets = direct_object(view, imposers)
        if target is None and (target := listed_object(view, listings, imposers)) is not None:
            targets = [target]
    for m in view.actors():
        if target is not None:
            break
        a = view.actor_id(m)
        if not a or a in imposers or m in speakers:
            continue
        if any(r < m.w0 for r in reasons):
            break  # "… atas pasokan rudal balistik ke Rusia": what the reason names is not sanctioned
        if m.type == "Person" and not view.preceded_by(m, lex.sanction_target_words, reach=1):
            continue  # a person is a target only when named as one ("sanksi kepada Han Hyok Chol")
        # "sanctions on any North Korean or Russian entities": past a quantifier; "sanksi terhadap
        # program nuklir dan rudal Korut": the programme's owner, named after it
        quantified = m.w0 > 1 and view.lower(m.w0 - 1) in lex.quantifiers
        programme = next((p for p in range(max(t0, m.w0 - 5), m.w0) if view.lower(p) in lex.programme_words
                          and view.lower(p - 1) in lex.sanction_target_words), None)
        if programme is not None and m.type == "State" and lex.lang == "id" and m.w0 > t0 \
                and not any(k in view.word_mention and view.actor_id(view.word_mention[k])
                            for k in range(programme, m.w0)):
            target, target_at, targets = a, m.w0, [a]
            break
        if m.w0 > t0 and any(c < m.w0 <= c + _TARGET_REACH for c, _ in cues) and \
                (view.preceded_by(m, lex.sanction_target_words | lex.to_words, reach=1) or
                          (quantified and view.lower(m.w0 - 2) in lex.sanction_target_words)):
            target, target_at = a, m.w0
            titled = titled_person(view, m)
            if titled is not m and titled.type == "Person":
                # "imposed a travel ban on North Korean Defence Minister No Kwang Chol": the minister
                target, targets = titled.entity, [x.entity for x in with_listed(view, titled)]
                break
            # "sanctions on Russian and North Korean entities": every one listed is a target, and
            # so is each of two joined by "or"
            group = view.coordinated(m)
            nxt = view.word_mention.get(m.w1 + 1)
            if view.lower(m.w1) in lex.or_words and nxt is not None and view.actor_id(nxt):
                group = [*group, nxt]
            targets = [x for x in dict.fromkeys(view.actor_id(c) for c in group if c.w0 >= m.w0)
                       if x and x not in imposers]
            break
    if target is None:
        for i, n, _ in view.find(lex.sanction_passive):
            opening = named_subjects(view, i)
            if opening:  # "Dua warga Korut, Ri Song Chol dan Kim Chol Ho, …, juga dikenai sanksi"
                target, targets = opening[0], opening
                break
            # "… perwakilan Sinhung di Moskwa …, juga dikenai sanksi": where someone is, is no subject
            prior = [m for m in view.actors(0, i) if view.actor_id(m) not in imposers and m.type != "Person"
                     and not view.preceded_by(m, lex.place_preps)]
            if prior and prior[0].w0 == 0:
                # "IBEX Shipping and Azia Shipping, both based in Cyprus, were also designated": the
                # sentence's subject, every one listed, not where they are based
                subjects = [a for a in (view.actor_id(m) for m in view.coordinated(prior[0])) if a]
                target, targets = subjects[0], subjects
                break
            if prior:
                target = view.actor_id(prior[-1])
                break
    if adjuncts and (on := [a for a in adjuncts if a and a not in imposers]):
        targets = list(dict.fromkeys([*on, *(targets or ([target] if target else []))]))
        target = targets[0]
    listed = listed_people(view, t0, imposers)
    if listed:
        targets = list(dict.fromkeys([*(targets or ([target] if target else [])), *listed]))
        target = target or targets[0]
    named_targets = named_members(view, t0, imposers)
    cue = view.find(lex.including, t0)
    if named_targets and target is not None and cue and target_at > cue[0][0]:
        target, targets = None, []  # "…, among them No Kwang Chol, for arranging shipments to Russia"
    if named_targets:
        targets = list(dict.fromkeys([*(targets or ([target] if target else [])), *named_targets]))
        target = target or targets[0]
    list_of = None if imposers else list_owner(view)
    if list_of is not None:  # "masuk daftar hitam Amerika Serikat": whose list it is imposes, and is no target
        imposers = [list_of]
        targets = [t for t in targets if t != list_of]
        target = target if target != list_of else (targets[0] if targets else None)
    vessels, flags = ships(view, t0)
    if vessels:
        # "sanctioned the Russian-flagged cargo ship Angara": the ship, not its flag's state
        targets = list(dict.fromkeys([*(t for t in (targets or ([target] if target else []))
                                        if t not in flags and t != sc.speaker), *vessels]))
        target = targets[0]
    recent = st.last_sanction if view.sent.index - st.last_sanction_sentence <= _CARRY_SENTENCES else None
    # another side's sanction goes on from the last one only when the sentence says so ("Selain
    # itu, ada juga sanksi … oleh Amerika Serikat, …"); "Britain followed with sanctions on …" does not
    same_side = not imposers or view.has_word(lex.also_words) or recent is not None and recent.subject in {
        state_of_body(view.catalog, a) or (UNSC if a == UN else a) for a in imposers}
    if target is None and recent is not None and same_side and not _counted_targets(view, t0):
        # the sanction just described goes on, unless this one counts its own targets
        # ("Jepang membekukan aset 11 organisasi …" is no sanction on the last target) or
        # another side imposes it ("Britain followed a day later with sanctions on …")
        target = recent.object
    if target is None:
        return []
    year = _year(view, lo, hi, t0)
    items = sorted({m.entity for m in view.items(lo, hi)})
    measures = sorted({v for _, _, v in view.find(lex.measures, lo, hi)})
    resolution = res_mentions[0].entity if res_mentions else _link_resolution(view.catalog, year, items, measures)
    inferred = False
    if not imposers and _owned_noun(view, t0):
        # "the EU added … as part of its 16th sanctions package": the owner is the clause's subject
        sanctioned = {target, *targets}
        owner = [m for m in view.actors(0, t0) if m.type != "Person" and not view.possessed(m)
                 and view.actor_id(m) not in sanctioned and not view.in_source(m)]
        imposers = [a for a in (view.actor_id(owner[0]),) if a] if owner else []
    if not imposers:
        if resolution or any(m.entity == UNSC for m in view.mentions):
            imposers = [UNSC]
        elif recent is not None and ((view.sent.index - st.last_sanction_sentence == 1 and (items or measures))
                                     or (target != recent.object and view.has_word(lex.also_words)
                                         and view.may_match(lex.sanction_passive))):
            # "Selain itu, … larangan diberlakukan …" right after a sanction continues its list;
            # "… were also designated" adds to it
            imposers = [recent.subject]
            inferred = True
        elif vessels and recent is not None:
            imposers = [recent.subject]  # "… said the vessels Ocean Star and Sea Falcon 3 were designated"
        elif vessels and (gov := government(view, sc.speaker)):
            # "Kementerian Luar Negeri Korsel … menyebut kapal kargo Angara … dimasukkan ke daftar
            # sanksi": a government that announces a listing made it
            imposers = [gov]
        elif vessels and (sanctioner := next((a for m in view.actors(0, t0) if (a := view.actor_id(m))
                                              and a.startswith("state:") and a not in flags), None)):
            imposers = [sanctioner]  # "Langkah Seoul merupakan lanjutan sanksi … terhadap kapal Angara"
        else:
            return []
    imposers = list(dict.fromkeys(UNSC if a == UN else a for a in imposers))
    # a government body imposes for its state ("the U.S. Treasury designated …" is a US sanction)
    bodies = {state_of_body(view.catalog, a): a for a in imposers if state_of_body(view.catalog, a)}
    imposers = list(dict.fromkeys(state_of_body(view.catalog, a) or a for a in imposers))
    # "… ke daftar hitam atas pasokan rudal balistik ke Rusia": what the reason names is not banned
    because = reasons[0] if reasons else hi
    prohibited = sorted({m.entity for m in view.items(lo, min(hi, because))})
    reason = None
    for i, n, _ in view.find(lex.reasons, t0):
        end = view.clause_end(i + n)
        base = view.sent.start
        reason = view.sent.text[view.words[i + n].start - base:view.words[end - 1].end - base] if end > i + n else None
        break
    # "… would violate U.N. Security Council resolutions that ban arms trade with North Korea": a
    # ban the resolutions make is in force, whatever may come of the deal
    in_force = imposers == [UNSC] and any(view.lower(k) in lex.resolution_words for k in range(max(0, t0 - 3), t0))
    modality = "asserted" if in_force else view.modality(t0, t0 + 1, look_ahead=False)
    out = []
    for imp, tgt in ((imp, tgt) for imp in imposers for tgt in (targets or [target])):
        if imp == tgt or state_of_body(view.catalog, tgt) == imp:
            continue  # no state sanctions itself, nor its own ministry
        attrs: dict[str, object] = {}
        if imp == UNSC and resolution:
            attrs["resolution"] = resolution
        if imp in bodies:
            attrs["issued_by"] = bodies[imp]
        if prohibited:
            attrs["prohibits"] = prohibited
        if measures:
            attrs["measures"] = measures
        if reason:
            attrs["reason"] = reason
        date = next((FactDate(d.value, d.precision, d.qualifier) for d in _dates(view, lo, hi, t0)), None)
        c = Candidate("SANCTIONS", imp, tgt, view.evidence(), attrs, date, modality,
                      trigger=t0, confidence=0.6 if inferred else 0.85)
        out.append(c)
    if out:
        st.last_sanction = out[0]
        st.last_sanction_sentence = view.sent.index
    return out
