"""AT_WAR_WITH, SUPPORTS, COOPERATES_WITH, TESTED and DEVELOPS."""

from __future__ import annotations

from dataclasses import replace

from ..candidates import Candidate
from ..mentions import Mention
from ..sentence_view import SentenceView
from .state import ArticleState, SentenceContext

_VERB_PREFIXES = ("me", "ber", "di")
# words from "support" to the one whose stance it backs ("siap mendukung dan mendorong tanpa syarat"
# semua langkah yang diambil kepemimpinan Rusia)
_STANCE_REACH = 11


def _war(view: SentenceView, st: ArticleState, sc: SentenceContext) -> list[Candidate]:
    """"invasi Rusia ke Ukraina", "perang Putin di Ukraina" (a leader's war is his state's)."""
    out = []
    lex = view.lex
    for i, n, _ in view.find(lex.triggers["AT_WAR_WITH"]):
        # "Moscow's war against Ukraine": a capital acting for its state wages its war
        states = [m if m.type == "State" else replace(m, entity=m.metonym_of or m.entity, type="State") for m in view.mentions
                  if m.type == "State" or (m.type == "Place" and m.metonym_of)] + \
            [replace(m, entity=country, type="State") for m in view.mentions
             if m.type == "Person" and i + n <= m.w0 <= i + n and (country := st.country_of(m.entity))]
        verb = not view.is_noun(i)
        # "… Moskwa dan Pyongyang di tengah perang di Ukraina", "… amid the war": the war is the
        # background of what the states before it do, not theirs
        before = [m for m in states if i - 3 <= m.w0 < i and not any(view.lower(k) in lex.background_words for k in range(m.w1, i))]
        # "invasi Rusia ke Ukraina": after a noun, the state named first wages it; "Rusia, yang
        # menginvasi Ukraina": after a verb, the state named first is its object
        owner = [m for m in states if i + n <= m.w0 <= i + n and not verb
                 and not view.preceded_by(m, lex.to_words | lex.place_preps)]
        # "dikirim Pyongyang untuk perang Rusia di Ukraina": the state right after the Indonesian
        # noun owns it, not one that ends the clause before it
        left = owner + before if owner and lex.lang == "id" else before + owner
        background = not left
        if background:
            left = _wager(view, states, i) or _clause_subject(view, states, i)
        # "bertempur melawan pasukan Ukraina": a fight names its enemy only after "against"
        # ("fought for Russia", "fighting in Kursk" name an ally and a battlefield)
        fight = lex.fight_verbs.match_at(view.words, i) is not None
        enemy_words = lex.against if fight else lex.to_words | lex.place_preps | frozenset({"melawan", "against", "of", "on"})
        right = [m for m in states if i + n <= m.w0 <= i + n + 3 and view.preceded_by(m, enemy_words, reach=2)] if fight \
            else [m for m in states if i + n <= m.w0 <= i + n + 3 and view.preceded_by(m, enemy_words)]
        if verb and left and not right and not fight:
            right = [m for m in states if m.w0 == i + n]
        sides = _between(view, states, i + n)
        if sides and not (left and right):
            # "the first clashes between Ukrainian forces and North Korean troops"
            a, b = sorted(sides)
            out.append(Candidate("AT_WAR_WITH", a, b, view.evidence(), {}, view.date_near(i, sc.triggers),
                                 view.modality(i, i + n), trigger=i, confidence=0.7))
            continue
        if not left or not right or left[0].entity == right[0].entity:
            continue
        a, b = sorted((left[0].entity, right[0].entity))
        # a war named in passing ("told him … Moscow's goals in the war") takes only a date after it
        when = view.date_near(i, sc.triggers, after_only=background)
        out.append(Candidate("AT_WAR_WITH", a, b, view.evidence(), {}, when,
                             "asserted", trigger=i, confidence=0.7))
    return out


def _between(view: SentenceView, states: list[Mention], k: int) -> tuple[str, str] | None:
    """The two states after "between"/"antara" at word k or one word on ("pertempuran pertama
    antara pasukan Ukraina dan unit Korut"), if the words name two."""
    hit = view.lex.between.match_at(view.words, k)
    if hit is None:
        k += 1
        hit = view.lex.between.match_at(view.words, k)
    if hit is None:
        return None
    named = list(dict.fromkeys(m.entity for m in states if k + hit[0] <= m.w0 <= k + hit[0] + 6))
    return (named[0], named[1]) if len(named) >= 2 else None


def _wager(view: SentenceView, states: list[Mention], i: int) -> list[Mention]:
    """The side that wages a war named a few words before it: "Russia, which launched its
    full-scale invasion", "Moscow's goals in the war", "to Russia for its war"."""
    lo = max(view.clause_start(i) - 1, i - 8, 0)
    # "seeking shells from the North for its war": the source of what is sought wages nothing
    before = [m for m in states if lo <= m.w1 <= i and not view.in_relative_clause(m, i)
              and not view.preceded_by(m, view.lex.from_words, reach=2)]
    if not before:
        return []
    m = before[-1]
    gap_words = {view.lower(k) for k in range(m.w1, i)}
    if view.owns(m) or not gap_words.isdisjoint(view.lex.relative_words) \
            or not gap_words.isdisjoint(view.lex.possessives):
        return [m]
    return []


def _clause_subject(view: SentenceView, states: list[Mention], i: int) -> list[Mention]:
    """"Russia is seeking artillery shells … from the North for its war in Ukraine": "its" war is
    the subject's, the nearest state before it in its clause that is no object: not where
    something comes from or goes, not what a verb in -ing acts on ("rewarding North Korea"), and
    no title's state ("South Korean Ambassador …")."""
    if view.lower(i - 1) not in view.lex.possessives:
        return []
    lo = view.clause_start(i)
    preps = view.lex.from_words | view.lex.to_words | view.lex.place_preps
    for m in sorted((m for m in states if lo <= m.w0 < i), key=lambda m: -m.w0):
        if view.lex.titles.match_at(view.words, m.w1) or view.preceded_by(m, preps, reach=2) \
                or (m.w0 > 0 and view.lower(m.w0 - 1).endswith("ing")):
            continue
        return [m]
    return []


def _support(view: SentenceView, st: ArticleState, sc: SentenceContext) -> list[Candidate]:
    out = []
    lex = view.lex
    for i, n, _ in view.find(lex.triggers["SUPPORTS"]):
        if view.negated(i):
            continue
        end = view.clause_end(i + n - 1)
        # the supported follows at once, or after "kepada"/"terhadap"/"to" in the clause
        # ("memberikan "dukungan penuh dan tanpa syarat" kepada Rusia")
        obj = view.actors(i + n, i + n + 2) or \
            [m for m in view.actors(i + n, end + 1) if view.preceded_by(m, lex.to_words | lex.against_words)
             and not view.find(lex.triggers["SANCTIONS"], i + n, m.w0)][:1]  # not "mendukung sanksi terhadap X"
        if not obj:
            # "mendukung tanpa syarat posisi dan kebijakan luar negeri Moskwa", "support all measures
            # taken by the Russian leadership": the one whose stance is backed, later in the clause
            obj = [m for m in view.actors(i + n, min(end + 1, i + n + _STANCE_REACH))
                   if not view.preceded_by(m, lex.place_preps | lex.from_words, reach=2)
                   and not view.find(lex.triggers["SANCTIONS"], i + n, m.w0)][:1]
        if lex.lang == "id" and not view.lower(i).startswith(_VERB_PREFIXES) \
                and not (i and view.lower(i - 1) in lex.light_verbs):
            # a noun: "dukungan penuh Korut terhadap … Rusia" names its supporter after it
            owner = next((m for m in view.actors(i + n, i + n + 3)), None)
            if owner is None or not obj or obj[0] is owner:
                continue  # "dukungan untuk Ukraina" names no supporter
            s_id, o_id = view.actor_id(owner), view.actor_id(obj[0])
            if s_id and o_id and s_id != o_id:
                out.append(Candidate("SUPPORTS", s_id, o_id, view.evidence(), {}, view.date_near(i, sc.triggers),
                                     view.modality(i, i + n), trigger=i, confidence=0.6))
            continue
        # "Kim reaffirmed Pyongyang would support": a capital acting for its state supports too
        subj = [m for m in view.actors(0, i) if m.type != "Place" or m.metonym_of]
        s = view.actor_id(subj[-1]) if subj else None
        own = view.find(view.lex.own_country, subj[-1].w1 if subj else 0, i)
        if own and s and s.startswith("person:"):
            s = st.country_of(s) or s  # "Kim menyatakan negaranya memberikan dukungan"
        if not obj or not s:
            continue
        o = view.actor_id(obj[0])
        if s and o and s != o:
            out.append(Candidate("SUPPORTS", s, o, view.evidence(), {}, view.date_near(i, sc.triggers),
                                 view.modality(i, i + n), trigger=i, confidence=0.6))
    return out


def _joint_subject(view: SentenceView, st: ArticleState, i: int) -> list[str]:
    """"Putin and Kim signed a … partnership agreement", "Rusia dan Korea Utara menandatangani
    perjanjian kemitraan": two sides named together before the trigger, leaders for their states."""
    lo = view.clause_start(i)
    found = [m for m in view.actors(lo, i)]
    if len(found) < 2 or i - found[-1].w1 > 8:
        return []
    if not any(view.lower(k) in ("and", "dan", "serta") for k in range(found[0].w1, found[-1].w0)):
        return []
    sides: list[str] = []
    for m in found:
        a = view.actor_id(m)
        if a and a.startswith("person:"):
            a = st.country_of(a) or a
        if a and a not in sides:
            sides.append(a)
    return sides if len(sides) == 2 else []


def _cooperation(view: SentenceView, st: ArticleState, sc: SentenceContext) -> list[Candidate]:
    out = []
    lex = view.lex
    for i, n, _ in view.find(lex.triggers["COOPERATES_WITH"]):
        if view.negated(i, blockers=False):  # "menghentikan kerja sama": it existed
            continue
        pair = []
        for b, bn, _ in view.find(lex.between, i, min(len(view.words), i + n + 6)):
            pair = [m for m in view.actors(b + bn, b + bn + 8)][:2]
        sides: list[str | None] = [view.actor_id(m) for m in pair] if len(pair) == 2 else \
            [*(_joint_subject(view, st, i) or _signers(view, st, i))]
        pairs = [(sides[0], sides[1])] if len(sides) == 2 else _partners(view, st, i, n)
        # "urged the two countries to stop military cooperation": what is to stop exists
        stopped = any(view.lower(k) in lex.blockers for k in range(max(0, i - 3), i))
        for a, b2 in pairs:
            if a and b2 and a != b2:
                x, y = sorted((a, b2))
                out.append(Candidate("COOPERATES_WITH", x, y, view.evidence(), {}, view.date_near(i, sc.triggers),
                                     "asserted" if stopped else view.modality(i, i + n), trigger=i,
                                     confidence=0.65))
    return out


def _treaties(view: SentenceView, sc: SentenceContext) -> list[Candidate]:
    """"the comprehensive strategic partnership treaty that Putin and Kim signed", "sesuai Pasal 4
    Perjanjian Kemitraan Strategis Komprehensif": a treaty named binds the states the catalog
    gives as its parties (dated only where the sentence tells its signing)."""
    out: list[Candidate] = []
    for m in view.mentions:
        entry = view.catalog.get(m.entity) if m.type == "Resolution" else None
        parties = entry.extra.get("parties") if entry is not None else None
        if not parties or len(parties) != 2 or view.negated(m.w0):
            continue
        signed = view.find(view.lex.signing_verbs, max(0, m.w0 - 8), min(len(view.words), m.w1 + 8))
        when = view.date_near(signed[0][0], sc.triggers) if signed else None
        a, b = sorted(parties)
        out.append(Candidate("COOPERATES_WITH", a, b, view.evidence(), {"through": m.entity}, when,
                             "asserted", trigger=m.w0, confidence=0.75))
    return out


def _signers(view: SentenceView, st: ArticleState, i: int) -> list[str]:
    """"the partnership treaty that Putin and Kim signed", "perjanjian kemitraan … yang ditandatangani
    Putin dan Kim": the two who signed the pact the trigger names, leaders for their states."""
    for v, vn, _ in view.find(view.lex.signing_verbs, i, min(len(view.words), i + 12)):
        near = view.actors(v + vn, v + vn + 6) if view.lex.lang == "id" else view.actors(max(i, v - 6), v)
        if not near:
            continue
        group = view.coordinated(near[0] if view.lex.lang == "id" else near[-1])
        sides = list(dict.fromkeys(s for s in (st.side_of(view.actor_id(m)) for m in group) if s))
        if len(sides) == 2:
            return sides
    return []


def _founders(view: SentenceView, st: ArticleState, sc: SentenceContext) -> list[Candidate]:
    """"the United States, South Korea and Japan set up a Multilateral Sanctions Monitoring Team":
    states that found a body together cooperate, each with each."""
    out: list[Candidate] = []
    for v, vn, _ in view.find(view.lex.founding_verbs):
        body = next((m for m in view.mentions if v + vn <= m.w0 <= v + vn + 2), None)
        if body is None or body.type != "Organization":
            continue
        # "11 negara, termasuk AS, Jepang, dan Korea Selatan, membentuk …": the list may be set off by commas
        before = [m for m in view.actors(max(0, v - 12), v) if m.type == "State" and v - m.w1 <= 3]
        if not before:
            continue
        states = list(dict.fromkeys(m.entity for m in view.coordinated(before[-1]) if m.type == "State"))
        for x in range(len(states)):
            for y in range(x + 1, len(states)):
                a, b = sorted((states[x], states[y]))
                out.append(Candidate("COOPERATES_WITH", a, b, view.evidence(), {"through": body.entity},
                                     view.date_near(v, sc.triggers), view.modality(v, v + vn), trigger=v,
                                     confidence=0.65))
    return out


def _partners(view: SentenceView, st: ArticleState, i: int, n: int) -> list[tuple[str | None, str | None]]:
    """"kerja sama militer Rusia dengan Korut", "Washington will cooperate with Seoul and Tokyo",
    "the two countries would keep developing military cooperation": one side named with the
    trigger or as its subject, the other after "with"; or both sides of the article together."""
    lex = view.lex
    end = view.clause_end(i + n - 1)
    partners = next((view.coordinated(m) for m in view.actors(i + n, min(end, i + n + 6))
                     if view.preceded_by(m, lex.with_words)), [])
    if partners:
        # the side named between the trigger and "with", else the clause's subject
        own = [m for m in view.actors(i + n, partners[0].w0)] or \
            [m for m in view.actors(view.clause_start(i), i) if not view.preceded_by(m, lex.place_preps)][-1:]
        if not own:
            return []
        side = st.side_of(view.actor_id(own[-1]))
        if side is None or side.startswith("person:"):
            return []  # "Kallas said the bloc would cooperate": the side is not the speaker
        return [(side, st.side_of(view.actor_id(m))) for m in partners]
    if view.find(lex.both_parties, view.clause_start(i), i) and (pair := st.dyad()):
        return [pair]
    return []


def _fired_at(view: SentenceView, lo: int, shooter: Mention) -> bool:
    """Whether what was fired hit a state other than the shooter's, or a place in one."""
    own = shooter.metonym_of or shooter.entity
    for m in view.mentions:
        if m.w0 < lo or m.w0 > view.clause_end(lo) or m.type not in ("State", "Place"):
            continue
        if not view.preceded_by(m, view.lex.target_words, reach=4):  # "at the city of Kharkiv"
            continue
        entry = view.catalog.get(m.entity)
        state = m.entity if m.type == "State" else (entry.part_of or entry.country or entry.metonym_of
                                                     if entry is not None else None)
        if state is not None and state != own:
            return True  # a sea or a place of the shooter's own is a test range
    return False


def _tests_and_development(view: SentenceView, sc: SentenceContext) -> list[Candidate]:
    out = []
    for ftype in ("TESTED", "DEVELOPS"):
        for i, n, _ in view.find(view.lex.triggers[ftype]):
            if view.covered(i, n) or view.negated(i):
                continue
            if ftype == "TESTED" and view.find(view.lex.ban_words, view.clause_start(i), i):
                continue  # "melarang Korut melakukan peluncuran apa pun": what is banned is no test
            # "help Pyongyang build satellites": a capital acting for its state is a subject too
            subj = [m for m in view.actors(view.clause_start(i), i) if m.type in ("State", "Organization")
                    or (m.type == "Place" and m.metonym_of)]
            if not subj:
                subj = [m for m in view.actors(max(0, i - 4), i) if m.type in ("State", "Organization")
                        or (m.type == "Place" and m.metonym_of)]
            if not subj and view.lower(view.clause_start(i)) in view.lex.clause_words:
                # "DPRK telah mendapat sanksi … karena uji coba senjata nuklir": the main clause's subject
                subj = [m for m in view.actors(0, 4) if m.type in ("State", "Organization")][:1]
            # "launched a military reconnaissance satellite": a launch tests what it carries too
            launch = ftype == "TESTED" and view.lower(i) in view.lex.launch_words \
                and not any(view.lower(k) in view.lex.help_verbs for k in range(max(0, i - 4), i))
            items = [m for m in view.items(i + n, view.clause_end(i + n - 1) + 1) if m.type == "Weapon"
                     or ftype == "DEVELOPS" or (launch and m.type == "Technology")]
            # "The satellite was launched late Tuesday aboard a new Chollima-1 rocket": with no one
            # named to launch it, the state that makes the rocket (catalog `country`) does
            maker = _maker(view, items) if launch and not subj else None
            if (not subj and maker is None) or not items:
                continue
            if ftype == "TESTED" and maker is None:
                # "Russian forces fighting in Ukraine have fired …": where they fight is no subject
                subj = [m for m in subj if not view.preceded_by(m, view.lex.place_preps, reach=1)] or subj
                if _fired_at(view, i + n, subj[-1]):
                    continue  # "Russia fired KN-23 missiles … at Ukrainian cities": an attack, not a test
            s = maker or view.actor_id(subj[-1])
            if s is None:
                continue
            if ftype == "TESTED" and _made_by_other(view, items[0], s):
                continue  # "Russia fired North Korean missiles": another state's arms, used, not tested
            tested = view.coordinated(_by_name(items), frozenset({"Weapon", "Technology", "Commodity"}))
            if launch:
                tested += _carried(view, tested[-1])
            for it in tested:
                out.append(Candidate(ftype, s, it.entity, view.evidence(), {}, view.date_near(i, sc.triggers),
                                     view.modality(i, i + n), trigger=i, confidence=0.7))
    return out


def _maker(view: SentenceView, items: list[Mention]) -> str | None:
    """The state the catalog says makes the first named item that has one."""
    for m in items:
        entry = view.catalog.get(m.entity)
        if entry is not None and entry.country:
            return entry.country
    return None


def _made_by_other(view: SentenceView, item: Mention, user: str) -> bool:
    """Whether the item is named as another state's ("North Korean missiles", "rudal Korut")."""
    k = item.w1 if view.lex.lang == "id" else item.w0 - 1
    maker = view.word_mention.get(k)
    return maker is not None and maker.type == "State" and maker.entity != user


def _by_name(items: list[Mention]) -> Mention:
    """The first item, or the name right beside it when it is only a kind: "satelit Malligyong-1",
    "the Malligyong-1 reconnaissance satellite" test the Malligyong-1."""
    first = items[0]
    if len(items) > 1 and items[1].w0 == first.w1:
        second = items[1]
        if second.text[:1].isupper() and not first.text[:1].isupper():
            return second
    return first


def _carried(view: SentenceView, rocket: Mention) -> list[Mention]:
    """"roket Chollima-1 yang membawa Malligyong-1", "a Chollima-1 rocket carrying a spy satellite":
    what the launched rocket carries is launched too."""
    for k in (rocket.w1, rocket.w1 + 1):  # past the word for a rocket after its name
        hit = view.lex.carry_words.match_at(view.words, k)
        if hit is not None:
            after = [m for m in view.items(k + hit[0], k + hit[0] + 4) if m.type in ("Weapon", "Technology")]
            return [_by_name(after)] if after else []
    return []


_NUCLEAR_WEAPON = "weapon:nuclear-weapon"


def _nuclear_tests(view: SentenceView, sc: SentenceContext) -> list[Candidate]:
    """"after its first nuclear test in 2006", "the North's sixth nuclear test", "uji coba nuklir
    pertama Korut": a state tests a nuclear weapon, named before the test (English) or after it."""
    out = []
    lex = view.lex
    states = [m for m in view.mentions if m.type == "State" or (m.type == "Place" and m.metonym_of)]
    for i, n, _ in view.find(lex.nuclear_tests):
        if view.negated(i):
            continue
        tester: Mention | None = None
        if lex.lang == "en":
            lo = i - 1 if view.lower(i - 1) not in lex.ordinals else i - 2
            owner = view.word_mention.get(lo)
            if owner is not None and owner in states and view.owns(owner):
                tester = owner  # "the North's first nuclear test"
            elif view.lower(lo) in lex.possessives:
                before = [m for m in states if m.w1 <= lo]
                tester = before[-1] if before else None  # "North Korea … after its first nuclear test"
            else:
                subj = [m for m in states if view.clause_start(i) <= m.w0 < i]
                tester = subj[-1] if subj else None  # "North Korea conducted a nuclear test"
        else:
            k = i + n + (1 if view.lower(i + n) in lex.ordinals else 0)
            tester = next((m for m in states if m.w0 == k), None)  # "uji coba nuklir pertama Korut"
            if tester is None:
                subj = [m for m in states if view.clause_start(i) <= m.w0 < i]
                tester = subj[-1] if subj else None  # "Korut melakukan uji coba nuklir"
        if tester is None:
            # "DPRK telah mendapat sanksi sejak tahun 2006 karena uji coba senjata nuklir",
            # "sanctions on Pyongyang because of nuclear tests": the state punished for the test
            reason = next((r for r, rn, _ in lex.reasons.find(view.words, max(0, i - 3), i) if r + rn == i), None)
            before = [m for m in states if reason is not None and m.w1 <= reason]
            tester = before[-1] if before else None
        s = view.actor_id(tester) if tester is not None else None
        if s is None or view.catalog.get(_NUCLEAR_WEAPON) is None:
            continue
        out.append(Candidate("TESTED", s, _NUCLEAR_WEAPON, view.evidence(), {},
                             view.date_near(i, sc.triggers, since_ok=True, after_only=True), view.modality(i, i + n),
                             trigger=i, confidence=0.7))
    return out




def extract(view: SentenceView, st: ArticleState, sc: SentenceContext) -> list[Candidate]:
    t = view.lex.triggers
    tests = _nuclear_tests(view, sc) if view.may_match(view.lex.nuclear_tests) else []
    treaties = _treaties(view, sc) if any(m.type == "Resolution" for m in view.mentions) else []
    if not view.may_match(t["AT_WAR_WITH"], t["SUPPORTS"], t["COOPERATES_WITH"], t["TESTED"], t["DEVELOPS"],
                          view.lex.founding_verbs):
        return tests + treaties  # every other part starts from one of these cues
    found = _war(view, st, sc) + _support(view, st, sc) + _cooperation(view, st, sc) + _founders(view, st, sc) + \
        _tests_and_development(view, sc)
    # "uji coba nuklir" is also a test cue: one fact, the one that knows the weapon
    return tests + treaties + [c for c in found if not (c.type == "TESTED" and c.object == _NUCLEAR_WEAPON
                                                        and any(x.subject == c.subject for x in tests))]
