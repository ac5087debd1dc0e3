"""One sentence with its words, mentions and dates, and the questions every
rule asks of it: who acts here, how sure is the sentence, who says so, when."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from collections.abc import Iterable
from typing import Any

from graph.model import Evidence, FactDate

from .catalog import Catalog
from .dates import DateMention
from .lexicon import Lexicon, PhraseSet, cue_starts
from .mentions import Mention
from .segment import Sentence
from .tokens import Token

ACTOR_TYPES = frozenset({"Person", "State", "Organization"})
ITEM_TYPES = frozenset({"Weapon", "Technology", "Commodity"})
_CLAUSE_BREAKS = ",;:()–—"
_BREAK_RX = re.compile("[" + re.escape(_CLAUSE_BREAKS) + "]")
# what stands between two names of one list ("Korea Utara dan Rusia", "Seoul, Tokyo")
LIST_GAPS = frozenset({",", "dan", "and", "serta", ", dan", ", and", "&"})


@dataclass
class SentenceView:
    article: str
    sent: Sentence
    words: list[Token]
    mentions: list[Mention]
    dates: list[DateMention]
    lex: Lexicon
    catalog: Catalog
    cue_starts: dict[int, list[int]] | None = None  # from lexicon.cue_starts, when already at hand
    lowers: list[str] | None = None  # the words' lowercase forms, when already at hand
    word_mention: dict[int, Mention] = field(default_factory=dict)
    _matches: dict[int, list[tuple[int, int, Any]]] = field(default_factory=dict)
    _starts: dict[int, list[int]] = field(default_factory=dict)
    _breaks: list[bool] = field(default_factory=list)  # whether a clause ends between word k-1 and word k
    _lowers: list[str] = field(default_factory=list)
    _ends: list[int] = field(default_factory=list)
    # worked out on first use; the mentions do not change once the view exists
    _actors: list[Mention] | None = None
    _items: list[Mention] | None = None
    _ordered: list[Mention] | None = None
    _speakers: list[Mention] | None = None

    def find(self, phrases: PhraseSet, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, Any]]:
        """Matches of ``phrases`` in this sentence within words [lo, hi); each set is scanned once."""
        key = id(phrases)
        found = self._matches.get(key)
        if found is None:
            starts = self._starts.get(key)
            # most cue sets have no first word in a given sentence: nothing to scan
            found = self._matches[key] = phrases.find_at(self.words, starts) if starts else []
        if not found or (lo <= 0 and hi is None):
            return found
        hi = len(self.words) if hi is None else hi
        return [m for m in found if lo <= m[0] and m[0] + m[1] <= hi]

    def may_match(self, *sets: PhraseSet) -> bool:
        """Whether :meth:`find` can find anything of these sets here (a phrase's first word occurs)."""
        starts = self._starts
        for phrases in sets:
            if id(phrases) in starts:
                return True
        return False

    def has_word(self, words: frozenset[str]) -> bool:
        """Whether one of these lowercase words occurs in the sentence."""
        return not words.isdisjoint(self._lowers)

    def first_words(self, sets: Iterable[PhraseSet]) -> list[int]:
        """Sorted first-word indices of the matches of all ``sets`` (each set scanned once)."""
        starts = self._starts
        return sorted({i for phrases in sets if id(phrases) in starts for i, _, _ in self.find(phrases)})

    def __post_init__(self) -> None:
        # one pass over the words finds where any cue phrase may start, and where clauses break
        words = self.words
        lowers = self._lowers = self.lowers if self.lowers is not None else [w.lower for w in words]
        self._starts = self.cue_starts if self.cue_starts is not None else cue_starts(self.lex.lang, lowers)
        clause_words = self.lex.clause_words
        breaks = self._breaks = [False] + [low in clause_words for low in lowers[1:]]
        # punctuation is never part of a word, so each break character sits in the gap
        # before the first word that starts after it
        if len(words) > 1:
            base = self.sent.start
            word_starts = [w.start - base for w in words]
            for brk in _BREAK_RX.finditer(self.sent.text):
                k = bisect_right(word_starts, brk.start())
                if 0 < k < len(words):
                    breaks[k] = True
        word_mention = self.word_mention
        for m in self.mentions:
            for k in range(m.w0, m.w1):
                word_mention[k] = m

    # -- evidence ------------------------------------------------------
    def evidence(self) -> Evidence:
        return Evidence(self.article, self.sent.index, self.sent.start, self.sent.end, self.sent.text)

    # -- words ---------------------------------------------------------
    def lower(self, i: int) -> str:
        lowers = self._lowers
        return lowers[i] if 0 <= i < len(lowers) else ""

    def gap(self, i: int, j: int) -> str:
        """Text between the end of word i and the start of word j."""
        base = self.sent.start
        return self.sent.text[self.words[i].end - base:self.words[j].start - base]

    def clause_start(self, i: int) -> int:
        """Index of the first word of the clause that holds word i."""
        breaks = self._breaks
        k = i
        while k > 0 and not breaks[k]:
            k -= 1
        return k

    def apposition_start(self, i: int, hops: int = 3) -> int:
        """Start of the comma-separated phrases that end right before word i: the subject of
        "pendahulu Belousov, Sergei Shoigu, mengunjungi" lies in them."""
        lo = self.clause_start(i)
        for _ in range(hops):
            if lo == 0 or "," not in self.gap(lo - 1, lo) or self.lower(lo) in self.lex.clause_words:
                break
            lo = self.clause_start(lo - 1)
        return lo

    def possessed(self, m: Mention) -> bool:
        """Whether m names someone's relation, not the actor: "pendahulu Belousov", "Belousov's"."""
        if m.w0 and self.lower(m.w0 - 1) in self.lex.relational_nouns:
            return "," not in self.gap(m.w0 - 1, m.w0)  # "Kim's father, Kim Jong-il" names the father
        return self.owns(m)

    def owns(self, m: Mention, plural: bool = False) -> bool:
        """Whether a possessive follows m ("Russia's", and with ``plural`` "the Workers' …").
        Words never hold the "'s" (see tokens.py): it follows the mention."""
        after = self.sent.text[m.end - self.sent.start:]
        return after.startswith(("'s", "’s")) or (plural and after.startswith(("' ", "’ ")))

    def owner_before(self, i: int) -> Mention | None:
        """The mention whose possessive qualifies the noun at word i, past what kind of event it
        is ("Putin's visit", "Putin's first visit", "Kim's two-day state visit")."""
        k = i - 1
        while k >= 0 and i - k <= 3 and k not in self.word_mention and self._lowers[k] in self.lex.event_modifiers:
            k -= 1
        m = self.word_mention.get(k)
        return m if m is not None and self.owns(m) else None

    def in_relative_clause(self, m: Mention, i: int) -> bool:
        """Whether m stands in a relative clause set off by commas that closes before word i
        ("Belousov, yang menggantikan Sergei Shoigu pada Mei, disambut …")."""
        return self._relative_before(m.w0, m.end, i)

    def date_in_relative_clause(self, d: DateMention, i: int) -> bool:
        """Whether a date before word i stands in a relative clause that closes before it."""
        dw = self._word_at(d.start)
        return dw < i and self._relative_before(dw, d.end, i)

    def _relative_before(self, w0: int, end: int, i: int) -> bool:
        base = self.sent.start
        k = w0 - 1
        while k >= 0 and "," not in self.gap(k, k + 1):
            if self.lower(k) in self.lex.relative_words:
                return "," in self.sent.text[end - base:self.words[i].start - base]
            k -= 1
        return False

    def clause_end(self, i: int) -> int:
        breaks = self._breaks
        n = len(self.words)
        k = i
        while k + 1 < n and not breaks[k + 1]:
            k += 1
        return k + 1

    def coordinated(self, m: Mention, kinds: frozenset[str] | None = None) -> list[Mention]:
        """m and the mentions listed with it: "anggota NATO dan AS", "Korea Utara dan Rusia"."""
        group = [m]
        if self._ordered is None:
            self._ordered = sorted(self.mentions, key=lambda x: x.w0)
        ordered = self._ordered
        idx = ordered.index(m)
        for step in (-1, 1):
            k = idx
            while 0 <= k + step < len(ordered):
                a, b = (ordered[k + step], ordered[k]) if step < 0 else (ordered[k], ordered[k + step])
                joint = self.sent.text[self.words[a.w1 - 1].end - self.sent.start:self.words[b.w0].start - self.sent.start]
                if joint.strip().lower() not in LIST_GAPS or b.w0 - a.w1 > 1:
                    break  # "amunisi Rusia" is Russia's ammunition, not a list
                other = ordered[k + step]
                if kinds is not None and other.type not in kinds:
                    break
                group.append(other)
                k += step
        return sorted(group, key=lambda x: x.w0)

    def covered(self, i: int, n: int) -> bool:
        return any(k in self.word_mention for k in range(i, i + n))

    # -- mentions ------------------------------------------------------
    def actor_id(self, m: Mention) -> str | None:
        """The acting entity of a mention: states, people, organisations, and
        places that stand for a state ("Moskow", "Pyongyang" as actors)."""
        if m.type in ACTOR_TYPES:
            return m.entity
        if m.type == "Place" and m.metonym_of:
            return m.metonym_of
        return None

    def actors(self, lo: int = 0, hi: int | None = None) -> list[Mention]:
        if self._actors is None:  # rules ask for actors many times per sentence
            self._actors = [m for m in self.mentions if self.actor_id(m)]
        hi = len(self.words) if hi is None else hi
        return [m for m in self._actors if lo <= m.w0 < hi]

    def items(self, lo: int = 0, hi: int | None = None) -> list[Mention]:
        if self._items is None:
            # "a new drone factory", "the missile plant": an item naming a site's kind is no item
            heads = self.lex.facility_heads
            self._items = [m for m in self.mentions if m.type in ITEM_TYPES
                           and not (self.lower(m.w1) in heads.firsts and heads.match_at(self.words, m.w1))]
        hi = len(self.words) if hi is None else hi
        return [m for m in self._items if lo <= m.w0 < hi]

    def preceded_by(self, m: Mention, words: frozenset[str], reach: int = 1) -> bool:
        """Whether one of the ``reach`` words before m is in ``words`` (cue words are never "")."""
        lo = m.w0 - reach
        return not words.isdisjoint(self._lowers[lo if lo > 0 else 0:m.w0])

    # -- modality, attribution, dates ----------------------------------
    def negated(self, t0: int, blockers: bool = True) -> bool:
        """A negation just before the trigger, or a blocking verb ("menghalangi X memasok")."""
        lowers = self._lowers
        # slices keep only real words; a word outside the sentence reads as "", in no cue set
        if blockers and not self.lex.blockers.isdisjoint(lowers[max(0, t0 - 8):t0]):
            return True
        lo = max(self.clause_start(t0), t0 - 3)
        negations = self.lex.negations
        for k in range(lo, t0):
            if self.lower(k) in negations:
                if f"{self.lower(k)} {self.lower(k + 1)}" not in self.lex.not_negations.joined:
                    return True
        return False

    def attributive(self, i: int, n: int = 1) -> bool:
        """Whether trigger words [i, i+n) qualify the title or name right after them ("met visiting
        Russian Defence Minister Andrei Belousov"): an adjective, not a verb of the sentence."""
        if self.lex.lang != "en" or not self.lower(i + n - 1).endswith("ing"):
            return False
        k = i + n
        m = self.word_mention.get(k)
        if m is not None and m.type != "Person":
            k = m.w1
        m = self.word_mention.get(k)
        return (m is not None and m.type == "Person") or self.lex.titles.match_at(self.words, k) is not None

    def is_noun(self, i: int) -> bool:
        """Whether trigger word i is a noun ("pertemuan", "kunjungan", "visit") rather than a verb."""
        if self.lower(i) not in self.lex.noun_triggers:
            return False
        # "would likely visit Russia", "intends to supply": after a modal or "to" it is a verb
        markers, fillers = self.lex.verb_markers, self.lex.verb_fillers
        k = i - 1
        while k >= 0 and k >= i - 3 and self.lower(k) in fillers:
            k -= 1
        return k < 0 or self.lower(k) not in markers

    def modality(self, t0: int, t1: int, look_ahead: bool = True) -> str:
        """How sure the sentence is of the fact its trigger at words [t0, t1) states.

        Cues count in the same clause, up to ten words before the trigger and, for
        a noun trigger, up to twelve after it ("pertemuan … dijadwalkan berlangsung").
        """
        lo = max(self.clause_start(t0), t0 - 10)
        hi = t1
        if look_ahead and self.is_noun(t0):
            hi = min(self.clause_end(max(t0, t1 - 1)), t1 + 12)
        starts = self._starts  # a cue set with no first word here cannot match
        found = {name for name, phrases in self.lex.modality.items()
                 if id(phrases) in starts and self.find(phrases, lo, hi)}
        for name in ("denied", "requested", "possible", "planned"):  # most telling first
            if name in found:
                return name
        return "asserted"

    def attribution(self, speakers: dict[str, str]) -> str | None:
        """Who the sentence says is speaking: "menurut X", "kata X", "X mengatakan"."""
        lex = self.lex
        for i, n, _ in self.find(lex.attribution_openers):
            hit = self._speaker_after(i + n)
            if hit:
                return hit
        for i, n, _ in self.find(lex.speech_verbs):
            for k in range(max(0, i - 4), min(len(self.words), i + n + 3)):
                group = lex.group_speakers.match_at(self.words, k)
                if group and (k + group[0] <= i or k >= i + n):
                    return group[1]
            before = [m for m in self.actors(max(0, i - 12), i) if m.w1 <= i]
            follows = self.lower(i) in lex.speaker_follows
            if follows and (self.inverted(i) or self.lower(i) == "according"):
                title = lex.titles.match_at(self.words, i + n)  # "kata juru bicara Kremlin Dmitry Peskov"
                k = i + n + (title[0] if title else 0)
                while title and k in self.word_mention and self.word_mention[k].type != "Person" \
                        and k < i + n + 8:
                    k = self.word_mention[k].w1
                nxt = self.word_mention.get(k) or self.word_mention.get(k + 1)
                if nxt is not None and nxt.type in ("Person", "Organization"):  # "kata Akimenko", not "said Russia"
                    return nxt.entity
            # "Victor Cha, a professor at Georgetown University, said": the person, not the university
            for m in sorted(before, key=lambda m: (m.type != "Person", -m.w0)):
                # "South Korea's spy agency said": a body speaks as a person does
                if (m.type in ("Person", "Organization") or not follows) and self._adjacent_speaker(m, i):
                    if m.type == "Organization":
                        # "Hong Min, a senior researcher at the Korea Institute …, said": the person
                        # the body's apposition describes speaks
                        k = self.clause_start(m.w0)
                        head = self.word_mention.get(k - 1) if k > 0 else None
                        if head is not None and head.type == "Person" and "," in self.gap(k - 1, k):
                            return head.entity
                    return self.actor_id(self._participle_subject(m) or m)
            if self.lower(i + n) in lex.pronouns or self.lower(i) in lex.pronouns or \
                    self.lower(i + n - 1) in lex.pronouns:
                return speakers.get("previous")
        return None

    def inverted(self, verb: int) -> bool:
        """Whether a speech verb that its speaker follows comes after a quote or a comma
        ('…," added Hong Min'), not after its own subject ("the EU added Ri Chang Ho")."""
        if verb == 0:
            return False
        before = self.gap(verb - 1, verb)
        return any(c in before for c in ',"”\'’')

    def speakers_named(self) -> list[Mention]:
        """People and bodies named only as who speaks: "said Hong Min, a senior fellow", "kata
        Akimenko." ("said Russia could" starts what is said)."""
        if self._speakers is None:
            follows, n = self.lex.speaker_follows, len(self.words)
            self._speakers = [] if follows.isdisjoint(self._lowers) else [
                m for m in self.mentions if m.w0 > 0 and self.lower(m.w0 - 1) in follows
                and self.inverted(m.w0 - 1)
                and m.type in ("Person", "Organization") and (m.w1 == n or "," in self.gap(m.w1 - 1, m.w1))]
            self._speakers += [m for m in self.mentions if m.type in ("Person", "Organization")
                               and m not in self._speakers and self._after_quote_speaker(m)]
        return self._speakers

    def _after_quote_speaker(self, m: Mention) -> bool:
        """'"… arms transfers," Foreign Secretary David Cameron said.': the one named, with his title,
        between a closing quote and the speech verb that ends the sentence."""
        verb = self.lex.speech_verbs.match_at(self.words, m.w1)
        if verb is None:
            return False
        end = m.w1 + verb[0]
        if end < len(self.words) and "," not in self.gap(end - 1, end):
            return False
        k = self.clause_start(m.w0)
        return k > 0 and any(q in self.gap(k - 1, k) for q in '"”') and \
            all(self.lex.titles.match_at(self.words, j) is not None or j in self.word_mention
                for j in range(k, m.w0) if not self.words[j].is_cap)

    def in_source(self, m: Mention) -> bool:
        """Whether m lies in a "menurut …," / "according to …," phrase: it names who says so."""
        for i, n, _ in self.find(self.lex.attribution_openers, 0, m.w0):
            end = i + n + 1  # the phrase runs to the first comma after its first word
            while end < len(self.words) and "," not in self.gap(end - 1, end):
                end += 1
            if m.w0 < end:
                return True
        return False

    def _speaker_after(self, k: int, reach: int = 4) -> str | None:
        group = self.lex.group_speakers.match_at(self.words, k) or \
            self.lex.group_speakers.match_at(self.words, k + 1)
        if group:
            return group[1]
        # "Menurut laporan tersebut, Pyongyang telah mengirim": the source ends at its comma
        end = k + 1
        while end < min(len(self.words), k + reach + 1) and "," not in self.gap(end - 1, end):
            end += 1
        for m in self.mentions:
            if k <= m.w0 < end and self.actor_id(m):
                return self.actor_id(m)
            if m.w0 >= end:
                break
        return None

    def participle_start(self, k: int) -> int | None:
        """The first word of the comma-set participle phrase that holds word k ("…, speaking in
        Seoul after talks with Cho Tae-yul, …"), if k is in one."""
        if self.lex.lang != "en":
            return None  # Indonesian sets no participle phrase between a speaker and his verb
        s = k
        while s > 0 and "," not in self.gap(s - 1, s):
            s -= 1
        return s if s > 0 and self.lower(s).endswith("ing") else None

    def _participle_subject(self, m: Mention) -> Mention | None:
        """"Blinken, speaking in Seoul after talks with Cho Tae-yul, said": the one the participle
        phrase describes, not the last name inside it."""
        s = self.participle_start(m.w0)
        head = self.word_mention.get(s - 1) if s is not None else None
        return head if head is not None and head.type == "Person" else None

    def _adjacent_speaker(self, m: Mention, verb: int) -> bool:
        """"Watson mengatakan", "Rorry Daniels, direktur pelaksana ASPI, mengatakan"."""
        if verb - m.w1 <= 1:
            return True
        between = self.sent.text[self.words[m.w1 - 1].end - self.sent.start:self.words[verb].start - self.sent.start]
        if verb - m.w1 <= 12 and self.lex.statement_asides.match_at(self.words, m.w1) \
                and not any(m.w1 <= x.w0 < verb for x in self.actors()):
            return True  # "Kementerian Luar Negeri Korsel dalam pernyataannya pada Kamis (23/5) menyebut"
        return between.strip().startswith(",") and between.strip().endswith(",") and verb - m.w1 <= 9

    def date_near(self, t0: int, triggers: list[int], since_ok: bool = False, after_only: bool = False) -> FactDate | None:
        """The sentence's date closest to this trigger, unless another trigger is closer to it.

        A "sejak/since" date starts a period; it dates an event only when asked (sanctions).
        ``after_only``: only a date after the trigger, in its clause.
        """
        if not self.dates:
            return None
        best = None
        for d in self.dates:
            dw = self._word_at(d.start)
            if not since_ok and ("since" in (d.qualifier or "") or
                                 any(self.lower(k) in self.lex.since for k in range(max(0, dw - 6), dw))):
                continue
            if after_only and (dw < t0 or self.clause_start(dw) > t0):
                continue
            if dw < t0 and self._relative_before(dw, d.end, t0):
                continue  # "Belousov, yang menggantikan Shoigu pada Mei lalu, disambut …": not the welcome's
            if dw > t0 and self._relative_after(t0, dw):
                continue  # "… di Wonsan-Kalma, resor yang baru dibuka pada 1 Juli lalu": the resort's date
            mine = abs(dw - t0)
            # a date after its own verb, in the same clause, is that verb's even when a later trigger
            # is nearer: "arrived in Pyongyang early on Wednesday for his first visit"
            follows = t0 < dw and self.clause_start(dw) <= t0
            if any(abs(dw - t) < mine and not (follows and t > dw) for t in triggers if t != t0):
                continue
            if best is None or mine < best[0]:
                best = (mine, d)
        if best is None:
            return None
        d = best[1]
        return FactDate(d.value, d.precision, d.qualifier)

    def _relative_after(self, t0: int, dw: int) -> bool:
        """Whether a relative clause opens between trigger t0 and a later date at word dw, after a
        comma: it describes something the sentence named after the trigger."""
        relatives = self.lex.relative_words
        return any(self._lowers[k] in relatives and "," in self.gap(t0, k) for k in range(t0 + 2, dw))

    def word_at(self, char: int) -> int:
        return self._word_at(char)

    def _word_at(self, char: int) -> int:
        """The first word ending after ``char`` (else the last word)."""
        if not self._ends:
            self._ends = [w.end for w in self.words]
        k = bisect_right(self._ends, char)
        return k if k < len(self.words) else len(self.words) - 1
