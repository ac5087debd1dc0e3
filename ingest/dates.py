"""Find and normalise dates in Indonesian and English news text.

Pure Python and regex only (dateparser's ``search_dates`` turns "T-54" into
1954; see ARCHITECTURE.md). Every mention carries character offsets into the
text it was found in, an ISO-like value (``YYYY``, ``YYYY-MM`` or
``YYYY-MM-DD``) and its precision. A day is never invented: a month without a
day stays ``YYYY-MM``.

Rules worth knowing (they are the choices an analyst would want documented):

* **Missing year** ("13 September", "pada Juli", "bulan September", "(13/9)")
  is resolved against ``ref`` (the article's own date): the month counts as
  *upcoming* when it is the ref month or up to two months after it (news
  announces scheduled events a few weeks ahead: "dijadwalkan pada 10-13
  September" written on 5 September), otherwise as the most recent such month
  before ``ref`` ("saat mereka bertemu pada bulan September" written in June
  2024 means September 2023). A following "lalu"/"silam" forces the past,
  "mendatang"/"depan" the future; "last/next July" likewise. Without ``ref``
  such mentions are dropped, never guessed.
* **Relative words** ("besok", "hari ini", "kemarin", "bulan ini", "tahun
  lalu", "tomorrow", "last year", "3 tahun lalu"...) need ``ref``. Weeks
  ("pekan lalu", "last week") carry no day: they come out with month precision
  when the whole Monday-Sunday week lies in one month, year precision when it
  lies in one year, and qualifier ``"week"`` (``"weekend"`` for "akhir pekan").
* **A weekday alone** ("Rabu", "pada hari Rabu", "on Wednesday") is the
  nearest such day on or before ``ref`` (strictly before with "lalu"/"last",
  strictly after with "depan"/"next", the same ISO week with "ini"/"this");
  it is weak evidence, so its qualifier is ``"weekday"``.
* **A weekday next to a full date** ("Rabu (13 Juli 2023)") takes the date; if
  they disagree (13 July 2023 was a Thursday) the qualifier is
  ``"weekday-mismatch"`` so the analyst can see it.
* **Qualifiers**: position words become ``early`` (awal, permulaan, early,
  beginning/start of), ``mid`` (pertengahan, medio, mid, middle of), ``late``
  (akhir, penghujung, late, end of), ``earlier``/``later`` ("earlier this
  year"); relation words become ``since`` (sejak, mulai, since), ``before``
  (sebelum, menjelang, before, prior to), ``after`` (setelah, sesudah, after),
  ``until`` (hingga, sampai, until). Both may combine: ``"since late"``.
* **Decades** ("1980-an", "pertengahan 1980-an", "the 1980s", "mid-1980s") are
  value = first year, precision ``year``, qualifier ``"1980s"`` or
  ``"mid-1980s"`` / ``"early-1980s"`` / ``"late-1980s"``.
* **Ranges** ("10-13 September", "September 10-13, 2023", "2022-2023") take the
  start as value; the end goes into the qualifier as ``"until <end value>"``.
* **Years** are 4-digit 1900-2099 and count only in a date context: after
  "tahun", a preposition (pada, sejak, hingga, selama, in, since, until, by,
  during...) or a qualifier word; never inside "T-54", "Dermaga 33",
  "USD24,5", "8,7 persen", "2.400 kilometer", "ke-70", or a bare number.
* **Numeric dates** "13/9/2023", "13.09.2023" are day/month/year (Indonesian
  and most of the world); in English text an ambiguous one (both parts <= 12)
  is dropped, an unambiguous one is read either way. ISO "2023-09-13" too.
* ``relative`` is True whenever the value depended on ``ref``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .tokens import Token
from .tokens import words as word_tokens


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str
    precision: str  # year | month | day
    qualifier: str | None
    relative: bool


from .date_vocab import (
    _MONTH_FULL,
    _MONTHS,
    _WEEKDAYS,
    _REL_ID,
    _REL_EN,
    _NUMBER_WORDS,
    _UNIT_WORDS,
    _POSITION,
    _RELATION,
)
from .date_patterns import (
    _TRIGGER_WORDS,
    _TRIGGER_CAP,
    _ARTICLE_AGO,
    _LOW_STARTS,
    _POS_BEFORE,
    _REL_BEFORE,
    _LEADS,
    _CONTEXT_BEFORE,
    _CONTEXT_WINDOW,
    _COUNT_AFTER,
    _NEXT_WEEKDAY_OK,
    _master,
)


_TRIGGER_SET = {lang: frozenset(words) for lang, words in _TRIGGER_WORDS.items()}


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


def _lead(text: str, start: int, rx: re.Pattern[str]) -> tuple[str | None, int]:
    window = text[max(0, start - 12):start]
    m = rx.search(window)
    if not m:
        return None, start
    return m.group("w").lower(), start - len(window) + m.start()


def _qualifier(text: str, start: int) -> tuple[str | None, str | None, int]:
    """Relation and position words just before ``start``, and the widened start.

    "sejak akhir 2023" -> ("since", "late"); "mid-2024" -> (None, "mid").
    """
    rel = pos = None
    window = text[max(0, start - 24):start]
    base = start - len(window)
    pm = _POS_BEFORE.search(window)
    if pm:
        pos = _POSITION[_norm(pm.group("w"))]
        window = window[: pm.start()]
        start = base + pm.start()
    rm = _REL_BEFORE.search(window)
    if rm:
        rel = _RELATION[_norm(rm.group("w"))]
        start = base + rm.start()
    return rel, pos, start


def _boundary_ok(text: str, start: int) -> bool:
    """The match must not continue a word or a number ("USD24", "T-54", "ke-70")."""
    if start == 0:
        return True
    prev = text[start - 1]
    if prev.isalnum() or prev == "_":
        return False
    if text[start].isdigit() and prev in ".,:/":
        return False
    if prev == "-" and text[start].isdigit():
        return text[max(0, start - 4):start].lower() == "mid-"
    return True


def _join(*parts: str | None) -> str | None:
    kept = [p for p in parts if p]
    return " ".join(kept) if kept else None


def _year_for(month: int, ref: date, direction: str | None) -> int:
    """Year of a year-less month (see the module docstring for the rule)."""
    if direction == "past":
        return ref.year if month <= ref.month else ref.year - 1
    if direction == "future":
        return ref.year if month >= ref.month else ref.year + 1
    ahead = (month - ref.month) % 12
    if ahead <= 2:
        return ref.year + (1 if ref.month + ahead > 12 else 0)
    return ref.year if month < ref.month else ref.year - 1


def _direction(word: str | None) -> str | None:
    if not word:
        return None
    w = word.lower()
    if w in ("lalu", "silam", "kemarin", "last"):
        return "past"
    if w in ("mendatang", "depan", "nanti", "next"):
        return "future"
    return None


def _add_months(d: date, months: int) -> tuple[int, int]:
    total = d.year * 12 + (d.month - 1) + months
    return total // 12, total % 12 + 1


def _week_value(ref: date, offset: int, weekend: bool) -> tuple[str, str] | None:
    monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=offset)
    first = monday + timedelta(days=5) if weekend else monday
    last = monday + timedelta(days=6)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}", "month"
    if first.year == last.year:
        return f"{first.year:04d}", "year"
    return None


def _day_value(y: int, mo: int, d: int) -> str | None:
    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        return None




def _resolve(
    m: re.Match[str], text: str, ref: date | None, lang: str
) -> tuple[int, str, str, str | None, bool] | None:
    """(start, value, precision, qualifier, relative) or None when rejected."""
    k = m.lastgroup
    assert k is not None
    g = m.group
    groups = m.re.groupindex
    start = m.start()
    if not _boundary_ok(text, start):
        return None
    lead_word = None
    has_wd = f"{k}_wd" in groups and g(f"{k}_wd") is not None
    lead_rx = _LEADS.get("dmy_wd" if has_wd else k)
    if lead_rx is not None:
        lead_word, start = _lead(text, start, lead_rx)
    rel, pos, start = _qualifier(text, start) if k != "iso" else (None, None, start)
    before = text[max(0, start - _CONTEXT_WINDOW):start]

    if k in ("dmy", "mdy", "num", "pdm", "iso"):
        wd_word = g(f"{k}_wd") if has_wd else None
        direction = _direction(g(f"{k}_dir")) if f"{k}_dir" in groups else None
        relative = False
        if k == "num":
            a, b = int(g("num_a")), int(g("num_b"))
            if a > 12 and b <= 12:
                day, month = a, b
            elif b > 12 and a <= 12:
                day, month = b, a
            elif lang == "en":
                return None  # 9/10/2023 in English text could be either
            else:
                day, month = a, b
            year: int | None = int(g("num_y"))
        else:
            day = int(g(f"{k}_d"))
            mword = g(f"{k}_m").rstrip(".")
            month = int(mword) if mword.isdigit() else _MONTHS[mword.lower()]
            ys = g(f"{k}_y") if f"{k}_y" in groups else None
            year = int(ys) if ys else None
        if year is None:
            if ref is None:
                return None
            year = _year_for(month, ref, direction)
            relative = True
        value = _day_value(year, month, day)
        if value is None:
            return None
        range_q = None
        d2 = g(f"{k}_d2") if f"{k}_d2" in groups else None
        if d2:
            end_value = _day_value(year, month, int(d2))
            if end_value is None or end_value <= value:
                return None
            range_q = f"until {end_value}"
        wd_q = None
        if wd_word and _WEEKDAYS[wd_word.lower()] != date.fromisoformat(value).weekday():
            wd_q = "weekday-mismatch"
        return start, value, "day", _join(rel, pos, range_q, wd_q), relative

    if k == "my":
        month = _MONTHS[g("my_m").rstrip(".").lower()]
        return start, f"{int(g('my_y')):04d}-{month:02d}", "month", _join(rel, pos), False

    if k == "decade":
        y = g("decade_y")
        decade = f"{pos}-{y}s" if pos else f"{y}s"
        return start, y, "year", _join(rel, decade), False

    if k == "year":
        if not (rel or pos or lead_word or _CONTEXT_BEFORE.search(before)):
            return None
        if _COUNT_AFTER.match(text, m.end()):
            return None
        y = g("year_y")
        y_end = g("year_y2") or g("year_y3")
        if y_end and int(y_end) <= int(y):
            return None
        return start, y, "year", _join(rel, pos, f"until {y_end}" if y_end else None), False

    if ref is None:
        return None  # everything below is relative to the article's date

    if k == "ago":
        unit = _UNIT_WORDS[g("ago_u").lower()]
        if g("ago_se"):
            n = 1
            if unit not in ("month", "year"):
                return None  # "sehari", "seminggu" are idioms more often than dates
        else:
            word = g("ago_n").lower()
            n = int(word) if word.isdigit() else _NUMBER_WORDS[word]
        if unit == "day":
            return start, (ref - timedelta(days=n)).isoformat(), "day", _join(rel, pos), True
        if unit == "month":
            yy, mm = _add_months(ref, -n)
            return start, f"{yy:04d}-{mm:02d}", "month", _join(rel, pos), True
        if unit == "year":
            return start, f"{ref.year - n:04d}", "year", _join(rel, pos), True
        return None  # "3 pekan lalu" has no month we could name honestly

    if k == "rel":
        unit, off = {**_REL_ID, **_REL_EN}[_norm(g("rel_r"))]
        if unit == "day":
            return start, (ref + timedelta(days=off)).isoformat(), "day", _join(rel, pos), True
        if unit in ("week", "weekend"):
            wv = _week_value(ref, off, unit == "weekend")
            if wv is None:
                return None
            return start, wv[0], wv[1], _join(rel, pos, unit), True
        if unit == "month":
            yy, mm = _add_months(ref, off)
            return start, f"{yy:04d}-{mm:02d}", "month", _join(rel, pos), True
        return start, f"{ref.year + off:04d}", "year", _join(rel, pos), True

    if k == "mry":
        shift = {"lalu": -1, "last": -1, "ini": 0, "this": 0, "depan": 1, "next": 1}[(g("mry_id") or g("mry_en")).lower()]
        month = _MONTH_FULL[g("mry_m").lower()]
        return start, f"{ref.year + shift:04d}-{month:02d}", "month", _join(rel, pos), True

    if k == "month":
        # "September lalu": a direction after the month is context enough
        if not (rel or pos or lead_word or g("month_dir") or _CONTEXT_BEFORE.search(before)):
            return None
        month = _MONTH_FULL[g("month_m").lower()]
        direction = _direction(g("month_dir")) or _direction(lead_word)
        year = _year_for(month, ref, direction)
        return start, f"{year:04d}-{month:02d}", "month", _join(rel, pos), True

    if k == "weekday":
        word = g("weekday_w")
        wd = _WEEKDAYS[word.lower()]
        dirw = (g("weekday_dir") or "").lower()
        in_context = bool(lead_word or dirw or rel or pos or _CONTEXT_BEFORE.search(before))
        if word.lower() == "minggu" and not (lead_word or _CONTEXT_BEFORE.search(before)):
            return None  # "Minggu lalu" is usually "last week"; Sunday needs "hari/pada Minggu"
        if not in_context:
            # A bare weekday name is trusted only where news style puts one: set off
            # by punctuation ("kata Putin, Rabu, ...", "said Wednesday.").
            after_ok = _NEXT_WEEKDAY_OK.match(text, m.end()) is not None
            if not (after_ok or before.rstrip().endswith(",")):
                return None
        direction = _direction(lead_word) or _direction(dirw)
        if direction == "past":
            when = ref - timedelta(days=(ref.weekday() - wd) % 7 or 7)
        elif direction == "future":
            when = ref + timedelta(days=(wd - ref.weekday()) % 7 or 7)
        elif lead_word == "this" or dirw == "ini":
            when = ref + timedelta(days=wd - ref.weekday())
        else:
            when = ref - timedelta(days=(ref.weekday() - wd) % 7)
        return start, when.isoformat(), "day", _join(rel, pos, "weekday"), True
    return None


def _triggers(text: str, lang: str, words: Sequence[Token], offset: int = 0) -> list[tuple[int, str]]:
    """(position, class) of every place a date can start, in text order (``words``: the word tokens of ``text``)."""
    found: list[tuple[int, str]] = []
    for m in _TRIGGER_CAP.finditer(text):
        p = m.start()
        if text[p].isdigit():
            if p and text[p - 1] == "(":
                found.append((p - 1, "paren"))
            found.append((p, "digit"))
            continue
        if p and (text[p - 1].isalnum() or text[p - 1] == "_"):
            continue
        low = m.group().lower().rstrip(".")
        if low in _MONTHS:
            found.append((p, "month"))
        elif low in _WEEKDAYS:
            found.append((p, "weekday"))
            if low in _LOW_STARTS:  # "Minggu lalu": Sunday or last week
                found.append((p, "word"))
        elif low in _LOW_STARTS or low in ("setahun", "sebulan"):
            found.append((p, "word"))
    found.extend(_word_triggers(text, words, offset, _TRIGGER_SET[lang]))
    if lang != "id":
        p = text.find(" ago")
        while p != -1:
            am = _ARTICLE_AGO.search(text, max(0, p - 20), p + 1)
            if am:
                found.append((am.start(), "word"))
            p = text.find(" ago", p + 4)
    found.sort()
    return found


def _word_triggers(text: str, words: Sequence[Token], offset: int,
                   wanted: frozenset[str]) -> list[tuple[int, str]]:
    """The lower-case trigger words of ``text``, found from its word tokens.

    A trigger word counts where it is a whole run of letters and digits. A token
    is such a run, or two of them joined by one apostrophe ("O'Brien"); the "s"
    of a possessive, the only run no token holds, is no trigger word. So the runs
    are the tokens and the two sides of the apostrophe tokens.
    """
    out = [(t.start - offset, "word") for t in words if t.text in wanted]
    if "'" in text or "’" in text:
        for t in words:
            w = t.text
            cut = w.find("'") if "'" in w else w.find("’")
            if cut > 0:
                if w[:cut] in wanted:
                    out.append((t.start - offset, "word"))
                if w[cut + 1:] in wanted:
                    out.append((t.start - offset + cut + 1, "word"))
    return out


def find_dates(text: str, ref: date | None, lang: str, words: Sequence[Token] | None = None,
               offset: int = 0) -> list[DateMention]:
    """Date mentions in ``text``, sorted by start and non-overlapping.

    ``words``: the word tokens of ``text`` when already at hand (their offsets
    minus ``offset`` are positions in ``text``); otherwise they are made here.
    """
    if not text:
        return []
    if words is None:
        words, offset = word_tokens(text), 0
    if lang not in ("id", "en"):
        lang = "und"
    out: list[DateMention] = []
    last_end = 0
    for pos, cls in _triggers(text, lang, words, offset):
        if pos < last_end:
            continue
        m = _master(cls, lang).match(text, pos)
        if m is None:
            continue
        res = _resolve(m, text, ref, lang)
        if res is None:
            continue
        start, value, precision, qualifier, relative = res
        if start < last_end:  # a lead/qualifier word must not reach into the previous one
            continue
        end = m.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        out.append(DateMention(start, end, value, precision, qualifier, relative))
        last_end = end
    return out


_RESIDUE = re.compile(
    r"(?ix)"
    r"t?\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?\s*(?:z\b|a\.?m\.?|p\.?m\.?)?"
    r"|[+-]\d{1,2}(?::?\d{2})?\b"
    r"|\b(?:published|updated|posted|last|first|modified|diterbitkan|diperbarui|"
    r"dipublikasikan|diunggah|terbit|tayang|update|dibuat|on|at|pada|pukul|jam|"
    r"tanggal|tgl|date|time|waktu|wib|wita|wit|gmt|utc|kst|msk|bst|cet|cest|edt|est|"
    r"et|pt|pdt|pst|hari)\b"
    r"|[\s\-–—|•·,/:()\[\].]"
)


def parse_published(text: str) -> tuple[str, str] | None:
    """(value, precision) when ``text`` is nothing but a date (with a time, a zone,
    a weekday or a "Published"/"Diperbarui" label), else None.

    Absolute dates only: "Sep 5, 2023 - 14:31" -> ("2023-09-05", "day");
    "Juli 2023" -> ("2023-07", "month"). Ambiguous numeric dates are read as
    day/month.
    """
    s = text.strip()
    if not s or len(s) > 160:
        return None
    found = find_dates(s, None, "und")
    if not found:
        return None
    first = found[0]
    if first.relative:
        return None
    residue = s[: first.start] + " " + s[first.end:]
    for other in found[1:]:
        # a second date on the line (e.g. "Updated Sep 6, 2023") is allowed
        residue = residue.replace(s[other.start:other.end], " ", 1)
    if _RESIDUE.sub("", residue).strip():
        return None
    return first.value, first.precision
