"""Who takes part in what a sentence tells, and where: the people named in a stretch of words,
the subject of a verb, the person a relative clause hangs on, people listed after the first, and
the place given with "di"/"in"/"at" near a trigger. Shared by the rules on meetings, visits,
receptions and sanctions."""

from __future__ import annotations

from ..mentions import Mention
from ..sentence_view import SentenceView

_PLACE_REACH = 14  # words between a meeting's trigger and where it was ("perundingan dengan Menteri Luar Negeri Korut Choe Son Hui di …")


def people_in(view: SentenceView, lo: int, hi: int, speaker: str | None, last: bool = False) -> list[Mention]:
    """The people named in words lo..hi, once each: where first named, or (``last``) where last
    named ("diteken Putin dan Kim saat Putin berkunjung": the visitor is the Putin nearest)."""
    seen: dict[str, Mention] = {}
    for m in view.mentions:
        # the speaker is no party, unless a pronoun makes him the subject of what he tells
        # ("Lavrov told reporters in Wonsan, where he also held talks with …")
        if m.type == "Person" and lo <= m.w0 < hi and (m.entity != speaker or m.how == "pronoun") \
                and (last or m.entity not in seen):
            seen.pop(m.entity, None)
            seen[m.entity] = m
    return list(seen.values())


def subject_people(view: SentenceView, i: int, speaker: str | None) -> list[Mention]:
    """People before word i in its clause; when the verb follows an apposition ("pendahulu
    Belousov, Sergei Shoigu, mengunjungi"), the first person named in it who is not a possessor.
    An owner is no subject: "Kim mengagumi Aurus milik Putin saat berkunjung" is Kim's visit."""
    lo = view.clause_start(i)
    people = [m for m in people_in(view, lo, i, speaker, last=True) if not view.possessed(m)]
    if people or lo != i:
        return people
    return [m for m in people_in(view, view.apposition_start(i), i, speaker) if not view.possessed(m)][:1]


def relative_head(view: SentenceView, lo: int) -> Mention | None:
    """The person a relative clause hangs on, for the clause starting at word lo: the clause
    itself ("who met …") or the main clause right after it ("…, was received by")."""
    relative = view.lex.relative_words
    k = lo if view.lower(lo) in relative else None
    if k is None:
        # the main clause after "X, who …,": find the relative word that opened the clause before
        k = next((x for x in range(lo - 1, -1, -1) if view.lower(x) in relative), None)
    if k is None or k == 0:
        return None
    head = view.word_mention.get(k - 1)
    return head if head is not None and head.type == "Person" else None


def listed_after(view: SentenceView, after: list[Mention]) -> list[Mention]:
    """The people listed after the first one met: "bertemu dengan Kim Jong Un dan Menteri
    Pertahanan Korea Utara No Kwang Chol" (a title may stand between "dan" and the name)."""
    out: list[Mention] = []
    prev = after[0]
    for m in after[1:]:
        listed = view.lower(prev.w1) in ("dan", "and", "serta") or view.gap(prev.w1 - 1, prev.w1).strip() == ","
        # "Alexander Kozlov, Russia's minister for …, and Primorsky Krai Governor Oleg Kozhemyako":
        # the first one's apposition stands between the two
        described = listed and m.w0 - prev.w1 <= 16 and any(
            view.lower(k) in ("dan", "and", "serta") and "," in view.gap(k - 1, k) for k in range(prev.w1 + 1, m.w0))
        if not listed or (m.w0 - prev.w1 > 6 and not described):
            break
        if any(view.lower(k) in view.lex.clause_words or view.lower(k) in view.lex.relative_words
               for k in range(prev.w1, m.w0)):
            break  # "…, yang baru menggantikan Sergei Shoigu": a relative clause names no one listed
        out.append(m)
        prev = m
    return out


def place_near(view: SentenceView, near: int) -> str | None:
    """The most specific location given with "di"/"in"/"at" (after a welcome, "to") near the trigger
    (past a partner's title and name: "perundingan dengan Menteri Luar Negeri Korut Choe Son Hui di …")."""
    best: tuple[int, str] | None = None
    # "welcomed Kim to the Vostochny Cosmodrome": a welcome's "to" names where the two met
    welcome = view.lower(near) in view.lex.welcome_verbs
    locatives = view.lex.place_preps - view.lex.to_words
    for m in view.mentions:
        if m.type not in ("Place", "State") or abs(m.w0 - near) > _PLACE_REACH:
            continue
        preps = view.lex.place_preps if welcome and m.w0 > near else locatives
        # "di Pyongyang", "in the port city of Wonsan", "di kota pesisir Wonsan": past a kind of place,
        # and a capitalised word of it ("di Kawasan Wisata Pesisir Wonsan-Kalma")
        kind = next((m.w0 - k for k, n, _ in view.find(view.lex.place_words, max(0, m.w0 - 4), m.w0)
                     if k + n == m.w0 or (k + n == m.w0 - 1 and view.words[m.w0 - 1].is_cap)), 0)
        if not view.preceded_by(m, preps, reach=2 + kind):
            continue
        if m.w0 < near and view.in_relative_clause(m, near):
            continue  # "Shoigu, who met Lavrov in Moscow, was received by Kim": not where Kim received him
        rank = 0 if m.type == "Place" else 1
        if best is None or rank < best[0]:
            best = (rank, m.entity)
    return best[1] if best else None
