"""Hungarian time expressions: extents and TIMEX3 values against a creation time (a Tuesday)."""

from __future__ import annotations

import pytest

from storyline.timex import tag

DCT = "2024-02-13"


def found(text: str, dct: str | None = DCT) -> list[tuple[str, str, str]]:
    """Every expression tagged in Hungarian text, as (extent, type, value)."""
    return [(t.text, t.type, t.value) for t in tag(text, dct, lang="hu")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A merénylet 2024. március 22-én történt.", ("2024. március 22-én", "DATE", "2024-03-22")),
        ("Tegnap este a rendőrség két embert vett őrizetbe.", ("Tegnap este", "TIME", "2024-02-12TEV")),
        ("Két nappal ezelőtt a miniszter lemondott.", ("Két nappal ezelőtt", "DATE", "2024-02-11")),
        ("Három éve költözött Budapestre.", ("Három éve", "DATE", "2021")),
        ("A múlt héten az árak emelkedtek.", ("A múlt héten", "DATE", "2024-W06")),
        ("Tavaly a cég sok pénzt veszített.", ("Tavaly", "DATE", "2023")),
        ("A szavazásra két hét múlva kerül sor.", ("két hét múlva", "DATE", "2024-W09")),
        ("Március elején újraindultak a tárgyalások.", ("Március elején", "DATE", "2023-03")),
        ("2023 végén az adósság rekordot ért el.", ("2023 végén", "DATE", "2023")),
        ("1985-ben született.", ("1985-ben", "DATE", "1985")),
        ("A találkozó 15 órakor kezdődött.", ("15 órakor", "TIME", "2024-02-13T15:00")),
        ("Az 1990-es években az ország válságban volt.", ("Az 1990-es években", "DATE", "199")),
    ],
)
def test_dates_and_times(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


def test_weekdays_with_case_endings_and_times_of_day() -> None:
    text = "Szombat délutánig tizenegy embert tartóztattak le a péntek esti merénylet után."
    assert found(text, "2024-03-23") == [
        ("Szombat délutánig", "TIME", "2024-03-23TAF"),
        ("péntek esti", "TIME", "2024-03-22TEV"),
    ]
    assert found("A miniszter pénteken fog beszélni.") == [("pénteken", "DATE", "2024-02-16")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Három évet töltött börtönben.", ("Három évet", "DURATION", "P3Y")),
        ("Az elmúlt három hónap nehéz volt.", ("Az elmúlt három hónap", "DURATION", "P3M")),
        ("Az elmúlt években a város megváltozott.", ("Az elmúlt években", "DATE", "PAST_REF")),
        ("Jelenleg Szegeden él.", ("Jelenleg", "DATE", "PRESENT_REF")),
        ("Minden héten meglátogatja az anyját.", ("Minden héten", "SET", "P1W")),
    ],
)
def test_durations_references_and_sets(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


def test_the_next_day_counts_from_the_narrative() -> None:
    assert [v for _, _, v in found("2023. március 3-án elutazott. Másnap hazatért.")] == [
        "2023-03-03",
        "2023-03-04",
    ]


def test_a_count_is_not_a_year() -> None:
    assert found("A 2000 ember tapsolt.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gátak hétfőre virradó éjjel szakadtak át.", ("hétfőre virradó éjjel", "TIME", "2024-02-11TNI")),
        (
            "A gátak vasárnapról hétfőre virradó éjszaka szakadtak át.",
            ("vasárnapról hétfőre virradó éjszaka", "TIME", "2024-02-11TNI"),
        ),
        ("Hétfőn éjfélkor meghalt.", ("Hétfőn éjfélkor", "TIME", "2024-02-12T24:00")),
    ],
)
def test_nights_and_midnights_of_a_weekday(text: str, expected: tuple[str, str, str]) -> None:
    """A night named by the day it ends in is the night (TNI) of the day before; midnight of a weekday is that
    day's T24:00; the early hours of a day are its morning (docs/timex.md, Nights)."""
    assert found(text) == [expected]


def test_clock_times_with_dotted_minutes_and_spelled_minutes():
    assert found("A baleset 13.45-kor történt.") == [("13.45-kor", "TIME", "2024-02-13T13:45")]
    assert found("A baleset 13 óra 45 perckor történt.") == [("13 óra 45 perckor", "TIME", "2024-02-13T13:45")]
