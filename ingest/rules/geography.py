"""LOCATED_IN and PART_OF, as a sentence states them in passing.

"South Korea's National Intelligence Service", "the Kursk region of Russia",
"Kementerian Luar Negeri Rusia" name a body with its parent; "the Asan Institute in
Seoul", "Universitas Gachon, Korea Selatan", "Vostok Intur, a travel agency based in
Vladivostok" place a body or a place. What the catalog knows of a place only vetoes a
reading that contradicts it ("Pyongyang, Moscow and Beijing" is a list, not an address).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..candidates import Candidate
from ..catalog import AliasHit, Catalog
from ..lexicon import LIST_JOINS
from ..mentions import Mention
from ..sentence_view import SentenceView
from ..tokens import words as word_tokens
from .state import ArticleState, SentenceContext

_NAMED = frozenset({"catalog", "pattern", "fuzzy"})  # a pronoun or "the ministry" states no parent
_APPOSITION_WORDS = 5  # "Wonsan, a port city in …": words a description may take before "in"
_CONTAINERS = frozenset({"Place", "State"})


def _ancestors(catalog: Catalog, eid: str) -> list[str]:
    out: list[str] = []
    entry = catalog.get(eid)
    while entry is not None and len(out) < 6:
        # a capital that acts for its state ("Moskow") lies in it
        parent = entry.part_of or entry.country or (entry.metonym_of if entry.type == "Place" else None)
        if parent is None or parent in out:
            break
        out.append(parent)
        entry = catalog.get(parent)
    return out


def _consistent(catalog: Catalog, child: str, parent: str) -> bool:
    """Whether the catalog allows ``child`` to lie in ``parent`` (it says nothing of most bodies)."""
    known = _ancestors(catalog, child)
    if not known:
        return True
    return parent in known or known[0] in _ancestors(catalog, parent)


def _governmental(view: SentenceView, m: Mention) -> bool:
    if view.catalog.state_above(m.entity):
        return True
    # "Badan Intelijen Pertahanan (DIA) Korea Selatan": the acronym's words are its full name's
    return any(not view.lex.government_words.isdisjoint(view.lower(k) for k in range(x.w0, x.w1))
               for x in view.mentions if x.entity == m.entity)


def _fact(view: SentenceView, child: Mention, parent: Mention, how: str) -> Candidate | None:
    """The relation ``how`` states between two mentions, if their types allow one."""
    if child.entity == parent.entity or parent.type == "Person" or child.type not in ("Place", "Organization") \
            or child.metonym_of or (parent.metonym_of and how != "within" and child.type != "Place"):
        # "upaya perang Moskow di Ukraina": the capital stands for its state there; a place it
        # has is in the city ("Pyongyang's Sunan International Airport")
        return None
    if not _consistent(view.catalog, child.entity, parent.entity):
        return None
    if child.type == "Place" or how == "within":
        # "Tentara Korut di Kursk": a state's body somewhere is deployed there, not seated
        seated = child.type == "Place" or not _governmental(view, child)
        ftype = "LOCATED_IN" if parent.type in _CONTAINERS and seated else None
    elif parent.type == "Organization":
        ftype = "PART_OF"  # "Kyungnam University's Institute for Far Eastern Studies"
    elif parent.type == "State" and _governmental(view, child):
        ftype = "PART_OF"
    else:
        ftype = None  # "Russia's Wagner", "North Korea's KCNA": whose, not where
    if ftype is None:
        return None
    return Candidate(ftype, child.entity, parent.entity, view.evidence(), {}, None, "asserted",
                     trigger=child.w0, confidence=0.7)


@lru_cache(maxsize=4096)
def _inner_names(catalog: Catalog, name: str) -> tuple[AliasHit, ...]:
    """Catalog names inside a name, less its first or its last word, and its first and last word
    alone ("Ukraine's military intelligence" is itself a name: "Ukraine" is found on its own);
    one lookup per distinct name."""
    tokens = word_tokens(name)
    return (*catalog.lookup(tokens[1:]), *catalog.lookup(tokens[:-1]), *catalog.lookup(tokens[:1]),
            *catalog.lookup(tokens[-1:]))


def _named_parent(view: SentenceView, m: Mention) -> Candidate | None:
    """"Kementerian Luar Negeri Rusia", "Security Council of Russia": one name that carries its parent."""
    if m.w1 - m.w0 < 2:
        return None
    entry = view.catalog.get(m.entity)
    for hit in _inner_names(view.catalog, m.text):
        parent = hit.entry
        # "Dewan Keamanan PBB" names the UN, but says nothing an analyst needs: states only, and
        # the state's body the catalog puts it in ("Dewan Keamanan Nasional Gedung Putih")
        if parent is None or parent.id == m.entity:
            continue
        if parent.type == "State":
            if entry is not None and entry.part_of is not None and view.catalog.state_above(m.entity) != parent.id:
                continue
        elif entry is None or entry.part_of != parent.id or view.catalog.state_above(parent.id) is None:
            continue
        inner = Mention(0, 0, parent.id, parent.type, "", "catalog", 0, 0)
        return _fact(view, m, inner, "named")
    return None


def state_in_name(view: SentenceView, m: Mention) -> str | None:
    """The state a government body's name carries ("Kementerian Luar Negeri Jepang" → Japan)."""
    found = _named_parent(view, m)
    return found.object if found is not None and found.type == "PART_OF" else None


def _capital_of(view: SentenceView, ms: list[Mention], k: int) -> Candidate | None:
    """"Pyongyang, ibu kota Korea Utara", "flew to the North Korean capital": a capital described
    as its state's lies in it."""
    m = ms[k]
    entry = view.catalog.get(m.entity)
    if entry is None or entry.metonym_of is None or m.w1 - m.w0 < 2 \
            or not view.lex.capital_words.find(view.words, m.w0, m.w1):
        return None
    state = view.catalog.get(entry.metonym_of)
    if state is None or state.type != "State":
        return None
    inner = Mention(0, 0, state.id, state.type, "", "catalog", 0, 0)
    return _fact(view, replace(m, metonym_of=None), inner, "within")


def _in_list(view: SentenceView, ms: list[Mention], k: int) -> bool:
    """Whether ms[k] is one of a list ("Moskow, Beijing dan Pyongyang", "Seoul, Tokyo, Washington")."""
    m = ms[k]
    after = m.w1
    if view.lower(after) in LIST_JOINS:
        # "… in Russia's Amur region, and Putin accepted": a clause joined, not a place listed
        return _place_at(view, ms[k + 1:k + 3], after + 1)
    if after < len(view.words) and "," in view.gap(after - 1, after):
        # "di Wilayah Amur, Timur Jauh Rusia": an address whose next part holds the place is no list
        return any(x.w0 == after and x.entity not in _ancestors(view.catalog, m.entity) for x in ms[k + 1:k + 3])
    return False


def _place_at(view: SentenceView, ms: list[Mention], j: int) -> bool:
    """Whether one of ``ms`` is a place or a state starting at word j, or right after a determiner there."""
    if view.lower(j) in view.lex.determiners:
        j += 1
    return any(x.w0 == j and x.type in _CONTAINERS for x in ms)


def _closed(view: SentenceView, m: Mention) -> bool:
    """Whether punctuation or the sentence's end follows m (past a direction after a state):
    "Tianjin, China, for …" is an address, "krisis di Semenanjung Korea, Moskow punya dasar
    hukum" starts a clause."""
    if m.w1 >= len(view.words) or view.gap(m.w1 - 1, m.w1).strip() != "":
        return True
    # "wilayah Kursk, Rusia barat": a direction after the state ends the address too
    n = _compass(view, m.w1, m.type) if view.lex.lang == "id" else 0
    return bool(n) and (m.w1 + n >= len(view.words) or view.gap(m.w1 + n - 1, m.w1 + n).strip() != "")


def _comma_after(view: SentenceView, a: Mention, gap: str) -> bool:
    """A comma right after a, or after the short name in brackets that a is ("Pelabuhan Rajin (Najin), Korut")."""
    mark = gap.strip()
    return mark == "," or (mark == ")," and a.w0 > 0 and view.gap(a.w0 - 1, a.w0).strip() == "(")


def _compass(view: SentenceView, j: int, container: str) -> int:
    """Words of a direction at word j before a state ("di timur Rusia", "in northeastern Ukraine")."""
    hit = view.lex.compass_words.match_at(view.words, j) if container == "State" else None
    return hit[0] if hit is not None else 0


def _container_starts(view: SentenceView, j: int, container: str) -> tuple[int, ...]:
    """Where a place or state named after "in"/"di" at word j-1 may start: at once or past a
    direction ("in northeastern Ukraine"), past a determiner ("in the Amur region") and the kind of
    place ("di Provinsi Amur"); a name may hold these words itself ("the North", "Provinsi Pyongan Utara")."""
    out = [j + _compass(view, j, container)]
    if view.lower(j) in view.lex.determiners:
        j += 1
        out.append(j)
    hit = view.lex.place_words.match_at(view.words, j)
    if hit is not None:
        out.append(j + hit[0])
    return tuple(out)


def _neighbours(view: SentenceView, ms: list[Mention]) -> list[Candidate]:
    out: list[Candidate] = []
    lex = view.lex
    for k in range(len(ms) - 1):
        a, b = ms[k], ms[k + 1]
        found: Candidate | None = None
        if b.w0 == a.w1 and a.w1 > 0:
            gap = view.gap(a.w1 - 1, b.w0)
            if lex.lang == "en" and view.owns(a, plural=True):
                found = _fact(view, b, a, "possessive")  # "South Korea's National Intelligence Service"
            elif _comma_after(view, a, gap) and b.type in _CONTAINERS and not _in_list(view, ms, k + 1) \
                    and not view.owns(b, plural=True) and _closed(view, b) \
                    and not (k > 0 and ms[k - 1].w1 == a.w0 and "," in view.gap(a.w0 - 1, a.w0)):
                found = _fact(view, a, b, "within")  # "Tianjin, China", "Universitas Kookmin, Seoul"
            elif lex.lang == "id" and b.type == "State" and gap.strip(" ()") == "":
                found = _fact(view, a, b, "named")  # "Badan Intelijen Nasional (NIS) Korea Selatan"
            elif lex.lang == "id" and a.type == "Organization" and b.type == "Place" and gap.strip(" ()") == "" \
                    and _closed(view, b) and b.how == "catalog":
                found = _fact(view, a, b, "within")  # "Centre for Strategic and International Studies (CSIS) Jakarta"
        elif lex.lang == "en" and a.type == "State" and view.owns(a) and (n := _compass(view, a.w1, a.type)) \
                and b.w0 == a.w1 + n and b.type in ("Place", "Organization"):
            found = _fact(view, b, a, "possessive")  # "Russia's western Kursk region"
        elif a.type == "Place" and (n := _compass(view, a.w1, b.type)) and b.w0 == a.w1 + n \
                and all(view.gap(k - 1, k).strip() == "" for k in range(a.w1, b.w0 + 1)):
            found = _fact(view, a, b, "within")  # "wilayah Kharkiv timur laut Ukraina"
        elif b.type in _CONTAINERS and (hit := lex.based_in.match_at(view.words, a.w1)) is not None \
                and b.w0 == a.w1 + hit[0]:
            found = _fact(view, a, b, "within")  # "lembaga kajian CSIS yang berbasis di Washington"
        elif view.lower(a.w1) in lex.within_words and b.type in _CONTAINERS and \
                b.w0 in _container_starts(view, a.w1 + 1, b.type):
            if b.type == "State" and lex.lang == "en" and view.owns(b) and k + 2 < len(ms) \
                    and ms[k + 2].w0 == b.w1 and ms[k + 2].type == "Place":
                b = ms[k + 2]  # "the Vostochny Cosmodrome in Russia's Amur region": in the region
            if b.type == "State" or not _in_list(view, ms, ms.index(b)):
                found = _fact(view, a, b, "within")  # "the Asan Institute for Policy Studies in Seoul"
        elif lex.lang == "en" and a.w1 < b.w0 <= a.w1 + 3 and view.lower(a.w1) == "of" and \
                all(view.lower(j) in lex.determiners or not view.words[j].is_cap for j in range(a.w1 + 1, b.w0)):
            found = _fact(view, a, b, "of")  # "the Kursk region of Russia", "… of the ruling Workers' Party"
        if found is not None:
            out.append(found)
    return out


def _after_lowercase(view: SentenceView, j: int, ms: list[Mention], limit: int = 2) -> Mention | None:
    """The mention at word j, or after up to ``limit`` lowercase words ("in northeastern Ukraine",
    "di pantai timur Rusia")."""
    for k in range(j, min(j + limit + 1, len(view.words))):
        m = next((x for x in ms if x.w0 == k), None)
        if m is not None:
            return m
        if view.words[k].is_cap or (k > j and "," in view.gap(k - 1, k)):
            return None
    return None


def _described(view: SentenceView, ms: list[Mention]) -> list[Candidate]:
    """"Wonsan, a port city in North Korea's Kangwon province", "Vostok Intur, a travel agency
    based in Vladivostok", "Pyongyang, ibu kota Korea Utara": a description after a comma, then where."""
    out: list[Candidate] = []
    lex, words = view.lex, view.words
    for a in ms:
        j = a.w1
        if a.type not in ("Place", "Organization") or j >= len(words) or "," not in view.gap(j - 1, j) \
                or any(q in view.gap(j - 1, j) for q in '"”'):
            continue  # '… melalui PBB," ujarnya di Jakarta': a quote ends there, no description follows
        if view.lower(j) in lex.determiners:
            j += 1
        start = j
        while j < len(words) and j - start < _APPOSITION_WORDS and not words[j].is_cap \
                and view.lower(j) not in lex.within_words and not lex.based_in.match_at(words, j) \
                and (j == start or "," not in view.gap(j - 1, j)):
            j += 1
        if j >= len(words):
            continue
        hit = lex.based_in.match_at(words, j)
        step = hit[0] if hit else (1 if view.lower(j) in lex.within_words else 0)
        capital = False
        if step:
            b = _after_lowercase(view, j + step, ms)
        elif j > start and any(i + n == j for i, n, _ in lex.capital_words.find(words, start, j)):
            b, capital = next((x for x in ms if x.w0 == j), None), True
        else:
            continue
        # "a port city in North Korea's Kangwon province": the place is what North Korea has
        if b is None or b.type not in _CONTAINERS or view.owns(b, plural=True):
            continue
        # a capital described as one is the place, not its state acting
        child = replace(a, metonym_of=None) if capital else a
        found = _fact(view, child, b, "within")
        if found is not None:
            out.append(found)
    return out


def _based(view: SentenceView, ms: list[Mention]) -> list[Candidate]:
    """"the Seoul-based Asan Institute": the place before "-based", the body after it."""
    out: list[Candidate] = []
    for a, b in zip(ms, ms[1:]):
        if b.w0 == a.w1 + 1 and view.lower(a.w1) == "based" and view.gap(a.w1 - 1, a.w1) == "-" \
                and a.type in _CONTAINERS:
            found = _fact(view, b, a, "within")
            if found is not None:
                out.append(found)
    return out


_GEOGRAPHIC = frozenset({"Place", "Organization", "State"})
_BASED = frozenset({"based"})


def _national_firms(view: SentenceView, ms: list[Mention]) -> list[Candidate]:
    """"the Russian shipper Transmorflot", "the North Korean shipping firm Paekyangsan Shipping
    Company", "perusahaan Rusia Intellekt": a body announced by a kind of business and a state is
    that state's (seated there, or part of it when it governs)."""
    out: list[Candidate] = []
    english = view.lex.lang == "en"
    for i, n, _ in view.find(view.lex.org_nouns):
        if view.lex.state_body_nouns.match_at(view.words, i):
            continue  # a news agency is the state's own: read by _state_bodies
        if english:  # state, (words,) noun, name
            firm = view.word_mention.get(i + n)
            state = next((x for x in ms if x.type == "State" and i - 3 <= x.w0 and x.w1 <= i), None)
        else:  # noun, state, name
            state = view.word_mention.get(i + n)
            firm = view.word_mention.get(state.w1) if state is not None else None
        if firm is None or firm.type != "Organization" or state is None or state.type != "State":
            continue
        if english and any(view.word_mention.get(k) is not None for k in range(state.w1, i)):
            continue  # another name stands between
        c = _fact(view, firm, state, "possessive" if _governmental(view, firm) else "within")
        if c is not None:
            out.append(c)
    return out


def _kinds_of_state(view: SentenceView, ms: list[Mention]) -> list[Candidate]:
    """"the northeastern Ukrainian city of Kharkiv", "Russia's port city of Vladivostok": a place
    told as a state's city, port or region lies in that state."""
    out: list[Candidate] = []
    for i, n, _ in view.find(view.lex.place_words):
        place = next((m for m in ms if m.w0 == i + n and m.type == "Place"), None)
        state = next((m for m in reversed(ms) if m.type == "State" and i - 3 <= m.w1 <= i
                      and all(not view.words[k].is_cap for k in range(m.w1, i)) and "," not in view.gap(m.w1 - 1, i)),
                     None)
        if place is not None and state is not None and not place.metonym_of:
            c = _fact(view, place, state, "within")
            if c is not None:
                out.append(c)
    return out


def _state_bodies(view: SentenceView, ms: list[Mention]) -> list[Candidate]:
    """"the North's official Korean Central News Agency", "Russian state news agency TASS", "kantor
    berita resmi Korut, KCNA", "HUR, Ukraine's military intelligence agency", "Air Koryo, North
    Korea's flag carrier": a news agency, a spy agency, an airline … told as a state's is part of
    that state. The noun of its kind must stand between the two or in apposition."""
    out: list[Candidate] = []
    nouns = view.find(view.lex.state_body_nouns)
    english = view.lex.lang == "en"
    for k, m in enumerate(ms):
        if m.type != "Organization":
            continue
        for i, n, _ in nouns:
            if m.w0 <= i < m.w1:  # "the North's official Korean Central News Agency": the name says it
                i, n = m.w0, 0
            if m.w1 <= i:  # "KCNA, the North's official news agency", "KCNA, kantor berita resmi Korut"
                if i - m.w1 > 5 or "," not in view.gap(m.w1 - 1, m.w1):
                    continue
            elif m.w0 < i + n or m.w0 - (i + n) > 4:
                continue  # "Russian state news agency TASS", "kantor berita resmi Korut, KCNA"
            # the state stands before the noun in English, after it in Indonesian
            lo, hi = (max(0, i - 3), i) if english else (i + n, min(len(view.words), i + n + 3))
            # "… to Russia, South Korea's spy agency said": a state a comma sets off is no owner
            states = [x for x in ms if x.type == "State" and lo <= x.w0 < hi
                      and "," not in (view.gap(x.w1 - 1, i) if english else view.gap(i + n - 1, x.w0))]
            others = [x for x in ms if x.type == "Organization" and x is not m and lo <= x.w0 < hi]
            if len(states) == 1 and not others:
                c = Candidate("PART_OF", m.entity, states[0].entity, view.evidence(), {}, None, "asserted",
                              trigger=i, confidence=0.7)
                out.append(c)
                break
    return out


def extract(view: SentenceView, st: ArticleState, sc: SentenceContext) -> list[Candidate]:
    # only places, bodies and states take part; people and items are left out at once
    ms = [m for m in view.mentions if m.type in _GEOGRAPHIC and m.how in _NAMED]
    if not ms:
        return []
    out = [c for m in ms if m.type == "Organization" and m.w1 - m.w0 >= 2 and (c := _named_parent(view, m)) is not None]
    out += [c for k, m in enumerate(ms) if m.type == "Place" and m.metonym_of and (c := _capital_of(view, ms, k)) is not None]
    if len(ms) >= 2:
        out += _neighbours(view, ms) + _described(view, ms)
        if view.has_word(_BASED):
            out += _based(view, ms)
        if view.lex.lang == "en" and view.may_match(view.lex.place_words):
            out += _kinds_of_state(view, ms)
        if view.may_match(view.lex.state_body_nouns):
            out += _state_bodies(view, ms)
        if view.may_match(view.lex.org_nouns):
            out += _national_firms(view, ms)
    seen: set[tuple[str, str, str]] = set()
    unique = []
    for c in out:
        if (c.type, c.subject, c.object) not in seen:
            seen.add((c.type, c.subject, c.object))
            unique.append(c)
    return unique
