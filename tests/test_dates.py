import datetime as dt
import random
import string

import pytest

from museum.dates import YearRange, parse_date

THIS_YEAR = dt.date.today().year

GOOD_CASES = [
    # bare years, with tolerated whitespace and trailing punctuation
    ("1936", 1936, 1936),
    ("  1936.  ", 1936, 1936),
    ("1936;", 1936, 1936),
    ("1936 г.", 1936, 1936),
    (str(THIS_YEAR), THIS_YEAR, THIS_YEAR),
    # approximate markers
    ("ca. 1930", 1930, 1930),
    ("c. 1930", 1930, 1930),
    ("c.1930", 1930, 1930),
    ("Circa 1930", 1930, 1930),
    ("about 1930", 1930, 1930),
    ("approx. 1930", 1930, 1930),
    ("ок. 1930", 1930, 1930),
    ("около 1930", 1930, 1930),
    ("CA. 1950S", 1950, 1959),
    # decades
    ("1950s", 1950, 1959),
    ("the 1950s", 1950, 1959),
    ("1960s-1970s", 1960, 1979),
    ("the 1960s to the 1980s", 1960, 1989),
    ("1950's", 1950, 1959),
    ("1950\u2019s", 1950, 1959),
    ("1950-е", 1950, 1959),
    ("1950-е годы", 1950, 1959),
    ("1950-х", 1950, 1959),
    ("1950-х гг.", 1950, 1959),
    # explicit ranges
    ("1939/1945", 1939, 1945),
    ("1920-1925", 1920, 1925),
    ("1920\u20131925", 1920, 1925),
    ("1920 \u2014 1925", 1920, 1925),
    ("1920 to 1925", 1920, 1925),
    ("1920-25", 1920, 1925),
    ("1936-1936", 1936, 1936),
    # English centuries
    ("20th century", 1900, 1999),
    ("the 20th century", 1900, 1999),
    ("19th century", 1800, 1899),
    ("early 20th century", 1900, 1933),
    ("mid 20th century", 1934, 1966),
    ("mid-20th century", 1934, 1966),
    ("late 20th century", 1967, 1999),
    ("Late 19th Century.", 1867, 1899),
    ("first half of the 20th century", 1900, 1949),
    ("second half of the 20th century", 1950, 1999),
    ("21st century", 2000, THIS_YEAR),
    ("1st century", 1, 99),
    ("2nd century", 100, 199),
    ("3rd century", 200, 299),
    ("11th century", 1000, 1099),
    ("20th c.", 1900, 1999),
    # Russian centuries in Roman numerals (Latin letters and Cyrillic look-alikes)
    ("XX век", 1900, 1999),
    ("XX в.", 1900, 1999),
    ("\u0425\u0425 век", 1900, 1999),
    ("XIX век", 1800, 1899),
    ("начало XX века", 1900, 1933),
    ("середина XX века", 1934, 1966),
    ("конец XX века", 1967, 1999),
    ("конец XIX в.", 1867, 1899),
    ("первая половина XX века", 1900, 1949),
    ("вторая половина XX века", 1950, 1999),
    # full dates
    ("1936-05-12", 1936, 1936),
    ("12.05.1936", 1936, 1936),
    ("12/05/1936", 1936, 1936),
    ("05/31/1936", 1936, 1936),
    ("29.02.1936", 1936, 1936),
    ("May 1936", 1936, 1936),
    ("Sept. 1936", 1936, 1936),
    ("12 May 1936", 1936, 1936),
    ("May 12, 1936", 1936, 1936),
    ("12 мая 1936 г.", 1936, 1936),
]

BAD_CASES = [
    "",
    "   ",
    "unknown",
    "n.d.",
    "abc",
    "c.",
    "19366",
    "936",
    "0936",
    "1936-1920",
    "1936-05",
    "3000",
    str(THIS_YEAR + 1),
    "2990s",
    "31.02.1936",
    "29.02.1937",
    "1936-02-30",
    "13/13/1936",
    "32 May 1936",
    "Smarch 1936",
    "the 99th century",
    "0th century",
    "22th century",
    "late 21st century" if THIS_YEAR < 2067 else "late 29th century",
    "IIII век",
    "XX",
    "1950s-ish nonsense words",
    "1970s-1960s",
    "1950s 1960s",
]


@pytest.mark.parametrize(("text", "year_from", "year_to"), GOOD_CASES)
def test_parse_date_reads_known_forms(text: str, year_from: int, year_to: int) -> None:
    assert parse_date(text) == YearRange(year_from, year_to)


@pytest.mark.parametrize("text", BAD_CASES)
def test_parse_date_rejects_unreadable_text(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("year_range", "decades"),
    [
        (YearRange(1939, 1945), [1930, 1940]),
        (YearRange(1936, 1936), [1930]),
        (YearRange(1950, 1959), [1950]),
        (YearRange(1999, 2001), [1990, 2000]),
        (YearRange(1900, 1999), [1900, 1910, 1920, 1930, 1940, 1950, 1960, 1970, 1980, 1990]),
    ],
)
def test_decades(year_range: YearRange, decades: list[int]) -> None:
    assert year_range.decades == decades


def test_decades_of_parsed_text() -> None:
    assert parse_date("mid-20th century").decades == [1930, 1940, 1950, 1960]


def test_year_range_rejects_reversed_years() -> None:
    with pytest.raises(ValueError):
        YearRange(1945, 1939)


_CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИКЛМНОПРСТХЦЧ"
_FRAGMENTS = [
    "circa ",
    "ca. ",
    "ок. ",
    "the ",
    "19",
    "20",
    "1950",
    "s",
    "'s",
    "-е",
    "th",
    " century",
    "XX",
    " в.",
    " века",
    "May ",
    "\u2013",
    "\u2014",
    "/",
    ".",
    "\u00a0",
    "\U0001f3db",
    "\ud800",
]
_CHARACTERS = string.digits + string.ascii_letters + string.punctuation + " " + _CYRILLIC


def _random_text(rng: random.Random) -> str:
    pieces = []
    for _ in range(rng.randint(0, 8)):
        if rng.random() < 0.4:
            pieces.append(rng.choice(_FRAGMENTS))
        else:
            pieces.append("".join(rng.choices(_CHARACTERS, k=rng.randint(1, 4))))
    return "".join(pieces)


def _mutated_case(rng: random.Random) -> str:
    """A known-good text with one character inserted, replaced or deleted."""
    text = rng.choice(GOOD_CASES)[0]
    position = rng.randint(0, len(text))
    extra = rng.choice(_CHARACTERS)
    return rng.choice(
        [
            text[:position] + extra + text[position:],
            text[:position] + extra + text[position + 1 :],
            text[:position] + text[position + 1 :],
        ]
    )


def test_parse_date_never_raises_on_random_text() -> None:
    rng = random.Random(20261127)
    for _ in range(300):
        for text in (_random_text(rng), _mutated_case(rng)):
            result = parse_date(text)
            assert result is None or isinstance(result, YearRange), text
            if result is not None:
                assert 1 <= result.year_from <= result.year_to <= THIS_YEAR, text
