"""French time expressions: extents and TIMEX3 values against a creation time (a Tuesday)."""

from __future__ import annotations

import pytest

from storyline.timex import tag

DCT = "2024-02-13"


def found(text: str, dct: str | None = DCT) -> list[tuple[str, str, str]]:
    """Every expression tagged in French text, as (extent, type, value)."""
    return [(t.text, t.type, t.value) for t in tag(text, dct, lang="fr")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le sommet s'est tenu le 3 mars 2023 à Paris.", ("3 mars 2023", "DATE", "2023-03-03")),
        ("Le 1er janvier, la loi entre en vigueur.", ("1er janvier", "DATE", "2024-01-01")),
        ("Il est mort le 3 mars dernier.", ("3 mars dernier", "DATE", "2023-03-03")),
        ("Hier soir, la police a arrêté deux suspects.", ("Hier soir", "TIME", "2024-02-12TEV")),
        ("Aujourd'hui, le gouvernement annonce un plan.", ("Aujourd'hui", "DATE", "2024-02-13")),
        ("Il y a deux jours, le ministre a démissionné.", ("Il y a deux jours", "DATE", "2024-02-11")),
        ("La semaine dernière, les prix ont augmenté.", ("La semaine dernière", "DATE", "2024-W06")),
        ("L'an dernier, il a voyagé en Espagne.", ("L'an dernier", "DATE", "2023")),
        ("Le mois prochain, les élections auront lieu.", ("Le mois prochain", "DATE", "2024-03")),
        ("Le vote aura lieu dans deux semaines.", ("dans deux semaines", "DATE", "2024-W09")),
        ("En mars, le chômage a baissé.", ("mars", "DATE", "2023-03")),
        ("Fin 2023, la dette a atteint un record.", ("Fin 2023", "DATE", "2023")),
        ("L'été dernier, il faisait très chaud.", ("été dernier", "DATE", "2023-SU")),
        ("Au troisième trimestre, les ventes ont progressé.", ("troisième trimestre", "DATE", "2023-Q3")),
        ("Dans les années 90, le pays était en crise.", ("les années 90", "DATE", "199")),
        ("Au XXe siècle, la ville a grandi.", ("XXe siècle", "DATE", "19")),
        ("La réunion a eu lieu à 15h30.", ("15h30", "TIME", "2024-02-13T15:30")),
        ("Le train part à 9 heures.", ("9 heures", "TIME", "2024-02-13T09:00")),
    ],
)
def test_dates_and_times(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Jeudi, le président a parlé.", "2024-02-08"),
        ("Le président parlera jeudi.", "2024-02-15"),
        ("Il est arrivé lundi dernier.", "2024-02-12"),
        ("Il repartira lundi prochain.", "2024-02-19"),
    ],
)
def test_weekdays_follow_tense_and_modifiers(text: str, value: str) -> None:
    assert [v for _, _, v in found(text)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a passé trois ans en prison.", ("trois ans", "DURATION", "P3Y")),
        ("Les trois derniers mois ont été difficiles.", ("Les trois derniers mois", "DURATION", "P3M")),
        ("Ces dernières années, la ville a changé.", ("Ces dernières années", "DATE", "PAST_REF")),
        ("Actuellement, il vit à Lyon.", ("Actuellement", "DATE", "PRESENT_REF")),
        ("Chaque semaine, il rend visite à sa mère.", ("Chaque semaine", "SET", "P1W")),
        ("Les marchés ouvrent tous les lundis.", ("tous les lundis", "SET", "XXXX-WXX-1")),
    ],
)
def test_durations_references_and_sets(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


def test_anaphora_counts_from_the_narrative() -> None:
    text = "Le 3 mars 2023, il est parti. Le lendemain, il a appelé. Deux jours plus tard, il est rentré."
    assert [v for _, _, v in found(text)] == ["2023-03-03", "2023-03-04", "2023-03-06"]


def test_holiday_in_the_past_tense() -> None:
    assert found("Elle a célébré la Saint-Sylvestre avec sa famille.", "2024-12-20") == [
        ("la Saint-Sylvestre", "DATE", "2023-12-31")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Pierre, 44 ans, a été arrêté.",  # an age
        "La mission sur Mars a été lancée.",  # the planet
        "Les 2000 personnes présentes ont applaudi.",  # a count
        "Un jour, il reviendra.",  # someday
    ],
)
def test_not_time_expressions(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deux barrages ont cédé dans la nuit de dimanche à lundi.",
            ("nuit de dimanche à lundi", "TIME", "2024-02-11TNI"),
        ),
        (
            "Les orages frapperont dans la nuit de jeudi à vendredi.",
            ("nuit de jeudi à vendredi", "TIME", "2024-02-15TNI"),
        ),
        ("Le feu a pris dans la nuit de lundi.", ("nuit de lundi", "TIME", "2024-02-12TNI")),
        ("Il est mort peu avant minuit lundi.", ("minuit lundi", "TIME", "2024-02-12T24:00")),
        ("Il est mort lundi à minuit.", ("lundi à minuit", "TIME", "2024-02-12T24:00")),
    ],
)
def test_nights_and_midnights_of_a_weekday(text: str, expected: tuple[str, str, str]) -> None:
    """A night named by the day it ends in is the night (TNI) of the day before; midnight of a weekday is that
    day's T24:00; the early hours of a day are its morning (docs/timex.md, Nights)."""
    assert found(text) == [expected]


def test_a_clock_time_before_its_weekday_is_that_days_time():
    assert ("13h45", "TIME", "2024-02-11T13:45") in found("Le bloc s'est détaché à 13h45 dimanche.")


def test_the_small_hours_of_a_night_fall_on_the_day_it_runs_into() -> None:
    text = "Dans la nuit de samedi à dimanche, des drones ont attaqué. Vers 5 heures, un incendie s'est déclaré."
    assert found(text, "2025-06-16") == [
        ("nuit de samedi à dimanche", "TIME", "2025-06-14TNI"),
        ("5 heures", "TIME", "2025-06-15T05:00"),
    ]
