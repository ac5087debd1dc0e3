"""Whom a sanction names: the object of its verb ("blacklisted Transport Minister Ri Tae Song"),
the people a listing verb puts on the list and those listed after them, the members named after
"among them"/"termasuk", and people a sentence opens with by nationality before a passive."""

from __future__ import annotations

from ..mentions import Mention
from ..sentence_view import SentenceView
from .participants import listed_after

_OPENING_WORDS = 3  # words before a sentence's first name that only count or qualify it ("Dua warga Korut")
_BEHALF = frozenset({"behalf", "nama"})  # "on behalf of", "atas nama"


def with_listed(view: SentenceView, first: Mention) -> list[Mention]:
    """first and the people listed after it ("X, head of …, and Y, a senior KPA general")."""
    return [first, *listed_after(view, [m for m in view.mentions if m.type == "Person" and m.w0 >= first.w0])]


def listed_people(view: SentenceView, t0: int, imposers: list[str]) -> list[str]:
    """"the EU added Ri Chang Ho, head of …, and Sin Kum Chol, …, as part of its sanctions
    package": the people a listing verb puts on the list are targets."""
    for i, n, _ in view.find(view.lex.listing_verbs):
        # "memasukkan Direktur Biro Umum Pengintaian Korut Ri Chang Ho": past a title and its body
        people = [m for m in view.mentions if m.type == "Person" and i + n <= m.w0 <= i + n + 8
                  and (m.w0 <= i + n + 4 or _only_title_between(view, i + n, m.w0))]
        if people:
            # "memasukkan Menteri Pertahanan Korut Kang Sun Nam ke daftar hitam": after the cue too
            end = t0 if i < t0 else len(view.words)
            return [m.entity for m in with_listed(view, people[0]) if m.w0 < end and m.entity not in imposers]
    return []


def _only_title_between(view: SentenceView, lo: int, hi: int) -> bool:
    """Whether words lo..hi are titles and the names of states or bodies, nothing else."""
    covered = {k for i, n, _ in view.lex.titles.find(view.words, lo, hi) for k in range(i, i + n)}
    covered.update(k for m in view.mentions if m.type != "Person" for k in range(m.w0, m.w1))
    return all(k in covered for k in range(lo, hi))


def _firm_of(view: SentenceView, m: Mention) -> Mention:
    """"Russian firm Tigris LLC": the state names whose firm it is; the firm is the target."""
    if m.type != "State":
        return m
    nxt = next((x for x in view.mentions if m.w1 <= x.w0 <= m.w1 + 2), None)
    return nxt if nxt is not None and nxt.type == "Organization" else m


def named_members(view: SentenceView, t0: int, imposers: list[str]) -> list[str]:
    """"designated North Korean banks and officers, among them Defence Minister No Kwang Chol and
    Kim Yong Bok": the people and bodies named after "among them" / "termasuk" are targets too."""
    out: list[str] = []
    for i, n, _ in view.find(view.lex.including, t0):
        first = next((m for m in view.actors(i + n, i + n + 5)), None)
        if first is None or any(view.lower(k) in view.lex.from_words | view.lex.by_words | _BEHALF
                                for k in range(i + n, first.w0)):
            continue  # "including on behalf of the Russian Ministry of Defense": for whom, not who
        first = titled_person(view, first)
        for m in view.coordinated(first):
            m = _firm_of(view, m)
            a = view.actor_id(m)
            if m.w0 >= first.w0 and a and a not in imposers and a not in out:
                out.append(a)
    return out


def direct_object(view: SentenceView, imposers: list[str]) -> tuple[str | None, list[str]]:
    """The target a sanctioning verb names right after it ("blacklisted Transport Minister Ri Tae
    Song", "sanctioned Mkrtychev"), with those listed after it."""
    lex = view.lex
    for i, n, _ in view.find(lex.sanction_verbs):
        k = i + n
        while k < min(len(view.words), i + n + 4) and (view.lower(k) in lex.asset_words or view.lower(k) in lex.determiners):
            k += 1  # "froze the assets of Vostok Fuel Company", "membekukan aset …"
        nxt = view.actors(i + n, i + n + 2) or (view.actors(k, k + 1) if k > i + n else [])
        title = lex.titles.find(view.words[i + n:i + n + 4])
        if not nxt and title and title[0][0] <= 1:  # "blacklisted Transport Minister Ri Tae Song"
            nxt = view.actors(i + n + title[0][0] + title[0][1], i + n + title[0][0] + title[0][1] + 1)
        if nxt and nxt[0].w0 > i + n and view.lower(i + n) in lex.sanction_target_words | lex.to_words:
            continue  # "sanctions on Russian and North Korean entities": a preposition's, read below
        if nxt and view.possessed(nxt[0]):
            continue  # "blacklisted Pyongyang's defence minister": someone of the state, not the state
        if nxt and view.actor_id(nxt[0]) not in imposers:
            first = titled_person(view, nxt[0])
            if first.type == "Person":  # "blacklisted Defense Minister No Kwang Chol and Kim Yong Bok, a …"
                return first.entity, [m.entity for m in with_listed(view, first)]
            return view.actor_id(first), []
    return None, []


def named_subjects(view: SentenceView, i: int) -> list[str]:
    """The people a sentence opens with by nationality and then names, before a passive sanction at
    word i: "Dua warga Korut, Ri Song Chol dan Kim Chol Ho, …", "Two North Korean nationals, A and B, …"."""
    first = next((m for m in view.mentions if m.w0 <= _OPENING_WORDS and m.w1 <= i), None)
    named = view.word_mention.get(first.w1) if first is not None and first.type == "State" else None
    if named is None or named.type != "Person" or view.gap(first.w1 - 1, first.w1).strip() != ",":  # type: ignore[union-attr]
        return []
    return [m.entity for m in view.coordinated(named) if m.type == "Person" and m.w1 <= i]


def titled_person(view: SentenceView, m: Mention) -> Mention:
    """"sanctioned North Korean Defence Minister No Kwang Chol": the person the state's title names."""
    title = view.lex.titles.match_at(view.words, m.w1)
    person = view.word_mention.get(m.w1 + title[0]) if title else None
    return person if person is not None and person.type == "Person" else m
