"""The compiled date patterns of ``ingest.dates``: one master expression per date
class and language, and the context expressions read around a match."""

from __future__ import annotations

import re
from functools import lru_cache

from .date_vocab import (
    _MONTHS,
    _WEEKDAY_ID,
    _WEEKDAY_EN,
    _WEEKDAYS,
    _REL_ID,
    _REL_EN,
    _NUMBER_WORDS,
    _UNIT_WORDS,
    _POSITION,
    _RELATION,
    _DAY,
    _YEAR,
    _MON_FULL,
    _MON_ANY,
    _WD_ANY,
    _AFTER_DIR,
    _RANGE_SEP,
    _NUMS_NO_ARTICLE,
    _alt,
    _cased,
    _spaced,
    _ci_alt,
)


def _body_forms(wd: bool) -> list[tuple[str, str]]:
    """Forms that start at a day, a month or (with ``wd``) a weekday name.

    "Rabu (13 Juli 2023)", "Sabtu, 25 Mei 2024", "Wed, 13 Sep 2023".
    """
    pre = rf"(?P<{{k}}_wd>{_WD_ANY})\.?,?\s*(?P<{{k}}_open>\()?\s*" if wd else ""
    suf = r"(?({k}_open)\s*\))" if wd else ""
    return [
        ("dmy",
         pre + rf"(?P<{{k}}_d>{_DAY})(?:st|nd|rd|th)?"
         rf"(?:{_RANGE_SEP}(?P<{{k}}_d2>{_DAY})(?:st|nd|rd|th)?)?(?:\s+of)?\s*"
         rf"(?P<{{k}}_m>{_MON_ANY})(?:,?\s*(?P<{{k}}_y>{_YEAR})(?!\d))?" + suf + _AFTER_DIR),
        ("mdy",
         pre + rf"(?P<{{k}}_m>{_MON_ANY})\s*(?P<{{k}}_d>{_DAY})"
         rf"(?:st|nd|rd|th)?(?:{_RANGE_SEP}(?P<{{k}}_d2>{_DAY}))?"
         rf"(?:,?\s+(?P<{{k}}_y>{_YEAR})(?!\d))?(?![\w]|[.,:]\d)" + suf + _AFTER_DIR),
        ("num",
         pre + rf"(?P<{{k}}_a>\d{{1,2}})(?P<{{k}}_sep>[/.-])"
         rf"(?P<{{k}}_b>\d{{1,2}})(?P={{k}}_sep)(?P<{{k}}_y>{_YEAR})(?![\w]|[./-]\d)" + suf),
    ]


def _class_forms(cls: str, lang: str) -> list[tuple[str, str]]:
    rel: dict[str, tuple[str, int]] = {}
    weekdays: dict[str, int] = {}
    if lang in ("id", "und"):
        rel.update(_REL_ID)
        weekdays.update(_WEEKDAY_ID)
    if lang in ("en", "und"):
        rel.update(_REL_EN)
        weekdays.update(_WEEKDAY_EN)
    units = _alt(_UNIT_WORDS)
    ago = (rf"\s+(?P<{{k}}_u>{units})\s+(?:(?:yang\s+)?(?:lalu|silam)|ago)(?![\w])")
    body = {k: p for k, p in _body_forms(False)}
    if cls == "digit":
        return [
            ("iso", rf"(?P<{{k}}_y>{_YEAR})-(?P<{{k}}_m>0[1-9]|1[0-2])-"
                    rf"(?P<{{k}}_d>0[1-9]|[12]\d|3[01])(?!\d)"),
            ("dmy", body["dmy"]),
            ("num", body["num"]),
            ("decade", rf"(?P<{{k}}_y>(?:19|20)\d0)(?:-an|an|['’]?s)(?![\w])"),
            ("year", rf"(?P<{{k}}_y>{_YEAR})(?:\s*[-–—]\s*(?P<{{k}}_y2>{_YEAR})|\s+"
                     rf"(?:hingga|sampai|to|until|through)\s+(?P<{{k}}_y3>{_YEAR}))?"
                     r"(?![\w]|[.,]\d)"),
            ("ago", rf"(?P<{{k}}_n>\d{{1,2}})" + ago),
        ]
    if cls == "paren":
        return [("pdm", rf"\(\s*(?P<{{k}}_d>{_DAY})/(?P<{{k}}_m>0?[1-9]|1[0-2])\s*\)")]
    if cls == "month":
        return [
            ("mdy", body["mdy"]),
            ("my", rf"(?P<{{k}}_m>{_MON_ANY}),?\s+(?P<{{k}}_y>{_YEAR})(?![\w]|[.,]\d)"),
            # "September tahun lalu", "September last year": a month of a year told relative to the article's
            ("mry", rf"(?P<{{k}}_m>{_MON_FULL})\s+(?:tahun\s+(?P<{{k}}_id>lalu|ini|depan)|"
                    rf"(?P<{{k}}_en>last|this|next)\s+year)(?![\w])"),
            ("month", rf"(?P<{{k}}_m>{_MON_FULL})(?![\w])" + _AFTER_DIR),
        ]
    if cls == "weekday":
        return [
            *_body_forms(True),
            ("pdm", rf"(?P<{{k}}_wd>{_WD_ANY}),?\s*\(\s*(?P<{{k}}_d>{_DAY})/"
                    rf"(?P<{{k}}_m>0?[1-9]|1[0-2])\s*\)"),
            ("weekday", rf"(?P<{{k}}_w>{_cased(weekdays)})(?![\w'])"
                        rf"(?:\s+(?P<{{k}}_dir>lalu|kemarin|depan|mendatang|ini|pagi|siang|"
                        rf"sore|malam|morning|afternoon|evening|night)(?![\w]))?"),
        ]
    # cls == "word": relative phrases and "dua tahun lalu" / "a year ago"
    return [
        ("rel", rf"(?P<{{k}}_r>{_ci_alt(rel)})(?![\w])"),
        ("ago", rf"(?:(?P<{{k}}_n>{_ci_alt(_NUMBER_WORDS)})|(?P<{{k}}_se>[Ss]e)(?=\w))"
                + ago.replace(r"\s+(?P<{k}_u>", r"\s*(?P<{k}_u>", 1)),
    ]


@lru_cache(maxsize=16)
def _master(cls: str, lang: str) -> re.Pattern[str]:
    parts = [f"(?P<{k}>{pat.replace('{k}', k)})" for k, pat in _class_forms(cls, lang)]
    return re.compile("|".join(parts))


def _capital_words_rx(words: set[str]) -> re.Pattern[str]:
    """Capitalised/all-caps forms of ``words`` as one regex that starts with a
    character class: the engine then skips non-capital positions in C, which is
    several times faster than a plain alternation or a leading \\b."""
    by_first: dict[str, set[str]] = {}
    for w in words:
        for form in (w.capitalize(), w.upper()):
            by_first.setdefault(form[0], set()).add(form[1:])
    branches = "|".join(
        f"(?<={c})(?:{_alt(rests)})" for c, rests in sorted(by_first.items())
    )
    # digits ride along in the same scan: one pass over the text instead of two
    return re.compile(
        f"[0-9{''.join(sorted(by_first))}](?:(?<=[0-9])[0-9]*|(?:{branches})\\.?(?![\\w]))"
    )


def _trigger_words(lang: str) -> list[str]:
    rel = {**(_REL_ID if lang != "en" else {}), **(_REL_EN if lang != "id" else {})}
    nums = [w for w in _NUMS_NO_ARTICLE if (w in _NUMBER_WORDS_ID) != (lang == "en")
            or lang == "und"]
    words = {p.split()[0] for p in rel} | set(nums)
    if lang != "en":
        words |= {"setahun", "sebulan"}
    return sorted(words)


_NUMBER_WORDS_ID = {"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
                    "sembilan", "sepuluh"}
_TRIGGER_WORDS = {lang: _trigger_words(lang) for lang in ("id", "en", "und")}
_TRIGGER_CAP = _capital_words_rx(
    set(_MONTHS) | set(_WEEKDAYS) | set(_TRIGGER_WORDS["und"]) | {"a", "an"}
)
# "a year ago": found from "ago" backwards, "a" itself is too common to scan for.
_ARTICLE_AGO = re.compile(r"\b(?:an?|one)\s+(?:year|month|day)s?\s+$")
_LOW_STARTS = set(_TRIGGER_WORDS["und"]) | {"a", "an"}

# Words just before a match that belong to it.
_WD_LEAD = re.compile(r"(?i)\b(?P<w>hari|last|next|this)\s+$")
_MONTH_LEAD = re.compile(r"(?i)\b(?P<w>bulan|last|next|this)\s+$")
_YEAR_LEAD = re.compile(r"(?i)\b(?P<w>tahun|year)\s+$")
_DECADE_LEAD = re.compile(r"(?i)\b(?P<w>tahun|the)\s+$")
_POS_BEFORE = re.compile(rf"(?i)\b(?P<w>{_spaced(_POSITION)})(?:\s+|-)$")
_REL_BEFORE = re.compile(rf"(?i)\b(?P<w>{_spaced(_RELATION)})\s+$")
_LEADS = {"weekday": _WD_LEAD, "dmy_wd": _WD_LEAD, "month": _MONTH_LEAD, "my": _MONTH_LEAD,
          "year": _YEAR_LEAD, "decade": _DECADE_LEAD}

# A bare year or a month alone counts only after one of these words.
_CONTEXT_BEFORE = re.compile(
    r"(?i:\b(?:pada|sejak|mulai|hingga|sampai|selama|sebelum|setelah|sesudah|menjelang|"
    r"di|dari|antara|untuk|in|on|since|until|till|by|during|before|after|from|for|"
    r"between|through|throughout)\s+(?:the\s+)?(?:(?:year|month|of)\s+)?)$"
)
_CONTEXT_WINDOW = 30
# "pada 2000 orang" is a count, not a year.
_COUNT_AFTER = re.compile(
    r"\s+(?i:persen|percent|orang|people|ton|tons|tonnes|unit|units|km|kilometer|"
    r"kilometers|kilometres|meter|meters|dolar|dollars|tentara|pasukan|troops|soldiers|"
    r"peluru|shells|rudal|missiles|barel|barrels)\b"
)
_NEXT_WEEKDAY_OK = re.compile(r"\s*(?:[,.;:)(]|$)")
