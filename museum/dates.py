"""Derive a sortable year range from a curator's free-text exhibit date.

The text is stored exactly as typed; :func:`parse_date` only computes ``year_from`` and
``year_to`` for sorting and decade facets. Text it cannot read yields ``None``, never an error.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

MIN_YEAR = 1


@dataclass(frozen=True)
class YearRange:
    """An inclusive range of years."""

    year_from: int
    year_to: int

    def __post_init__(self) -> None:
        if self.year_from > self.year_to:
            raise ValueError(f"year_from {self.year_from} is after year_to {self.year_to}")

    @property
    def decades(self) -> list[int]:
        """First years of the decades the range touches, e.g. 1939..1945 -> [1930, 1940]."""
        return list(range(self.year_from // 10 * 10, self.year_to // 10 * 10 + 1, 10))


# --- normalisation -------------------------------------------------------------------------

_LOOKALIKES = str.maketrans(
    {
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
        **dict.fromkeys("\u2018\u2019\u02bc", "'"),
    }
)
_TRAILING_PUNCTUATION = " .,;:!?"
# Russian dates often end in "г." / "гг." / "годы" ("year(s)"); it adds nothing to the range.
_RU_YEAR_WORD = re.compile(r"(?:\s+|(?<=[0-9]))(?:гг|г|годов|годы|года|год)$")
_APPROXIMATE = re.compile(r"(?:circa|about|approx|около|ca|c|ок)(?:\.\s*|\s+)")


def _normalize(text: str) -> str:
    """Lower-case, unify dashes and whitespace, drop trailing noise and an approximate marker."""
    text = " ".join(text.lower().translate(_LOOKALIKES).split())
    text = _RU_YEAR_WORD.sub("", text.rstrip(_TRAILING_PUNCTUATION))
    # "ca. 1930" means 1930 for sorting; the marker stays in the stored text.
    marker = _APPROXIMATE.match(text)
    return text[marker.end() :] if marker else text


# --- building ranges -----------------------------------------------------------------------


def _current_year() -> int:
    return dt.date.today().year


def _span(start: int, end: int) -> YearRange | None:
    """Range between explicitly written years: both must be past years, in order."""
    if MIN_YEAR <= start <= end <= _current_year():
        return YearRange(start, end)
    return None


def _period(start: int, end: int) -> YearRange | None:
    """Range of a decade or century, trimmed to years that have already happened."""
    start, end = max(start, MIN_YEAR), min(end, _current_year())
    return YearRange(start, end) if start <= end else None


def _day(year: int, month: int | None, day: int) -> YearRange | None:
    """Range of the year of one calendar day, or None if that day does not exist."""
    if month is None:
        return None
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    return _span(year, year)


# --- one parser per form -------------------------------------------------------------------

_YEAR = r"([1-9][0-9]{3})"

_BARE_YEAR = re.compile(_YEAR)


def _parse_year(text: str) -> YearRange | None:
    """``1936``."""
    match = _BARE_YEAR.fullmatch(text)
    return _span(int(match[1]), int(match[1])) if match else None


_DECADE = re.compile(r"(?:the )?([1-9][0-9]{2}0)(?:'?s|-(?:е|ые|х|ых))")


def _parse_decade(text: str) -> YearRange | None:
    """``1950s``, ``the 1950s``, ``1950's``, ``1950-е``, ``1950-х``."""
    match = _DECADE.fullmatch(text)
    return _period(int(match[1]), int(match[1]) + 9) if match else None


_DECADE_RANGE = re.compile(r"(?:the )?([1-9][0-9]{2}0)'?s ?(?:-|to) ?(?:the )?([1-9][0-9]{2}0)'?s")


def _parse_decade_range(text: str) -> YearRange | None:
    """``1960s-1970s``, ``the 1960s to the 1980s``."""
    match = _DECADE_RANGE.fullmatch(text)
    if not match or int(match[1]) > int(match[2]):
        return None
    return _period(int(match[1]), int(match[2]) + 9)


_RANGE = re.compile(rf"{_YEAR}(?: ?[-/] ?| to )([0-9]{{2}}|[1-9][0-9]{{3}})")


def _parse_range(text: str) -> YearRange | None:
    """``1939/1945``, ``1920-1925``, ``1920 to 1925``, ``1920-25``."""
    match = _RANGE.fullmatch(text)
    if not match:
        return None
    start, end = int(match[1]), int(match[2])
    if len(match[2]) == 2:
        end += start // 100 * 100
    return _span(start, end)


# Offsets within a century, as (first, last) year of the hundred.
_CENTURY_PARTS = {
    "": (0, 99),
    "early": (0, 33),
    "mid": (34, 66),
    "late": (67, 99),
    "first half of": (0, 49),
    "second half of": (50, 99),
    "начало": (0, 33),
    "середина": (34, 66),
    "конец": (67, 99),
    "первая половина": (0, 49),
    "вторая половина": (50, 99),
}


def _century(number: int, part: str | None) -> YearRange | None:
    """Range of (part of) the given century; the 20th century is 1900..1999."""
    if number < 1:
        return None
    first, last = _CENTURY_PARTS[part or ""]
    base = (number - 1) * 100
    return _period(base + first, base + last)


def _ordinal_suffix(number: int) -> str:
    if number % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


_EN_CENTURY = re.compile(
    r"(?:(early|mid|late|first half of|second half of)[ -])?(?:the )?"
    r"([0-9]{1,2})(st|nd|rd|th)[ -](?:century|cent|c)"
)


def _parse_english_century(text: str) -> YearRange | None:
    """``20th century``, ``early 20th century``, ``first half of the 20th century``, ``20th c.``."""
    match = _EN_CENTURY.fullmatch(text)
    if not match or _ordinal_suffix(int(match[2])) != match[3]:
        return None
    return _century(int(match[2]), match[1])


_ROMAN_SYMBOLS = (
    ("xc", 90),
    ("l", 50),
    ("xl", 40),
    ("x", 10),
    ("ix", 9),
    ("v", 5),
    ("iv", 4),
    ("i", 1),
)


def _to_roman(number: int) -> str:
    numeral = ""
    for symbol, value in _ROMAN_SYMBOLS:
        count, number = divmod(number, value)
        numeral += symbol * count
    return numeral


# Only canonical numerals are accepted ("iiii" is not 4).
_ROMAN_VALUES = {_to_roman(number): number for number in range(1, 100)}
# Cyrillic letters that look like Roman digits are often typed in Russian text ("ХХ век").
_ROMAN_LOOKALIKES = str.maketrans("хіс", "xic")

_RU_CENTURY = re.compile(
    r"(?:(начало|середина|конец|первая половина|вторая половина) )?"
    r"([ivxlcхіс]+) ?(?:век|века|веке|вв|в)"
)


def _parse_russian_century(text: str) -> YearRange | None:
    """``XX век``, ``XX в.``, ``начало XX века``, ``середина XX века``, ``конец XX века``."""
    match = _RU_CENTURY.fullmatch(text)
    if not match:
        return None
    number = _ROMAN_VALUES.get(match[2].translate(_ROMAN_LOOKALIKES))
    return _century(number, match[1]) if number else None


_ISO_DATE = re.compile(rf"{_YEAR}-([0-9]{{1,2}})-([0-9]{{1,2}})")


def _parse_iso_date(text: str) -> YearRange | None:
    """``1936-05-12``."""
    match = _ISO_DATE.fullmatch(text)
    return _day(int(match[1]), int(match[2]), int(match[3])) if match else None


_NUMERIC_DATE = re.compile(rf"([0-9]{{1,2}})([./-])([0-9]{{1,2}})\2{_YEAR}")


def _parse_numeric_date(text: str) -> YearRange | None:
    """``12.05.1936`` (day first); with slashes, ``05/12/1936`` (month first) too."""
    match = _NUMERIC_DATE.fullmatch(text)
    if not match:
        return None
    first, separator, second, year = int(match[1]), match[2], int(match[3]), int(match[4])
    day_first = _day(year, second, first)
    if day_first is None and separator == "/":
        return _day(year, first, second)
    return day_first


_MONTH_NAMES = tuple(
    re.compile(pattern)
    for pattern in (
        r"jan(?:uary)?|январ[ьяе]",
        r"feb(?:ruary)?|феврал[ьяе]",
        r"mar(?:ch)?|март[ае]?",
        r"apr(?:il)?|апрел[ьяе]",
        r"may|ма[йяе]",
        r"june?|июн[ьяе]",
        r"july?|июл[ьяе]",
        r"aug(?:ust)?|август[ае]?",
        r"sep(?:t(?:ember)?)?|сентябр[ьяе]",
        r"oct(?:ober)?|октябр[ьяе]",
        r"nov(?:ember)?|ноябр[ьяе]",
        r"dec(?:ember)?|декабр[ьяе]",
    )
)


def _month_number(word: str) -> int | None:
    """1..12 for an English or Russian month name or abbreviation."""
    for number, pattern in enumerate(_MONTH_NAMES, start=1):
        if pattern.fullmatch(word):
            return number
    return None


_WORD = r"([a-zа-яё]+)\.?"
_DAY = r"([0-9]{1,2})(?:st|nd|rd|th)?"
_MONTH_YEAR = re.compile(rf"{_WORD},? {_YEAR}")
_DAY_MONTH_YEAR = re.compile(rf"{_DAY} {_WORD},? {_YEAR}")
_MONTH_DAY_YEAR = re.compile(rf"{_WORD} {_DAY},? {_YEAR}")


def _parse_month_year(text: str) -> YearRange | None:
    """``May 1936``."""
    match = _MONTH_YEAR.fullmatch(text)
    return _day(int(match[2]), _month_number(match[1]), 1) if match else None


def _parse_day_month_year(text: str) -> YearRange | None:
    """``12 May 1936``, ``12 мая 1936``."""
    match = _DAY_MONTH_YEAR.fullmatch(text)
    return _day(int(match[3]), _month_number(match[2]), int(match[1])) if match else None


def _parse_month_day_year(text: str) -> YearRange | None:
    """``May 12, 1936``."""
    match = _MONTH_DAY_YEAR.fullmatch(text)
    return _day(int(match[3]), _month_number(match[1]), int(match[2])) if match else None


_PARSERS: tuple[Callable[[str], YearRange | None], ...] = (
    _parse_year,
    _parse_decade,
    _parse_decade_range,
    _parse_range,
    _parse_english_century,
    _parse_russian_century,
    _parse_iso_date,
    _parse_numeric_date,
    _parse_month_year,
    _parse_day_month_year,
    _parse_month_day_year,
)


def parse_date(text: str) -> YearRange | None:
    """Return the year range a curator's date text means, or None when it cannot be read."""
    normalized = _normalize(text)
    for parser in _PARSERS:
        year_range = parser(normalized)
        if year_range is not None:
            return year_range
    return None
