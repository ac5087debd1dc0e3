"""COOPERATES_WITH told by joint exercises: "The United States, South Korea and Japan held a joint
air drill", "latihan militer trilateral Amerika Serikat, Korea Selatan, dan Jepang": every two
states named as exercising together cooperate, and "the three countries" are the last three a
sentence listed."""

from __future__ import annotations

from itertools import combinations

from ..candidates import Candidate
from ..mentions import Mention
from ..sentence_view import LIST_GAPS, SentenceView
from .state import ArticleState, SentenceContext

_FIELD = "joint military exercises"
_AFTER_WORDS = 3  # words after the exercise its first state may stand ("joint drills of the United States, …")


def _states(view: SentenceView, group: list[Mention]) -> list[str]:
    """The states of a list of mentions, a capital acting for its state counted as the state."""
    out: list[str] = []
    for m in group:
        a = view.actor_id(m)
        if a and a.startswith("state:") and a not in out:
            out.append(a)
    return out


def _sides(view: SentenceView, i: int, n: int) -> list[str]:
    """The states right after the exercise ("latihan … trilateral AS, Korsel, dan Jepang"), else
    those listed together as the clause's subject ("The United States, South Korea and Japan held …")."""
    after = next((m for m in view.actors(i + n, i + n + _AFTER_WORDS)), None)
    sides = _states(view, view.coordinated(after)) if after is not None else []
    if len(sides) >= 2:
        return sides
    before = [m for m in view.actors(view.clause_start(i), i) if not view.possessed(m)]
    return _states(view, view.coordinated(before[-1])) if before else []


def _remember_trio(view: SentenceView, st: ArticleState) -> None:
    """Keep the last three or more states a sentence lists together, for "the three countries"."""
    states = [m for m in view.mentions if m.type == "State"]
    if len(states) < 3:
        return
    run = [states[0]]
    for a, b in zip(states, states[1:]):
        if b.w0 - a.w1 <= 1 and view.gap(a.w1 - 1, b.w0).strip().lower() in LIST_GAPS:
            run.append(b)
            continue
        if len(_states(view, run)) >= 3:
            break
        run = [b]
    if len(group := _states(view, run)) >= 3:
        st.last_group = group


def extract(view: SentenceView, st: ArticleState, sc: SentenceContext) -> list[Candidate]:
    lex = view.lex
    _remember_trio(view, st)
    if not view.may_match(lex.joint_exercises):
        return []
    out: list[Candidate] = []
    for i, n, _ in view.find(lex.joint_exercises):
        if view.negated(i):
            continue
        sides = _sides(view, i, n)
        if len(sides) < 2 and st.last_group and view.find(lex.group_of_three, view.clause_start(i), i):
            sides = st.last_group  # "On Friday the three countries staged a joint air drill"
        for a, b in combinations(sorted(sides), 2):
            out.append(Candidate("COOPERATES_WITH", a, b, view.evidence(), {"field": _FIELD},
                                 view.date_near(i, sc.triggers), view.modality(i, i + n), trigger=i, confidence=0.65))
    return out
