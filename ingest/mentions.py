"""Entity mentions in a sentence: catalog aliases first, then patterns for the
people and organisations the catalog does not know, then short-name coreference.

Patterns (never a list of the seed names):
- organisations: a capitalised run holding an organisation head word
  ("Universitas …", "… Institute for Policy Studies", "… Research Centre");
- people: a capitalised name run after a title ("Menteri Keuangan Anton
  Siluanov"), before an apposition ("Yang Uk, seorang peneliti di …"), next to a
  speech verb ("kata Akimenko", "Watson mengatakan"), after an honorific;
- spelling variants of catalog people by fuzzy match with the same first name
  word ("Kim Jon-un" → Kim Jong Un; "Kim Dong-yup" stays someone else);
- a bare surname ("Kim", "Akimenko") → the most-mentioned person of the
  article with that surname.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from graph.ids import entity_id
from graph.model import Entity

from .catalog import AliasHit, Catalog, CatalogEntry
from .lexicon import LIST_JOINS, Lexicon, cue_starts
from .org_names import ORG_HEADS, english_org, org_runs, short_name, short_name_at
from .segment import Sentence
from .tokens import POSSESSIVE_GAPS, Token, words as word_tokens
from .place_names import facilities, pattern_places
from .vessels import VESSEL, find_vessels

KOREAN_SURNAMES = frozenset("kim lee yi ri park pak choi choe jung jeong chung kang cho jo yoon yun jang chang "
                            "lim im han oh shin sin seo suh kwon hwang ahn an song hong yang moon mun jon jeon chon "
                            "ko ryu yu ju no noh nam pyon bae paek baek son sung cha min ha kwak jin won chae hyon "
                            "o so tak yon ok pang gil kil yom ma".split())
_FUZZY_MIN = 90  # fuzzy ratio a spelling variant of a catalog name needs ("Kim Jon-un"; "Kim Dong-yup" scores 78)
_INITIAL = re.compile(r"^[A-Z]$")
# One romanised Korean syllable of a given name ("Hyok", "Chol", "Yong", "Hui"): a consonant or
# two, a vowel group, a final consonant. "River", "Bank" or "Hall" are none.
_KOREAN_SYLLABLE = re.compile(r"(?:ch|kk|pp|ss|tt|jj|sh|[bcdghjklmnprstwy])?[wy]?"
                              r"(?:ae|eo|eu|oe|ui|oo|ee|ou|a|e|i|o|u)(?:ng|[klmnprt])?")
_NAME_GAPS = POSSESSIVE_GAPS | {""}  # nothing, or a possessive, between a name's words
_NAME_PARTS = re.compile(r"[\s-]+")
# MentionFinder.find's add(first word, end word, entity id, type, how[, metonym_of])
_Add = Callable[..., None]


# Treated as immutable, but not frozen: frozen dataclasses set each field through
# object.__setattr__, a cost paid for every mention of every sentence.
@dataclass(slots=True, unsafe_hash=True)
class Mention:
    start: int
    end: int
    entity: str
    type: str
    text: str
    how: str  # catalog | pattern | fuzzy | coref | pronoun | description
    w0: int  # first word index in the sentence
    w1: int  # one past the last word index
    # a place's: the state or body it stands for when it acts ("Moskow menolak"); a description's
    # ("the Russian president"): the state or body whose office it names
    metonym_of: str | None = None


@dataclass
class EntityRegistry:
    """Every entity the corpus mentions, merged by id across articles."""

    catalog: Catalog
    entities: dict[str, Entity] = field(default_factory=dict)

    def from_catalog(self, entry: CatalogEntry) -> str:
        if entry.id not in self.entities:
            self.entities[entry.id] = entry.entity()
        return entry.id

    def from_pattern(self, etype: str, surface: str, lang: str, name: str | None = None) -> str:
        """Id of an entity found by a pattern; ``name`` is its English name when the surface is not."""
        name = name or (canonical_name(surface) if etype == "Person" else surface)
        eid = entity_id(etype, name)
        known = self.entities.get(eid)
        aliases = {surface} - {name}
        if known is None:
            self.entities[eid] = Entity(eid, etype, name, {lang: surface}, tuple(sorted(aliases)), None)
        else:
            names = dict(known.names)
            names.setdefault(lang, surface)
            merged = tuple(sorted(set(known.aliases) | aliases))
            if names != known.names or merged != known.aliases:
                self.entities[eid] = Entity(eid, etype, known.name, names, merged, known.wikidata, known.description)
        return eid

    def add_alias(self, eid: str, alias: str) -> None:
        e = self.entities[eid]
        if alias != e.name and alias not in e.aliases:
            self.entities[eid] = Entity(e.id, e.type, e.name, e.names, tuple(sorted({*e.aliases, alias})),
                                        e.wikidata, e.description)


def canonical_name(surface: str) -> str:
    """A person's name without middle initials, so "John F. Kirby" and "John Kirby" are one."""
    parts = [p for p in surface.replace(".", " ").split() if not _INITIAL.match(p)]
    return " ".join(parts) if len(parts) >= 2 else surface.strip()


@lru_cache(maxsize=4096)  # catalog people are named in sentence after sentence
def surname_of(name: str) -> str:
    words = [w for w in _NAME_PARTS.split(name) if w and not _INITIAL.match(w.rstrip("."))]
    if not words:
        return ""
    return (words[0] if words[0].lower() in KOREAN_SURNAMES else words[-1]).lower()


@dataclass
class ArticleContext:
    """What earlier sentences of the same article established (for short names)."""

    surnames: dict[str, Counter[str]] = field(default_factory=dict)
    last_seen: dict[str, int] = field(default_factory=dict)  # person → when last named (a mention count)
    clock: int = 0
    vessels: dict[tuple[str, ...], str] = field(default_factory=dict)  # a ship's name words → its id
    last_vessels: list[str] = field(default_factory=list)  # the ships the last sentence naming any named
    # people out of office on the article's day: of two named as often, the one in office is meant
    # ("ayah Kim, … Kim Jong Il" leaves the later "Kim" the son)
    past: frozenset[str] = frozenset()
    # short names of the bodies found by pattern so far ("sinhung",); None when two bodies share one
    org_short: dict[tuple[str, ...], str | None] = field(default_factory=dict)

    def saw_person(self, eid: str, name: str) -> None:
        surname = surname_of(name)
        if surname:
            self.surnames.setdefault(surname, Counter())[eid] += 1
        self.clock += 1
        self.last_seen[eid] = self.clock

    def resolve(self, word: str) -> str | None:
        """The person a bare surname means: the one named most often so far; of equals, one still in
        office, then the latest."""
        counts = self.surnames.get(word.lower())
        if not counts:
            return None
        seen, past = self.last_seen, self.past
        return max(counts.items(), key=lambda kv: (kv[1], kv[0] not in past, seen.get(kv[0], 0), kv[0]))[0]


class MentionFinder:
    def __init__(self, catalog: Catalog, lex: Lexicon, registry: EntityRegistry) -> None:
        self.catalog = catalog
        self.lex = lex
        self.registry = registry
        self.persons = catalog.person_names

    # -- helpers -------------------------------------------------------
    @staticmethod
    def _joined(text: str, base: int, a: Token, b: Token) -> bool:
        return text[a.end - base:b.start - base] == "-"

    def _name_run(self, words: list[Token], i: int, busy: list[bool], text: str, base: int, limit: int = 4) -> int:
        """End index (exclusive) of a person-name run starting at word i, or i if none."""
        j = i
        while j < len(words) and j - i < limit + 2:
            w = words[j]
            if busy[j]:
                break
            if j > i and self._joined(text, base, words[j - 1], w):
                j += 1
                continue
            if not (w.is_cap and (w.text[1:].islower() or _INITIAL.match(w.text) or len(w.text) == 1 or
                                  w.text[1:2].islower())):
                break
            if w.lower in ORG_HEADS:
                break
            if w.lower in self.lex.not_names:
                # "Yang Uk": a Korean surname that is also a function word starts a name
                # only when a capitalised given name follows it.
                nxt = words[j + 1] if j + 1 < len(words) else None
                if not (j == i and w.lower in KOREAN_SURNAMES and nxt is not None and nxt.is_cap
                        and nxt.lower not in self.lex.not_names):
                    break
            if j > i and text[words[j - 1].end - base:w.start - base].strip(" ") not in ("", "."):
                break  # a comma or other punctuation ends the name
            j += 1
        return j

    def past_ranks(self, words: list[Token], lowers: list[str], k: int, busy: list[bool], text: str, base: int) -> int:
        """The first word at or after k that is no rank or honorific ("Maj. Gen. Pat Ryder" → Pat);
        a Korean surname that is also one ("Pak Thae Song") stays, unless a period marks it short."""
        while k + 1 < len(words) and lowers[k] in self.lex.honorifics and not busy[k] and (
                lowers[k] not in KOREAN_SURNAMES or text[words[k].end - base:words[k + 1].start - base].strip() == "."):
            k += 1
        return k

    def _place_id(self, surface: str, short: str | None = None) -> str:
        """Id of a place found by a pattern; ``short`` is another name of it ("Tuva" for "Tuva republic")."""
        eid = self.registry.from_pattern("Place", surface, self.lex.lang)
        if short:
            self.registry.add_alias(eid, short)
        return eid

    def _words_text(self, text: str, base: int, words: list[Token], i: int, j: int) -> str:
        return text[words[i].start - base:words[j - 1].end - base]

    # -- main ----------------------------------------------------------
    def find(self, sent: Sentence, ctx: ArticleContext, words: list[Token] | None = None,
             starts: dict[int, list[int]] | None = None, lowers: list[str] | None = None,
             headline: bool = False) -> list[Mention]:
        """Mentions in one sentence; ``starts`` is :func:`~ingest.lexicon.cue_starts` of its words,
        ``lowers`` their lowercase forms (both when already at hand). In a ``headline`` every word
        has a capital, so only names the catalog knows are names."""
        text, base = sent.text, sent.start
        if words is None:
            words = word_tokens(text, base)
        busy = [False] * len(words)
        found: list[Mention] = []

        def add(i: int, j: int, eid: str, etype: str, how: str, metonym: str | None = None) -> None:
            busy[i:j] = [True] * (j - i)
            start, end = words[i].start, words[j - 1].end
            found.append(Mention(start, end, eid, etype, text[start - base:end - base], how, i, j, metonym))

        if lowers is None:
            lowers = [w.lower for w in words]
        if starts is None:
            starts = cue_starts(self.lex.lang, lowers)
        hits = self.catalog.lookup(words, lowers)
        # A state's ministry first: "South Korea's foreign ministry", "Kementerian Luar Negeri Ukraina"
        lex = self.lex
        if id(lex.ministries) in starts:  # most sentences name no ministry: no call at all
            for i, j, eid in self._ministries(words, lowers, hits, starts, text, base):
                add(i, j, eid, "Organization", "pattern")
        # Organisation runs next: "Universitas Studi Korea Utara" is one organisation, not a state.
        if headline or (ORG_HEADS.isdisjoint(lowers) and lex.org_nouns.firsts.isdisjoint(lowers)):
            org_spans = []
        else:
            titles = self.lex.titles
            org_spans = org_runs(self.lex, words, text, base, hits, titles.find_at(words, starts.get(id(titles), [])))
            if found:  # a ministry already named holds its words
                org_spans = [(i, j) for i, j in org_spans if True not in busy[i:j]]
        for i, j in org_spans:
            surface = self._words_text(text, base, words, i, j)
            eid = self.registry.from_pattern("Organization", surface, self.lex.lang, english_org(self.lex, self.catalog, surface))
            add(i, j, eid, "Organization", "pattern")
            if (short := short_name(lex, self.catalog, words, i, j, text, base)) is not None:
                ctx.org_short[short] = eid if ctx.org_short.get(short, eid) == eid else None
            # "Asia Society Policy Institute (ASPI)", "Universitas Airlangga (Unair)": the short name is an alias
            m = re.match(r"\s*\(([A-Z][A-Za-z]{1,8})\)", text[words[j - 1].end - base:])
            if m and j < len(words) and words[j].text == m.group(1):
                eid = found[-1].entity
                self.registry.add_alias(eid, m.group(1))
                add(j, j + 1, eid, "Organization", "pattern")
        for h in hits:
            if True in busy[h.start:h.start + h.length]:
                continue
            e = h.entry
            assert e is not None
            add(h.start, h.start + h.length, self.registry.from_catalog(e), e.type, "catalog", e.metonym_of)
            if e.type == "Person":
                ctx.saw_person(e.id, e.en)
        if ctx.org_short:  # "Selain Sinhung, OFAC juga …": a body named in full before
            firsts = {key[0] for key in ctx.org_short}
            for k in [k for k, low in enumerate(lowers) if low in firsts]:
                if (hit := short_name_at(words, k, busy, text, base, ctx.org_short)) is not None:
                    add(k, hit[0], hit[1], "Organization", "coref")
        self._resolution_lists(words, lowers, busy, add)
        if (id(lex.vessel_nouns) in starts and not headline) or ctx.vessels:  # before people: "Lady R" is a ship
            states = {k for h in hits if h.entry is not None and h.entry.type == "State"
                      for k in range(h.start, h.start + h.length)}
            find_vessels(lex, words, lowers, busy, states, text, base, {} if headline else starts, ctx, add,
                         lambda surface: self.registry.from_pattern(VESSEL, surface, lex.lang))
        self._fuzzy_people(words, busy, text, base, add, ctx)
        if not headline:
            if id(lex.place_words) in starts or id(lex.place_appositions) in starts:
                pattern_places(lex, words, lowers, busy, text, base, add, starts, self._place_id)
            if id(lex.facility_heads) in starts:
                facilities(lex, words, lowers, busy, text, base, add, starts, self._place_id)
            self._pattern_people(words, lowers, busy, text, base, add, ctx, starts)
        self._coref(words, lowers, busy, add, ctx, text, base)
        found.sort(key=lambda m: m.start)
        return found

    def _state_at(self, words: list[Token], j: int) -> bool:
        """Whether a catalog state's name starts at word j."""
        entry = self.catalog.entry_at(words, j)
        return entry is not None and entry.type == "State"

    def _fuzzy_people(self, words: list[Token], busy: list[bool], text: str, base: int, add: _Add,
                      ctx: ArticleContext) -> None:
        persons, not_names = self.persons, self.lex.not_names
        end = 0
        # only a word that starts a catalog person's name can start a spelling variant of it
        for i in [k for k, w in enumerate(words) if w.lower in persons]:
            if i < end or busy[i] or not words[i].is_cap or words[i].lower in not_names:
                continue
            options = persons[words[i].lower]
            for n in (4, 3, 2):
                j = i + n
                if j > len(words) or True in busy[i:j]:
                    continue
                surface = self._words_text(text, base, words, i, j)
                probe = surface.lower().replace("-", " ")
                starts = "".join(w[0] for w in probe.split())
                best, score = None, 0.0
                for entry, name, known in options:
                    s = fuzz.ratio(probe, name)
                    # "Kim Jon-un" is Kim Jong Un misspelt; "Kim Song Il" is not Kim Jong Il: each word
                    # keeps its first letter
                    if s > score and s >= _FUZZY_MIN and (known.startswith(starts) or starts.startswith(known)):
                        best, score = entry, s
                if best is not None and score >= _FUZZY_MIN:
                    add(i, j, self.registry.from_catalog(best), "Person", "fuzzy")
                    self.registry.add_alias(best.id, surface)
                    ctx.saw_person(best.id, best.en)
                    end = j
                    break

    def _pattern_people(self, words: list[Token], lowers: list[str], busy: list[bool], text: str, base: int,
                        add: _Add, ctx: ArticleContext, cues: dict[int, list[int]]) -> None:
        lex = self.lex
        starts: set[int] = set()
        inside_titles: set[int] = set()  # "Secretary of State Marco Rubio": "State" starts no name
        # after a title, optionally past the state/organisation it names
        for i, n, _ in lex.titles.find_at(words, cues.get(id(lex.titles), [])):
            inside_titles.update(range(i + 1, i + n))
            k = i + n
            while k < len(words) and busy[k]:
                k += 1
            # "ambassador to Pyongyang, Alexander Matsegora": past the post's place, after a comma
            if k + 1 < len(words) and lowers[k] in lex.post_links and busy[k + 1]:
                k += 1
                while k < len(words) and busy[k]:
                    k += 1
            # "Menteri Hubungan Ekonomi Luar Negeri Korut Yun Jong Ho": capitalised portfolio words,
            # then the state, then the holder
            j = k
            while j < len(words) and not busy[j] and words[j].is_cap and j - k < 6:
                j += 1
            if k < j < len(words) and busy[j] and self._state_at(words, j):
                e = j + 1
                while e < len(words) and busy[e]:
                    e += 1
                if e + 1 < len(words) and words[e].is_cap and words[e + 1].is_cap:
                    k = e
            k = self.past_ranks(words, lowers, k, busy, text, base)  # "press secretary Maj. Gen. Pat Ryder"
            starts.add(k)
        # after a speech verb or an honorific
        for i, n, _ in lex.speech_verbs.find_at(words, cues.get(id(lex.speech_verbs), [])):
            starts.add(i + n)
            if i + n < len(words) and words[i + n].lower in ("para", "seorang", "the"):
                starts.add(i + n + 1)
        # "a delegation led by Vyacheslav Volodin", "delegasi yang dipimpin Vyacheslav Volodin"
        for i, n, _ in lex.led_by.find_at(words, cues.get(id(lex.led_by), [])):
            starts.add(i + n)
        honorifics = lex.honorifics
        if not honorifics.isdisjoint(lowers):
            starts.update([self.past_ranks(words, lowers, i + 1, busy, text, base)
                           for i, low in enumerate(lowers) if low in honorifics])
        # before an apposition or a speech verb: scan every capitalised run
        size = len(words)
        title_firsts = lex.titles.firsts
        for i0 in [k for k, w in enumerate(words) if w.is_cap and k not in inside_titles]:
            if busy[i0] or lowers[i0] in honorifics or (i0 > 0 and not busy[i0 - 1] and words[i0 - 1].is_cap
                                                         and lowers[i0 - 1] not in lex.name_openers):
                continue  # "Col. Park Dae-sung": the name starts after the rank ("Menurut Park …" after the opener)
            # "Chief Cabinet Secretary Yoshimasa Hayashi told"
            title = lex.titles.match_at(words, i0) if lowers[i0] in title_firsts else None
            i = i0 + title[0] if title else i0
            if i + 1 >= size or busy[i] or busy[i + 1]:
                continue  # a name needs two free words
            if not words[i + 1].is_cap and not self._joined(text, base, words[i], words[i + 1]):
                continue  # the second word of a name is capitalised or hyphen-joined ("Jong-un")
            j = self._name_run(words, i, busy, text, base)
            if j - i < 2:
                continue
            after = text[words[j - 1].end - base:].lstrip()
            nxt = j + (1 if j < len(words) and words[j].lower in ("seorang", "a", "an", "the", "sang") else 0)
            if after.startswith(","):
                if self._apposed_post(words, nxt, text, base) or lex.speech_verbs.match_at(words, j):
                    starts.add(i)
            elif lex.speech_verbs.match_at(words, j):
                starts.add(i)
            if self._korean_name(words, i, j, text, base):
                starts.add(i)  # "sanksi kepada Han Hyok Chol": a Korean name is a name wherever it stands
        for i in sorted(starts):
            if i >= len(words) or busy[i]:
                continue
            j = self._name_run(words, i, busy, text, base)
            if j - i >= 2:
                surface = self._words_text(text, base, words, i, j)
                eid = self.registry.from_pattern("Person", surface, lex.lang)
                add(i, j, eid, "Person", "pattern")
                ctx.saw_person(eid, canonical_name(surface))

    def _korean_name(self, words: list[Token], i: int, j: int, text: str, base: int) -> bool:
        """Whether words i..j are a Korean surname and a given name of two syllables, as two
        words ("Han Hyok Chol") or joined ("Kim Dong-yup")."""
        if j - i != 3 or words[i].lower not in KOREAN_SURNAMES:
            return False
        a, b = words[i + 1], words[i + 2]
        if not (b.is_cap or self._joined(text, base, a, b)):
            return False
        return all(_KOREAN_SYLLABLE.fullmatch(w.lower) is not None for w in (a, b))

    def _ministries(self, words: list[Token], lowers: list[str], hits: list[AliasHit],
                    cues: dict[int, list[int]], text: str, base: int) -> list[tuple[int, int, str]]:
        """A ministry named with its state, as one body: "Ministry of Foreign Affairs of South Korea".
        The state comes before it in English ("South Korea's foreign ministry"), after it in
        Indonesian ("Kementerian Luar Negeri Korea Selatan"); a body the catalog names wins."""
        lex = self.lex
        found = lex.ministries.find_at(words, cues.get(id(lex.ministries), []))
        if not found:
            return []
        states = [h for h in hits if h.entry is not None and h.entry.type == "State"]
        out = []
        for i, n, body in found:
            before = lex.lang == "en"
            h = next((x for x in states if (x.start + x.length == i if before else x.start == i + n)), None)
            if h is None or h.entry is None:
                continue
            lo, hi = (h.start, i + n) if before else (i, h.start + h.length)
            if any(x.entry is not None and x.entry.type == "Organization" and x.start < hi
                   and lo < x.start + x.length for x in hits):
                continue  # "Russian Foreign Ministry" is in the catalog
            name = f"{body} of {h.entry.en}"
            known = self.catalog.by_name(name)
            eid = self.registry.from_catalog(known) if known is not None else self.registry.from_pattern(
                "Organization", self._words_text(text, base, words, lo, hi), lex.lang, name)
            out.append((lo, hi, eid))
        return out

    def _resolution_lists(self, words: list[Token], lowers: list[str], busy: list[bool], add: _Add) -> None:
        """"resolutions 1718, 1874 and 2270", "resolusi 1718 dan 2397": each number the reference knows."""
        heads = self.lex.resolution_words
        if heads.isdisjoint(lowers):
            return
        for k, low in enumerate(lowers):
            if low not in heads:
                continue
            j = k + 1
            while j < len(words) and (lowers[j].isdigit() or lowers[j] in LIST_JOINS):
                entry = self.catalog.get(f"resolution:unsc-{lowers[j]}") if lowers[j].isdigit() else None
                if entry is not None and not busy[j]:
                    add(j, j + 1, self.registry.from_catalog(entry), "Resolution", "catalog")
                j += 1

    def _apposed_post(self, words: list[Token], k: int, text: str, base: int) -> bool:
        """Whether a profession or title opens the apposition at word k, past up to three
        words that qualify it ("a Korea expert", "a White House national security spokesman")."""
        lex = self.lex
        if k < len(words) and words[k].lower in LIST_JOINS:
            return False  # "the Far East, and Primorsky Krai Governor …" goes on listing
        for x in range(k, min(k + 4, len(words))):
            if x > k and text[words[x - 1].end - base:words[x].start - base].strip() not in _NAME_GAPS:
                return False  # the apposition ends at a punctuation mark ("Russia's minister" goes on)
            if lex.professions.match_at(words, x) or lex.titles.match_at(words, x):
                return True
        return False

    def _coref(self, words: list[Token], lowers: list[str], busy: list[bool], add: _Add,
               ctx: ArticleContext, text: str, base: int) -> None:
        # ctx.resolve knows only the surnames seen so far, and resolving adds no new ones
        surnames, not_names = ctx.surnames, self.lex.not_names
        for i in [k for k, low in enumerate(lowers) if low in surnames]:
            w = words[i]
            if busy[i] or not w.is_cap or w.lower in not_names:
                continue
            j = self._name_run(words, i, busy, text, base)
            if j - i >= 2:
                # "Kim Yong Bok" is not the Kim named before: a full name of its own
                surface = self._words_text(text, base, words, i, j)
                full = self.registry.from_pattern("Person", surface, self.lex.lang)
                add(i, j, full, "Person", "pattern")
                ctx.saw_person(full, canonical_name(surface))
                continue
            known = ctx.resolve(w.text)
            if known:
                add(i, i + 1, known, "Person", "coref")
                ctx.saw_person(known, w.text)
