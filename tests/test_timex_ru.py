"""Russian time expressions: extents and TIMEX3 values against a creation time (a Tuesday)."""

from __future__ import annotations

import pytest

from storyline.timex import tag

DCT = "2024-02-13"


def found(text: str, dct: str | None = DCT) -> list[tuple[str, str, str]]:
    """Every expression tagged in Russian text, as (extent, type, value)."""
    return [(t.text, t.type, t.value) for t in tag(text, dct, lang="ru")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Теракт произошел 22 марта 2024 года в Подмосковье.", ("22 марта 2024 года", "DATE", "2024-03-22")),
        ("Вчера вечером полиция задержала двух подозреваемых.", ("Вчера вечером", "TIME", "2024-02-12TEV")),
        ("Два дня назад министр подал в отставку.", ("Два дня назад", "DATE", "2024-02-11")),
        ("Год назад началась война.", ("Год назад", "DATE", "2023")),
        ("На прошлой неделе цены выросли.", ("прошлой неделе", "DATE", "2024-W06")),
        ("В прошлом году компания потеряла деньги.", ("прошлом году", "DATE", "2023")),
        ("Голосование пройдет через две недели.", ("через две недели", "DATE", "2024-W09")),
        ("В марте безработица снизилась.", ("марте", "DATE", "2023-03")),
        ("В конце 2023 года долг достиг рекорда.", ("конце 2023 года", "DATE", "2023")),
        ("Он родился в 1985 году.", ("1985 году", "DATE", "1985")),
        ("Встреча началась в 15:30.", ("15:30", "TIME", "2024-02-13T15:30")),
        ("Пожар был потушен к 18:00.", ("18:00", "TIME", "2024-02-13T18:00")),
        ("Пожар начался в 8 вечера.", ("8", "TIME", "2024-02-13T20:00")),  # an hour alone, then "вечера"
        ("Самолёт вылетел в 6 утра.", ("6", "TIME", "2024-02-13T06:00")),
        ("Около 18:00 пожар потушили.", ("18:00", "TIME", "2024-02-13T18:00")),
        ("В третьем квартале продажи выросли.", ("третьем квартале", "DATE", "2023-Q3")),
        ("В 1990-е годы страна была в кризисе.", ("1990-е годы", "DATE", "199")),
        ("В XX веке город вырос.", ("XX веке", "DATE", "19")),
    ],
)
def test_dates_and_times(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("В пятницу вечером боевики напали на концертный зал.", "2024-02-09TEV"),
        ("В прошлую пятницу президент выступил.", "2024-02-09"),
        ("Президент выступит в следующий понедельник.", "2024-02-19"),
        ("В четверг министр будет выступать в Думе.", "2024-02-15"),
    ],
)
def test_weekdays_follow_tense_and_modifiers(text: str, value: str) -> None:
    assert [v for _, _, v in found(text)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Он провел три года в тюрьме.", ("три года", "DURATION", "P3Y")),
        ("Последние три месяца были трудными.", ("Последние три месяца", "DURATION", "P3M")),
        ("Сейчас он живет в Казани.", ("Сейчас", "DATE", "PRESENT_REF")),
        ("Каждую неделю он навещает мать.", ("Каждую неделю", "SET", "P1W")),
    ],
)
def test_durations_references_and_sets(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Около 3 часов ночи в доме начался пожар.", ("3 часов", "TIME", "2024-02-13T03:00")),
        ("Пожар потушили в 5 часов утра.", ("5 часов", "TIME", "2024-02-13T05:00")),
        ("Взрыв прогремел в 3 часа ночи.", ("3 часа", "TIME", "2024-02-13T03:00")),
        ("Митинг начался в 2 часа дня.", ("2 часа", "TIME", "2024-02-13T14:00")),
        ("Он вернулся домой в 11 часов ночи.", ("11 часов", "TIME", "2024-02-13T23:00")),
        ("Магазин работает до 5 утра.", ("5", "TIME", "2024-02-13T05:00")),
        ("Он ждал три часа.", ("три часа", "DURATION", "PT3H")),
    ],
)
def test_an_hour_with_its_part_of_day_is_a_clock_time(text: str, expected: tuple[str, str, str]) -> None:
    """"3 часа ночи" is 03:00 of the day in hand, not three hours: "ночи" and "утра" keep the hour before
    noon (a night hour from 6 on is the evening's), "дня" and "вечера" put it after."""
    assert found(text) == [expected]


def test_the_next_day_counts_from_the_narrative() -> None:
    text = "3 марта 2023 года он уехал. На следующий день он вернулся."
    assert [v for _, _, v in found(text)] == ["2023-03-03", "2023-03-04"]


def test_a_count_is_not_a_year() -> None:
    assert found("2000 человек аплодировали.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Плотины прорвало в ночь на понедельник.", ("ночь на понедельник", "TIME", "2024-02-11TNI")),
        (
            "Плотины прорвало в ночь с воскресенья на понедельник.",
            ("ночь с воскресенья на понедельник", "TIME", "2024-02-11TNI"),
        ),
        ("Взрывы прогремели ночью в понедельник.", ("ночью в понедельник", "TIME", "2024-02-12TNI")),
        ("Он умер в полночь в понедельник.", ("в полночь в понедельник", "TIME", "2024-02-12T24:00")),
    ],
)
def test_nights_and_midnights_of_a_weekday(text: str, expected: tuple[str, str, str]) -> None:
    """A night named by the day it ends in is the night (TNI) of the day before; midnight of a weekday is that
    day's T24:00; the early hours of a day are its morning (docs/timex.md, Nights)."""
    assert found(text) == [expected]


def test_the_small_hours_of_a_night_fall_on_the_day_it_runs_into() -> None:
    text = "В ночь на воскресенье беспилотники атаковали город. Около 3 часов ночи начался пожар."
    assert found(text, "2025-06-16") == [
        ("ночь на воскресенье", "TIME", "2025-06-14TNI"),
        ("3 часов", "TIME", "2025-06-15T03:00"),
    ]
