"""Polish time expressions: extents and TIMEX3 values against a creation time (a Tuesday)."""

from __future__ import annotations

import pytest

from storyline.timex import tag
from storyline.timex.published import infer_published

DCT = "2024-02-13"


def found(text: str, dct: str | None = DCT) -> list[tuple[str, str, str]]:
    """Every expression tagged in Polish text, as (extent, type, value)."""
    return [(t.text, t.type, t.value) for t in tag(text, dct, lang="pl")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zamach miał miejsce 22 marca 2024 r. wieczorem.", ("22 marca 2024 r.", "DATE", "2024-03-22")),
        ("Szczyt odbył się 12 marca 2024 roku.", ("12 marca 2024 roku", "DATE", "2024-03-12")),
        ("Premier przyjechał 3 lutego.", ("3 lutego", "DATE", "2024-02-03")),
        ("Umowę podpisano w czwartek 8 lutego.", ("czwartek 8 lutego", "DATE", "2024-02-08")),
        ("Decyzja zapadła 12.03.2024.", ("12.03.2024", "DATE", "2024-03-12")),
        ("W marcu 2023 drużyna wygrała puchar.", ("marcu 2023", "DATE", "2023-03")),
        ("W marcu bezrobocie spadło.", ("marcu", "DATE", "2023-03")),
        ("Na początku marca spadł śnieg.", ("początku marca", "DATE", "2023-03")),
        ("W 2023 roku gospodarka rosła.", ("2023 roku", "DATE", "2023")),
        ("Wczoraj wieczorem minister podał się do dymisji.", ("Wczoraj wieczorem", "TIME", "2024-02-12TEV")),
        ("Dziś rano szkoły były zamknięte.", ("Dziś rano", "TIME", "2024-02-13TMO")),
        ("Dzisiaj parlament głosuje.", ("Dzisiaj", "DATE", "2024-02-13")),
        ("Jutro parlament będzie głosował.", ("Jutro", "DATE", "2024-02-14")),
        ("Przedwczoraj przyjechał do Warszawy.", ("Przedwczoraj", "DATE", "2024-02-11")),
        ("W zeszłym tygodniu ceny wzrosły.", ("zeszłym tygodniu", "DATE", "2024-W06")),
        ("W przyszłym miesiącu rozpocznie się proces.", ("przyszłym miesiącu", "DATE", "2024-03")),
        ("W tym roku gospodarka urośnie.", ("tym roku", "DATE", "2024")),
        ("W ubiegłym roku firma straciła pieniądze.", ("ubiegłym roku", "DATE", "2023")),
        ("Trzy dni temu prezydent przemawiał.", ("Trzy dni temu", "DATE", "2024-02-10")),
        ("Rok temu wygrał wybory.", ("Rok temu", "DATE", "2023")),
        ("Wybory odbędą się za dwa tygodnie.", ("za dwa tygodnie", "DATE", "2024-W09")),
        ("Spotkanie zaczęło się o 20:30.", ("20:30", "TIME", "2024-02-13T20:30")),
        ("Samolot wylądował o godz. 20.30.", ("20.30", "TIME", "2024-02-13T20:30")),
        ("Pociąg odjechał o 18.45.", ("18.45", "TIME", "2024-02-13T18:45")),
        ("W I kwartale sprzedaż wzrosła.", ("I kwartale", "DATE", "2024-Q1")),
        ("W III kwartale sprzedaż wzrosła.", ("III kwartale", "DATE", "2023-Q3")),
        ("W latach 90. kraj był w kryzysie.", ("latach 90", "DATE", "199")),
        ("W XX wieku miasto się rozrosło.", ("XX wieku", "DATE", "19")),
    ],
)
def test_dates_and_times(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("W poniedziałek policja zatrzymała dwóch podejrzanych.", ("poniedziałek", "DATE", "2024-02-12")),
        ("Minister będzie przemawiał w czwartek.", ("czwartek", "DATE", "2024-02-15")),
        ("W niedzielę odbyły się wybory.", ("niedzielę", "DATE", "2024-02-11")),
        ("W zeszły piątek wybuchła bomba.", ("zeszły piątek", "DATE", "2024-02-09")),
        ("W ubiegły czwartek spłonął dom.", ("ubiegły czwartek", "DATE", "2024-02-08")),
        ("W przyszłą środę ruszy proces.", ("przyszłą środę", "DATE", "2024-02-14")),
        ("W piątek wieczorem doszło do strzelaniny.", ("piątek wieczorem", "TIME", "2024-02-09TEV")),
        ("W sobotę w nocy wybuchł pożar.", ("sobotę w nocy", "TIME", "2024-02-10TNI")),
    ],
)
def test_weekdays_follow_tense_and_modifiers(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Przez dwadzieścia cztery godziny czekał na pomoc.", ("dwadzieścia cztery godziny", "DURATION", "PT24H")),
        ("Proces trwał dwadzieścia dwa dni.", ("dwadzieścia dwa dni", "DURATION", "P22D")),
        ("Pracował tam przez pięć lat.", ("pięć lat", "DURATION", "P5Y")),
        ("W ciągu ostatnich trzech miesięcy ceny wzrosły.", ("ostatnich trzech miesięcy", "DURATION", "P3M")),
        ("Od kilku lat mieszka w Berlinie.", ("kilku lat", "DURATION", "PXY")),
        ("W ostatnich latach miasto się zmieniło.", ("ostatnich latach", "DATE", "PAST_REF")),
        ("Obecnie mieszka w Krakowie.", ("Obecnie", "DATE", "PRESENT_REF")),
        ("Teraz wszystko się zmieni.", ("Teraz", "DATE", "PRESENT_REF")),
        ("Niedawno przeprowadził się do Gdańska.", ("Niedawno", "DATE", "PAST_REF")),
        ("Co roku odwiedza matkę.", ("Co roku", "SET", "P1Y")),
        ("Codziennie jeździ do pracy.", ("Codziennie", "SET", "P1D")),
    ],
)
def test_durations_references_and_sets(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


def test_anaphora_counts_from_the_narrative() -> None:
    text = "Samolot wystartował 3 marca 2023 r. Następnego dnia zaginął. Dwa dni później znaleziono wrak."
    assert [v for _, _, v in found(text)] == ["2023-03-03", "2023-03-04", "2023-03-06"]


def test_night_from_one_day_to_the_next() -> None:
    expected = [("nocy z piątku na sobotę", "TIME", "2024-02-09TNI")]
    assert found("W nocy z piątku na sobotę wybuchł pożar.") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wczoraj zginęło 2024 osób.", "Wczoraj"),  # a count, not a year
        ("Ceny wzrosły wczoraj o 5 proc.", "wczoraj"),  # "o 5" is "by five", not a clock time
        ("Maja Kowalska przyjechała w poniedziałek.", "poniedziałek"),  # a month form mid-sentence is a name
        ("W sobotę wojsko przesunęło się na południe od Warszawy.", "sobotę"),  # south, not noon
        ("Za to zapłacił sto złotych trzy dni temu.", "trzy dni temu"),  # "za to" is "for it", no offset
    ],
)
def test_words_that_are_no_time_expressions_beside_one_that_is(text: str, expected: str) -> None:
    assert [extent for extent, _, _ in found(text)] == [expected]


def test_polish_byline() -> None:
    assert infer_published("Opublikowano: 12 marca 2024, 10:15\nSzczyt się odbył.", lang="pl")[:2] == (
        "2024-03-12",
        "byline",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zmarł tuż przed północą w poniedziałek.",
            ("przed północą w poniedziałek", "TIME", "2024-02-12T24:00"),
        ),
        ("Tamy pękły w nocy na poniedziałek.", ("nocy na poniedziałek", "TIME", "2024-02-11TNI")),
    ],
)
def test_nights_and_midnights_of_a_weekday(text: str, expected: tuple[str, str, str]) -> None:
    """A night named by the day it ends in is the night (TNI) of the day before; midnight of a weekday is that
    day's T24:00; the early hours of a day are its morning (docs/timex.md, Nights)."""
    assert found(text) == [expected]


def test_a_dotted_time_after_godziny_is_a_clock_time():
    assert found("Do wypadku doszło około godziny 13.45.") == [("13.45", "TIME", "2024-02-13T13:45")]
