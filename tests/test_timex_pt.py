"""Portuguese time expressions: extents and TIMEX3 values against a creation time (a Tuesday)."""

from __future__ import annotations

import pytest

from storyline.timex import tag
from storyline.timex.published import infer_published

DCT = "2024-02-13"


def found(text: str, dct: str | None = DCT) -> list[tuple[str, str, str]]:
    """Every expression tagged in Portuguese text, as (extent, type, value)."""
    return [(t.text, t.type, t.value) for t in tag(text, dct, lang="pt")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("O acordo foi assinado em 22 de março de 2024.", ("22 de março de 2024", "DATE", "2024-03-22")),
        ("O prazo termina em 1º de abril.", ("1º de abril", "DATE", "2024-04-01")),
        ("O decreto foi publicado em 12/03/2024.", ("12/03/2024", "DATE", "2024-03-12")),
        ("Em março de 2023 o time venceu.", ("março de 2023", "DATE", "2023-03")),
        ("No final de 2023 a dívida bateu recorde.", ("final de 2023", "DATE", "2023")),
        ("Ontem à noite o ministro renunciou.", ("Ontem à noite", "TIME", "2024-02-12TNI")),
        ("Amanhã de manhã as escolas fecharão.", ("Amanhã de manhã", "TIME", "2024-02-14TMO")),
        ("Anteontem ele chegou a Lisboa.", ("Anteontem", "DATE", "2024-02-11")),
        ("Hoje o Congresso vota.", ("Hoje", "DATE", "2024-02-13")),
        ("Na semana passada os preços subiram.", ("semana passada", "DATE", "2024-W06")),
        ("No mês passado a empresa perdeu dinheiro.", ("mês passado", "DATE", "2024-01")),
        ("No ano passado a empresa perdeu dinheiro.", ("ano passado", "DATE", "2023")),
        ("Na próxima semana haverá eleições.", ("próxima semana", "DATE", "2024-W08")),
        ("O ano que vem será difícil.", ("O ano que vem", "DATE", "2025")),
        ("Há três dias o presidente falou.", ("Há três dias", "DATE", "2024-02-10")),
        ("Três dias atrás o presidente falou.", ("Três dias atrás", "DATE", "2024-02-10")),
        ("A votação será daqui a duas semanas.", ("daqui a duas semanas", "DATE", "2024-W09")),
        ("A reunião começou às 20h30.", ("20h30", "TIME", "2024-02-13T20:30")),
        ("O voo pousou às 8 horas.", ("8 horas", "TIME", "2024-02-13T08:00")),
        ("No terceiro trimestre as vendas cresceram.", ("terceiro trimestre", "DATE", "2023-Q3")),
        ("Nos anos 90 o país estava em crise.", ("anos 90", "DATE", "199")),
        ("No século XX a cidade cresceu.", ("século XX", "DATE", "19")),
        ("No verão passado fez muito calor.", ("verão passado", "DATE", "2023-SU")),
    ],
)
def test_dates_and_times(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Na sexta-feira, a polícia prendeu dois suspeitos.", ("sexta-feira", "DATE", "2024-02-09")),
        ("O ministro falará na quinta-feira.", ("quinta-feira", "DATE", "2024-02-15")),
        ("Na segunda, o ministro falou.", ("segunda", "DATE", "2024-02-12")),
        ("Na sexta-feira passada, a polícia prendeu dois suspeitos.", ("sexta-feira passada", "DATE", "2024-02-09")),
        ("Ele voltará na próxima segunda-feira.", ("próxima segunda-feira", "DATE", "2024-02-19")),
        ("Na noite de sexta-feira, o incêndio destruiu a casa.", ("noite de sexta-feira", "TIME", "2024-02-09TNI")),
        ("Na manhã desta segunda-feira houve um ataque.", ("manhã desta segunda-feira", "TIME", "2024-02-12TMO")),
        ("Sábado à tarde houve um protesto.", ("Sábado à tarde", "TIME", "2024-02-10TAF")),
    ],
)
def test_weekdays_follow_tense_and_modifiers(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ele trabalhou durante dois meses em Paris.", ("dois meses", "DURATION", "P2M")),
        ("Ficou preso por três anos.", ("três anos", "DURATION", "P3Y")),
        ("O julgamento durou vinte e dois dias.", ("vinte e dois dias", "DURATION", "P22D")),
        ("Os últimos três meses foram difíceis.", ("Os últimos três meses", "DURATION", "P3M")),
        ("Atualmente vive em Lisboa.", ("Atualmente", "DATE", "PRESENT_REF")),
        ("Todas as semanas visita a mãe.", ("Todas as semanas", "SET", "P1W")),
        ("A feira abre duas vezes por semana.", ("duas vezes por semana", "SET", "P1W")),
    ],
)
def test_durations_references_and_sets(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


def test_anaphora_counts_from_the_narrative() -> None:
    text = "Em 3 de março de 2023 ele partiu. No dia seguinte ligou. Dois dias depois, voltou."
    assert [v for _, _, v in found(text)] == ["2023-03-03", "2023-03-04", "2023-03-06"]


def test_holiday_in_the_past_tense() -> None:
    assert found("Ele passou o Natal com a família.", "2024-12-20") == [("Natal", "DATE", "2023-12-25")]


@pytest.mark.parametrize(
    "text",
    [
        "A segunda vítima foi identificada.",  # "segunda" as "second", not Monday
        "Pela quinta vez, o time perdeu.",  # "quinta" as "fifth"
        "O Brasil é a sexta economia do mundo.",  # "sexta" as "sixth"
        "O time jogou em Natal.",  # the city, not Christmas
        "O governo doou cestas às 3 famílias.",  # "às" is "to the", not a clock time
        "As 2000 pessoas presentes aplaudiram.",  # a count, not a year
        "Ele tem 44 anos de idade.",  # an age
    ],
)
def test_not_time_expressions(text: str) -> None:
    assert found(text) == []


def test_weekday_range_is_not_read_as_ordinals() -> None:
    assert [t for t, _, _ in found("O comércio abre de segunda a sexta.")] == ["segunda", "sexta"]


def test_portuguese_byline() -> None:
    text = "Atualizado em 25/03/2024\nPublicado em 22 de março de 2024\nO ataque ocorreu."
    assert infer_published(text, lang="pt")[:2] == ("2024-03-22", "byline")


def test_a_written_out_day_names_its_day() -> None:
    from storyline.timex import names_day

    assert names_day("1º de abril") and names_day("22 de março de 2024") and names_day("12 marzo")
    assert not names_day("na segunda-feira")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ele morreu pouco antes da meia-noite de segunda-feira.",
            ("meia-noite de segunda-feira", "TIME", "2024-02-12T24:00"),
        ),
        (
            "As barragens cederam na noite de domingo para segunda-feira.",
            ("noite de domingo para segunda-feira", "TIME", "2024-02-11TNI"),
        ),
        (
            "As barragens cederam na madrugada de segunda-feira.",
            ("madrugada de segunda-feira", "TIME", "2024-02-12TMO"),
        ),
    ],
)
def test_nights_and_midnights_of_a_weekday(text: str, expected: tuple[str, str, str]) -> None:
    """A night named by the day it ends in is the night (TNI) of the day before; midnight of a weekday is that
    day's T24:00; the early hours of a day are its morning (docs/timex.md, Nights)."""
    assert found(text) == [expected]
