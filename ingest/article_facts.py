"""One cleaned article → entity mentions and fact candidates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import lru_cache, partial

from graph.model import Article, FactDate

from .candidates import Candidate
from .catalog import Catalog
from .clean import title_case_ratio
from .dates import DateMention, find_dates
from .descriptions import OfficeHolders, described_people, named_by_nationality
from .lexicon import LIST_JOINS, Lexicon, cue_starts, load_lexicon
from .mentions import ArticleContext, EntityRegistry, Mention, MentionFinder
from .merge import WEAK_DATE
from .rules import RULES
from .rules.state import ArticleState, SentenceContext
from .rules.transfers import TROOPS, link_exchanges
from .segment import Sentence, split_sentences
from .sentence_view import SentenceView
from .tokens import Token, words as word_tokens

# facts a name or a title states, which no speaker needs to vouch for
_UNATTRIBUTED = frozenset({"LEADS", "HOLDS_ROLE", "AFFILIATED_WITH", "FOUNDED", "LOCATED_IN", "PART_OF"})
_OFFICES = frozenset({"LEADS", "HOLDS_ROLE"})
_CARRY_REF = 4  # sentences an explicit date stays the reference for "bulan ini", "besok"
_DENIAL_REACH = 3  # sentences back a denial that names no item may answer


def reference_date(published: str | None) -> date | None:
    if published and len(published) == 10:
        try:
            return date.fromisoformat(published)
        except ValueError:
            return None
    return None


@lru_cache(maxsize=256)
def _out_of_office(catalog: Catalog, on: date) -> frozenset[str]:
    return catalog.out_of_office(on.isoformat())


def _headline(article: Article, first: str) -> bool:
    """Whether the first sentence is a title in title case ("… Temui Kim Jong Un di Pyongyang, Sebut …")."""
    return bool(article.title) and first.strip() == (article.title or "").strip() and title_case_ratio(first) >= 0.8


class ArticleExtractor:
    def __init__(self, catalog: Catalog, registry: EntityRegistry) -> None:
        self.catalog = catalog
        self.registry = registry

    def extract(self, article: Article) -> tuple[list[Candidate], set[str]]:
        """Fact candidates of one article, and the ids of every entity it mentions."""
        lex = load_lexicon(article.lang)
        finder = MentionFinder(self.catalog, lex, self.registry)
        published = reference_date(article.published)
        ctx = ArticleContext(past=_out_of_office(self.catalog, published) if published else frozenset())
        sentences = split_sentences(article.text)
        sentence_words = [word_tokens(s.text, s.start) for s in sentences]
        # where each cue set may match, worked out once per sentence for mentions and rules alike
        sentence_lowers = [[w.lower for w in words] for words in sentence_words]
        sentence_cues = [cue_starts(lex.lang, lowers) for lowers in sentence_lowers]
        headline = _headline(article, sentences[0].text if sentences else "")
        mentions: list[list[Mention]] = [finder.find(s, ctx, w, c, low, headline and s.index == 0)
                                         for s, w, c, low in zip(sentences, sentence_words, sentence_cues,
                                                                 sentence_lowers)]
        st = ArticleState(self.catalog)
        for ms in mentions:
            for m in ms:
                if m.type == "State":
                    st.state_counts[m.entity] += 1
                elif m.type == "Place" and m.metonym_of:
                    st.state_counts[m.metonym_of] += 1
        local_ref, ref_at = published, -99
        out: list[Candidate] = []
        previous: list[Mention] = []
        holders = OfficeHolders(self.catalog, published)
        last_of_state: dict[str, str] = {}  # state → the last person of it the article named
        title_cues = id(lex.titles)
        for s, ms, words, cues, lowers in zip(sentences, mentions, sentence_words, sentence_cues, sentence_lowers):
            if holders and title_cues in cues:
                ms = described_people(s, words, lowers, ms, lex, cues[title_cues], holders)
            if last_of_state and not lex.person_nouns.isdisjoint(lowers):
                ms = named_by_nationality(s, words, lowers, ms, lex, last_of_state)
            if not lex.pronoun_people.isdisjoint(lowers):
                ms = self._pronouns(s, words, ms, previous, lex)
            previous = ms or previous
            ref = local_ref if s.index - ref_at <= _CARRY_REF else published
            dates = find_dates(s.text, ref, lex.lang, words, s.start)
            for d in dates:
                if d.precision == "day" and not d.relative and WEAK_DATE not in (d.qualifier or ""):
                    local_ref, ref_at = date.fromisoformat(d.value), s.index
            dates = [DateMention(d.start + s.start, d.end + s.start, d.value, d.precision, d.qualifier, d.relative)
                     for d in dates]
            view = SentenceView(article.id, s, words, ms, dates, lex, self.catalog, cues, lowers)
            speaker = view.attribution({"previous": st.previous_speaker} if st.previous_speaker else {})
            sc = SentenceContext(partial(_sentence_triggers, view), speaker)
            found: list[Candidate] = []
            for rule in RULES:
                found.extend(rule(view, st, sc))
            explicit_ref = ref if ref_at >= 0 and s.index - ref_at <= _CARRY_REF else None
            for c in found:
                if c.date is None and explicit_ref is not None:
                    c.context_date = FactDate(explicit_ref.isoformat(), "day")
                if c.attributed_to is None and speaker and speaker not in (c.subject, c.object) and \
                        c.type not in _UNATTRIBUTED:
                    c.attributed_to = speaker
            found = _without_speaker(view, found, st)
            st.wars.update(frozenset((c.subject, c.object)) for c in found
                           if c.type == "AT_WAR_WITH" and c.modality == "asserted")
            if st.wars:
                found = _no_troops_to_enemies(found, st.wars)
            # "an invitation from Kim Jong Un to visit North Korea": nobody visits his own state,
            # nor his own capital
            found = [c for c in found if c.type != "VISITED" or not _home(self.catalog, st, c.subject, c.object)]
            found.extend(self._denials(view, st, found))
            for c in found:
                if c.type in _OFFICES and c.modality == "asserted" and not c.attrs.get("role", "Former").startswith("Former"):
                    holders.learn(c.subject, c.object, c.attrs["role"])
            if speaker:
                st.previous_speaker = speaker
            claims = [c for c in found if c.modality != "denied" and c.type in ("SUPPLIES", "MET_WITH", "VISITED")]
            st.claims.extend(c for c in claims if c.type == "SUPPLIES")
            if claims:
                st.last_claims = claims
            elif st.last_claims and s.index - st.last_claims[0].evidence.sentence > 2:
                st.last_claims = []  # a denial answers what was just said, not something far above
            out.extend(found)
            people = list(dict.fromkeys(m.entity for m in ms if m.type == "Person" and m.how != "pronoun"))
            if people:
                st.previous_people = people
            for person in reversed(people):  # of a sentence's people, the first named (its subject) wins
                if (home := st.country_of(person)) is not None:
                    last_of_state[home] = person
        link_exchanges(out)
        return out, {m.entity for ms in mentions for m in ms if m.how != "pronoun"}

    @staticmethod
    def _pronouns(sent: Sentence, words: list[Token], ms: list[Mention], previous: list[Mention],
                  lex: Lexicon) -> list[Mention]:
        """"dia", "ia", "he", "she" → the person the sentence (or the one before) is about, or right
        after a closing quote, the one the sentence before named;
        "him", "her" → whom an earlier "he"/"she" of the sentence meant ("he wants Moscow to keep
        shielding him"), else someone other than the people already named in the sentence."""
        pronouns, objects = lex.pronoun_people, lex.object_pronouns
        spots = [k for k, w in enumerate(words) if w.lower in pronouns]
        if not spots:
            return ms
        small = lex.determiners | lex.place_preps | lex.to_words | lex.from_words | lex.by_words | LIST_JOINS
        taken = {k for m in ms for k in range(m.w0, m.w1)}
        extra: list[Mention] = []
        for k in spots:
            w = words[k]
            if k in taken:
                continue
            here = [m for m in ms if m.type == "Person" and m.w1 <= k]
            before = [m for m in previous if m.type == "Person"]
            if w.lower in objects and w.lower in lex.possessives and _possessive(sent, words, k, small):
                continue  # "with her Russian counterpart Sergei Lavrov": whose, not whom
            if w.lower in objects:
                subject = next((m for m in reversed(extra) if m.text.lower() == objects[w.lower]), None)
                named = {m.entity for m in here}
                ref = subject or next((m for m in before if m.entity not in named), None)
            elif k > 0 and any(q in sent.text[words[k - 1].end - sent.start:w.start - sent.start] for q in '"”'):
                # '"… shielding him at the UN," she said': the one who speaks was named before the quote
                ref = before[0] if before else None
            else:
                ref = here[0] if here else (before[0] if before else None)
            if ref is not None:
                extra.append(Mention(w.start, w.end, ref.entity, "Person", w.text, "pronoun", k, k + 1))
        return sorted(ms + extra, key=lambda m: m.start) if extra else ms

    @staticmethod
    def _denials(view: SentenceView, st: ArticleState, found: list[Candidate]) -> list[Candidate]:
        """"Prigozhin … menolak tuduhan tersebut": the previous claim, denied, by the denier.
        "Moscow and Pyongyang have both denied any arms deals": the claims between the deniers,
        however far above, of the items the denial names ("arms" stands for every weapon)."""
        cues = view.find(view.lex.modality["denied"])
        if not cues:
            return []
        i = cues[0][0]
        deniers = [m for m in view.mentions if m.w1 <= i and view.actor_id(m)]
        people = [m for m in deniers if m.type == "Person"]
        voices = view.coordinated(people[-1] if people else deniers[0]) if deniers else []
        # the sides that deny, as states: "Peskov" speaks for Russia
        sides = {st.country_of(a) or a for a in (view.actor_id(m) for m in voices) if a}
        named = {m.entity for m in view.items(i)}
        own = [c for c in found if c.type in ("SUPPLIES", "MET_WITH", "VISITED")]
        recent = [c for c in st.last_claims if c.type == "SUPPLIES"]
        guessed = all(c.type == "SUPPLIES" and c.modality == "denied" and "inferred_endpoint" in c.attrs for c in own)
        if own and not guessed:
            return []  # the sentence states the transfer it denies
        if own:
            # "Kremlin membantah laporan pengiriman pasukan itu": the report denied is the claim just
            # made, not a transfer by the denier to whomever the article pairs it with; "Moskwa dan
            # Pyongyang membantah tuduhan transfer senjata": the claims between the two
            claims = recent if any(_shares_item(c, recent) for c in own) else \
                (_denied_claims(view, st.claims, named, sides, st) if named and len(sides) >= 2 else [])
            if not claims:
                return []  # the sentence's own reading stands
            for c in own:
                found.remove(c)
        else:  # the denial names no transfer: the claims it answers, narrowed to what it names
            # "Pyongyang and Moscow have both denied the claims": without items named, the claims of
            # the last few sentences between the two sides (a side's body counts as the side)
            near = st.claims if named else [c for c in st.claims if view.sent.index - c.evidence.sentence <= _DENIAL_REACH]
            claims = _denied_claims(view, recent, named, sides, st)
            if len(sides) >= 2 and (not claims or not named):
                claims += [c for c in _denied_claims(view, near, named, sides, st) if c not in claims]
        if not claims:
            # a meeting or a visit told as fact; one only scheduled or asked for is no accusation
            claims = [c for c in st.last_claims if c.type != "SUPPLIES" and c.modality == "asserted"]
        out = []
        if not voices:
            # "Both countries have long denied any arms trade": the two sides of the claim
            if not view.find(view.lex.both_parties, 0, i) or not claims:
                return []
            claim = claims[0]
            for side in dict.fromkeys((claim.subject, claim.object)):
                for c in claims:
                    out.append(Candidate(c.type, c.subject, c.object, view.evidence(), dict(c.attrs), c.date,
                                         "denied", side, confidence=0.7, trigger=i))
            return out
        for m in voices:  # "Both Moscow and Pyongyang have denied"
            denier = view.actor_id(m)
            for c in claims:
                out.append(Candidate(c.type, c.subject, c.object, view.evidence(), dict(c.attrs), c.date, "denied",
                                     denier, confidence=0.75, trigger=i))
        return out


def _possessive(sent: Sentence, words: list[Token], k: int, small: frozenset[str]) -> bool:
    """Whether the pronoun at word k owns the noun right after it ("her counterpart") rather than
    being the object of a verb ("met her in Moscow", "told her that")."""
    if k + 1 >= len(words):
        return False
    gap = sent.text[words[k].end - sent.start:words[k + 1].start - sent.start]
    return not gap.strip() and words[k + 1].lower not in small


def _denied_claims(view: SentenceView, claims: list[Candidate], named: set[str], sides: set[str],
                   st: ArticleState) -> list[Candidate]:
    """The claims a denial answers: those between its two sides when it names two (the Wagner
    Group stands on Russia's side), and only the items it names when it names any, each claim
    narrowed to them."""
    if len(sides) >= 2:
        claims = [c for c in claims if {c.subject, st.country_of(c.subject)} & sides
                  and {c.object, st.country_of(c.object)} & sides]
    if not named:
        return claims
    out = []
    for c in claims:
        items = [it for it in c.attrs.get("item", ()) if any(view.catalog.covers(n, it) for n in named)]
        if items:
            out.append(replace(c, attrs={**c.attrs, "item": items}))
    return out


def _home(catalog: Catalog, st: ArticleState, person: str, place: str) -> bool:
    """Whether the place is the person's own state or its capital."""
    home = st.country_of(person)
    if home is None:
        return False
    entry = catalog.get(place) if place.startswith("place:") else None
    return place == home or (entry is not None and entry.metonym_of == home)


def _sentence_triggers(view: SentenceView) -> list[int]:
    """Where the sentence's fact triggers start, without the participles that only qualify a name
    ("visiting Russian Defence Minister …") and the words of names ("Pangkalan Peluncuran Satelit
    Sohae"): they date nothing."""
    return [t for t in view.first_words(view.lex.triggers.values()) if not view.attributive(t)
            and t not in view.word_mention]


def _without_speaker(view: SentenceView, found: list[Candidate], st: ArticleState) -> list[Candidate]:
    """"… cover against sanctions," said Hong Min: a name named only as the one who speaks takes
    no part in what is said (his titles and affiliations aside), nor does his state when the
    sentence does not name it ('"… engage in arms transfers," Foreign Secretary David Cameron said')."""
    speakers = view.speakers_named()
    if not speakers:
        return found
    only = {m.entity for m in speakers} - {m.entity for m in view.mentions if m not in speakers}
    named = {view.actor_id(m) for m in view.mentions if m not in speakers}
    only |= {home for p in only if (home := st.country_of(p)) is not None and home not in named}
    return [c for c in found if c.type in _UNATTRIBUTED or not ({c.subject, c.object} & only)]


def _no_troops_to_enemies(found: list[Candidate], wars: set[frozenset[str]]) -> list[Candidate]:
    """"pasukan Kremlin … melakukan serangan di wilayah Kharkiv, Ukraina": troops in the land of a
    state their own is at war with invade it; they are not supplied to it."""
    out = []
    for c in found:
        if c.type == "SUPPLIES" and TROOPS in c.attrs.get("item", ()) and frozenset((c.subject, c.object)) in wars:
            items = [it for it in c.attrs["item"] if it != TROOPS]
            if not items:
                continue
            c = replace(c, attrs={**c.attrs, "item": items})
        out.append(c)
    return out


def _shares_item(c: Candidate, claims: list[Candidate]) -> bool:
    items = set(c.attrs.get("item", ()))
    return any(items & set(x.attrs.get("item", ())) for x in claims)
