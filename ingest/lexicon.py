"""Language cues (data/lexicon.yaml) compiled into word-sequence matchers."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any

from .data_files import load_data
from .tokens import Token, phrase_key


# Words that join the last member of a list, in either language ("AS, Jepang, dan Korea Selatan").
LIST_JOINS = frozenset({"and", "dan", "serta"})


class PhraseSet:
    """Finds any of a set of phrases in a list of word tokens, longest first.

    Phrases are indexed by their first word, so a scan costs one dictionary
    lookup per word plus a check of the few phrases that start there.
    """

    def __init__(self, phrases: list[str] | dict[str, Any]) -> None:
        self.values: dict[tuple[str, ...], Any] = {}
        items = phrases.items() if isinstance(phrases, dict) else ((p, p) for p in phrases)
        for phrase, value in items:
            key = phrase_key(phrase)
            if key:
                self.values[key] = value
        self.max_len = max((len(k) for k in self.values), default=0)
        self.joined = frozenset(" ".join(k) for k in self.values)  # each phrase as one lowercase string
        # by first word: (word count, whole key, value), longest first
        self._by_first: dict[str, list[tuple[int, tuple[str, ...], Any]]] = {}
        for key, value in sorted(self.values.items(), key=lambda kv: -len(kv[0])):
            self._by_first.setdefault(key[0], []).append((len(key), key, value))
        self.firsts = frozenset(self._by_first)  # every phrase starts with one of these words

    def _at(self, words: list[Token], i: int, hi: int) -> tuple[int, Any] | None:
        """The longest phrase starting at word i (i < hi) and ending by hi."""
        options = self._by_first.get(words[i].lower)
        if not options:
            return None
        for n, key, value in options:
            if n == 1:
                return 1, value
            if i + n <= hi and words[i + 1].lower == key[1]:
                k = 2
                while k < n and words[i + k].lower == key[k]:
                    k += 1
                if k == n:
                    return n, value
        return None

    def first_words(self) -> set[str]:
        return set(self._by_first)

    def find_at(self, words: list[Token], starts: list[int]) -> list[tuple[int, int, Any]]:
        """Like :meth:`find` over the whole list, trying only the given start positions."""
        out = []
        end = 0
        hi = len(words)
        for i in starts:
            if i < end:
                continue
            hit = self._at(words, i, hi)
            if hit:
                out.append((i, hit[0], hit[1]))
                end = i + hit[0]
        return out

    def find(self, words: list[Token], lo: int = 0, hi: int | None = None) -> list[tuple[int, int, Any]]:
        """(first word index, word count, value) of each non-overlapping match in words[lo:hi]."""
        hi = len(words) if hi is None else min(hi, len(words))
        by_first = self._by_first
        out = []
        end = 0
        # a match can only start at a word some phrase starts with; the others are skipped at once
        for i in [k for k in range(max(lo, 0), hi) if words[k].lower in by_first]:
            if i < end:
                continue
            hit = self._at(words, i, hi)
            if hit:
                out.append((i, hit[0], hit[1]))
                end = i + hit[0]
        return out

    def match_at(self, words: list[Token], i: int) -> tuple[int, Any] | None:
        if i < 0 or i >= len(words):
            return None
        return self._at(words, i, len(words))

    def __contains__(self, word: str) -> bool:
        return (word.lower(),) in self.values


@dataclass(frozen=True)
class Lexicon:
    lang: str
    titles: PhraseSet
    professions: PhraseSet
    affiliation_links: frozenset[str]
    honorifics: frozenset[str]
    speech_verbs: PhraseSet
    attribution_openers: PhraseSet
    group_speakers: PhraseSet
    modality: dict[str, PhraseSet]
    negations: frozenset[str]
    triggers: dict[str, PhraseSet]
    to_words: frozenset[str]
    from_words: frozenset[str]
    passive_supply: PhraseSet
    exchange: PhraseSet
    place_preps: frozenset[str]
    sanction_target_words: frozenset[str]
    by_words: frozenset[str]
    not_names: frozenset[str]
    not_negations: PhraseSet
    sanction_verbs: PhraseSet
    sanction_passive: PhraseSet
    measures: PhraseSet
    reasons: PhraseSet
    demonstratives: PhraseSet
    pronouns: frozenset[str]
    between: PhraseSet
    abroad: frozenset[str]
    clause_words: frozenset[str]
    ban_words: PhraseSet
    naming: PhraseSet
    since: frozenset[str]
    not_supplier_context: frozenset[str]
    pronoun_people: frozenset[str]
    speaker_follows: frozenset[str]
    blockers: frozenset[str]
    noun_triggers: frozenset[str]
    object_pronouns: dict[str, str]  # object pronoun → the subject pronoun of the same gender
    relational_nouns: frozenset[str]
    predecessor_nouns: PhraseSet
    successor_nouns: PhraseSet
    sanction_under: PhraseSet
    post_links: frozenset[str]
    determiners: frozenset[str]
    including: PhraseSet
    against: frozenset[str]
    both_parties: PhraseSet
    with_words: frozenset[str]
    own_country: PhraseSet
    place_words: PhraseSet
    place_appositions: PhraseSet
    org_heads_en: dict[str, str]
    receive_verbs: PhraseSet
    light_verbs: frozenset[str]
    ministries: PhraseSet
    signing_verbs: PhraseSet
    founding_verbs: PhraseSet
    accompanied: PhraseSet
    against_words: frozenset[str]
    resolution_words: frozenset[str]
    resolution_cues: PhraseSet
    and_then: frozenset[str]
    delegation: PhraseSet
    relative_words: frozenset[str]
    accept_words: frozenset[str]
    within_words: frozenset[str]
    possessives: frozenset[str]
    ordinals: frozenset[str]
    target_words: frozenset[str]
    former_words: frozenset[str]
    help_verbs: frozenset[str]
    purpose_words: frozenset[str]
    listing_verbs: PhraseSet
    org_nouns: PhraseSet
    head_first: frozenset[str]
    more_items: PhraseSet
    nuclear_tests: PhraseSet
    via_words: frozenset[str]
    name_openers: frozenset[str]
    capital_words: PhraseSet
    based_in: PhraseSet
    government_words: frozenset[str]
    compass_words: PhraseSet
    show_verbs: PhraseSet
    facility_heads: PhraseSet
    verb_markers: frozenset[str]
    verb_fillers: frozenset[str]
    return_words: frozenset[str]
    invited_by: PhraseSet
    count_words: frozenset[str]
    during: PhraseSet
    contrast: PhraseSet
    use_verbs: PhraseSet
    be_forms: frozenset[str]
    welcome_verbs: frozenset[str]
    counterpart_words: frozenset[str]
    led_by: PhraseSet
    also_words: frozenset[str]
    asset_words: frozenset[str]
    person_nouns: frozenset[str]
    agreement_nouns: PhraseSet
    state_body_nouns: PhraseSet
    launch_words: frozenset[str]
    quantifiers: frozenset[str]
    or_words: frozenset[str]
    programme_words: frozenset[str]
    vessel_nouns: PhraseSet
    flag_words: frozenset[str]
    statement_asides: PhraseSet
    list_nouns: PhraseSet
    carry_words: PhraseSet
    unit_heads: frozenset[str]
    maker_words: frozenset[str]
    then_words: PhraseSet
    list_includes: PhraseSet
    region_heads: frozenset[str]
    event_modifiers: frozenset[str]
    adopting_verbs: PhraseSet
    background_words: frozenset[str]
    joint_exercises: PhraseSet
    group_of_three: PhraseSet
    attend_verbs: PhraseSet
    fight_verbs: PhraseSet
    adjective_endings: frozenset[str]


def _lexicon(lang: str, d: dict[str, Any]) -> Lexicon:
    return Lexicon(
        lang, PhraseSet(d["titles"]), PhraseSet(d["professions"]), frozenset(d["affiliation_links"]),
        frozenset(d["honorifics"]), PhraseSet(d["speech_verbs"]), PhraseSet(d["attribution_openers"]),
        PhraseSet(d["group_speakers"]), {k: PhraseSet(v) for k, v in d["modality"].items()},
        frozenset(d["negations"]), {k: PhraseSet(v) for k, v in d["triggers"].items()},
        frozenset(d["to_words"]), frozenset(d["from_words"]), PhraseSet(d["passive_supply"]), PhraseSet(d["exchange"]),
        frozenset(d["place_preps"]), frozenset(d["sanction_target_words"]), frozenset(d["by_words"]),
        frozenset(d["not_names"]), PhraseSet(d["not_negations"]), PhraseSet(d["sanction_verbs"]),
        PhraseSet(d["sanction_passive"]), PhraseSet(d["measures"]), PhraseSet(d["reasons"]),
        PhraseSet(d["demonstratives"]), frozenset(d["pronouns"]), PhraseSet(d["between"]), frozenset(d["abroad"]),
        frozenset(d["clause_words"]), PhraseSet(d["ban_words"]), PhraseSet(d["naming"]), frozenset(d["since"]),
        frozenset(d["not_supplier_context"]), frozenset(d["pronoun_people"]),
        frozenset(d["speaker_follows"]), frozenset(d["blockers"]),
        frozenset(d["noun_triggers"]), dict(d["object_pronouns"]),
        frozenset(d["relational_nouns"]), PhraseSet(d["predecessor_nouns"]), PhraseSet(d["successor_nouns"]), PhraseSet(d["sanction_under"]),
        frozenset(d["post_links"]), frozenset(d["determiners"]),
        PhraseSet(d["including"]), frozenset(d["against"]), PhraseSet(d["both_parties"]),
        frozenset(d["with_words"]), PhraseSet(d["own_country"]),
        PhraseSet(d["place_words"]), PhraseSet(d["place_appositions"]), dict(d["org_heads_en"]),
        PhraseSet(d["receive_verbs"]), frozenset(d["light_verbs"]),
        PhraseSet(d["ministries"]), PhraseSet(d["signing_verbs"]), PhraseSet(d["founding_verbs"]),
        PhraseSet(d["accompanied"]), frozenset(d["against_words"]),
        frozenset(d["resolution_words"]), PhraseSet(d["resolution_cues"]), frozenset(d["and_then"]),
        PhraseSet(d["delegation"]), frozenset(d["relative_words"]),
        frozenset(d["accept_words"]), frozenset(d["within_words"]), frozenset(d["possessives"]), frozenset(d["ordinals"]),
        frozenset(d["target_words"]), frozenset(d["former_words"]), frozenset(d["help_verbs"]),
        frozenset(d["purpose_words"]), PhraseSet(d["listing_verbs"]), PhraseSet(d["org_nouns"]), frozenset(d["head_first"]), PhraseSet(d["more_items"]), PhraseSet(d["nuclear_tests"]), frozenset(d["via_words"]), frozenset(d["name_openers"]),
        PhraseSet(d["capital_words"]),
        PhraseSet(d["based_in"]),
        frozenset(d["government_words"]),
        PhraseSet(d["compass_words"]),
        PhraseSet(d["show_verbs"]),
        PhraseSet(d["facility_heads"]),
        frozenset(d["verb_markers"]),
        frozenset(d["verb_fillers"]),
        frozenset(d["return_words"]),
        PhraseSet(d["invited_by"]),
        frozenset(d["count_words"]),
        PhraseSet(d["during"]),
        PhraseSet(d["contrast"]),
        PhraseSet(d["use_verbs"]),
        frozenset(d["be_forms"]),
        frozenset(d["welcome_verbs"]),
        frozenset(d["counterpart_words"]),
        PhraseSet(d["led_by"]),
        frozenset(d["also_words"]),
        frozenset(d["asset_words"]),
        frozenset(d["person_nouns"]),
        PhraseSet(d["agreement_nouns"]),
        PhraseSet(d["state_body_nouns"]),
        frozenset(d["launch_words"]),
        frozenset(d["quantifiers"]),
        frozenset(d["or_words"]),
        frozenset(d["programme_words"]),
        PhraseSet(d["vessel_nouns"]),
        frozenset(d["flag_words"]),
        PhraseSet(d["statement_asides"]),
        PhraseSet(d["list_nouns"]),
        PhraseSet(d["carry_words"]),
        frozenset(d["unit_heads"]),
        frozenset(d["maker_words"]),
        PhraseSet(d["then_words"]),
        PhraseSet(d["list_includes"]),
        frozenset(d["region_heads"]),
        frozenset(d["event_modifiers"]),
        PhraseSet(d["adopting_verbs"]),
        frozenset(d["background_words"]),
        PhraseSet(d["joint_exercises"]),
        PhraseSet(d["group_of_three"]),
        PhraseSet(d["attend_verbs"]),
        PhraseSet(d["fight_verbs"]),
        frozenset(d["adjective_endings"]),
    )


def _phrase_sets(lex: Lexicon) -> list[PhraseSet]:
    out: list[PhraseSet] = []
    for f in fields(lex):
        value = getattr(lex, f.name)
        if isinstance(value, PhraseSet):
            out.append(value)
        elif isinstance(value, dict):
            out.extend(v for v in value.values() if isinstance(v, PhraseSet))
    return out


@lru_cache(maxsize=4)
def first_word_index(lang: str) -> dict[str, tuple[int, ...]]:
    """word → ids of the lexicon's phrase sets that have a phrase starting with it."""
    index: dict[str, list[int]] = {}
    for ps in _phrase_sets(load_lexicon(lang)):
        for w in ps.first_words():
            index.setdefault(w, []).append(id(ps))
    return {w: tuple(ids) for w, ids in index.items()}


def cue_starts(lang: str, lowers: list[str]) -> dict[int, list[int]]:
    """id of a phrase set of the ``lang`` lexicon → indices of the words where one of its phrases
    may start, for one sentence's lowercase words: one pass serves every cue set."""
    index = first_word_index(lang)
    starts: dict[int, list[int]] = {}
    for i, low in enumerate(lowers):
        keys = index.get(low)
        if keys:
            for key in keys:
                if key in starts:
                    starts[key].append(i)
                else:
                    starts[key] = [i]
    return starts


def load_lexicon(lang: str) -> Lexicon:
    """The cues for ``lang`` ("id" or "en"); any other language uses English cues.

    Always the one cached object per cue language: ``cue_starts`` indexes phrase
    sets by identity, so an undetermined language must get the very English
    lexicon object, not an equal copy whose sets no index knows.
    """
    return _load_lexicon(lang if lang in ("id", "en") else "en")


@lru_cache(maxsize=2)
def _load_lexicon(lang: str) -> Lexicon:
    return _lexicon(lang, load_data("lexicon.yaml")[lang])
