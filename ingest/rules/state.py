"""What a rule may know about the rest of its article."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from ..candidates import Candidate
from ..catalog import Catalog


class SentenceContext:
    """Per-sentence facts every rule shares: where all triggers are, who speaks.

    The trigger positions are worked out on first use: they only serve to date a
    fact, and most sentences state none.
    """

    __slots__ = ("_find_triggers", "_triggers", "speaker")

    def __init__(self, find_triggers: Callable[[], list[int]], speaker: str | None) -> None:
        self._find_triggers = find_triggers
        self._triggers: list[int] | None = None
        self.speaker = speaker

    @property
    def triggers(self) -> list[int]:
        if self._triggers is None:
            self._triggers = self._find_triggers()
        return self._triggers


@dataclass
class ArticleState:
    catalog: Catalog
    state_counts: Counter[str] = field(default_factory=Counter)
    person_state: dict[str, str] = field(default_factory=dict)
    candidates: list[Candidate] = field(default_factory=list)
    previous_speaker: str | None = None
    last_sanction: Candidate | None = None
    last_sanction_sentence: int = -99
    # who last imposed sanctions, even on targets left unnamed ("menjatuhkan sanksi terhadap tujuh
    # warga Korea Utara"): the owner of a list told next ("Di antara … yang disasar terdapat …")
    last_imposers: list[str] = field(default_factory=list)
    last_imposers_sentence: int = -99
    last_meeting: Candidate | None = None
    last_claims: list[Candidate] = field(default_factory=list)
    claims: list[Candidate] = field(default_factory=list)  # every transfer claimed so far, for later denials
    last_visit: dict[str, Candidate] = field(default_factory=dict)  # person → the visit last told of him
    wars: set[frozenset[str]] = field(default_factory=set)  # the sides of every war stated so far
    previous_people: list[str] = field(default_factory=list)  # the people the last sentence naming any named
    offices: dict[str, tuple[str, str]] = field(default_factory=dict)  # person → (LEADS or HOLDS_ROLE, role) last stated
    last_group: list[str] = field(default_factory=list)  # the last three or more states a sentence listed together

    def dyad(self) -> tuple[str, str] | None:
        """The two states the article is about, when two clearly lead the count."""
        top = self.state_counts.most_common(3)
        if len(top) >= 2 and top[1][1] >= 2 and (len(top) == 2 or top[1][1] > top[2][1]):
            return top[0][0], top[1][0]
        return None

    def counterpart(self, state: str) -> str | None:
        pair = self.dyad()
        if pair and state in pair:
            return pair[1] if pair[0] == state else pair[0]
        return None

    def country_of(self, person: str) -> str | None:
        if person in self.person_state:
            return self.person_state[person]
        entry = self.catalog.get(person)
        return entry.country if entry else None

    def side_of(self, eid: str | None) -> str | None:
        """The state a person acts for (when known), or the actor itself."""
        return self.country_of(eid) or eid if eid and eid.startswith("person:") else eid

    def entity_type(self, eid: str) -> str:
        return eid.split(":", 1)[0].capitalize()
