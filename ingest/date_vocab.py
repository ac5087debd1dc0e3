"""Vocabulary of Indonesian and English dates (months, weekdays, relative words,
qualifiers) and the regular-expression pieces ``ingest.dates`` builds from it."""

from __future__ import annotations

import re
from collections.abc import Iterable


_MONTH_FULL: dict[str, int] = {
    "januari": 1, "january": 1,
    "februari": 2, "pebruari": 2, "february": 2,
    "maret": 3, "march": 3,
    "april": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6,
    "juli": 7, "july": 7,
    "agustus": 8, "august": 8,
    "september": 9,
    "oktober": 10, "october": 10,
    "november": 11, "nopember": 11,
    "desember": 12, "december": 12,
}
_MONTH_ABBR: dict[str, int] = {
    "jan": 1, "feb": 2, "febr": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "agu": 8, "agt": 8, "ags": 8, "agus": 8, "sep": 9, "sept": 9,
    "okt": 10, "oct": 10, "nov": 11, "nop": 11, "des": 12, "dec": 12,
}
_MONTHS = {**_MONTH_FULL, **_MONTH_ABBR}

_WEEKDAY_ID: dict[str, int] = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4,
    "jumaat": 4, "sabtu": 5, "minggu": 6, "ahad": 6,
}
_WEEKDAY_EN: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
_WEEKDAY_ABBR: dict[str, int] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}
_WEEKDAYS = {**_WEEKDAY_ID, **_WEEKDAY_EN, **_WEEKDAY_ABBR}
# every month and weekday name, lowercase: such a word ends a name ("Vostok Fuel Company on Friday")
CALENDAR_WORDS = frozenset(k.lower() for k in (*_MONTHS, *_WEEKDAYS))

# phrase -> (unit, offset); unit is day | week | weekend | month | year
_REL_ID: dict[str, tuple[str, int]] = {
    "hari ini": ("day", 0), "pagi ini": ("day", 0), "siang ini": ("day", 0),
    "sore ini": ("day", 0), "malam ini": ("day", 0), "besok": ("day", 1),
    "esok hari": ("day", 1), "lusa": ("day", 2), "kemarin": ("day", -1),
    "pekan ini": ("week", 0), "pekan lalu": ("week", -1), "pekan kemarin": ("week", -1),
    "pekan depan": ("week", 1), "pekan mendatang": ("week", 1),
    "minggu ini": ("week", 0), "minggu lalu": ("week", -1), "minggu kemarin": ("week", -1),
    "minggu depan": ("week", 1), "minggu mendatang": ("week", 1),
    "akhir pekan ini": ("weekend", 0), "akhir pekan lalu": ("weekend", -1),
    "akhir pekan depan": ("weekend", 1),
    "bulan ini": ("month", 0), "bulan lalu": ("month", -1), "bulan kemarin": ("month", -1),
    "bulan yang lalu": ("month", -1), "bulan depan": ("month", 1),
    "bulan mendatang": ("month", 1),
    "tahun ini": ("year", 0), "tahun lalu": ("year", -1), "tahun kemarin": ("year", -1),
    "tahun yang lalu": ("year", -1), "tahun depan": ("year", 1),
    "tahun mendatang": ("year", 1),
}
_REL_EN: dict[str, tuple[str, int]] = {
    "today": ("day", 0), "tonight": ("day", 0), "this morning": ("day", 0),
    "this afternoon": ("day", 0), "this evening": ("day", 0),
    "tomorrow": ("day", 1), "yesterday": ("day", -1),
    "this week": ("week", 0), "last week": ("week", -1), "next week": ("week", 1),
    "this weekend": ("weekend", 0), "last weekend": ("weekend", -1),
    "next weekend": ("weekend", 1),
    "this month": ("month", 0), "last month": ("month", -1), "next month": ("month", 1),
    "this year": ("year", 0), "last year": ("year", -1), "next year": ("year", 1),
}

_NUMBER_WORDS: dict[str, int] = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "a": 1, "an": 1, "one": 1, "two": 2,
    "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10,
}
_UNIT_WORDS: dict[str, str] = {
    "hari": "day", "day": "day", "days": "day",
    "pekan": "week", "minggu": "week", "week": "week", "weeks": "week",
    "bulan": "month", "month": "month", "months": "month",
    "tahun": "year", "year": "year", "years": "year",
}

_POSITION: dict[str, str] = {
    "akhir": "late", "penghujung": "late", "late": "late", "end of": "late",
    "the end of": "late", "awal": "early", "permulaan": "early", "early": "early",
    "beginning of": "early", "the beginning of": "early", "start of": "early",
    "the start of": "early", "pertengahan": "mid", "medio": "mid", "mid": "mid",
    "middle of": "mid", "the middle of": "mid", "earlier": "earlier", "later": "later",
}
_RELATION: dict[str, str] = {
    "sejak": "since", "mulai": "since", "since": "since", "sebelum": "before",
    "menjelang": "before", "before": "before", "prior to": "before",
    "setelah": "after", "sesudah": "after", "after": "after", "hingga": "until",
    "sampai": "until", "until": "until", "till": "until",
}


def _alt(words: Iterable[str]) -> str:
    """Longest-first alternation so "Sept" wins over "Sep"."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _cased(words: Iterable[str]) -> str:
    """Capitalised or all-caps spellings only: "may"/"march" lower-case are verbs."""
    forms: set[str] = set()
    for w in words:
        forms.add(w.capitalize())
        forms.add(w.upper())
    return _alt(forms)


def _spaced(words: Iterable[str]) -> str:
    return "|".join(
        sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)
    )


def _ci(phrase: str) -> str:
    """First letter either case, the rest as written: "[Hh]ari\\s+ini"."""
    words = [re.escape(w) for w in phrase.split()]
    first = words[0]
    if first[0].isalpha():
        first = f"[{first[0].upper()}{first[0].lower()}]{first[1:]}"
    return r"\s+".join([first, *words[1:]])


def _ci_alt(words: Iterable[str]) -> str:
    return "|".join(_ci(w) for w in sorted(words, key=len, reverse=True))


_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
_YEAR = r"(?:19|20)\d\d"
_MON_FULL = _cased(_MONTH_FULL)
_MON_ANY = rf"(?:{_MON_FULL}|(?:{_cased(_MONTH_ABBR)})\.?)(?![A-Za-z])"
_WD_ANY = rf"(?:{_cased(_WEEKDAYS)})"
_AFTER_DIR = r"(?:\s+(?P<{k}_dir>lalu|silam|kemarin|mendatang|depan|nanti)(?!\w))?"
_RANGE_SEP = r"\s*(?:[-–—]|s\.?/?d\.?|sampai|hingga|to|until|through)\s*"
_NUMS_NO_ARTICLE = {w: n for w, n in _NUMBER_WORDS.items() if w not in ("a", "an")}
