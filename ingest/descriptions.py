"""People named by their office after the article has named them: "the North Korean leader",
"Russia's defence minister", "Presiden Rusia itu", "pemimpin Korut".

A description means the one person the article has already shown holding that office of that
state or body ("Russian President Vladimir Putin" before "the Russian president"), else the one
person the catalog lists in that office on the article's date. An office held by two people in
the article, or by nobody the article or the catalog knows, names nobody.

A kind of person of a state, with a demonstrative ("diplomat senior Rusia itu", "the veteran
Russian diplomat"), means the person of that state the article named last.
"""

from __future__ import annotations

from datetime import date

from .catalog import Catalog
from .lexicon import Lexicon
from .mentions import Mention
from .segment import Sentence
from .tokens import Token

# The roles (canonical names the lexicon's titles give) that a bare "leader" / "pemimpin" may
# mean, most telling first: of a state led by a president and a prime minister, "the leader"
# is the president.
_LEADER_ROLES = ("Supreme Leader", "Leader", "President", "Chairman", "General Secretary", "Head of State",
                 "King", "Chancellor", "Prime Minister", "Premier")
_GENERIC = "Leader"


class OfficeHolders:
    """Who holds each office: first whom the article has shown in it so far (scope entity → role →
    people), else the catalog's holder on the article's date, when the article is dated."""

    def __init__(self, catalog: Catalog | None = None, on: date | None = None) -> None:
        self._held: dict[str, dict[str, set[str]]] = {}
        self._catalog = catalog
        self._on = on.isoformat() if on is not None else None

    def __bool__(self) -> bool:
        return bool(self._held) or (self._catalog is not None and self._on is not None)

    def learn(self, person: str, scope: str, role: str) -> None:
        self._held.setdefault(scope, {}).setdefault(role, set()).add(person)

    def holder(self, scope: str, role: str, leader: bool) -> str | None:
        # "the North Korean leader" after "Chairman Kim Jong Un of the State Affairs Commission"
        roles = [role]
        if leader and (role == _GENERIC or role in _LEADER_ROLES):
            roles += _LEADER_ROLES if role == _GENERIC else [_GENERIC]
        held = self._held.get(scope, {})
        for r in roles:
            people = held.get(r)
            if people:
                return next(iter(people)) if len(people) == 1 else None
        if self._catalog is not None and self._on is not None:
            for r in roles:
                person = self._catalog.office_holder(scope, r, self._on)
                if person is not None:
                    return person
        return None


def described_people(sent: Sentence, words: list[Token], lowers: list[str], mentions: list[Mention],
                     lex: Lexicon, title_starts: list[int], holders: OfficeHolders) -> list[Mention]:
    """The sentence's mentions with each description of a known office holder read as that person
    (in place of the state or body the description names)."""
    at = {k: m for m in mentions for k in range(m.w0, m.w1)}
    text, base, n_words = sent.text, sent.start, len(words)
    replaced: dict[Mention, Mention] = {}
    for i, n, spec in lex.titles.find_at(words, title_starts):
        if any(k in at for k in range(i, i + n)):
            continue  # the title is part of a name ("Supreme People's Assembly")
        if lex.lang == "en":  # "the Russian president", "Russia's defence minister"
            scope_m = at.get(i - 1)
            if scope_m is None:
                continue
            lo, hi = scope_m.w0, i + n
            gap = text[scope_m.end - base:words[i].start - base].strip()
            if lo > 0 and lowers[lo - 1] in lex.former_words:
                continue  # "the former Russian president" is someone else
            if lo > 0 and lowers[lo - 1] in lex.demonstratives.firsts:
                lo -= 1
            elif gap not in ("'s", "’s") and lowers[lo] not in lex.demonstratives.firsts:
                # ("the North Korean" may be one catalog alias)
                continue  # "Russian President Vladimir Putin" or a headline: no description
        else:  # "Presiden Rusia itu", "pemimpin Korut"
            scope_m = at.get(i + n)
            if scope_m is None or (i > 0 and lowers[i - 1] in lex.former_words):
                continue
            lo, hi = i, scope_m.w1
            if hi < n_words and lowers[hi] in lex.demonstratives.firsts:
                hi += 1
        scope = scope_m.metonym_of or (scope_m.entity if scope_m.type in ("State", "Organization") else None)
        if scope is None or scope_m in replaced:
            continue
        if hi < n_words:
            nxt = at.get(hi)
            if (nxt is not None and nxt.type == "Person") or \
                    (words[hi].is_cap and "," not in text[words[hi - 1].end - base:words[hi].start - base]):
                continue  # a name follows ("Menteri Pertahanan Rusia, Sergei Shoigu"): the title introduces it
        before = at.get(lo - 1)
        if before is not None and before.type == "Person":
            continue  # "Putin, the Russian president": an apposition restates the name
        person = holders.holder(scope, spec["role"], spec["kind"] == "leader")
        if person is None:
            continue
        start, end = words[lo].start, words[hi - 1].end
        # the office's state or body rides along, so the title still tells what the person holds
        replaced[scope_m] = Mention(start, end, person, "Person", text[start - base:end - base], "description", lo, hi,
                                    scope)
    if not replaced:
        return mentions
    return sorted((replaced.get(m, m) for m in mentions), key=lambda m: m.start)


def named_by_nationality(sent: Sentence, words: list[Token], lowers: list[str], mentions: list[Mention],
                         lex: Lexicon, last_of_state: dict[str, str]) -> list[Mention]:
    """"diplomat senior Rusia itu", "Mantan menteri pertahanan Rusia itu", "the veteran Russian
    diplomat": a person named by a kind of person and a state, with a demonstrative, is the last
    person of that state the article named. Without a demonstrative (Indonesian) or "the"
    (English), the phrase may mean anyone of that state and stays the state's."""
    at = {k: m for m in mentions for k in range(m.w0, m.w1)}
    text, base, n_words = sent.text, sent.start, len(words)
    nouns, marks = lex.person_nouns, lex.demonstratives.firsts
    replaced: dict[Mention, Mention] = {}
    for m in mentions:
        if m.type != "State" or m.entity not in last_of_state:
            continue
        if lex.lang == "en":  # "the veteran Russian diplomat"
            hi = m.w1 + 1
            if hi > n_words or lowers[m.w1] not in nouns:
                continue
            lo = m.w0
            while lo > 0 and lo > m.w0 - 3 and not words[lo - 1].is_cap and lowers[lo - 1] not in marks \
                    and (lo - 1) not in at:
                lo -= 1
            if lo == 0 or lowers[lo - 1] not in marks:
                continue
            lo -= 1
        else:  # "diplomat senior Rusia itu"
            hi = m.w1 + 1
            if hi > n_words or lowers[m.w1] not in marks:
                continue
            lo = m.w0
            while lo > 0 and lo > m.w0 - 4 and not words[lo - 1].is_cap and (lo - 1) not in at \
                    and lowers[lo - 1] not in lex.clause_words:
                lo -= 1
            if not any(lowers[k] in nouns for k in range(lo, m.w0)):
                continue
            lo = next(k for k in range(lo, m.w0) if lowers[k] in nouns or lowers[k] in lex.former_words)
        if hi < n_words and (words[hi].is_cap or (hi in at and at[hi].type == "Person")) \
                and "," not in text[words[hi - 1].end - base:words[hi].start - base]:
            continue  # a name follows: the words introduce it
        # ("sebelum diterima Kim, diplomat senior Rusia itu menggelar …": a name before the comma
        # is another clause's, so no apposition check here)
        start, end = words[lo].start, words[hi - 1].end
        replaced[m] = Mention(start, end, last_of_state[m.entity], "Person", text[start - base:end - base],
                              "description", lo, hi)
    if not replaced:
        return mentions
    return sorted((replaced.get(m, m) for m in mentions), key=lambda m: m.start)
