"""MET_WITH, VISITED and INVITED: who met whom, who went where."""

from __future__ import annotations

from ..candidates import Candidate
from ..lexicon import LIST_JOINS
from ..mentions import Mention
from ..sentence_view import SentenceView
from .invitations import invitations, invited_visit
from .participants import listed_after, people_in, place_near, relative_head, subject_people
from .state import ArticleState, SentenceContext


def _kin(view: SentenceView, m: Mention) -> bool:
    """Whether m is named as someone's relative ("istrinya, Ri Sol Ju", "his wife Ri Sol Ju")."""
    if m.w0 == 0:
        return False
    word, kin = view.lower(m.w0 - 1), view.lex.relational_nouns
    return word in kin or (word.endswith("nya") and word[:-3] in kin)


def _object_of(view: SentenceView, m: Mention, k: int) -> bool:
    """Whether m follows word k as the one met: at once, or past "with"/"dengan" and a title
    with its state ("berunding dengan Menlu Korut Choe Son Hui")."""
    gap = m.w0 - k
    if gap < 0 or gap > 6:
        return False
    if gap <= 2:
        return True
    titles = {x for t, tn, _ in view.lex.titles.find(view.words, k, m.w0) for x in range(t, t + tn)}
    return all(x in titles or view.lower(x) in view.lex.with_words or x in view.word_mention for x in range(k, m.w0))


_PLACES = frozenset({"Place", "State"})


_PERSON = frozenset({"Person"})


def _meetings(view: SentenceView, st: ArticleState, triggers: list[int], speaker: str | None) -> list[Candidate]:
    out: list[Candidate] = []
    done: set[tuple[str, str]] = set()
    triggers_met = [(i, n) for i, n, _ in view.find(view.lex.triggers["MET_WITH"])]
    first_subject: Mention | None = None
    for i, n in triggers_met:
        if view.covered(i, n) or view.negated(i):
            continue
        if _passive_by(view, i, n) and view.lex.receive_verbs.match_at(view.words, i):
            continue  # "… and was received by Putin": a reception, read by _receptions
        pair: list[Mention] = []
        others: list[Mention] = []
        hosts: list[Mention] = []
        # "pertemuan ... antara X dan Y" names both sides
        for at, an, _ in view.find(view.lex.between, i):
            # "between the two leaders since Kim's father, Kim Jong-il, met": a possessor is no side
            ppl = [m for m in people_in(view, at + an, at + an + 8, speaker) if not view.possessed(m)]
            if len(ppl) >= 2:
                pair = ppl[:2]
                break
        if not pair:
            lo = view.clause_start(i)
            before = people_in(view, lo if lo < i else 0, i, speaker)
            if not before and lo > 0 and view.lower(lo) in view.lex.and_then:
                # "Choe tiba di Moskow … dan keesokan harinya menggelar pembicaraan dengan Lavrov":
                # the clause shares the subject of the nearest clause before it that names one
                contrast = view.find(view.lex.contrast, 0, lo)
                prior = max([view.clause_start(lo - 1), *(c for c, _, _ in contrast)])
                before = [m for m in people_in(view, prior, lo, speaker) if not view.possessed(m)][:1]
                if not before and not contrast:
                    before = people_in(view, 0, lo, speaker)[:1]  # "Choe tiba di Moskow, disambut …, dan …"
            if not before:
                # "Shoigu, who met Lavrov …" and "Shoigu, who …, was received by Kim": the head
                # of the relative clause is the subject of both verbs
                head = relative_head(view, lo)
                before = [head] if head is not None else []
            if not before and lo < i <= lo + 2 and not view.is_noun(i):
                # "Novak and Ushakov, a Kremlin aide, later welcomed her": the subject before the apposition
                before = people_in(view, view.apposition_start(i), lo, speaker)
            if not before and (s := view.participle_start(i)) is not None:
                # "Blinken, speaking in Seoul after talks with Cho Tae-yul, said": the participle's subject
                head = view.word_mention.get(s - 1)
                before = [head] if head is not None and head.type == "Person" and not view.in_source(head) else []
            after = people_in(view, i + n, len(view.words), speaker)
            # "Kim's father, Kim Jong-il, met …": a possessor names whose relation acts, not a side;
            # "Belousov, yang menggantikan Sergei Shoigu …, disambut oleh": nor does a relative clause
            before = [m for m in before if not view.possessed(m) and not view.in_relative_clause(m, i)]
            after = [m for m in after if not view.possessed(m)]
            # "Belousov … met Kim in Pyongyang and held talks with No Kwang Chol": the one met
            # before is no subject of the second meeting
            met = {m.entity for m in before for t, tn in triggers_met if t < i and _object_of(view, m, t + tn)}
            if met and any(m.entity not in met for m in before):
                before = [m for m in before if m.entity not in met]
            elif met and first_subject is not None:
                before = [first_subject]  # the sentence's first meeting named who meets
            if before and after:
                pair = [before[-1], after[0]]
                first_subject = first_subject or before[-1]
                others = listed_after(view, after)
                # "Igor Morgulov and Alexander Matsegora, Moscow's ambassador, welcomed him": both did
                hosts = [m for m in view.coordinated(before[-1], _PERSON) if m is not before[-1]
                         and m in before]
            elif len(after) >= 2:
                pair = after[:2]
            elif len(before) >= 2:
                pair = before[-2:]
        both = [b for b, bn, _ in view.find(view.lex.both_parties, max(0, i - 4), i) if b + bn in (i, i - 1)]
        # "Putin … memenuhi undangan Kim yang disampaikan saat keduanya bertemu": the two named before
        named = list(dict.fromkeys(m.entity for m in people_in(view, 0, both[0], speaker))) if both else []
        two = named if len(named) == 2 else st.previous_people
        if len(pair) < 2 and len(two) == 2 and both \
                and all(m.entity in two for m in people_in(view, 0, view.clause_end(i + n - 1), speaker)):
            # "… Alexander Kozlov … and Yun Jong Ho … The two met in Pyongyang": the two people
            # the sentence before named, when this clause names no one else
            a, b = sorted(two)
            attrs = {"place": place} if (place := place_near(view, i)) else {}
            c = Candidate("MET_WITH", a, b, view.evidence(), attrs, view.date_near(i, triggers),
                          view.modality(i, i + n), trigger=i, confidence=0.6)
            out.append(c)
            st.last_meeting = c
            continue
        if len(pair) < 2 or pair[0].entity == pair[1].entity:
            if view.find(view.lex.demonstratives, i + n, i + n + 2) and st.last_meeting:
                _enrich(st.last_meeting, view, triggers, i)
            continue
        escort = bool(view.lex.accompanied.match_at(view.words, i))
        sides = [(pair[0], partner) for partner in [pair[1], *others]] + \
            [(host, partner) for host in hosts for partner in [pair[1], *others]]
        for side, partner in sides:
            if partner.entity == side.entity:
                continue
            if escort and (home := st.country_of(side.entity)) and home == st.country_of(partner.entity):
                # "Kim didampingi Menlu Choe Son Hui": his own delegation, no meeting; they travel together
                out.extend(_delegate_visits(view, st, side.entity, [partner]))
                continue
            if escort and _kin(view, partner):
                continue  # "didampingi istrinya, Ri Sol Ju": family at one's side is met by no one
            a, b = sorted((side.entity, partner.entity))
            if (a, b) in done:
                continue
            done.add((a, b))
            attrs = {}
            place = place_near(view, i)
            if place:
                attrs["place"] = place
            c = Candidate("MET_WITH", a, b, view.evidence(), attrs, view.date_near(i, triggers),
                          view.modality(i, i + n), trigger=i, confidence=0.85)
            out.append(c)
            if partner is pair[1] and side is pair[0]:
                st.last_meeting = c
    return out


def _passive_by(view: SentenceView, i: int, n: int) -> bool:
    """Whether the verb at words [i, i+n) is a passive with its agent after "by" ("was received by"),
    the "by" inside the cue or right after it."""
    lex = view.lex
    return view.lower(i - 1) in lex.be_forms and bool({view.lower(i + n), view.lower(i + n - 1)} & lex.by_words)


def _receptions(view: SentenceView, triggers: list[int], speaker: str | None) -> list[Candidate]:
    """"Putin menerima Menteri Luar Negeri Korea Utara Choe Son Hui di Kremlin", "Kim received
    Russian Foreign Minister Sergei Lavrov": a person received by a person is a meeting."""
    out: list[Candidate] = []
    for i, n, _ in view.find(view.lex.receive_verbs):
        if view.negated(i):
            continue
        host = subject_people(view, i, speaker)
        # the guest follows at once or after the title (and the state or body it names)
        guest = next((m for m in view.mentions if i + n <= m.w0 <= i + n + 7 and m.type == "Person"), None)
        if _passive_by(view, i, n):
            # "Choe …, held talks with … Lavrov and was received by President Vladimir Putin": the
            # one after "by" receives the sentence's subject
            first = next((m for m in view.mentions if m.type == "Person" and m.w1 <= i and not view.possessed(m)), None)
            host, guest = ([guest], first) if guest is not None and first is not None else ([], None)
        if not host or guest is None or guest.entity == host[-1].entity:
            continue
        if guest.w0 > i + n and not view.lex.titles.find(view.words[i + n:guest.w0]):
            continue  # "received oil, food and Kim's thanks" is no meeting
        a, b = sorted((host[-1].entity, guest.entity))
        attrs = {"place": place} if (place := place_near(view, i)) else {}
        out.append(Candidate("MET_WITH", a, b, view.evidence(), attrs, view.date_near(i, triggers),
                             view.modality(i, i + n), trigger=i, confidence=0.8))
    return out


def _showings(view: SentenceView, triggers: list[int], speaker: str | None) -> list[Candidate]:
    """"Mr Kim menunjukkan rudal … kepada Menteri Pertahanan Sergei Shoigu", "Kim showed Shoigu
    the new missiles": one who shows something to a person meets him."""
    out: list[Candidate] = []
    lex = view.lex
    for i, n, _ in view.find(lex.show_verbs):
        if view.negated(i):
            continue
        host = subject_people(view, i, speaker)
        if not host:
            continue
        to = next((k for k in range(i + n, min(len(view.words), i + n + 16)) if view.lower(k) in lex.to_words), None)
        # the one shown to follows the verb at once (English) or "kepada"/"to", past a title
        at = i + n if lex.lang == "en" and view.word_mention.get(i + n) is not None else to
        if at is None:
            continue
        lead = at if at == i + n else at + 1
        guest = next((m for m in view.mentions if lead <= m.w0 <= at + 7 and m.type == "Person"), None)
        if guest is None or guest.entity == host[-1].entity:
            continue
        if guest.w0 > lead and not lex.titles.find(view.words[lead:guest.w0]):
            continue  # "showed the missiles to reporters, then Shoigu …"
        if not view.items(i + n, guest.w0 if guest.w0 > i + n else guest.w1 + 8):
            continue  # "menunjukkan rasa terima kasihnya kepada Kim": thanks shown, no one met
        a, b = sorted((host[-1].entity, guest.entity))
        attrs = {"place": place} if (place := place_near(view, i)) else {}
        out.append(Candidate("MET_WITH", a, b, view.evidence(), attrs, view.date_near(i, triggers),
                             view.modality(i, i + n), trigger=i, confidence=0.7))
    return out


def _delegate_visits(view: SentenceView, st: ArticleState, leader: str, members: list[Mention]) -> list[Candidate]:
    """Members of a leader's delegation visit where the article last told the leader visited."""
    visit = st.last_visit.get(leader)
    if visit is None:
        return []
    return [Candidate("VISITED", m.entity, visit.object, view.evidence(), {}, visit.date, visit.modality,
                      trigger=m.w0, confidence=0.65) for m in members if m.entity != leader]


def _delegations(view: SentenceView, st: ArticleState, speaker: str | None) -> list[Candidate]:
    """"Dalam rombongan Putin turut hadir Menlu Sergey Lavrov, Menhan Andrei Belousov, dan …":
    the people listed after a leader's delegation travel with him."""
    out: list[Candidate] = []
    for i, n, _ in view.find(view.lex.delegation):
        leader = next((m for m in view.mentions if m.w0 == i + n and m.type == "Person"), None)
        if leader is None:
            continue
        members = people_in(view, leader.w1, len(view.words), speaker)
        if members:
            members = [members[0], *listed_after(view, members)]
            out.extend(_delegate_visits(view, st, leader.entity, members))
    return out


def _state_of_place(view: SentenceView, place: str) -> str | None:
    """The state a catalog place lies in (through the places it is part of), or that it stands for."""
    seen: set[str] = set()
    while place and place not in seen:
        seen.add(place)
        if place.startswith("state:"):
            return place
        entry = view.catalog.get(place)
        if entry is None:
            return None
        place = entry.part_of or entry.metonym_of or entry.country or ""
    return None


def _visits_of_meetings(view: SentenceView, st: ArticleState, meetings: list[Candidate]) -> list[Candidate]:
    """"Kim bertemu Putin di Kosmodrom Vostochny": a side from another state than the meeting's place
    came there, so the meeting tells his visit too (with its date and modality)."""
    out: list[Candidate] = []
    for c in meetings:
        place = c.attrs.get("place")
        if not place or not place.startswith("place:"):
            continue
        host = _state_of_place(view, place)
        if host is None:
            continue
        for person in (c.subject, c.object):
            home = st.country_of(person)
            if home is not None and home != host:
                out.append(Candidate("VISITED", person, place, c.evidence, {}, c.date, c.modality,
                                     trigger=c.trigger, confidence=0.7))
    return out


def _enrich(meeting: Candidate, view: SentenceView, triggers: list[int], i: int) -> None:
    """"Pertemuan ini berlangsung di Pusat Antariksa Vostochny": the place of the meeting just named."""
    place = place_near(view, i)
    if place and (meeting.attrs.get("place") is None or meeting.attrs["place"].startswith("state:")):
        meeting.attrs["place"] = place
    if meeting.date is None:
        meeting.date = view.date_near(i, triggers)


def _visits(view: SentenceView, triggers: list[int], speaker: str | None) -> list[Candidate]:
    out: list[Candidate] = []
    lex = view.lex
    visits = view.find(lex.triggers["VISITED"])
    if not visits:
        return out
    to_words = lex.to_words | lex.place_preps
    locatives = lex.place_preps - lex.to_words
    for i, n, _ in visits:
        if view.covered(i, n) or view.negated(i) or view.attributive(i, n):
            continue  # "showed visiting Russian Defense Minister Sergei Shoigu": whose title, no visit
        end = view.clause_end(i + n - 1)
        nxt_trigger = min([t for t in triggers if t > i] + [len(view.words)])
        # "menghadiri rangkaian pertemuan … ASEAN di Kuala Lumpur": one attends an event, and is
        # where the clause says it was held
        attend = lex.attend_verbs.match_at(view.words, i) is not None
        # destination: a place or state after "ke"/"to", or the direct object of "mengunjungi"
        dest = None
        for m in view.mentions:
            if m.w0 < i + n or m.w0 >= max(nxt_trigger, i + n + 3) and m.w0 > end + 6:
                continue
            if m.type not in ("Place", "State"):
                continue
            if attend:
                if m.w0 < end and view.preceded_by(m, locatives, reach=1):
                    dest = m
                    break
                continue
            if view.lower(m.w0 - 1) in lex.abroad or view.preceded_by(m, lex.from_words):
                continue
            if view.preceded_by(m, to_words, reach=3) or (m.w0 - (i + n) <= 1 and not view.is_noun(i)):
                dest = m
                break
        if dest is None:
            continue
        # visitor: a person between the trigger and the destination ("kunjungan Putin ke"),
        # else, for a verb or "melakukan kunjungan", the nearest person before the trigger
        inside = people_in(view, i + n, dest.w0, speaker)
        light = view.lower(i - 1) in ("melakukan", "make", "made", "paid", "pay", "making")
        before = subject_people(view, i, speaker) if (not view.is_noun(i) or light) else []
        if not before and not inside:
            owner = view.owner_before(i)
            if owner is not None and owner.type == "Person":
                before = [owner]  # "during Putin's (first) visit to Pyongyang"
            elif not view.is_noun(i) and (head := relative_head(view, view.clause_start(i))) is not None:
                before = [head]  # "Medvedev, who arrived in Pyongyang on Thursday, told …"
            elif not view.is_noun(i) and (lo := view.clause_start(i)) > 0 and view.lower(lo) in lex.clause_words:
                # "Lavrov tiba di Wonsan … setelah menghadiri … di Kuala Lumpur": the main clause's subject
                before = [m for m in people_in(view, 0, lo, speaker) if not view.possessed(m)][:1]
            elif view.is_noun(i) and view.find(lex.during, max(0, i - 4), i):
                # "Lavrov, who met Kim during a three-day trip to Wonsan": the trip is the subject's
                # (the relative clause's head, or the first person of the clause); "dalam kunjungan
                # kenegaraan singkatnya", "during his visit": the sentence's subject's
                head = relative_head(view, view.clause_start(i))
                owned = any(view.lower(k).endswith("nya") for k in range(i, min(i + 3, dest.w0))) or \
                    view.lower(i - 1) in lex.possessives
                lo = 0 if owned else view.clause_start(i)
                before = [head] if head is not None else \
                    [m for m in people_in(view, lo, i, speaker) if not view.possessed(m)][:1]
        if not before and not inside:
            # "A Chinese delegation led by Li Hongzhong, vice chairman of …, also arrived in Pyongyang":
            # the one who leads the party that travels
            led = view.find(lex.led_by, 0, i)
            head = view.word_mention.get(led[0][0] + led[0][1]) if led else None
            before = [head] if head is not None and head.type == "Person" else []
        visitor = inside[0] if inside else (before[-1] if before else None)
        if visitor is None:
            continue
        # "undangan Putin kepada Kim untuk berkunjung ke Rusia": the visit is asked for, not made
        invited = view.find(lex.triggers["INVITED"], max(0, i - 8), i)
        if invited:
            guests = view.actors(invited[-1][0] + invited[-1][1], i)
            owner = view.word_mention.get(invited[-1][0] - 1)
            hosted = owner is not None and owner.type == "Person" and view.owns(owner) and owner.entity != visitor.entity
            if (guests and guests[-1].type != "Person") or (not guests and visitor.w0 < invited[-1][0] and not hosted):
                # "mengundang delegasi SPA berkunjung ke Moskow": the guests visit, not the host
                # ("Putin was grateful for Kim's invitation and ready to visit": the host is named)
                continue
        modality = invited_visit(view) if invited and view.modality(i, i + n) == "asserted" else view.modality(i, i + n)
        # "mengunjungi Komsomolsk-on-Amur dan Vladivostok": every place listed is visited
        places = [m for m in view.coordinated(dest, _PLACES) if m.w0 >= dest.w0]
        # "crossed into Russia at the border town of Khasan", "toured the Yuri Gagarin aircraft plant
        # in Komsomolsk-on-Amur": where in the state, or the town of the site, he came too
        places += [m for m in view.mentions if m.type == "Place" and places[-1].w1 <= m.w0 <= min(end, places[-1].w1 + 8)
                   and view.preceded_by(m, lex.place_preps - lex.to_words, reach=5)
                   and (dest.type != "State" or _state_of_place(view, m.entity) in (None, dest.entity))][:1]
        for place in places:
            out.append(Candidate("VISITED", visitor.entity, place.entity, view.evidence(), {},
                                 view.date_near(i, triggers), modality, trigger=i, confidence=0.8))
    return out


def _signings(view: SentenceView, st: ArticleState, triggers: list[int], speaker: str | None) -> list[Candidate]:
    """"Putin and Kim signed the pact in Pyongyang", "Perjanjian itu ditandatangani Kim dan Putin":
    two people of two states who sign an agreement together met, and their states cooperate."""
    lex = view.lex
    if not view.may_match(lex.agreement_nouns):
        return []
    out: list[Candidate] = []
    for v, vn, _ in view.find(lex.signing_verbs):
        if view.negated(v) or not view.find(lex.agreement_nouns, max(0, v - 8), min(len(view.words), v + vn + 4)):
            continue
        if lex.lang == "en" or view.lower(v).startswith("me"):  # "Putin and Kim signed", "Kim dan Putin meneken"
            near = [m for m in people_in(view, view.clause_start(v), v, speaker) if not view.possessed(m)]
        else:  # "ditandatangani Kim dan Putin"
            near = people_in(view, v + vn, min(len(view.words), v + vn + 8), speaker)[:2]
        # the two joined by "and"/"dan", titles and states between them aside ("Putin and North
        # Korean leader Kim Jong Un signed")
        group = near if len(near) == 2 and any(view.lower(k) in LIST_JOINS for k in range(near[0].w1, near[1].w0)) \
            and near[1].w0 - near[0].w1 <= 6 else []
        if not group and near and (lex.lang == "en" or view.lower(v).startswith("me")):
            # "the treaty he signed with Russian President Vladimir Putin": the signer and whom he signed with
            partner = next((m for m in people_in(view, v + vn, min(len(view.words), v + vn + 8), speaker)
                            if view.preceded_by(m, lex.with_words, reach=4)), None)
            group = [near[-1], partner] if partner is not None else []
        if len(group) != 2 or group[0].entity == group[1].entity:
            continue
        a, b = group[0].entity, group[1].entity
        sides = [st.country_of(a), st.country_of(b)]
        if None in sides or sides[0] == sides[1]:
            continue  # two of one state sign for it: no meeting told
        when, how = view.date_near(v, triggers), view.modality(v, v + vn)
        x, y = sorted((a, b))
        attrs = {"place": place} if (place := place_near(view, v)) else {}
        out.append(Candidate("MET_WITH", x, y, view.evidence(), attrs, when, how, trigger=v, confidence=0.7))
        p, q = sorted(s for s in sides if s)
        out.append(Candidate("COOPERATES_WITH", p, q, view.evidence(), {}, when, how, trigger=v, confidence=0.65))
    return out


def extract(view: SentenceView, st: ArticleState, sc: SentenceContext) -> list[Candidate]:
    t = view.lex.triggers
    triggers, speaker = sc.triggers, sc.speaker
    signed = _signings(view, st, triggers, speaker) if view.may_match(view.lex.signing_verbs) else []
    if not view.may_match(t["MET_WITH"], t["VISITED"], t["INVITED"], view.lex.receive_verbs, view.lex.delegation,
                          view.lex.show_verbs):
        return signed  # every other part starts from one of these cues
    meetings = _meetings(view, st, triggers, speaker)
    met = {(c.subject, c.object) for c in meetings}
    meetings += [c for c in signed if c.type != "MET_WITH" or (c.subject, c.object) not in met]
    met = {(c.subject, c.object) for c in meetings}
    if view.may_match(view.lex.receive_verbs):
        meetings += [c for c in _receptions(view, triggers, speaker) if (c.subject, c.object) not in met]
    if view.may_match(view.lex.show_verbs):
        met = {(c.subject, c.object) for c in meetings}
        meetings += [c for c in _showings(view, triggers, speaker) if (c.subject, c.object) not in met]
    visits = _visits(view, triggers, speaker)
    told = {(c.subject, c.object) for c in visits}
    visits += [c for c in _visits_of_meetings(view, st, meetings) if (c.subject, c.object) not in told]
    if view.may_match(view.lex.delegation):
        visits += _delegations(view, st, speaker)
    # delegates found through "accompanied by" were put with the meetings
    visits += [c for c in meetings if c.type == "VISITED"]
    meetings = [c for c in meetings if c.type != "VISITED"]
    for c in visits:
        if c.modality == "asserted" and c.subject.startswith("person:") and c.object.startswith("place:"):
            st.last_visit[c.subject] = c
    told = {(c.subject, c.object) for c in visits}
    return meetings + visits + [c for c in invitations(view, triggers)
                                if c.type != "VISITED" or (c.subject, c.object) not in told]
