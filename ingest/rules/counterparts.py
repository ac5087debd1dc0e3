"""A counterpart holds the office of the one whose counterpart he is, for his own state: "held
talks with her Russian counterpart Sergei Lavrov" (the North Korean foreign minister's), "bertemu
rekannya dari Rusia, Sergei Lavrov"."""

from __future__ import annotations

from ..candidates import Candidate
from ..mentions import Mention
from ..sentence_view import SentenceView
from .state import ArticleState

_OFFICES = ("LEADS", "HOLDS_ROLE")
_HOLDER_WORDS = 4  # words after "counterpart" the holder's name may start ("counterpart from Russia, Sergei Lavrov")


def _state_of(view: SentenceView, m: Mention | None) -> str | None:
    if m is None:
        return None
    a = view.actor_id(m)
    return a if a and a.startswith("state:") else None


def counterparts(view: SentenceView, st: ArticleState, found: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    here = {c.subject: (c.type, c.attrs["role"]) for c in found if c.type in _OFFICES and "role" in c.attrs}
    for c in [k for k in range(len(view.words)) if view.lower(k) in view.lex.counterpart_words]:
        holder = next((m for m in view.mentions if m.type == "Person" and c < m.w0 <= c + 1 + _HOLDER_WORDS), None)
        if holder is None or holder.entity in here:
            continue  # "his counterpart, Defense Minister Kang Sun Nam": the title tells his office
        # "her Russian counterpart": the state before the word; "rekannya dari Rusia": after it
        state = _state_of(view, view.word_mention.get(c - 1)) or \
            next((s for m in view.mentions if c < m.w0 < holder.w0 and (s := _state_of(view, m))), None)
        # whose counterpart: the person the sentence names first (its subject), not the holder
        owner = next((m for m in view.mentions if m.type == "Person" and m.w1 <= c and m.entity != holder.entity), None)
        office = (here.get(owner.entity) or st.offices.get(owner.entity)) if owner is not None else None
        if state is None or office is None or office[1].startswith("Former"):
            continue
        ftype, role = office
        if st.country_of(owner.entity) == state:  # type: ignore[union-attr]
            continue  # a counterpart serves another state
        out.append(Candidate(ftype, holder.entity, state, view.evidence(), {"role": role}, trigger=c, confidence=0.75))
    return out
