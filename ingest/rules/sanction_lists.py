"""Who is on a sanctions list: the ships a sanction names (not their flag's state), the owner of
the list ("daftar hitam Amerika Serikat", "the U.S. blacklist"), the government that announces a
listing, and the people and bodies a list is said to include ("Tokyo's list includes …")."""

from __future__ import annotations

from ..candidates import Candidate
from ..catalog import Catalog
from ..sentence_view import SentenceView
from ..vessels import VESSEL
from .geography import state_in_name
from .state import ArticleState

_DESCRIPTION_WORDS = 6  # lowercase words a description may take between a listing verb and the name it describes


def state_of_body(catalog: Catalog, eid: str) -> str | None:
    entry = catalog.get(eid)
    return catalog.state_above(eid) if entry and entry.type == "Organization" else None


def government(view: SentenceView, speaker: str | None) -> str | None:
    """The speaker when it is a state or one of its bodies (a body's state when the name tells it)."""
    if speaker is None or speaker.startswith("state:") or state_of_body(view.catalog, speaker):
        return speaker
    m = next((x for x in view.mentions if x.entity == speaker and x.type == "Organization"), None)
    return state_in_name(view, m) if m is not None else None


def listed_object(view: SentenceView, listings: list[tuple[int, int, object]], imposers: list[str]) -> str | None:
    """What a listing verb puts on a sanctions list when a description comes first: "memasukkan
    perusahaan konstruksi milik negara Korut, Korea Sinhung General Construction Corporation, ke
    dalam daftar sanksinya" lists the firm the description names after its comma, not its state."""
    for i, n, _ in listings:
        k = i + n
        while k < min(len(view.words), i + n + _DESCRIPTION_WORDS) and k not in view.word_mention \
                and not view.words[k].is_cap:
            k += 1
        m = view.word_mention.get(k)
        if m is None or k == i + n:
            continue  # a name right after the verb is the verb's own object, read elsewhere
        named = view.word_mention.get(m.w1)
        if m.type == "State" and named is not None and named.type != "State" and view.gap(m.w1 - 1, m.w1).strip() == ",":
            m = named  # "… milik negara Korut, Korea Sinhung …": the firm, not whose it is
        a = view.actor_id(m)
        if a and a not in imposers:
            return a
    return None


def list_owner(view: SentenceView) -> str | None:
    """The state whose sanctions list the sentence names: "daftar hitam Amerika Serikat", "the U.S.
    blacklist", "Japan's sanctions list"."""
    for i, n, _ in view.find(view.lex.list_nouns):
        if view.lex.lang == "id":
            m = view.word_mention.get(i + n)
        else:
            m = view.word_mention.get(i - 1)
            m = m if m is not None and m.w1 == i else None
        a = view.actor_id(m) if m is not None else None
        if a and a.startswith("state:"):
            return a
    return None


def ships(view: SentenceView, t0: int) -> tuple[list[str], set[str]]:
    """The ships a sanction names: after its cue ("sanctioned the cargo ship Angara"), or before a
    passive one ("kapal kargo Angara dan Lady R dimasukkan ke daftar sanksi"); and the states
    whose flag they fly, named in their description."""
    vessels = [m for m in view.mentions if m.type == VESSEL]
    if not vessels:
        return [], set()
    # "… were designated", "Both ships were already on the U.S. blacklist"
    passive = [p for p, _, _ in view.find(view.lex.sanction_passive) + view.find(view.lex.list_nouns)]
    named = [m for m in vessels if m.w0 > t0 or any(m.w1 <= p for p in passive)]
    flags: set[str] = set()
    for m in named:
        nouns = view.find(view.lex.vessel_nouns, max(0, m.w0 - 8), m.w0)
        if nouns:
            lo = nouns[-1][0]
            lo = lo - 2 if lo >= 2 and view.lower(lo - 1) in view.lex.flag_words else lo  # "Russian-flagged"
            flags |= {a for x in view.actors(lo, m.w0) if x.type == "State" and (a := view.actor_id(x))}
    return list(dict.fromkeys(m.entity for m in named)), flags


def list_contents(view: SentenceView, st: ArticleState, reach: int) -> list[Candidate]:
    """"Tokyo's list includes Vladimir Mikheychik, …, as well as the airline itself, Russia's Command
    of Military Transport Aviation and the Russian shipper Transmorflot"; "Di antara warga Korut yang
    disasar terdapat Rim Yong Hyok": the people and bodies a list holds are its owner's targets. The
    owner is named before the list ("Tokyo's"), else it is who imposed sanctions a few sentences up."""
    out: list[Candidate] = []
    for i, n, _ in view.find(view.lex.list_includes):
        owner_m = view.word_mention.get(i - 1) if view.lex.lang == "en" else None
        owner = view.actor_id(owner_m) if owner_m is not None and view.owns(owner_m) else None
        if owner is None and st.last_imposers and view.sent.index - st.last_imposers_sentence <= reach:
            owner = st.last_imposers[0]
        owner = (state_of_body(view.catalog, owner) or owner) if owner else None
        if owner is None:
            continue
        # a state named as an owner ("Russia's Command …") is no target; a ship only the operator of
        # a target runs ("operator of the cargo vessel Lady R") is none either
        for m in view.mentions:
            if m.w0 < i + n or m.type not in ("Person", "Organization", VESSEL) or view.owns(m) \
                    or (m.type == VESSEL and any(view.lower(k) == "of" for k in range(max(0, m.w0 - 4), m.w0))) \
                    or m.entity == owner:
                continue
            out.append(Candidate("SANCTIONS", owner, m.entity, view.evidence(), {}, None, "asserted",
                                 trigger=i, confidence=0.7))
    return out
