"""Separate an article from its page furniture, and keep what the page says about it.

``clean_article(raw)`` returns the text evidence offsets will point into: the
title as its first line (when the article has one) followed by the body, with
paragraph breaks kept ("\\n\\n" or "\\n" as in the source). What it removes,
and only this, goes to ``removed`` as ``"<kind>: <text>"``:

* whole lines of furniture: related-article links ("Baca Juga ...", "Read
  more: ..."), ad/script slots ("Script № ... after post", "Advertisement"),
  comment and share widgets ("Komentar", "Share this article", "Facebook"),
  newsletter/app/follow prompts, copyright lines, credits ("Editor: ...",
  "Reporting by ..."), tags, breadcrumbs, pagination, bylines near the top;
* standalone timestamp lines ("Sep 5, 2023 - 14:31", "Published 13 September
  2023"), which become ``published``;
* outlet prefixes and datelines at the start of a paragraph ("NUSADAILY.COM -
  PYONGYANG - ", "JAKARTA, KOMPAS.com - ", "SEOUL (Reuters) - "), which become
  ``publisher`` and ``dateline``;
* a repeated title line, a repeated paragraph (exact repeat of 30+ characters),
  a teaser ending in "..." that a later paragraph spells out;
* end marks such as "(*)" or editors' initials "(ant/rmn)" after the last sentence.

A line is only ever removed whole when it matches one of these shapes and is
short; sentences of the article are never removed. Inline, only "Baca juga: ..."
after a sentence end and all-caps "ADVERTISEMENT" slugs are cut.

Publication date, in order of trust: a standalone timestamp line; a date in the
dateline prefix; a "seperti dikutip/dinukil/dilansir <source>, <date>." clause
(Indonesian outlets close a rewritten wire story with the wire's date, which
is the publication date of the story they reproduce).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import find_dates, parse_published


@dataclass(frozen=True)
class CleanArticle:
    text: str
    title: str | None
    publisher: str | None
    published: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    published_precision: str | None  # year | month | day
    dateline: str | None
    removed: tuple[str, ...]


# ---------------------------------------------------------------- whitespace

_BLANK_RUN = re.compile(r"\n{3,}")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def _tidy_line(line: str) -> str:
    # str.split() knows every Unicode space (NBSP, thin space...): one C call
    return " ".join(line.split())


# ---------------------------------------------------------------- furniture

_MAX_FURNITURE_LEN = 300
_SOCIAL = (
    r"facebook|twitter|x|whatsapp|telegram|linkedin|line|pinterest|reddit|email|e-mail|"
    r"print|copy link|salin (?:link|tautan)|messenger|instagram|tiktok|youtube"
)
_FURNITURE_PATTERNS: tuple[tuple[str, str], ...] = (
        # "Baca Juga" is never part of a sentence; the others only with a colon or no full stop
        ("related-link", r"^(?:baca\s+juga|baca\s+selengkapnya)\b.*$"),
        ("related-link",
         r"^(?:lihat\s+juga|simak\s+juga|simak\s+video|berita\s+terkait|artikel\s+terkait|"
         r"read\s+more|read\s+also|also\s+read|see\s+also|related(?:\s+(?:articles?|stories|"
         r"coverage|news|topics?|content))?|more\s+on\s+this\s+story|more\s+from\s+\S+|"
         r"recommended(?:\s+for\s+you)?|you\s+may\s+also\s+like|most\s+read|terpopuler|"
         r"trending|populer|rekomendasi|pilihan\s+editor)"
         r"\s*(?:[:：|»>\-–—].*|)$"),
        ("script", r"^script\b.*\b(?:after|before)\s+post\b.*$|^script\s*(?:№|no\.?)\s*\d+.*$"),
        ("comments",
         r"^(?:\d+\s+)?(?:komentar|comments?|tulis\s+komentar|beri\s+komentar|kirim\s+komentar|"
         r"leave\s+a\s+(?:comment|reply)|add\s+a\s+comment|view\s+comments|show\s+comments|"
         r"lihat\s+komentar|join\s+the\s+conversation)(?:\s*\(\d+\))?\s*:?\s*$"),
        ("share",
         rf"^(?:share|bagikan|bagikan\s+(?:artikel|berita)(?:\s+ini)?|share\s+this(?:\s+(?:article|"
         rf"story|page))?|share\s+on\s+\w+|tweet|{_SOCIAL})"
         rf"(?:\s*[:|,/•·]?\s*(?:{_SOCIAL}))*\s*:?\s*$"),
        ("advertisement",
         r"^(?:advertisement|advertisment|iklan|ads?|sponsored(?:\s+content)?|konten\s+"
         r"(?:bersponsor|sponsor)|scroll\s+to\s+(?:continue|resume)\s+with\s+content|"
         r"scroll\s+untuk\s+melanjutkan.*|lanjutkan\s+membaca.*|lanjut\s+baca.*|"
         r"continue\s+reading.*|(?:story|article)\s+continues\s+(?:below|after).*)$"),
        ("newsletter",
         r"^(?:sign\s+up\s+(?:for|to)\b.*|subscribe\s+(?:to|for|now|here)\b.*|"
         r"get\s+(?:our|the)\b.*\bnewsletter\b.*|.*\bnewsletter\b.*\bsign\s+up\b.*|"
         r"daftar(?:kan)?\s+(?:newsletter|buletin)\b.*|dapatkan\s+(?:update|berita|informasi|"
         r"notifikasi)\b.*|(?:ikuti|follow)\s+(?:kami|us|our|berita|kabar|akun|channel|"
         r"saluran)\b.*\b(?:google\s+news|whatsapp|telegram|instagram|twitter|facebook|"
         r"tiktok|youtube|channel|saluran)\b.*|gabung(?:lah)?\b.*\b(?:whatsapp|telegram|"
         r"channel|saluran|grup)\b.*|download\s+(?:aplikasi|the\s+app|our\s+app)\b.*|"
         r"unduh\s+aplikasi\b.*|klik\s+(?:di\s+sini|link)\b.*|click\s+here\b.*)$"),
        ("copyright", r"^(?:©|\(c\)\s|copyright\b|hak\s+cipta\b|all\s+rights\s+reserved).*$"),
        ("credit",
         r"^(?:editor|penulis|reporter|pewarta|penyunting|redaktur|sumber|source|foto|photo|"
         r"image|caption|ilustrasi|video|grafis|infografis|writing\s+by|reporting\s+by|"
         r"additional\s+reporting\s+by|editing\s+by|compiled\s+by|translated\s+by|"
         r"diterjemahkan\s+oleh|penerjemah)\s*:.*$"),
        ("credit",
         r"^(?:(?:additional\s+)?reporting|writing|editing)\s+by\s+[A-Z].*$|"
         r"^our\s+standards\s*:.*$|^\((?:foto|photo|dok|ilustrasi|gambar)\b[^)]*\)$|"
         r"^image\s+(?:source|caption)\b.*$|^getty\s+images$"),
        ("end-mark", r"^\((?:\*|[a-z]{2,6}(?:/[a-z]{2,6}){0,3})\)$"),
        ("tags", r"^(?:tags?|topik|kata\s+kunci|keywords?|topics?)\s*:.*$"),
        ("breadcrumb", r"^(?:home|beranda|news|berita|index)\s*[>›»/|].*$"),
        ("pagination",
         r"^(?:halaman|page)\s*(?:\d+\s*)+(?:(?:dari|of)\s*\d+\s*)?"
         r"(?:selanjutnya|berikutnya|next|»|>)?\s*$|"
         r"^(?:selanjutnya|berikutnya|next|previous|sebelumnya|prev)\s*[»>«<]?\s*$|"
         r"^(?:\d+\s+){2,}(?:\d+\s*)?(?:next|selanjutnya|berikutnya|»|>)?\s*$"),
        ("widget",
         r"^(?:loading\.*|memuat\.*|\(\*\)|\*{3,}|-{3,}|_{3,}|={3,}|listen\s+to\s+this\s+"
         r"article.*|dengarkan(?:\s+artikel)?.*\bini\b.*|\d+\s+min(?:ute)?s?\s+read|"
         r"skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|kembali\s+ke\s+atas|"
         r"bookmark|simpan|report|laporkan|favorit|follow|ikuti|like|suka)$"),
)
# one anchored alternation: a single match call per line instead of one per shape
_FURNITURE = re.compile(
    "|".join(f"(?P<f{i}>{pat})" for i, (_, pat) in enumerate(_FURNITURE_PATTERNS)), re.I
)
_FURNITURE_KIND = {f"f{i}": kind for i, (kind, _) in enumerate(_FURNITURE_PATTERNS)}
_BYLINE = re.compile(
    r"^(?i:oleh|by|penulis|reporter|pewarta|laporan(?:\s+wartawan)?)\s*:?\s+"
    r"[A-Z][\w.'’-]*(?:(?:\s+|,\s*|\s+(?:and|dan|&)\s+|\s*[|/]\s*)[A-Z][\w.'’-]*){0,8}\s*$",
)
_BYLINE_WINDOW = 8  # bylines are only looked for in the first few lines

_INLINE_RELATED = re.compile(r"(?<=[.!?\"”’])\s*(?:Baca [Jj]uga|BACA JUGA)\s*:.*$")
_INLINE_AD = re.compile(r"\s*\b(?:ADVERTISEMENT|SCROLL TO (?:CONTINUE|RESUME) WITH CONTENT)\b\s*")
_END_MARK = re.compile(r"(?<=[.!?\"”’)])\s*\((?:\*|[a-z]{2,6}(?:/[a-z]{2,6}){0,3})\)\s*$")

# ---------------------------------------------------------------- outlet prefixes

_DOMAIN = (
    r"[A-Za-z0-9][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)*\.(?i:co\.id|go\.id|or\.id|web\.id|"
    r"co\.uk|com|id|net|org|co|news|tv|info|my|sg|uk|ru|kr)"
)
_NAMED_OUTLET = (
    r"(?:detikcom|detikNews|ANTARA|Antara(?:\s+News)?|CNN\s+Indonesia|CNBC\s+Indonesia|"
    r"Kompas(?:\.com|\.id|TV)?|KOMPAS\.com|TEMPO\.CO|Tempo|Republika|VIVA|Okezone|SINDOnews|"
    r"Sindonews|Liputan6(?:\.com)?|Suara\.com|iNews(?:\.id)?|RRI|Medcom(?:\.id)?|JPNN|"
    r"Kumparan|kumparan|IDN\s+Times|Bisnis\.com|Tribunnews(?:\.com)?|Beritasatu|Kontan)"
)
_DASH = r"\s*(?:[-–—]{1,2}|\|)\s*"
_CAPS_PLACE = r"[A-Z][A-Z.'’\-]{2,}(?:\s+[A-Z][A-Z.'’\-]+){0,3}"
_PLACE = r"[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){0,3}"
_PREFIXES: tuple[tuple[re.Pattern[str], bool], ...] = (
    # "NUSADAILY.COM - PYONGYANG - ", "KABARBURSA.COM - ", "Liputan6.com, Jakarta - "
    (re.compile(
        rf"^(?P<outlet>{_DOMAIN}|{_NAMED_OUTLET})(?:\s*,\s*(?P<place>{_PLACE}))?{_DASH}"
        rf"(?:(?P<place2>{_CAPS_PLACE}){_DASH})?"), True),
    # "JAKARTA, KOMPAS.com - ", "Jakarta, CNN Indonesia -- "
    (re.compile(rf"^(?P<place>{_PLACE})\s*,\s*(?P<outlet>{_DOMAIN}|{_NAMED_OUTLET}){_DASH}"), True),
    # "SEOUL (Reuters) - ", "VLADIVOSTOK, Russia (AP) — ", "MOSCOW, Sept 13 (Reuters) - "
    (re.compile(
        rf"^(?P<place>{_PLACE})(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?))?"
        rf"(?:,\s*(?P<date>[A-Z][a-z]{{2,9}}\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?))?"
        rf"\s*\((?P<outlet>[A-Z][\w.&’' ]{{1,30}}?)\){_DASH}"), False),
    # a bare dateline, first paragraphs only: "PYONGYANG - ", "Jakarta - "
    (re.compile(rf"^(?P<place>{_CAPS_PLACE}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+[-–—]{{1,2}}\s+"
                r"(?=[A-Z\"“‘'])"), False),
)
_FIRST_PARAGRAPHS = 3
_TEASER_ZONE = 20  # lines
_OUTLET_STAMP = re.compile(rf"^(?P<o>{_DOMAIN}){_DASH}(?P<rest>.+)$")

_CITED_DATE = re.compile(
    r"(?i:dikutip|dinukil|dilansir|diberitakan|dilaporkan|disiarkan|melansir|mengutip)\b"
    r"[^.\n]{0,160}?,\s*(?P<date>[^,.\n]{6,40}?)\s*(?:\.|$)",
    re.M,
)
# cheap substring test before the regex (a leading case-insensitive alternation
# is slow to scan with)
_CITED_STEMS = ("kutip", "nukil", "lansir", "beritakan", "laporkan", "siarkan", "ngutip")


# a standalone dateline under the title: outlet and/or place words around a full date
_DATELINE_ZONE = 4  # nonblank lines
_STAMP_SEPARATORS = re.compile(r"\s[|—–-]{1,2}\s|,|\s\||\|")
_STAMP_WORD = re.compile(r"[A-Z][\w.&'’]*(?:/[A-Z][\w.]*)*")


# ---------------------------------------------------------------- helpers

def _dateline_stamp(line: str) -> tuple[tuple[str, str], str | None] | None:
    """"CNN Indonesia | Jumat, 20 Oktober 2023", "UNITED NATIONS, March 28, 2024 (Reuters)",
    "Reuters — SEOUL/KYIV, November 22, 2024": (publication date, outlet) when the line is a
    full date with only capitalised outlet and place words, a weekday and a time around it."""
    found = [d for d in find_dates(line, None, "und") if not d.relative]
    if not found or found[0].precision != "day":
        return None
    d = found[0]
    before, after = line[:d.start], line[d.end:]
    # past its capitalised words, the line must be a date with a time and a zone at most
    if parse_published(line[d.start:d.end] + " " + _STAMP_WORD.sub(" ", before + " " + after)) is None:
        return None
    bracket = re.search(r"\(([A-Z][^()]{1,30})\)", line)
    outlet = bracket.group(1).strip() if bracket else None
    if outlet is None:
        first = _STAMP_SEPARATORS.split(before, maxsplit=1)[0].strip()
        # "SEOUL" or "UNITED NATIONS" is a place; an outlet's name has small letters ("Reuters")
        outlet = first if first and any(c.islower() for c in first) else None
    return (d.value, d.precision), outlet


def _key(s: str) -> str:
    return " ".join(s.casefold().split())


def _furniture_kind(line: str) -> str | None:
    if len(line) > _MAX_FURNITURE_LEN:
        return None
    m = _FURNITURE.match(line)
    return _FURNITURE_KIND[m.lastgroup] if m and m.lastgroup else None


_TITLE_SMALL = frozenset(
    "a an and as at by for from in of on or the to with vs via yang dan di ke dari untuk "
    "dengan pada atau dalam soal usai jadi akan bahas".split()
)


def title_case_ratio(line: str) -> float:
    """Share of a line's words, short function words aside, that open with a capital."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if w.lower() not in _TITLE_SMALL]
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].isupper()) / len(words)


def _title_shaped(line: str) -> bool:
    words = line.split()
    if not 3 <= len(words) <= 30 or len(line) > 250:
        return False
    last = line.rstrip("\"'”’»)")[-1:]
    return last not in (".", ",", ";", ":")


def _strip_prefix(line: str, first_paragraph: bool) -> tuple[str, dict[str, str | None]] | None:
    for rx, anywhere in _PREFIXES:
        if not anywhere and not first_paragraph:
            continue
        m = rx.match(line)
        if m and m.end() < len(line):
            info = {
                "outlet": m.groupdict().get("outlet"),
                "place": m.groupdict().get("place2") or m.groupdict().get("place"),
                "date": m.groupdict().get("date"),
                "prefix": m.group(0),
            }
            return line[m.end():], info
    return None


# ---------------------------------------------------------------- main

def clean_article(raw: str, path: str = "") -> CleanArticle:
    """Clean one article's raw text; ``path`` is only used for messages."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    lines = [_tidy_line(ln) for ln in text.split("\n")]
    removed: list[str] = []
    publisher: str | None = None
    dateline: str | None = None
    published: tuple[str, str] | None = None
    prefix_date: tuple[str, str] | None = None

    # kept: list of (line, flags) where None line is a blank
    kept: list[str | None] = []
    prefixed: set[int] = set()  # indices in kept whose paragraph had an outlet prefix
    removed_after: set[int] = set()  # kept indices followed by a removed timestamp/byline
    nonblank_seen = 0
    paragraphs_seen = 0
    for idx, line in enumerate(lines):
        if not line:
            kept.append(None)
            continue
        nonblank_seen += 1
        kind = _furniture_kind(line)
        if kind is not None:
            removed.append(f"{kind}: {line}")
            continue
        if len(line) <= 100:
            stamp = parse_published(line)
            stamp_outlet = None
            if stamp is None:
                # "Kompas.com - 05/09/2023, 14:31 WIB"
                m = _OUTLET_STAMP.match(line)
                if m:
                    stamp = parse_published(m.group("rest"))
                    stamp_outlet = m.group("o") if stamp else None
            if stamp is None and published is None and 2 <= nonblank_seen <= _DATELINE_ZONE:
                # read, not removed: its place words may tell where the story was filed
                stamped = _dateline_stamp(line)
                if stamped is not None:
                    published = stamped[0]
                    publisher = publisher or stamped[1]
            if stamp is not None:
                removed.append(f"timestamp: {line}")
                if published is None:
                    published = stamp
                if stamp_outlet and publisher is None:
                    publisher = stamp_outlet
                _mark_previous(kept, removed_after)
                continue
        if nonblank_seen <= _BYLINE_WINDOW and _BYLINE.match(line) and len(line.split()) <= 12:
            removed.append(f"byline: {line}")
            _mark_previous(kept, removed_after)
            continue
        head = line[:90]
        stripped = None
        if "-" in head or "–" in head or "—" in head or "|" in head:
            stripped = _strip_prefix(
                line, paragraphs_seen < _FIRST_PARAGRAPHS and not _title_shaped(line)
            )
        if stripped is not None:
            line, info = stripped
            removed.append(f"outlet-prefix: {(info['prefix'] or '').rstrip()}")
            if publisher is None and info["outlet"]:
                publisher = " ".join(info["outlet"].split())
            if dateline is None and info["place"]:
                dateline = info["place"]
            if prefix_date is None and info["date"]:
                prefix_date = parse_published(info["date"])
            prefixed.add(len(kept))
        m_inline = _INLINE_RELATED.search(line) if ("Baca" in line or "BACA" in line) else None
        if m_inline:
            removed.append(f"related-link: {m_inline.group(0).strip()}")
            line = line[: m_inline.start()].rstrip()
        if "ADVERTISEMENT" in line or "SCROLL TO" in line:
            new = _INLINE_AD.sub(" ", line).strip()
            if new != line:
                removed.append("advertisement: (inline slug)")
                line = new
        if not line:
            continue
        kept.append(line)
        paragraphs_seen += 1

    keys = [None if ln is None else _key(ln) for ln in kept]

    # ---- title
    title: str | None = None
    first = next((i for i, ln in enumerate(kept) if ln is not None), None)
    if first is not None and first not in prefixed:
        cand = kept[first]
        assert cand is not None
        if _title_shaped(cand):
            followed_by_blank = first + 1 < len(kept) and kept[first + 1] is None
            repeated = keys[first] in keys[first + 1:]
            title_case = title_case_ratio(cand) >= 0.6 and len(cand.split()) <= 20
            if followed_by_blank or repeated or first in removed_after or title_case:
                title = cand

    # ---- duplicates: repeated title, repeated paragraphs, teasers
    seen: set[str] = set()
    title_key = keys[first] if title and first is not None else None
    for i, k in enumerate(keys):
        if k is None:
            continue
        if title_key is not None and k == title_key and i != first:
            removed.append(f"duplicate-title: {kept[i]}")
            kept[i] = keys[i] = None
            continue
        if len(k) >= 30 and k in seen:
            removed.append(f"duplicate-paragraph: {kept[i]}")
            kept[i] = keys[i] = None
            continue
        seen.add(k)
    # teasers sit at the top of a page; bounded so a huge file stays linear
    for i, ln in enumerate(kept[:_TEASER_ZONE]):
        if ln is None or not ln.endswith(("...", "…")):
            continue
        stem = _key(ln.rstrip(".…").rstrip())
        if len(stem) < 30:
            continue
        if any(later is not None and later.startswith(stem) and later != keys[i]
               for later in keys[i + 1:i + 1 + _TEASER_ZONE]):
            removed.append(f"teaser: {ln}")
            kept[i] = keys[i] = None

    # ---- end marks on the last paragraph
    last = next((i for i in range(len(kept) - 1, -1, -1) if kept[i] is not None), None)
    if last is not None:
        ln = kept[last]
        assert ln is not None
        m_end = _END_MARK.search(ln)
        if m_end:
            removed.append(f"end-mark: {m_end.group(0).strip()}")
            kept[last] = ln[: m_end.start()].rstrip() or None

    out = "\n".join("" if ln is None else ln for ln in kept)
    if "\n\n\n" in out:  # a plain search first: most articles have no run to squeeze
        out = _BLANK_RUN.sub("\n\n", out)
    out = out.strip("\n")

    # ---- publication date from the body when no timestamp said it
    if published is None and prefix_date is not None:
        published = prefix_date
    if published is None:
        low = out.lower()
        for stem in _CITED_STEMS:
            at = low.find(stem)
            while at != -1 and published is None:
                m = _CITED_DATE.search(out, max(0, at - 4), at + 200)
                if m is not None and m.start() <= at:
                    published = parse_published(m.group("date"))
                at = low.find(stem, at + 1)
            if published is not None:
                break

    return CleanArticle(
        text=out,
        title=title,
        publisher=publisher,
        published=published[0] if published else None,
        published_precision=published[1] if published else None,
        dateline=dateline,
        removed=tuple(removed),
    )


def _mark_previous(kept: list[str | None], marks: set[int]) -> None:
    """Remember that the last kept line was followed by removed page furniture."""
    for i in range(len(kept) - 1, -1, -1):
        if kept[i] is not None:
            marks.add(i)
            return
