"""SUPPLIES: who gives what to whom, and what comes back in exchange.

Directions come from the words around the trigger: "dari X ke Y", "X memasok …
kepada Y", "memasok Y dengan …", and for need or receipt verbs ("Rusia
membutuhkan …", "Korea Utara menerima …") the subject is the recipient. When a
need names no supplier, the other state of the article's pair is assumed and
the fact says so (``inferred_endpoint``) with a lower confidence.
"""

from __future__ import annotations

import re

from ..candidates import Candidate
from ..lexicon import LIST_JOINS
from ..mentions import Mention
from ..sentence_view import ITEM_TYPES, SentenceView
from .state import ArticleState, SentenceContext

_PASSIVE = re.compile(r"^di[a-z]+(kan|i)?$")
_QUANTITY = re.compile(
    r"(?i)(?<![\w-])((?:\d[\d.,]*\s*(?:juta|ribu|miliar|million|thousand|billion)?|ribuan|jutaan|ratusan|puluhan|belasan|"
    r"thousands of|millions of|hundreds of|tens of|dozens of|dua|tiga|empat|lima|two|three|four|five)"
    r"(?:\s+(?:buah|unit|butir|ton|tonnes|tons|barel|barrels))?)\s+(?:\w+\s+){0,2}?$")
_RATE = re.compile(r"(?i)^\s*(?:\w+\s+){0,2}?(setiap hari|per hari|sehari|setiap bulan|per bulan|a day|per day|"
                   r"every day|a month|per month)")


def _lift(st: ArticleState, actor: str, other: str, public: bool = False) -> str:
    """A leader acting for a state: "Kim … memasok peluru ke Rusia" is North Korea's supply, and
    so is "Kim decided to send the troops" to Putin (``public``: what only states send)."""
    if actor.startswith("person:") and (public or not other.startswith("person:")):
        return st.country_of(actor) or actor
    return actor


def _quantity(view: SentenceView, item: Mention) -> str | None:
    base = view.sent.start
    before = view.sent.text[max(0, item.start - base - 40):item.start - base]
    m = _QUANTITY.search(before)
    if not m:
        return None
    q = m.group(1)
    rate = _RATE.match(view.sent.text[item.end - base:item.end - base + 40])
    return f"{q} {rate.group(1)}" if rate else q


def _first_after(view: SentenceView, lo: int, words: frozenset[str], reach: int = 1) -> Mention | None:
    """The first actor after word lo introduced by one of ``words`` ("kepada", "dari")."""
    for m in view.actors(lo):
        if view.preceded_by(m, words, reach):
            return _named(view, m)
    return None


def _named(view: SentenceView, m: Mention) -> Mention:
    """"kelompok tentara bayaran Rusia bernama Wagner": the group named, not Russia; "kepada
    pemimpin Korea Utara (Korut) Kim Jong Un", "to North Korean leader Kim Jong Un": the person
    whose title names the state, not the state."""
    hit = view.lex.naming.match_at(view.words, m.w1)
    if hit:
        nxt = view.word_mention.get(m.w1 + hit[0])
        if nxt is not None and view.actor_id(nxt):
            return nxt
    if m.type == "State":
        k = m.w1
        short = view.word_mention.get(k)
        if short is not None and short.entity == m.entity:
            k = short.w1  # "Korea Utara (Korut)"
        titles = view.lex.titles
        # "to Ukraine, President Yoon Suk Yeol said": a title after a comma is another clause's
        after = titles.match_at(view.words, k) if k < len(view.words) and \
            not any(c in view.gap(k - 1, k) for c in ',;:"”') else None
        before = any(t + tn == m.w0 for t, tn, _ in titles.find(view.words, max(0, m.w0 - 4), m.w0))
        person = view.word_mention.get(k + (after[0] if after else 0))
        if person is not None and person.type == "Person" and (after or before):
            return person
    return m


def _destination_state(view: SentenceView, lo: int, said: int | None) -> str | None:
    """The state of the first place after word lo that "to"/"ke" leads to (before any speech verb)."""
    for m in view.mentions:
        if m.w0 < lo or m.type != "Place" or m.metonym_of or not view.preceded_by(m, view.lex.to_words, reach=3):
            continue
        if said is not None and m.w0 >= said:
            return None
        entry = view.catalog.get(m.entity)
        for _ in range(4):  # a facility in a region in a state
            parent = (entry.part_of or entry.country) if entry else None
            if parent is None or parent.startswith("state:"):
                return parent
            entry = view.catalog.get(parent)
        return None
    return None


def _origin(view: SentenceView, items: list[Mention]) -> Mention | None:
    """"peluru artileri Korea Utara", "North Korean troops": the state named with the item is
    where it comes from (after it in Indonesian, before it in English)."""
    for it in items:
        nxt = view.word_mention.get(it.w1) if view.lex.lang != "en" else view.word_mention.get(it.w0 - 1)
        if nxt is None or nxt.type != "State":
            continue
        # "mobil mewah buatan Rusia", "a Russian-made limousine": who made it, not who sends it
        made = view.lower(nxt.w0 - 1) if view.lex.lang != "en" else view.lower(nxt.w1)
        return None if made in view.lex.maker_words else nxt
    return None


def _reduced_passive(view: SentenceView, i: int) -> bool:
    """"North Korean troops deployed to Russia": an English participle right after the item;
    "troops have been sent to the Kursk region": a participle after a form of "be"."""
    if view.lex.lang != "en" or view.lower(i).endswith("ing"):
        return False  # "was providing" goes on; it is no passive
    k = i - 1
    while k > 0 and view.lower(k) in view.lex.verb_fillers:
        k -= 1
    if view.lower(k) in view.lex.be_forms:
        return True
    if not view.lower(i).endswith("ed"):
        return False
    prev = view.word_mention.get(i - 1)
    return prev is not None and prev.type in ITEM_TYPES


_AUX = frozenset({"telah", "sudah", "akan", "juga", "pernah", "sedang", "tengah", "has", "have", "had", "also",
                  "already", "will"})


def _own_country(view: SentenceView, st: ArticleState, i: int) -> str | None:
    """The state of the sentence's first person when "negaranya"/"his country" stands before the
    trigger at word i (as its subject)."""
    own = view.find(view.lex.own_country, view.clause_start(i), i)
    if not own:
        return None
    person = next((m for m in view.mentions if m.type == "Person" and m.w1 <= own[0][0] and not view.possessed(m)), None)
    return st.country_of(person.entity) if person is not None else None


def _says_between(view: SentenceView, lo: int, hi: int) -> bool:
    """Whether a verb of saying (not of denying: "denied the arms transfers" is the deniers' own
    claim) stands between words lo and hi."""
    denials = view.lex.modality["denied"]
    return any(not view.find(denials, k, k + n) for k, n, _ in view.find(view.lex.speech_verbs, lo, hi))


def _said_not(view: SentenceView, i: int) -> bool:
    """A plain negation of the transfer verb itself: "tidak memasok", "has not supplied"."""
    for k in (i - 1, i - 2):
        if view.lower(k) in view.lex.negations and (k == i - 1 or view.lower(i - 1) in _AUX):
            return view.lower(k - 1) not in view.lex.purpose_words
    return False


def _relative_subject(view: SentenceView, i: int) -> Mention | None:
    """"Kim, yang telah menyediakan senjata": the noun the relative clause hangs on."""
    k = i - 1
    while k >= 0 and view.lower(k) in _AUX:
        k -= 1
    if view.lower(k) not in view.lex.relative_words:
        return None
    m = view.word_mention.get(k - 1)
    return m if m is not None and view.actor_id(m) else None


def _is_active(word: str, lang: str) -> bool:
    if lang == "id":
        return word.startswith(("me", "mem", "men", "meng", "meny")) and not word.startswith("memasok ulang")
    return not word.endswith(("ment", "ments", "ies", "sale", "sales")) and word not in ("transfer", "transfers",
                                                                                          "supply", "supplies")


_CLAUSE_COMMA = re.compile(r",(?!\d)")  # not the thousands comma of "14,000 troops"
_EXAMPLES = frozenset({"seperti", "termasuk", "antara", "yakni", "yaitu", "such", "including", "like", "namely"})


def _one_list(view: SentenceView, after: int, items: list[Mention]) -> list[Mention]:
    """Items after a trigger end where a new clause starts: "menyediakan senjata untuk perang
    di Ukraina, selain sedan mewah …" gives weapons only; "makanan, bahan mentah, dan suku
    cadang" stays one list."""
    later = sorted((m for m in items if m.w0 >= after), key=lambda m: m.w0)
    keep = [m for m in items if m.w0 < after]
    prev_end = after
    more = {i + n for i, n, _ in view.find(view.lex.more_items, after)}
    for m in later:
        # "…, as well as millions of artillery shells": the list goes on past a clause
        if keep and any(k in more for k in range(max(prev_end, m.w0 - 4), m.w0 + 1)):
            keep.append(m)
            prev_end = m.w1
            continue
        if prev_end < m.w0:
            gap_words = range(prev_end, m.w0)
            text = view.sent.text[view.words[prev_end - 1].end - view.sent.start:view.words[m.w0].start - view.sent.start]
            # "…, seperti tank T-54"; "170mm self-propelled guns, known in the West as the Koksan":
            # an example or another name of what was just listed goes on with the list
            examples = any(view.lower(k) in _EXAMPLES for k in gap_words) or \
                bool(view.find(view.lex.naming, prev_end, m.w0))
            if not examples and any(view.lower(k) in view.lex.clause_words for k in gap_words) or \
                    not examples and (_CLAUSE_COMMA.search(text) is not None and m.w0 - prev_end > 2) or (keep + [x for x in later if x.w0 < m.w0] and m.w0 - prev_end > 6):
                break
        keep.append(m)
        prev_end = m.w1
    return keep


def _triggers(view: SentenceView) -> list[tuple[int, int, bool]]:
    """(first word, word count, is a need/receipt verb) of each transfer trigger, in order."""
    lex = view.lex
    found: dict[int, tuple[int, int, bool]] = {}
    for i, n, _ in view.find(lex.passive_supply):
        found[i] = (i, n, True)
    for i, n, _ in view.find(lex.triggers["SUPPLIES"]):
        if not any(i < j + m and j < i + n for j, m, _ in found.values()):
            found[i] = (i, n, False)
    out = []
    for i, n, need in sorted(found.values()):
        if view.covered(i, n):
            continue  # "bantuan makanan" is an item, not a verb
        if view.lex.lang == "en" and view.lex.org_nouns.match_at(view.words, i + n):
            continue  # "the North Korean shipping firm", "a supply company": a kind of business
        if view.find(lex.ban_words, view.clause_start(i), min(len(view.words), i + n + 1)):
            continue  # "larangan pasokan senjata", "mendapat sanksi": a sanction, not a transfer
        out.append((i, n, need))
    return out


TROOPS = "commodity:troops"


def _stationed(view: SentenceView, st: ArticleState, sc: SentenceContext) -> list[Candidate]:
    """"About 11,000 North Korean soldiers are believed to be in Russia's Kursk region": one of
    the article's two states has troops in the other's land, so it sent them there."""
    pair = st.dyad()
    if pair is None:
        return []
    out: list[Candidate] = []
    for m in view.items():
        if m.entity != TROOPS:
            continue
        origin = _origin(view, [m])
        sender = view.actor_id(origin) if origin is not None else None
        if sender not in pair:
            continue
        where = next((x for x in view.mentions if m.w1 <= x.w0 <= m.w1 + 8 and x.type in ("Place", "State")
                      and view.preceded_by(x, view.lex.place_preps, reach=3)), None)
        if where is None:
            continue
        entry = view.catalog.get(where.entity)
        host = where.entity if where.type == "State" else (entry.part_of or entry.country if entry else None)
        if host is None or host == sender or host not in pair:
            continue
        at = where.w0 - 1
        out.append(Candidate("SUPPLIES", sender, host, view.evidence(), {"item": [TROOPS]},
                             view.date_near(at, sc.triggers), view.modality(at, at + 1), trigger=m.w0,
                             confidence=0.6))
    return out


def extract(view: SentenceView, st: ArticleState, sc: SentenceContext) -> list[Candidate]:
    out = _supplies(view, st, sc)
    if view.may_match(view.lex.use_verbs):
        told = {(c.subject, c.object) for c in out}
        out += [c for c in _used(view, st, sc) if (c.subject, c.object) not in told]
    return out


def _used(view: SentenceView, st: ArticleState, sc: SentenceContext) -> list[Candidate]:
    """"Russia has launched dozens of North Korean KN-23 missiles at Ukrainian cities": a state
    that fires another state's weapons was supplied them."""
    out: list[Candidate] = []
    for i, n, _ in view.find(view.lex.use_verbs):
        if view.negated(i):
            continue
        # "Russian forces fighting in Ukraine have fired …": where they fight is no subject
        subj = [m for m in view.actors(view.clause_start(i), i) if m.type != "Person" and not view.in_source(m)
                and not view.preceded_by(m, view.lex.place_preps, reach=1)]
        user = st.side_of(view.actor_id(subj[-1])) if subj else None
        items = [m for m in view.items(i + n, min(len(view.words), i + n + 8)) if m.type == "Weapon"]
        origin = _origin(view, items)
        maker = view.actor_id(origin) if origin is not None else None
        if origin is None or user is None or maker is None or user == maker:
            continue
        made = [m for m in items if m.w0 > origin.w0] if view.lex.lang == "en" else items
        out.append(Candidate("SUPPLIES", maker, user, view.evidence(), {"item": sorted({m.entity for m in made or items})},
                             view.date_near(i, sc.triggers), view.modality(i, i + n), trigger=i, confidence=0.6))
    return out


def _supplies(view: SentenceView, st: ArticleState, sc: SentenceContext) -> list[Candidate]:
    lex = view.lex
    out: list[Candidate] = []
    matches = _triggers(view) if view.may_match(lex.passive_supply, lex.triggers["SUPPLIES"]) else []
    if not matches:
        # no transfer verb: troops may still be told where they are
        return _stationed(view, st, sc) if any(m.entity == TROOPS for m in view.items()) else out
    exchange = view.find(lex.exchange)
    used_items: set[int] = set()
    starts = [i for i, _, _ in matches]
    preps = lex.place_preps | lex.to_words | lex.from_words
    consumed: set[int] = set()
    for pos, (i, n, need) in enumerate(matches):
        if i in consumed:
            continue
        # "Rusia tidak memasok teknologi militer terlarang": a transfer said not to happen is denied;
        # one blocked or forsworn ("menghalangi X memasok", "untuk tidak menyediakan") is no fact
        negated = view.negated(i)
        if negated and not _said_not(view, i):
            continue
        if view.lower(i + n) in lex.return_words:
            continue  # "workers must be sent home", "dipulangkan kembali": a return, no transfer
        word = view.lower(i)
        passive = bool(_PASSIVE.match(word)) or (word == "berikan") or _reduced_passive(view, i)
        later = [x for x in starts if x > i]
        # "receiving air defence systems, oil and help with its satellite programme": a trigger
        # joined to the item list is one more item of this transfer, not a transfer of its own
        while later and view.lower(later[0] - 1) in LIST_JOINS and view.items(i + n, later[0]):
            consumed.add(later.pop(0))
        stop = min(later + [e for e, _, _ in exchange if e > i] + [len(view.words)])
        items = [m for m in view.items(i + n, stop) if m.w0 not in used_items]
        if items and stop < len(view.words) and view.lower(stop) in lex.help_verbs \
                and view.lower(stop - 1) in lex.purpose_words:
            # "sent 14,000 troops to help Russia push …, as well as millions of artillery shells":
            # the list goes on past the purpose clause
            for e, en, _ in view.find(lex.more_items, stop)[:1]:
                items += [m for m in view.items(e + en, min(len(view.words), e + en + 8)) if m.w0 not in used_items]
        if not items and pos + 1 < len(matches) and (not need or matches[pos + 1][0] == i + n):
            # "membantu memperkuat militer Rusia … dengan memasok ribuan peluru": one transfer, two
            # verbs; "menerima kiriman senjata", "received shipments of arms": what is received
            j = matches[pos + 1][0]
            stop2 = min([x for x in starts if x > j] + [len(view.words)])
            items = [m for m in view.items(j, stop2) if m.w0 not in used_items]
            if items:
                consumed.add(j)
        if not items and (passive or not _is_active(word, lex.lang)):
            lo = view.clause_start(i) if not passive else max(view.clause_start(i), i - 6)
            items = [m for m in view.items(lo, i) if m.w0 not in used_items and (not passive or i - m.w1 <= 3)]
        if not items and len(matches) == 1 and not passive:
            # the item named in another clause ("stok amunisi Rusia telah habis, … memasok ulang")
            own = range(view.clause_start(i), view.clause_end(i))
            items = [m for m in view.items() if m.w0 not in used_items and m.w0 not in own]
        # "bertempur melawan pasukan Ukraina": the enemy's troops are not what is sent
        items = [m for m in items if not (m.w0 and view.lower(m.w0 - 1) in lex.against)]
        if word in lex.help_verbs:
            # "help Russia with shells" gives shells; "help Russian forces push Ukrainian troops
            # out" gives nothing: what follows another verb is that verb's
            items = [m for m in items if m.w0 < i or view.preceded_by(m, lex.with_words, reach=3)
                     or _origin(view, [m]) is None]
        items = _one_list(view, i + n, items)
        if need and items and min(m.w0 for m in items) > i + n + 3 and all(m.w0 > i for m in items):
            continue  # "Kim mendapat kehormatan untuk naik dalam mobil limusin": what he got is no item
        # "Selain teknologi luar angkasa canggih, Mr Kim juga … meminta bantuan makanan"
        if view.lower(0) in ("selain", "besides") and view.clause_start(i) > 0:
            items = view.items(0, view.clause_end(0)) + items
        if not items:
            continue
        # "State Department spokesman Matthew Miller said any such transfer …": who speaks, and his
        # body, stand before the speech verb, not as the supplier of a transfer told as a noun
        reported = view.is_noun(i)
        before = [m for m in view.actors(0, i) if not view.preceded_by(m, preps)
                  and not view.preceded_by(m, lex.not_supplier_context, reach=2)
                  and sc.speaker not in (m.entity, view.actor_id(m)) and not view.in_source(m)
                  and not view.preceded_by(m, lex.via_words, reach=3)
                  and not (reported and _says_between(view, m.w1, i))]
        frm = _first_after(view, i + n, lex.from_words)
        to = _first_after(view, i + n, lex.to_words, reach=4)
        # '…," kata Teuku Rezasyah dari Universitas Padjadjaran': the speaker's affiliation is no party
        said = next((k for k in range(i + n, len(view.words)) if view.lower(k) in lex.speaker_follows
                     and view.inverted(k)), None)
        if said is not None:
            frm = frm if frm is not None and frm.w0 < said else None
            to = to if to is not None and to.w0 < said else None
        if to is not None and view.preceded_by(to, lex.not_supplier_context, reach=2):
            to = None
        direct = [m for m in view.actors(i + n, min(len(view.words), i + n + 3))
                  if not view.preceded_by(m, preps)]
        suppliers: list[Mention] = []
        recipients: list[Mention] = []
        if need:
            recipients = view.coordinated(before[-1]) if before else []
            suppliers = view.coordinated(frm) if frm else []
        elif passive:
            # "apa yang bisa diberikan Rusia", "sedan mewah yang ia berikan", "dipasok oleh X"
            nxt = view.word_mention.get(i + n)
            prev = view.word_mention.get(i - 1)
            src = frm or (nxt if nxt is not None and view.actor_id(nxt) else None) or \
                (prev if prev is not None and view.actor_id(prev) else None) or _origin(view, items)
            suppliers = [src] if src else []
            recipients = [to] if to else []
        else:
            if frm and to and frm.w0 < to.w0:
                suppliers, recipients = [frm], [to]
            elif frm and to is None and not direct and frm.w0 > i:
                suppliers = [frm]  # "arranging arms deliveries from North Korea": the source supplies
            else:
                # "help with North Korea's satellite programme": whose the item is, is helped, not the source
                origin = _origin(view, items) if word not in lex.help_verbs else None
                src = _relative_subject(view, i) or origin or (before[-1] if before else None)
                # "Menurut badan intelijen Korea Selatan, Korea Utara …": the source is no co-supplier
                suppliers = [m for m in view.coordinated(src) if sc.speaker not in (m.entity, view.actor_id(m))
                             and not view.in_source(m)] if src else []
                after_items = [m for m in items if m.w0 > i]
                if direct and (not after_items or direct[0].w0 < after_items[0].w0
                               or word in lex.help_verbs):
                    recipients = [_named(view, direct[0])]
                elif to is not None:
                    recipients = [to]
        inferred = None
        s_ids = [a for a in (view.actor_id(m) for m in suppliers) if a]
        if not need and not passive and (home := _own_country(view, st, i)) is not None:
            s_ids = [home]  # "Yoon …, seusai bertemu Presiden Duda, mengatakan negaranya … memasok": his state
        r_ids = [a for a in (view.actor_id(m) for m in recipients) if a]
        if s_ids and not r_ids and not need:
            # "mengirim pasukan ke wilayah Kharkiv timur laut Ukraina": sent into a place, to its state
            r_ids = [x for x in [_destination_state(view, i + n, said)] if x]
        if s_ids and not r_ids:
            base = st.country_of(s_ids[0]) if s_ids[0].startswith("person:") else s_ids[0]
            other = st.counterpart(base) if base else None
            r_ids, inferred = ([other] if other else []), "recipient"
        elif r_ids and not s_ids:
            base = st.country_of(r_ids[0]) if r_ids[0].startswith("person:") else r_ids[0]
            other = st.counterpart(base) if base else None
            s_ids, inferred = ([other] if other else []), "supplier"
        # troops, weapons and technology go between states even when leaders are named; a car is a gift
        public = all(m.entity == TROOPS or m.type in ("Weapon", "Technology") for m in items)
        made = False
        for s_raw in s_ids:
            for r_raw in r_ids:
                s_id, r_id = _lift(st, s_raw, r_raw, public), _lift(st, r_raw, s_raw, public)
                if s_id == r_id:
                    continue
                attrs: dict[str, object] = {"item": sorted({m.entity for m in items})}
                quantities = [q for q in (_quantity(view, m) for m in items) if q]
                if quantities:
                    attrs["quantity"] = quantities[0]
                if exchange:
                    attrs["exchange"] = True
                if inferred:
                    attrs["inferred_endpoint"] = inferred
                out.append(Candidate("SUPPLIES", s_id, r_id, view.evidence(), attrs,
                                     view.date_near(i, sc.triggers), "denied" if negated else view.modality(i, i + n),
                                     trigger=i, confidence=0.55 if inferred else 0.8))
                made = True
        if made:
            used_items.update(m.w0 for m in items)
    return out


def link_exchanges(candidates: list[Candidate]) -> None:
    """Within one article, a transfer said to be given in return is linked to the
    transfers going the other way (shells ↔ satellite technology, food)."""
    supplies = [c for c in candidates if c.type == "SUPPLIES"]
    for c in supplies:
        if not c.attrs.get("exchange"):
            continue
        back = [o for o in supplies if o.subject == c.object and o.object == c.subject]
        if not back:
            continue
        for o in [c, *back]:
            other = back if o is c else [c]
            given = sorted({it for x in other for it in x.attrs["item"]} | set(o.attrs.get("in_exchange_for", [])))
            o.attrs["in_exchange_for"] = given
    for c in supplies:
        c.attrs.pop("exchange", None)
