"""DEVELOPS told by a programme: "North Korea's nuclear weapons and missile programs", "sanctions
imposed over its nuclear programme", "program nuklir dan rudal balistik Korut": the programme's
owner develops each thing it is a programme of."""

from __future__ import annotations

from ..candidates import Candidate
from ..mentions import Mention
from ..sentence_view import ITEM_TYPES, SentenceView
from .state import ArticleState, SentenceContext

_AFTER_WORDS = 3  # words after an Indonesian "program" its first item may stand


def _adjective(view: SentenceView, m: Mention) -> bool:
    """Whether a state is named by its adjective ("Russian", "Japanese"): not its own name, and an
    adjective's ending (lexicon `adjective_endings`)."""
    entry = view.catalog.get(m.entity)
    text = m.text.lower()
    if entry is None or text in (entry.en.lower(), entry.id_name.lower()):
        return False
    return text.endswith(tuple(view.lex.adjective_endings))


def _owner(view: SentenceView, first: Mention, last: Mention, p: int) -> Mention | None:
    """Whose programme it is: a state owning the items ("North Korea's", "its" for the state named
    before) in English; the state right after the programme's items in Indonesian."""
    if view.lex.lang == "en":
        before = view.word_mention.get(first.w0 - 1)
        if before is not None and view.owns(before):
            return before
        if view.lower(first.w0 - 1) in view.lex.possessives:
            # "whether Pyongyang had received Russian technical help for its … program": "its" is
            # the nearest state named as a noun, not as an adjective of something else
            states = [m for m in view.mentions if m.w1 < first.w0 and (m.type == "State" or m.metonym_of)
                      and not _adjective(view, m)]
            return states[-1] if states else None
        return None
    return view.word_mention.get(last.w1)


def extract(view: SentenceView, st: ArticleState, sc: SentenceContext) -> list[Candidate]:
    lex = view.lex
    if not view.has_word(lex.programme_words):
        return []
    out: list[Candidate] = []
    for p in range(len(view.words)):
        if view.lower(p) not in lex.programme_words or view.negated(p):
            continue
        # English names the items before "programme", Indonesian after "program" (past a word the
        # catalog does not know: "program nuklir dan rudal balistik Korut")
        if lex.lang == "en":
            near = view.word_mention.get(p - 1)
        else:
            near = next((m for m in view.items(p + 1, p + _AFTER_WORDS + 1)), None)
        if near is None or near.type not in ITEM_TYPES:
            continue
        items = view.coordinated(near, ITEM_TYPES)
        items = [m for m in items if (m.w1 <= p if lex.lang == "en" else m.w0 > p)]
        owner = _owner(view, items[0], items[-1], p) if items else None
        s = view.actor_id(owner) if owner is not None else None
        if s is None or not s.startswith(("state:", "organization:")):
            continue
        for it in items:
            out.append(Candidate("DEVELOPS", s, it.entity, view.evidence(), {}, view.date_near(p, sc.triggers),
                                 view.modality(p, p + 1), trigger=p, confidence=0.6))
    return out
