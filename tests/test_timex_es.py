"""Spanish time expressions: extents and TIMEX3 values against a creation time (a Tuesday)."""

from __future__ import annotations

import pytest

from storyline.timex import tag

DCT = "2024-02-13"


def found(text: str, dct: str | None = DCT) -> list[tuple[str, str, str]]:
    """Every expression tagged in Spanish text, as (extent, type, value)."""
    return [(t.text, t.type, t.value) for t in tag(text, dct, lang="es")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La cumbre se celebró el 3 de marzo de 2023.", ("3 de marzo de 2023", "DATE", "2023-03-03")),
        ("Murió el pasado 3 de marzo.", ("pasado 3 de marzo", "DATE", "2023-03-03")),
        ("La boda será el próximo 3 de marzo.", ("próximo 3 de marzo", "DATE", "2024-03-03")),
        ("Ayer por la tarde, el ministro dimitió.", ("Ayer por la tarde", "TIME", "2024-02-12TAF")),
        ("Anoche hubo una explosión.", ("Anoche", "TIME", "2024-02-12TNI")),
        ("Mañana por la mañana, las escuelas cerrarán.", ("Mañana por la mañana", "TIME", "2024-02-14TMO")),
        ("Hace dos días, el presidente habló.", ("Hace dos días", "DATE", "2024-02-11")),
        ("La semana pasada, los precios subieron.", ("La semana pasada", "DATE", "2024-W06")),
        ("El año pasado, la empresa perdió dinero.", ("El año pasado", "DATE", "2023")),
        ("El mes que viene habrá elecciones.", ("El mes que viene", "DATE", "2024-03")),
        ("La votación será dentro de dos semanas.", ("dentro de dos semanas", "DATE", "2024-W09")),
        ("En marzo, el paro bajó.", ("marzo", "DATE", "2023-03")),
        ("A finales de 2023, la deuda alcanzó un récord.", ("finales de 2023", "DATE", "2023")),
        ("El verano pasado hizo mucho calor.", ("verano pasado", "DATE", "2023-SU")),
        ("En el tercer trimestre, las ventas crecieron.", ("el tercer trimestre", "DATE", "2023-Q3")),
        ("En los años 90, el país estaba en crisis.", ("los años 90", "DATE", "199")),
        ("En el siglo XX, la ciudad creció.", ("el siglo XX", "DATE", "19")),
        ("La reunión empezó a las 15:30 horas.", ("15:30 horas", "TIME", "2024-02-13T15:30")),
    ],
)
def test_dates_and_times(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Llegó el pasado martes.", "2024-02-06"),
        ("El lunes pasado, la policía detuvo a dos sospechosos.", "2024-02-12"),
        ("Volverá el próximo lunes.", "2024-02-19"),
        ("El jueves, el ministro habló.", "2024-02-08"),
        ("El ministro hablará el jueves.", "2024-02-15"),
    ],
)
def test_weekdays_follow_tense_and_modifiers(text: str, value: str) -> None:
    assert [v for _, _, v in found(text)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pasó tres años en prisión.", ("tres años", "DURATION", "P3Y")),
        ("Trabaja aquí desde hace cinco años.", ("cinco años", "DURATION", "P5Y")),
        ("Los últimos tres meses han sido difíciles.", ("Los últimos tres meses", "DURATION", "P3M")),
        ("En los últimos años, la ciudad ha cambiado.", ("los últimos años", "DATE", "PAST_REF")),
        ("Actualmente vive en Sevilla.", ("Actualmente", "DATE", "PRESENT_REF")),
        ("Cada semana visita a su madre.", ("Cada semana", "SET", "P1W")),
        ("Los mercados abren todos los lunes.", ("todos los lunes", "SET", "XXXX-WXX-1")),
    ],
)
def test_durations_references_and_sets(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


def test_anaphora_counts_from_the_narrative() -> None:
    text = "El 3 de marzo de 2023 partió. Al día siguiente llamó. Dos días después, regresó."
    assert [v for _, _, v in found(text)] == ["2023-03-03", "2023-03-04", "2023-03-06"]


def test_holiday_in_the_past_tense() -> None:
    assert found("Celebró la Nochevieja con su familia.", "2024-12-20") == [
        ("Nochevieja", "DATE", "2023-12-31")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Las 2000 personas presentes aplaudieron.",  # a count
        "Por la mañana, el mercado abrió.",  # "mañana" after an article is the morning, not tomorrow
    ],
)
def test_not_time_expressions(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Las presas cedieron el lunes de madrugada.", ("lunes de madrugada", "TIME", "2024-02-12TMO")),
        ("Las presas cedieron en la madrugada del lunes.", ("madrugada del lunes", "TIME", "2024-02-12TMO")),
        (
            "Las presas cedieron en la noche del domingo al lunes.",
            ("noche del domingo al lunes", "TIME", "2024-02-11TNI"),
        ),
        (
            "Murió poco antes de la medianoche del lunes.",
            ("medianoche del lunes", "TIME", "2024-02-12T24:00"),
        ),
    ],
)
def test_nights_and_midnights_of_a_weekday(text: str, expected: tuple[str, str, str]) -> None:
    """A night named by the day it ends in is the night (TNI) of the day before; midnight of a weekday is that
    day's T24:00; the early hours of a day are its morning (docs/timex.md, Nights)."""
    assert found(text) == [expected]


def test_hours_and_minutes_before_horas_are_a_clock_time_not_a_duration():
    assert found("El alud se produjo hacia las 13.45 horas.") == [("13.45 horas", "TIME", "2024-02-13T13:45")]
    assert found("Los rescatistas trabajaron durante 1,5 horas.") == [("1,5 horas", "DURATION", "PT1H30M")]


def test_a_clock_time_before_its_weekday_is_that_days_time():
    assert ("13.45 horas", "TIME", "2024-02-11T13:45") in found("El alud se produjo hacia las 13.45 horas del domingo.")
