"""German time expressions: extents and TIMEX3 values against a creation time (a Tuesday)."""

from __future__ import annotations

import pytest

from storyline.timex import tag

DCT = "2024-02-13"


def found(text: str, dct: str | None = DCT) -> list[tuple[str, str, str]]:
    """Every expression tagged in German text, as (extent, type, value)."""
    return [(t.text, t.type, t.value) for t in tag(text, dct, lang="de")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Gipfel fand am 3. März 2023 in Berlin statt.", ("3. März 2023", "DATE", "2023-03-03")),
        ("Am 1. Januar tritt das Gesetz in Kraft.", ("1. Januar", "DATE", "2024-01-01")),
        ("Das Treffen war am 14.02.2023.", ("14.02.2023", "DATE", "2023-02-14")),
        ("Gestern Abend trat der Minister zurück.", ("Gestern Abend", "TIME", "2024-02-12TEV")),
        ("Heute Morgen brach ein Feuer aus.", ("Heute Morgen", "TIME", "2024-02-13TMO")),
        ("Morgen früh bleiben die Schulen geschlossen.", ("Morgen früh", "TIME", "2024-02-14TMO")),
        ("Vor zwei Tagen sprach der Präsident.", ("Vor zwei Tagen", "DATE", "2024-02-11")),
        ("Vor einem Jahr begann der Krieg.", ("Vor einem Jahr", "DATE", "2023")),
        ("Letzte Woche stiegen die Preise.", ("Letzte Woche", "DATE", "2024-W06")),
        ("Im vergangenen Jahr verlor das Unternehmen Geld.", ("vergangenen Jahr", "DATE", "2023")),
        ("Nächsten Monat finden Wahlen statt.", ("Nächsten Monat", "DATE", "2024-03")),
        ("Die Abstimmung findet in zwei Wochen statt.", ("in zwei Wochen", "DATE", "2024-W09")),
        ("Im März sank die Arbeitslosigkeit.", ("März", "DATE", "2023-03")),
        ("Ende 2023 erreichte die Verschuldung einen Rekord.", ("Ende 2023", "DATE", "2023")),
        ("Im vergangenen Sommer war es sehr heiß.", ("vergangenen Sommer", "DATE", "2023-SU")),
        ("Im dritten Quartal wuchs der Umsatz.", ("dritten Quartal", "DATE", "2023-Q3")),
        ("Im 20. Jahrhundert wuchs die Stadt.", ("20. Jahrhundert", "DATE", "19")),
        ("Die Sitzung begann um 15.30 Uhr.", ("15.30 Uhr", "TIME", "2024-02-13T15:30")),
    ],
)
def test_dates_and_times(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Er kam letzten Dienstag an.", "2024-02-06"),
        ("Er reist nächsten Montag ab.", "2024-02-19"),
        ("Am Donnerstag sagte der Minister, er trete zurück.", "2024-02-08"),
        ("Sie wird am Freitag nach Paris reisen.", "2024-02-16"),
        ("Am Mittwochabend traf er sie.", "2024-02-07TEV"),
    ],
)
def test_weekdays_follow_tense_and_modifiers(text: str, value: str) -> None:
    assert [v for _, _, v in found(text)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er verbrachte drei Jahre im Gefängnis.", ("drei Jahre", "DURATION", "P3Y")),
        ("Er arbeitet seit fünf Jahren hier.", ("fünf Jahren", "DURATION", "P5Y")),
        ("Die letzten drei Monate waren schwierig.", ("Die letzten drei Monate", "DURATION", "P3M")),
        (
            "In den vergangenen Jahren hat sich viel verändert.",
            ("den vergangenen Jahren", "DATE", "PAST_REF"),
        ),
        ("Derzeit lebt er in Hamburg.", ("Derzeit", "DATE", "PRESENT_REF")),
        ("Jede Woche besucht er seine Mutter.", ("Jede Woche", "SET", "P1W")),
        ("Die Märkte öffnen montags.", ("montags", "SET", "XXXX-WXX-1")),
    ],
)
def test_durations_references_and_sets(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


def test_anaphora_counts_from_the_narrative() -> None:
    text = "Am 3. März 2023 reiste er ab. Am nächsten Tag rief er an. Zwei Tage später kehrte er zurück."
    assert [v for _, _, v in found(text)] == ["2023-03-03", "2023-03-04", "2023-03-06"]


def test_holiday_in_the_past_tense() -> None:
    assert found("Sie feierte Silvester mit ihrer Familie.", "2024-12-20") == [
        ("Silvester", "DATE", "2023-12-31")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Die 2000 Menschen applaudierten.",  # a count
        "Der Mann ist 44 Jahre alt.",  # an age
        "Am Morgen brach ein Feuer aus.",  # the morning, not tomorrow
    ],
)
def test_not_time_expressions(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Dämme brachen in der Nacht zum Montag.", ("Nacht zum Montag", "TIME", "2024-02-11TNI")),
        (
            "Die Dämme brachen in der Nacht von Sonntag auf Montag.",
            ("Nacht von Sonntag auf Montag", "TIME", "2024-02-11TNI"),
        ),
        ("Er starb in der Nacht zu Dienstag.", ("Nacht zu Dienstag", "TIME", "2024-02-12TNI")),
        ("Er starb Montag um Mitternacht.", ("Montag um Mitternacht", "TIME", "2024-02-12T24:00")),
    ],
)
def test_nights_and_midnights_of_a_weekday(text: str, expected: tuple[str, str, str]) -> None:
    """A night named by the day it ends in is the night (TNI) of the day before; midnight of a weekday is that
    day's T24:00; the early hours of a day are its morning (docs/timex.md, Nights)."""
    assert found(text) == [expected]


def test_a_dateline_takes_no_tense_from_the_story_after_it() -> None:
    """A place, a comma, a date and a dash opening the text date the article: "wird" after it does not make
    the day a year ahead, whether it is the creation day or the one before."""
    for day in ("11", "12"):
        text = f"Brno, {day}. März – Der frühere Minister wird gegen das Urteil Berufung einlegen."
        assert found(text, "2025-03-12") == [(f"{day}. März", "DATE", f"2025-03-{day}")]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "In der Nacht zum Sonntag griffen Drohnen an, gegen 5 Uhr brach ein Feuer aus.",
            ["2025-06-14TNI", "2025-06-15T05:00"],
        ),
        (
            "In der Nacht zum Sonntag (15. Juni) griffen Drohnen an. Gegen 5 Uhr brach ein Feuer aus.",
            ["2025-06-14TNI", "2025-06-15", "2025-06-15T05:00"],
        ),
        (  # an evening hour keeps the night in hand; a day outside it ends it
            "In der Nacht zum Sonntag griffen Drohnen an. Gegen 23 Uhr gab es Alarm, gegen 3 Uhr Einschläge.",
            ["2025-06-14TNI", "2025-06-14T23:00", "2025-06-15T03:00"],
        ),
        (
            "In der Nacht zum Sonntag griffen Drohnen an. Am Donnerstag hatte es geregnet, um 4 Uhr gestürmt.",
            ["2025-06-14TNI", "2025-06-12", "2025-06-12T04:00"],
        ),
        ("Gegen 3 Uhr in der Nacht zum Sonntag brach ein Feuer aus.", ["2025-06-15T03:00", "2025-06-14TNI"]),
        ("Gegen 23 Uhr in der Nacht zum Sonntag brach ein Feuer aus.", ["2025-06-14T23:00", "2025-06-14TNI"]),
    ],
)
def test_the_small_hours_of_a_night_fall_on_the_day_it_runs_into(text: str, values: list[str]) -> None:
    """The night keeps TimeML's date (the day it begins), but 0 to 6 o'clock told in or after it is the next
    day's (docs/timex.md, Nights)."""
    assert [v for _, _, v in found(text, "2025-06-16")] == values
