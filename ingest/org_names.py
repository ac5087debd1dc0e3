"""Organisation names outside the catalog: capitalised runs that hold a head word
("Universitas", "Institute", "Bureau") or follow an organisation noun ("lembaga kajian",
"the consultancy"), the English name of an Indonesian one ("Universitas Padjadjaran" →
"Padjadjaran University"), and the short name a body goes by later in the article ("Sinhung")."""

from __future__ import annotations

import re
from typing import Any

from .catalog import AliasHit, Catalog
from .date_vocab import CALENDAR_WORDS
from .lexicon import Lexicon
from .tokens import Token, words as word_tokens

ORG_HEADS = frozenset("""university universitas institute institut centre center council agency corp corporation
company jsc society foundation ministry kementerian departemen department partai party bank group committee komite
badan lembaga akademi academy college school sekolah fakultas faculty commission komisi organization organisation
organisasi association asosiasi federation times post news inc ltd llc forces army angkatan tentara duma assembly
majelis parliament parlemen congress kongres bureau biro directorate direktorat service dinas shipping trading
airlines logistics""".split())
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
ORG_CONNECTORS = frozenset({"of", "for", "and", "the", "on", "&", "studi", "kajian", "untuk"})
_SHORT_MIN = 4  # letters of the shortest word a body is called by alone (not "OOO", "JSC")


def org_runs(lex: Lexicon, words: list[Token], text: str, base: int, hits: list[AliasHit],
             titles: list[tuple[int, int, Any]]) -> list[tuple[int, int]]:
    """Spans of capitalised runs that name an organisation: a head word (\"Universitas\",
    \"Institute\"), or an organisation noun before or in apposition (\"lembaga kajian X\")."""
    title_ends = {i + n for i, n, _ in titles}
    title_starts = {i: i + n for i, n, _ in titles}
    noun_cue = any(w.lower in lex.org_nouns.firsts for w in words)
    catalog_at: dict[int, AliasHit] = {}
    for h in hits:
        for k in range(h.start, h.start + h.length):
            catalog_at[k] = h
    spans = []
    i = 0
    while i < len(words):
        # "224th Flight Unit State Airlines": an ordinal may open a name
        if not words[i].is_cap and not (_ORDINAL.match(words[i].text) and i + 1 < len(words) and words[i + 1].is_cap):
            i += 1
            continue
        # "the cargo vessel Lady R. IBEX Shipping …": a ship's name ends at its full stop
        shipped = i > 0 and words[i - 1].lower in lex.vessel_nouns
        j = i
        while j < len(words):
            w = words[j]
            gap = text[words[j - 1].end - base:w.start - base] if j > i else ""
            # "Lao People's Revolutionary Party": a possessive inside a name, not after a state
            # ("Kyungnam University's Institute" is two bodies)
            inner = gap in ("'s ", "’s ", "' ", "’ ") and (j - 1) not in catalog_at and w.is_cap \
                and words[j - 1].lower not in ORG_HEADS
            if j > i and (gap.strip(" .") not in ("", "-") or (shipped and "." in gap)) and not inner:
                break
            if w.is_cap or j == i or (j > i and w.lower in ORG_CONNECTORS) or (j > i and gap == "-"):
                j += 1
                continue
            break
        while j > i and words[j - 1].lower in ORG_CONNECTORS:
            j -= 1
        # "Vostok Fuel Company on Friday": a date after the name is no part of it
        day = next((k for k in range(i + 1, j - 1) if words[k].lower in ORG_CONNECTORS
                    and words[k + 1].lower in CALENDAR_WORDS), None)
        if day is not None:
            j = day
        heads = [k for k in range(i, j) if words[k].lower in ORG_HEADS]
        # "Amur Shipping and Baikal Trading": a head before "and" and another after it are two bodies
        split = next((k for k in range(i + 1, j - 1) if words[k].lower in ("and", "dan")
                      and words[k - 1].lower in ORG_HEADS and any(h > k for h in heads)), None)
        if split is not None:
            j = split
            heads = [h for h in heads if h < j]
        cued = False
        if not heads and noun_cue and (_after_org_noun(lex, words, i) or _org_noun_apposed(lex, words, j, text, base)):
            # "lembaga kajian Synergy Policies", "the consultancy Vostok Intur"; "broadcaster KBS
            # on Monday" ends at its first small word
            j = next((k for k in range(i + 1, j) if words[k].lower in ORG_CONNECTORS), j)
            heads, cued = [j - 1], _after_org_noun(lex, words, i)
        # "National Assembly Speaker Woo Won-shik": a title after the body ends it
        cut = next((k for k in sorted(title_starts) if heads and heads[0] < k < j), None)
        if cut is not None:
            j = cut
            heads = [k for k in heads if k < j]
        if heads:
            # "the General Political Bureau of the KPA": a known body after "of" is the parent, not the name
            tail = next((k for k in range(heads[-1] + 1, j) if k in catalog_at
                         and (e := catalog_at[k].entry) is not None and e.type in ("Organization", "Person")), None)
            if tail is not None:
                j = heads[-1] + 1
            # "Juru bicara Kementerian Luar Negeri Rusia Maria Zakharova": after a title, the
            # body's state ends the body; the capitalised words left name the title holder
            for k in range(j - 1, heads[-1], -1) if i in title_ends or i in title_starts else ():
                e = catalog_at[k].entry if k in catalog_at else None
                if e is not None and e.type in ("State", "Place"):
                    end = catalog_at[k].start + catalog_at[k].length
                    rest = [words[x].lower for x in range(end, j)]
                    # "… Korea Studies" goes on naming the body; "… Rusia Maria Zakharova" names its holder
                    if len(rest) >= 2 and not (set(rest) & (ORG_HEADS | ORG_CONNECTORS)):
                        j = end
                    break
            s = i
            # "Kim Soo-ah of the Seoul-based Asia Policy Institute": a name before "of" with no
            # head of its own is its member, and "Seoul-based" says where the body sits
            for k in range(heads[0] - 1, i, -1):
                if words[k].lower == "of" or (words[k].lower == "based" and text[words[k - 1].end - base:words[k].start - base] == "-"):
                    s = k + 1
                    while s < heads[0] and words[s].lower in ORG_CONNECTORS:
                        s += 1
                    break
            # a leading function word or title is no part of the name; "Defence" in
            # "South Korea's Defence Intelligence Agency" is, unless the sentence opens with it
            # ("the General Political Bureau": after a determiner, a title word names the body)
            while s < heads[0] and words[s].lower not in ORG_HEADS and (
                    (s in title_starts and not (s > 0 and words[s - 1].lower in lex.determiners))
                    or words[s].lower in lex.name_openers
                    or (s == 0 and words[s].lower in lex.not_names)
                    or (s == 0 and lex.professions.match_at(words, s) is not None)):
                # "Direktur World Institute …" names the institute, and so does "Peneliti Korea
                # Institute for National Unification" at the start of a sentence
                s = max(s + 1, title_starts.get(s, 0))
            noun = lex.org_nouns.match_at(words, s)
            if noun is not None and any(h >= s + noun[0] for h in heads):
                # "Lembaga kajian Royal United Services Institute" opening a sentence: the kind of
                # body, then a name with a head of its own
                s += noun[0]
            if words[heads[0]].lower in lex.head_first and s < heads[0]:
                s = heads[0]  # "Guru Besar Hukum Internasional Universitas Indonesia": the name opens with its head
            if words[s].lower in lex.unit_heads:
                # "Departemen Hubungan Internasional CSIS Indonesia": a department named by its field,
                # then the body it belongs to, which is the one named
                s = next((k for k in range(s + 2, j) if _starts_body(words, k, catalog_at)), s)
            state = catalog_at[s].entry if s in catalog_at and catalog_at[s].start == s else None
            if state is not None and state.type == "State" and s + catalog_at[s].length < heads[0] \
                    and _after_org_noun(lex, words, s):
                s += catalog_at[s].length  # "perusahaan Rusia OOO Kama-Stroy Service": whose it is, then its name
            covered = {e.type for k in range(s, j) if k in catalog_at and (e := catalog_at[k].entry)}
            # a catalog name that covers the run ("Security Council resolution 1718") wins
            whole = any(catalog_at.get(s) is h and h.start <= s and h.start + h.length >= j for h in hits)
            # a name the noun announces may be one word ("lembaga kajian CSIS", "perusahaan Intellekt")
            if not whole and not covered & {"Organization", "Person"} and (j - s >= 2 or (cued and s == i)):
                cut = _parent_body(words, s, j)
                if cut is not None:  # "Institute of China and Contemporary Asia of the Russian Academy of Sciences"
                    spans.append((s, cut))
                    s = cut + 1 + (words[cut + 1].lower == "the")
                spans.append((s, j))
        i = max(j, i + 1)
    return spans

def _starts_body(words: list[Token], k: int, catalog_at: dict[int, AliasHit]) -> bool:
    """Whether word k opens a body's own name: a head word, an acronym ("CSIS") or a catalog body."""
    w = words[k]
    entry = catalog_at[k].entry if k in catalog_at else None
    if entry is not None:  # "Departemen Pertahanan AS": a state ends the name, it opens none
        return entry.type == "Organization" and catalog_at[k].start == k
    return w.lower in ORG_HEADS or (len(w.text) >= 2 and w.text.isupper())


def _parent_body(words: list[Token], s: int, j: int) -> int | None:
    """The "of" in a run that names a body and, after it, the body it belongs to: each side has a
    head word of its own ("Institute of Far Eastern Studies of Kyungnam University"; "Ministry of
    Foreign Affairs of Japan" and "University of Indonesia" are one body each)."""
    for k in range(j - 2, s, -1):
        if words[k].lower != "of":
            continue
        after = [x for x in range(k + 1, j) if words[x].lower in ORG_HEADS]
        if after and any(words[x].lower in ORG_HEADS for x in range(s, k)) and words[after[0] - 1].lower != "of":
            return k
    return None


def _org_noun_apposed(lex: Lexicon, words: list[Token], j: int, text: str, base: int) -> bool:
    """"Vostok Intur, biro perjalanan yang …", "Parsek, a Russian firm": an apposition says the
    name before it is an organisation's."""
    if j >= len(words) or j == 0 or "," not in text[words[j - 1].end - base:words[j].start - base]:
        return False
    nouns = lex.org_nouns
    for k in range(j, min(j + 4, len(words))):
        if nouns.match_at(words, k) is not None and not words[k].is_cap:
            return True
        # "Air Koryo, North Korea's flag carrier": a state and its possessive may come first
        if words[k].lower not in lex.determiners and not words[k].is_cap:
            return False
    return False

def _after_org_noun(lex: Lexicon, words: list[Token], i: int) -> bool:
    """Whether the words right before word i say that what follows names an organisation."""
    nouns = lex.org_nouns
    return any((hit := nouns.match_at(words, k)) is not None and k + hit[0] == i and not words[k].is_cap
               for k in range(max(0, i - 3), i))

def english_org(lex: Lexicon, catalog: Catalog, surface: str) -> str | None:
    """"Universitas Padjadjaran" is "Padjadjaran University": a head word that opens an
    Indonesian name closes the English one, when the rest is a bare proper name."""
    head, _, rest = surface.partition(" ")
    english = lex.org_heads_en.get(head.lower())
    if not english or not rest or not all(w[:1].isupper() and w.lower() not in ORG_CONNECTORS for w in rest.split()):
        return None
    rest_words = word_tokens(rest, 0)
    hits = catalog.lookup(rest_words)
    if len(hits) == 1 and hits[0].length == len(rest_words) and hits[0].entry is not None \
            and hits[0].entry.type in ("State", "Place"):
        return f"{english} of {hits[0].entry.en}"  # "Universitas Indonesia" is the University of Indonesia
    if hits:
        return None  # "Universitas Studi Korea Utara" names a subject, not a bare proper name
    return f"{rest} {english}"


def short_name(lex: Lexicon, catalog: Catalog, words: list[Token], i: int, j: int, text: str,
               base: int) -> tuple[str, ...] | None:
    """The word a body found by pattern is called by later on its own: the first of its name that
    is neither a kind of body, a legal form nor a word of a catalog name, with the words joined to
    it by hyphens ("Korea Sinhung General Construction Corporation" → Sinhung, "OOO Kama-Stroy
    Service" → Kama-Stroy)."""
    for k in range(i, j):
        w = words[k]
        if not w.is_cap or len(w.text) < _SHORT_MIN or w.lower in ORG_HEADS or w.lower in ORG_CONNECTORS \
                or w.lower in lex.not_names or catalog.knows_word(w.lower) or w.text.isupper():
            continue
        e = k + 1
        while e < j and words[e].is_cap and text[words[e - 1].end - base:words[e].start - base] == "-":
            e += 1
        return tuple(x.lower for x in words[k:e])
    return None


def short_name_at(words: list[Token], k: int, busy: list[bool], text: str, base: int,
                  known: dict[tuple[str, ...], str | None]) -> tuple[int, str] | None:
    """(end, body id) of a short name learnt earlier in the article that word k starts alone (not as
    part of a longer capitalised name)."""
    if busy[k] or not words[k].is_cap:
        return None
    e = k + 1
    while e < len(words) and words[e].is_cap and text[words[e - 1].end - base:words[e].start - base] == "-":
        e += 1
    if e < len(words) and words[e].is_cap and not text[words[e - 1].end - base:words[e].start - base].strip():
        return None  # "Sinhung Trading": another name
    if k > 1 and words[k - 1].is_cap and not text[words[k - 1].end - base:words[k].start - base].strip():
        return None  # inside a longer name (a sentence's first word has its capital anyway: "Selain Sinhung")
    eid = known.get(tuple(w.lower for w in words[k:e]))
    return (e, eid) if eid and True not in busy[k:e] else None
