"""ingest.dates on the seed phrasings, English news phrasings and random text."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.dates import DateMention, find_dates, parse_published

REF = date(2023, 9, 5)  # a Tuesday: the publication date of seed 003


def one(text: str, ref: date | None = REF, lang: str = "id") -> DateMention:
    found = find_dates(text, ref, lang)
    assert len(found) == 1, found
    return found[0]


def span(text: str, m: DateMention) -> str:
    return text[m.start:m.end]


@pytest.mark.parametrize(
    ("text", "quote", "value", "precision", "qualifier"),
    [
        ("Seperti dinukil reuters, Rabu 19 Juni 2024.", "Rabu 19 Juni 2024", "2024-06-19", "day", None),
        ("kata Putin, Sabtu 25 Mei 2024, di Tactical", "Sabtu 25 Mei 2024", "2024-05-25", "day", None),
        ("Sep 5, 2023\u00a0-\u00a014:31", "Sep 5, 2023", "2023-09-05", "day", None),
        ("September 13, 2023", "September 13, 2023", "2023-09-13", "day", None),
        ("13 September 2023", "13 September 2023", "2023-09-13", "day", None),
        ("ke Pyongyang pada 19 Juni 2024 menandai", "19 Juni 2024", "2024-06-19", "day", None),
        ("sanksi sejak tahun 2006 karena", "sejak tahun 2006", "2006", "year", "since"),
        ("Pada tahun 2009, resolusi", "tahun 2009", "2009", "year", None),
        ("pertama Mr Kim sejak 2019.", "sejak 2019", "2019", "year", "since"),
        ("tempat pertemuan pada April 2022 antara", "April 2022", "2022-04", "month", None),
        ("Pertama, pada akhir Juli 2023, Menteri", "akhir Juli 2023", "2023-07", "month", "late"),
        ("13 persen pada pertengahan 1980-an selama", "pertengahan 1980-an", "1980", "year", "mid-1980s"),
        ("Uni Soviet pada tahun 1991. Shoigu", "tahun 1991", "1991", "year", None),
        ("Rabu (13/9/2023)", "Rabu (13/9/2023)", "2023-09-13", "day", None),
        ("2023-09-13T14:00:00Z", "2023-09-13", "2023-09-13", "day", None),
    ],
)
def test_absolute_indonesian(text: str, quote: str, value: str, precision: str, qualifier: str | None) -> None:
    m = one(text)
    assert span(text, m) == quote
    assert (m.value, m.precision, m.qualifier, m.relative) == (value, precision, qualifier, False)


def test_weekday_that_contradicts_its_date_is_flagged() -> None:
    # seed 001: "Rabu (13 Juli 2023)" — 13 July 2023 was a Thursday
    text = "bertemu di Rusia pada hari Rabu (13 Juli 2023). Pertemuan"
    m = one(text)
    assert span(text, m) == "hari Rabu (13 Juli 2023)"
    assert m.value == "2023-07-13" and m.qualifier == "weekday-mismatch"


@pytest.mark.parametrize(
    ("text", "quote", "value", "precision", "qualifier"),
    [
        ("Besok, pertemuan tatap muka", "Besok", "2023-09-06", "day", None),
        ("Dmitry Peskov hari ini menyampaikan", "hari ini", "2023-09-05", "day", None),
        ("kemarin, pejabat AS", "kemarin", "2023-09-04", "day", None),
        ("merencanakan kunjungan Kim bulan ini.", "bulan ini", "2023-09", "month", None),
        ("kecelakaan pesawat bulan lalu.", "bulan lalu", "2023-08", "month", None),
        ("diproyeksikan mencapai PDB tahun ini", "tahun ini", "2023", "year", None),
        ("seperti tahun lalu", "tahun lalu", "2022", "year", None),
        ("kepada Kim awal tahun ini.", "awal tahun ini", "2023", "year", "early"),
        ("terjadi dua tahun lalu", "dua tahun lalu", "2021", "year", None),
        ("ke Korea Utara pada Juli untuk merayakan", "Juli", "2023-07", "month", None),
        ("Pada bulan Juli, Menteri", "bulan Juli", "2023-07", "month", None),
        ("Pada akhir Agustus, sebuah delegasi", "akhir Agustus", "2023-08", "month", "late"),
        ("Pada Rabu, Gedung Putih memperingatkan", "Rabu", "2023-08-30", "day", "weekday"),
        ("Rabu (13/9)", "Rabu (13/9)", "2023-09-13", "day", None),
    ],
)
def test_relative_indonesian(text: str, quote: str, value: str, precision: str, qualifier: str | None) -> None:
    m = one(text)
    assert span(text, m) == quote
    assert (m.value, m.precision, m.qualifier, m.relative) == (value, precision, qualifier, True)


def test_seed_000_opening() -> None:
    text = "Besok, 13 September, pertemuan tatap muka antara Presiden Putin dan Ketua DPRK"
    found = find_dates(text, date(2023, 9, 12), "id")
    assert [(span(text, m), m.value, m.relative) for m in found] == [
        ("Besok", "2023-09-13", True),
        ("13 September", "2023-09-13", True),
    ]


def test_day_range_keeps_its_end_in_the_qualifier() -> None:
    text = "yang dijadwalkan berlangsung pada 10-13 September. Kim"
    m = one(text)
    assert span(text, m) == "10-13 September"
    assert (m.value, m.precision, m.qualifier) == ("2023-09-10", "day", "until 2023-09-13")


def test_year_less_month_uses_the_forward_window() -> None:
    # written in June 2024 about a September meeting: September 2023, not 2024
    text = "saat mereka bertemu di Rusia pada bulan September."
    assert one(text, date(2024, 6, 19)).value == "2023-09"
    # a scheduled event a few weeks ahead stays in the same year
    assert one("dijadwalkan pada September", date(2023, 8, 20)).value == "2023-09"
    # December -> January crosses the year
    assert one("dijadwalkan pada Januari", date(2023, 12, 20)).value == "2024-01"
    assert one("pada Juli lalu", date(2023, 7, 20)).value == "2023-07"


def test_weeks_never_get_a_day() -> None:
    m = one("pekan lalu", date(2023, 9, 20))  # 11-17 September
    assert (m.value, m.precision, m.qualifier) == ("2023-09", "month", "week")
    m = one("pekan lalu", REF)  # 28 Aug - 3 Sep straddles two months
    assert (m.value, m.precision) == ("2023", "year")


def test_relative_mentions_need_a_reference_date() -> None:
    assert find_dates("Besok, 13 September, pada bulan Juli, hari ini", None, "id") == []
    # absolute dates do not
    assert one("pada 19 Juni 2024", None).value == "2024-06-19"


@pytest.mark.parametrize(
    "text",
    [
        "tank T-54 dan T-62",
        "Dermaga 33, tempat kapal",
        "sekitar USD24,5 miliar",
        "mencapai 8,7 persen dari PDB",
        "terletak sekitar 2.400 kilometer di utara",
        "merayakan ulang tahun ke-70",
        "dalam 24 tahun terakhir",
        "Resolusi 2270 dan 2321 melarang",
        "sekitar 2000 orang hadir",
        "kepada 2023 tentara",
        "Minggu ini penting",
    ],
)
def test_numbers_that_are_not_dates(text: str) -> None:
    found = find_dates(text, REF, "id")
    assert all(m.precision for m in found)
    assert [span(text, m) for m in found if m.value[:2] in ("19", "20") and m.precision == "year"] == []


def test_minggu_lalu_is_last_week_and_hari_minggu_is_sunday() -> None:
    m = one("Minggu lalu, pejabat AS", date(2023, 9, 20))
    assert (m.value, m.qualifier) == ("2023-09", "week")
    m = one("pada hari Minggu, pejabat AS", date(2023, 9, 20))
    assert (m.value, m.qualifier) == ("2023-09-17", "weekday")


@pytest.mark.parametrize(
    ("text", "quote", "value", "precision", "qualifier", "relative"),
    [
        ("They will meet tomorrow.", "tomorrow", "2023-09-06", "day", None, True),
        ("the Kremlin said today", "today", "2023-09-05", "day", None, True),
        ("arrived yesterday", "yesterday", "2023-09-04", "day", None, True),
        ("talks this month", "this month", "2023-09", "month", None, True),
        ("a deal last month", "last month", "2023-08", "month", None, True),
        ("spending this year", "this year", "2023", "year", None, True),
        ("sanctions imposed last year", "last year", "2022", "year", None, True),
        ("The leaders met on Wednesday, officials said", "Wednesday", "2023-08-30", "day", "weekday", True),
        ("Shoigu visited Pyongyang in July", "July", "2023-07", "month", None, True),
        ("Shoigu flew to Pyongyang in late July 2023.", "late July 2023", "2023-07", "month", "late", False),
        ("deliveries expected by early 2024", "early 2024", "2024", "year", "early", False),
        ("a resolution adopted in 2009", "2009", "2009", "year", None, False),
        ("the first trip since 2019", "since 2019", "2019", "year", "since", False),
        ("a build-up since mid-2022", "since mid-2022", "2022", "year", "since mid", False),
        ("spending in the 1980s", "the 1980s", "1980", "year", "1980s", False),
        ("Published 13 September 2023", "13 September 2023", "2023-09-13", "day", None, False),
        ("on Sept. 13, 2023,", "Sept. 13, 2023", "2023-09-13", "day", None, False),
        ("held September 10-13, 2023,", "September 10-13, 2023", "2023-09-10", "day", "until 2023-09-13", False),
        ("by the end of 2023", "the end of 2023", "2023", "year", "late", False),
        ("two years ago", "two years ago", "2021", "year", None, True),
        ("a year ago", "a year ago", "2022", "year", None, True),
    ],
)
def test_english(text: str, quote: str, value: str, precision: str, qualifier: str | None, relative: bool) -> None:
    m = one(text, lang="en")
    assert span(text, m) == quote
    assert (m.value, m.precision, m.qualifier, m.relative) == (value, precision, qualifier, relative)


@pytest.mark.parametrize("text", ["Theresa May said", "the march on Moscow", "Black Friday sales", "9/10/2023"])
def test_english_non_dates(text: str) -> None:
    assert find_dates(text, REF, "en") == []


def test_english_relative_words_are_not_read_in_indonesian_text() -> None:
    # "Russia Today" is a channel name in an Indonesian article
    assert find_dates("menurut Russia Today, Kim tiba", REF, "id") == []


def test_mentions_are_sorted_and_disjoint_on_a_seed_paragraph() -> None:
    text = (
        "Izinkan kami mengingatkan Anda bahwa DPRK telah mendapat sanksi sejak tahun 2006 karena "
        "uji coba senjata nuklir. Pada tahun 2009, resolusi Dewan Keamanan PBB memberlakukan larangan. "
        "Sejak tahun 2013, sanksi keuangan telah dikenakan. Sejak tahun 2016 dilarang memasok tembaga, "
        "dan sejak tahun 2017 juga dilarang memasok tekstil."
    )
    found = find_dates(text, REF, "id")
    assert [m.value for m in found] == ["2006", "2009", "2013", "2016", "2017"]
    assert [m.qualifier for m in found] == ["since", None, "since", "since", "since"]
    ends = [m.end for m in found]
    starts = [m.start for m in found]
    assert all(e <= s for e, s in zip(ends, starts[1:]))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Sep 5, 2023\u00a0-\u00a014:31", ("2023-09-05", "day")),
        ("Rabu 19 Juni 2024", ("2024-06-19", "day")),
        ("Published 13 September 2023", ("2023-09-13", "day")),
        ("September 13, 2023", ("2023-09-13", "day")),
        ("Selasa, 05 Sep 2023 14:31 WIB", ("2023-09-05", "day")),
        ("Updated: Sept. 13, 2023 at 3:01 a.m. ET", ("2023-09-13", "day")),
        ("2023-09-05T14:31:00Z", ("2023-09-05", "day")),
        ("Juli 2023", ("2023-07", "month")),
        ("Kim Jon-un Akan Bertemu Putin Bahas Senjata", None),
        ("Besok", None),
        ("Putin tiba pada 19 Juni 2024 di Pyongyang", None),
        ("", None),
    ],
)
def test_parse_published(line: str, expected: tuple[str, str] | None) -> None:
    assert parse_published(line) == expected


_VALUE_SHAPES = {"year": 4, "month": 7, "day": 10}


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(
            list("0123456789 -/.,()\n") + ["Juli", "Rabu", "tahun", "bulan ini", "pada", "sejak",
                                            "September", "akhir", "Sep", "2023", "1980-an", "lalu",
                                            "today", "in", "mid-", "Minggu", "(13/9)", "31", "Feb"]
        ),
        max_size=40,
    ).map("".join),
    ref=st.one_of(st.none(), st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))),
    lang=st.sampled_from(["id", "en", "und", "xx"]),
)
def test_random_date_like_text_gives_well_formed_mentions(text: str, ref: date | None, lang: str) -> None:
    found = find_dates(text, ref, lang)
    last_end = 0
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= last_end
        last_end = m.end
        assert text[m.start:m.end].strip() == text[m.start:m.end]
        assert len(m.value) == _VALUE_SHAPES[m.precision]
        date.fromisoformat(m.value + {"year": "-01-01", "month": "-01", "day": ""}[m.precision])
        if ref is None:
            assert not m.relative


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300), lang=st.sampled_from(["id", "en", "und"]))
def test_any_text_never_crashes(text: str, lang: str) -> None:
    for m in find_dates(text, REF, lang):
        assert 0 <= m.start < m.end <= len(text)
    parse_published(text)


@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        ("saat keduanya bertemu di Kosmodrom Vostochny, September tahun lalu.", "id", "September tahun lalu", "2022-09"),
        ("Kedua pemimpin bertemu Agustus lalu di Vladivostok.", "id", "Agustus lalu", "2023-08"),
        ("Mereka akan bertemu lagi Januari tahun depan.", "id", "Januari tahun depan", "2024-01"),
        ("the two leaders met in September last year", "en", "September last year", "2022-09"),
    ],
)
def test_a_month_of_a_year_told_from_the_article_s_own(text: str, lang: str, quote: str, value: str) -> None:
    m = one(text, lang=lang)
    assert (span(text, m), m.value, m.precision) == (quote, value, "month")
