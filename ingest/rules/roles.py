"""LEADS, HOLDS_ROLE, AFFILIATED_WITH, FOUNDED and SUCCEEDED from titles,
appositions and succession verbs."""

from __future__ import annotations

from ..candidates import Candidate
from ..mentions import Mention
from ..sentence_view import SentenceView
from .counterparts import counterparts
from .state import ArticleState, SentenceContext

_SCOPE_TYPES = {"State", "Organization"}
_LINKS = frozenset({"for", "of", "the", "at", "to", "dari", "di", "untuk"})
_ARTICLES = frozenset({"seorang", "a", "an", "the", "sang"})



def _fact(view: SentenceView, kind: str, person: str, scope: str, role: str, t: int) -> Candidate | None:
    if person == scope:
        return None
    if kind == "leader":
        return Candidate("LEADS", person, scope, view.evidence(), {"role": role}, trigger=t, confidence=0.9)
    if kind == "founder":
        if scope.startswith("organization:"):
            return Candidate("FOUNDED", person, scope, view.evidence(), {}, trigger=t, confidence=0.9)
        return None
    return Candidate("HOLDS_ROLE", person, scope, view.evidence(), {"role": role}, trigger=t, confidence=0.85)


def _scope_of(view: SentenceView, m: Mention, st: ArticleState) -> str | None:
    if m.type in _SCOPE_TYPES:
        return m.entity
    if m.type == "Place" and m.metonym_of:
        return m.metonym_of
    if m.type == "Person":  # "Penasihat kebijakan luar negeri Putin": the principal's state
        return st.country_of(m.entity)
    return None


def _titles(view: SentenceView, st: ArticleState) -> list[Candidate]:
    out: list[Candidate] = []
    matches = view.find(view.lex.titles)
    skip: set[int] = set()
    for idx, (i, n, spec) in enumerate(matches):
        if i in skip:
            continue
        role, kind = spec["role"], spec["kind"]
        if view.covered(i, n):
            held = view.word_mention.get(i)
            if held is not None and held.how == "description" and held.metonym_of:
                # "a reference to the North's leader": the one the description names holds the office
                c = _fact(view, kind, held.entity, held.metonym_of, role, i)
                if c:
                    out.append(c)
            continue
        k = i + n
        scope: str | None = None
        # "Sekretaris Pers Presiden Rusia Dmitry Peskov": a chained title qualifies the first
        nxt = view.lex.titles.match_at(view.words, k)
        if nxt and not view.covered(k, nxt[0]):
            role = f"{role} to the {nxt[1]['role']}"
            skip.add(k)
            k += nxt[0]
        # a state or body before the title: "Russian President Vladimir Putin", "EU foreign policy chief Kaja
        # Kallas", past a rank the title list leaves out ("South Korea's First Vice Foreign Minister")
        prev = view.word_mention.get(i - 1 if view.lower(i - 1) not in view.lex.ordinals else i - 2)
        if prev is not None and any(c in (gap := view.gap(prev.w1 - 1, i)) for c in '"”,;:') \
                and not (prev.w0 == 1 and view.lower(0) in view.lex.within_words and gap.strip() == ","):
            # '… arms from North Korea," Chief Cabinet Secretary', "… weapons to Ukraine, President
            # Yoon Suk Yeol said": a quote or a clause ends between them; "In Seoul, national security
            # adviser Chang Ho-jin said": a place that opens the sentence still scopes the title
            prev = None
        if prev and (prev.type in _SCOPE_TYPES or prev.metonym_of) and view.lex.lang == "en":
            scope = _scope_of(view, prev, st)  # "Moscow's ambassador to Pyongyang" serves Russia
            sender = view.word_mention.get(prev.w0 - 1)
            if spec.get("posted") and prev.type == "Organization" and sender is not None \
                    and (sender.type == "State" or sender.metonym_of):
                # "Russia's U.N. Ambassador", "Pyongyang's U.N. ambassador": posted to the UN, serving the state
                scope = sender.metonym_of or sender.entity
        # "a former Russian president", "mantan Presiden": a past role leads nothing now
        opener = prev.w0 - 1 if prev is not None and prev.type in _SCOPE_TYPES else i - 1
        if view.lower(opener) in view.lex.former_words:
            role, kind = f"Former {role}", "holder"
        j = k
        while j < len(view.words) and j not in view.word_mention and view.lower(j) in view.lex.honorifics:
            j += 1
        if j > k and (ranked := view.word_mention.get(j)) is not None and ranked.type == "Person":
            k = j  # "JCS spokesperson Col. Lee Sung-jun": ranks stand between the title and the name
        posted_to = spec.get("posted") and view.lower(k) in view.lex.post_links and scope is not None
        while not posted_to and k < len(view.words) and k not in view.word_mention and view.lower(k) in _LINKS and \
                any(view.word_mention.get(x) for x in range(k + 1, min(len(view.words), k + 3))):
            k += 1  # "spokesman for the White House", "juru bicara dari Gedung Putih"
        m = view.word_mention.get(k)
        if m is None and k < len(view.words) and view.words[k].is_cap:
            # "Menteri Hubungan Ekonomi Luar Negeri Korut Yun Jong Ho": the portfolio, the state, the holder
            j = k
            while j < min(len(view.words), k + 6) and j not in view.word_mention and view.words[j].is_cap:
                j += 1
            state = view.word_mention.get(j)
            holder = view.word_mention.get(state.w1) if state is not None and state.type == "State" else None
            if state is not None and holder is not None and holder.type == "Person":
                scope, m = state.entity, holder
        if m and m.type == "Person":
            follow = view.word_mention.get(m.w1)
            if follow and follow.type == "Person" and "," in view.gap(m.w1 - 1, m.w1):
                scope = st.country_of(m.entity) or scope
                m = follow
        else:
            while m and m.type != "Person":
                scope = _scope_of(view, m, st) or scope  # the last of "White House National Security Council"
                k = m.w1
                if m.type == "State" and view.owns(m) and k + 1 < len(view.words) and k not in view.word_mention \
                        and not view.words[k].is_cap and (body := view.word_mention.get(k + 1)) is not None \
                        and body.type == "Organization":
                    k += 1  # "a secretary of North Korea's ruling Workers' Party": the party, a word on
                m = view.word_mention.get(k)
                if m is not None and m.type != "Person" and "(" in view.gap(k - 1, k):
                    # "Komite Tetap Majelis Rakyat Tertinggi (SPA)", "Korea Selatan (Korsel)": a short
                    # name in brackets adds no scope
                    k = m.w1
                    m = view.word_mention.get(k)
            then = view.lex.then_words.match_at(view.words, k) if m is None and k < len(view.words) else None
            if then is not None and (held := view.word_mention.get(k + then[0])) is not None and held.type == "Person":
                m = held  # "pemimpin Korut saat itu Kim Jong Il": the one who held it then
            if m is None and spec.get("posted") and view.lower(k) in view.lex.post_links:
                # "Duta Besar Rusia untuk Korea Utara Alexander Matsegora": the host is no scope
                host = view.word_mention.get(k + 1)
                if host is not None and host.type != "Person":
                    m = view.word_mention.get(host.w1)
        person: str | None = None
        if m is None and scope is None:
            # "sekretaris Komite Sentral Partai Buruh Korea": the body a few words on
            end = min(view.clause_end(k), k + 5)
            body = next((x for x in view.mentions if k < x.w0 < end and x.type in _SCOPE_TYPES), None)
            if body is not None and not view.gap(k - 1, body.w0).count(","):
                scope = body.entity
        if m and m.type == "Person":
            person = m.entity
        else:
            # apposition: "Adrienne Watson, juru bicara Dewan Keamanan Nasional"
            for back in (1, 2):
                cand = view.word_mention.get(i - back)
                # "ayah Kim, pemimpin Korut …": the apposition tells of the father, not of Kim
                if cand and cand.type == "Person" and cand.w1 < len(view.words) \
                        and "," in view.gap(cand.w1 - 1, cand.w1) and not view.possessed(cand):
                    person = cand.entity
                    break
            else:
                # "John Kirby, a White House national security spokesman": the body qualifies the title
                lo = view.clause_start(i)
                cand = view.word_mention.get(lo - 1)
                if cand and cand.type == "Person" and i - lo <= 5 and "," in view.gap(lo - 1, lo):
                    person = cand.entity
                    inside = [s for s in (_scope_of(view, x, st) for x in view.mentions if lo <= x.w0 < i) if s]
                    scope = scope or (inside[-1] if inside else None)
        if person is None:
            continue
        if scope and scope.startswith("organization:") and view.lex.professions.match_at(view.words, i):
            continue  # "Rorry Daniels, direktur pelaksana ASPI": an expert's affiliation (AFFILIATED_WITH)
        if scope is None:
            # an office only one state has ("Chief Cabinet Secretary") names that state
            scope = st.country_of(person) or _escorted_state(view, st, i) or _counterpart_state(view, i) \
                or spec.get("state")
        if scope is None:
            continue
        if kind == "leader" and scope.startswith("state:"):
            st.person_state.setdefault(person, scope)
        elif kind == "holder" and scope.startswith("state:"):
            st.person_state.setdefault(person, scope)
        elif kind == "holder" and (home := st.country_of(scope)):
            st.person_state.setdefault(person, home)  # a party secretary is his party's country's
        c = _fact(view, kind, person, scope, role, i)
        if c:
            out.append(c)
    return out


def _counterpart_state(view: SentenceView, i: int) -> str | None:
    """"his North Korean counterpart, Defense Minister Kang Sun Nam", "mitranya dari Korut, Menteri
    Pertahanan No Kwang Chol": the state that qualifies the counterpart the title is set against."""
    if i == 0 or "," not in view.gap(i - 1, i):
        return None
    for k in range(i - 1, max(-1, i - 5), -1):
        if view.lower(k) in view.lex.counterpart_words:
            side = view.word_mention.get(k - 1) if view.lex.lang == "en" else \
                view.word_mention.get(k + 2 if view.lower(k + 1) in view.lex.from_words else k + 1)
            return side.entity if side is not None and side.type == "State" else None
    return None


def _escorted_state(view: SentenceView, st: ArticleState, i: int) -> str | None:
    """"He was accompanied by Foreign Minister Choe Son Hui and Defense Minister Kang Sun Nam": a
    title with no state, in the party that escorts a leader, serves the leader's state."""
    for a, an, _ in view.find(view.lex.accompanied, 0, i):
        leader = next((m for m in reversed(view.mentions) if m.w1 <= a and m.type == "Person"), None)
        if leader is not None and a + an <= i:
            return st.country_of(leader.entity)
    return None


def _fronted_professions(view: SentenceView) -> list[Candidate]:
    """"Pengamat hubungan internasional dari Universitas Padjadjaran, Teuku Rezasyah", "Guru Besar
    Hukum Internasional Universitas Indonesia Hikmahanto Juwana": the profession and body come first."""
    out: list[Candidate] = []
    lex = view.lex
    for i, n, role in view.find(lex.professions):
        lead = i - 1 if i and view.lower(i - 1) in _ARTICLES else i
        if lead and view.word_mention.get(lead - 1) is not None:
            continue  # "X, seorang profesor di ORG", "X, a researcher at ORG" are read by the apposition rule
        org = next((m for m in view.mentions if i + n <= m.w0 <= i + n + 5), None)
        if org is None or org.type != "Organization":
            continue
        end = org.w1
        short = view.word_mention.get(end)
        if short is not None and short.entity == org.entity:
            end = short.w1  # "Universitas Indonesia (UI) Hikmahanto Juwana"
        where = view.word_mention.get(end + 1) if view.lower(end) in lex.within_words else None
        if where is not None and where.type in ("Place", "State"):
            end = where.w1  # "Peneliti Korea Institute for National Unification (KINU) di Seoul, Yoon Seo-yeon"
        person = next((m for m in view.mentions if end <= m.w0 <= end + 1), None)
        if person is None or person.type != "Person" or lex.speech_verbs.match_at(view.words, end):
            continue  # "…, said Kim": the name after a speech verb starts what is said
        out.append(Candidate("AFFILIATED_WITH", person.entity, org.entity, view.evidence(), {"role": role},
                             trigger=i, confidence=0.8))
    return out


def _appositions(view: SentenceView) -> list[Candidate]:
    """"Yang Uk, seorang peneliti di Asian Institute for Policy Studies" → AFFILIATED_WITH."""
    out: list[Candidate] = []
    lex = view.lex
    for m in view.mentions:
        if m.type != "Person" or m.w1 >= len(view.words) or "," not in view.gap(m.w1 - 1, m.w1):
            continue
        k = m.w1 + (1 if view.lower(m.w1) in _ARTICLES else 0)
        prof = None
        for x in range(k, min(k + 3, len(view.words))):  # "a Korea expert at …", "a senior analyst"
            prof = lex.professions.match_at(view.words, x)
            if prof:
                k = x
                break
            if x + 1 < len(view.words) and view.gap(x, x + 1).strip():
                break  # the apposition ends at a punctuation mark
        if not prof:
            continue
        role = prof[1]
        end = view.clause_end(k)
        last: Mention | None = None
        for org in view.mentions:
            if org.type == "Organization" and k < org.w0 < end + 12 and org.w0 - k <= 14:
                if org.w0 > end and not view.lower(org.w0 - 1) in lex.affiliation_links:
                    break
                if last is not None and org.w0 > last.w1 and view.lower(last.w1) == "of" \
                        and all(view.lower(x) in lex.determiners for x in range(last.w1 + 1, org.w0)):
                    break  # "… at the Institute of China and Contemporary Asia of the Russian Academy": its parent
                out.append(Candidate("AFFILIATED_WITH", m.entity, org.entity, view.evidence(), {"role": role},
                                     trigger=k, confidence=0.85))
                last = org
    return out


def _succession(view: SentenceView, sc: SentenceContext) -> list[Candidate]:
    out: list[Candidate] = []
    for i, n, _ in view.find(view.lex.triggers["SUCCEEDED"]):
        if view.covered(i, n):
            continue
        before = [m for m in view.mentions if m.type == "Person" and m.w1 <= i]
        after = [m for m in view.mentions if m.type == "Person" and m.w0 >= i + n]
        if not before or not after:
            continue
        new, old = before[-1], after[0]
        if len(after) > 1 and after[1].w0 == after[0].w1 and view.gap(after[0].w1 - 1, after[1].w0).strip() == ",":
            old = after[1]  # "menggantikan sekutu lama Putin, Sergei Shoigu": the name in apposition
        if view.lower(i).startswith("digantikan") or view.lower(i) == "replaced" and view.lower(i - 1) == "was" \
                or view.preceded_by(old, view.lex.by_words, reach=3):
            new, old = old, new  # "… and replaced at the ministry by Andrei Belousov"
        if new.entity != old.entity:
            out.append(Candidate("SUCCEEDED", new.entity, old.entity, view.evidence(), {},
                                 view.date_near(i, sc.triggers), view.modality(i, i + n), trigger=i, confidence=0.85))
    return out


def _predecessors(view: SentenceView, sc: SentenceContext) -> list[Candidate]:
    """"pendahulu Belousov, Sergei Shoigu", "Shoigu, Belousov's predecessor": the one named
    with the noun succeeded the one in apposition to it; with "successor"/"penerus", the other way."""
    out: list[Candidate] = []
    people = [m for m in view.mentions if m.type == "Person"]
    nouns = [(i, n, False) for i, n, _ in view.find(view.lex.predecessor_nouns)] + \
        [(i, n, True) for i, n, _ in view.find(view.lex.successor_nouns)]
    for i, n, successor in nouns:
        # the successor: right after the noun ("pendahulu Belousov") or a possessive before it
        after = [m for m in people if m.w0 == i + n]
        before = [m for m in people if m.w1 == i and view.possessed(m)]
        if not after and not before:
            continue
        new = after[0] if after else before[0]
        lo, hi = min(new.w0, i), max(new.w1, i + n)  # "pendahulu Belousov", "Belousov's predecessor"
        # the predecessor: in apposition, one comma away on either side
        nxt = [m for m in people if hi <= m.w0 <= hi + 1 and "," in view.gap(hi - 1, m.w0)]
        prev = [m for m in people if lo - 1 <= m.w1 <= lo and "," in view.gap(m.w1 - 1, lo)]
        old = nxt[0] if nxt else (prev[-1] if prev else None)
        if successor and old is not None:
            new, old = old, new  # "Belousov, Shoigu's successor": Belousov succeeded Shoigu
        if old is not None and old.entity != new.entity:
            out.append(Candidate("SUCCEEDED", new.entity, old.entity, view.evidence(), {},
                                 view.date_near(i, sc.triggers), view.modality(i, i + n), trigger=i, confidence=0.8))
    return out


def extract(view: SentenceView, st: ArticleState, sc: SentenceContext) -> list[Candidate]:
    lex = view.lex
    # titles and successions start from a cue; appositions from a profession word
    # (matched without the sentence's cue index, so tested on the words themselves)
    if not view.may_match(lex.titles, lex.triggers["SUCCEEDED"], lex.predecessor_nouns, lex.successor_nouns) \
            and not view.has_word(lex.professions.firsts) and not view.has_word(lex.counterpart_words):
        return []
    found = _titles(view, st) + _appositions(view) + _fronted_professions(view) + _succession(view, sc) + \
        _predecessors(view, sc)
    if view.has_word(lex.counterpart_words):
        found += counterparts(view, st, found)
    for c in found:
        if c.type in ("LEADS", "HOLDS_ROLE") and "role" in c.attrs:
            st.offices[c.subject] = (c.type, c.attrs["role"])
    return found
