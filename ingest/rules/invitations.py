"""INVITED: who invites whom, and where to; the visit an invitation asks for (planned once
accepted). Read with the meetings and visits of :mod:`ingest.rules.events`."""

from __future__ import annotations

from ..candidates import Candidate
from ..mentions import Mention
from ..sentence_view import SentenceView


def invited_visit(view: SentenceView) -> str:
    """An invitation to visit asks for the visit; accepted, it plans it."""
    return "planned" if not view.lex.accept_words.isdisjoint(view.lower(k) for k in range(len(view.words))) \
        else "requested"


def _owner_after(view: SentenceView, k: int) -> Mention | None:
    """The person an Indonesian noun is owned by, right after it past a title and its state
    ("undangan pemimpin Korea Utara Kim Jong Un")."""
    if view.lex.lang != "id":
        return None
    title = view.lex.titles.match_at(view.words, k)
    k += title[0] if title else 0
    m = view.word_mention.get(k)
    if m is not None and m.type == "State" and title:
        m = view.word_mention.get(m.w1)
    return m if m is not None and m.type == "Person" else None


def invitations(view: SentenceView, triggers: list[int]) -> list[Candidate]:
    out: list[Candidate] = []
    for i, n, _ in view.find(view.lex.triggers["INVITED"]):
        if view.covered(i, n) or view.negated(i):
            continue
        before = [m for m in view.actors(0, i)]
        # "at the Vostochny Cosmodrome in Russia's Amur region": where it happened is no guest
        after = [m for m in view.actors(i + n) if not view.preceded_by(m, view.lex.place_preps - view.lex.to_words)]
        if len(after) >= 2 and after[0].w0 == i + n and view.lower(i) in view.lex.noun_triggers \
                and (view.preceded_by(after[1], view.lex.to_words) or after[1].w0 - after[0].w1 <= 2):
            # "undangan Putin kepada Kim", "undangan Putin agar Kim berkunjung": the host names the
            # invitation, the guest follows
            before, after = after[:1], after[1:]
        if not before or not after:
            continue
        if after[0].type == "State" and len(after) > 1 and after[1].type == "Person" and after[1].w0 - after[0].w1 <= 3:
            after = after[1:]  # "invited Russian President Vladimir Putin": the person, not his state
        host, guest = view.actor_id(before[-1]), view.actor_id(after[0])
        by = next((b for b, bn, _ in view.find(view.lex.invited_by, max(0, i - 3), i + n + 1) if b <= i < b + bn), None)
        if by is not None:
            # "Lavrov tiba di Pyongyang atas undangan Kementerian Luar Negeri Korut", "at the
            # invitation of Kim": the one named after it invites; the subject is the guest
            people = [m for m in view.actors(0, by) if m.type == "Person" and not view.in_source(m)]
            if not people:
                continue
            host, guest = view.actor_id(after[0]), view.actor_id(people[0])
        owner = view.word_mention.get(i - 1)
        if by is None and owner is not None and owner.type == "Person" and view.owns(owner) and \
                not any(view.lower(k) in view.lex.accept_words for k in range(max(0, i - 3), i)):
            # "Putin was grateful for Kim's invitation": the owner invites; the guest is the one
            # invited "to" after it, else the person named before the owner
            people = [m for m in before if m.type == "Person" and m.entity != owner.entity and not view.possessed(m)]
            if after and after[0].type == "Person" and view.preceded_by(after[0], view.lex.to_words):
                host, guest = owner.entity, view.actor_id(after[0])
            elif people:
                host, guest = owner.entity, people[-1].entity
        if any(view.lower(k) in view.lex.accept_words for k in range(max(0, i - 3), i)):
            owner = view.word_mention.get(i - 1)
            if owner is not None and view.owns(owner) and len(before) >= 2:
                host, guest = view.actor_id(owner), view.actor_id(before[-2])  # "Putin accepts Kim's invitation"
            elif view.lower(i + n) in view.lex.from_words or view.lower(i + n) in view.lex.relative_words:
                # "Putin accepted an invitation from Kim", "the invitation, which Kim extended": the
                # one who accepts is the guest
                host, guest = view.actor_id(after[0]), view.actor_id(before[-1])
            elif (inviter := _owner_after(view, i + n)) is not None and \
                    (people := [m for m in before if m.type == "Person"]):
                # "Putin … memenuhi undangan pemimpin Korea Utara Kim Jong Un": the owner after the
                # noun invites the person who accepts
                host, guest = inviter.entity, people[-1].entity
            else:
                continue  # 'Putin "accepted the invitation," KCNA reported': the host is not named here
        if not host or not guest or host == guest:
            continue
        attrs = {}
        visit = view.lex.triggers["VISITED"]
        # "invited Putin to Pyongyang", "invited Putin to visit North Korea"
        dest = [m for m in view.mentions if after[0].w0 < m.w0 <= after[0].w1 + 6 and m.type in ("Place", "State")
                and (view.preceded_by(m, view.lex.to_words) or view.find(visit, max(0, m.w0 - 2), m.w0))]
        if dest:
            attrs["to"] = dest[0].entity
        date, modality = view.date_near(i, triggers), view.modality(i, i + n, look_ahead=False)
        out.append(Candidate("INVITED", host, guest, view.evidence(), attrs, date, modality, trigger=i,
                             confidence=0.8))
        if dest and guest.startswith("person:"):
            # the guest of an invitation is asked to visit (and plans to, once he accepts)
            out.append(Candidate("VISITED", guest, dest[0].entity, view.evidence(), {}, None,
                                 invited_visit(view) if modality == "asserted" else modality, trigger=i,
                                 confidence=0.6))
    return out
