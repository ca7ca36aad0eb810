"""Italian time expressions: extents and TIMEX3 values against a creation time (a Tuesday)."""

from __future__ import annotations

import pytest

from storyline.timex import tag
from storyline.timex.published import infer_published

DCT = "2024-02-13"


def found(text: str, dct: str | None = DCT) -> list[tuple[str, str, str]]:
    """Every expression tagged in Italian text, as (extent, type, value)."""
    return [(t.text, t.type, t.value) for t in tag(text, dct, lang="it")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il vertice si è tenuto il 12 marzo 2024.", ("12 marzo 2024", "DATE", "2024-03-12")),
        ("Giovedì 7 marzo 2024 il ministro ha parlato.", ("Giovedì 7 marzo 2024", "DATE", "2024-03-07")),
        ("Il termine scade il 1° aprile.", ("1° aprile", "DATE", "2024-04-01")),
        ("È morto il 3 marzo scorso.", ("3 marzo scorso", "DATE", "2023-03-03")),
        ("Il decreto è del 12/03/2024.", ("12/03/2024", "DATE", "2024-03-12")),
        ("Nel marzo 2023 la squadra ha vinto.", ("marzo 2023", "DATE", "2023-03")),
        ("A marzo la disoccupazione è calata.", ("marzo", "DATE", "2023-03")),
        ("Alla fine del 2023 il debito ha toccato un record.", ("fine del 2023", "DATE", "2023")),
        ("Ieri sera il ministro si è dimesso.", ("Ieri sera", "TIME", "2024-02-12TEV")),
        ("Stamattina le scuole sono rimaste chiuse.", ("Stamattina", "TIME", "2024-02-13TMO")),
        ("Domani mattina le scuole chiuderanno.", ("Domani mattina", "TIME", "2024-02-14TMO")),
        ("L'altro ieri è arrivato a Roma.", ("L'altro ieri", "DATE", "2024-02-11")),
        ("Oggi il parlamento vota.", ("Oggi", "DATE", "2024-02-13")),
        ("La settimana scorsa i prezzi sono saliti.", ("La settimana scorsa", "DATE", "2024-W06")),
        ("Il mese scorso l'azienda ha perso soldi.", ("Il mese scorso", "DATE", "2024-01")),
        ("L'anno scorso l'azienda ha perso soldi.", ("L'anno scorso", "DATE", "2023")),
        ("La prossima settimana ci saranno le elezioni.", ("La prossima settimana", "DATE", "2024-W08")),
        ("Quest'anno l'economia crescerà.", ("Quest'anno", "DATE", "2024")),
        ("Tre giorni fa il presidente ha parlato.", ("Tre giorni fa", "DATE", "2024-02-10")),
        ("Si voterà tra due settimane.", ("tra due settimane", "DATE", "2024-W09")),
        ("La riunione è iniziata alle 20:30.", ("20:30", "TIME", "2024-02-13T20:30")),
        ("Il volo è atterrato alle 18.45.", ("18.45", "TIME", "2024-02-13T18:45")),
        ("L'incendio è stato spento entro le 18.", ("18", "TIME", "2024-02-13T18:00")),
        ("L'estate scorsa ha fatto molto caldo.", ("estate scorsa", "DATE", "2023-SU")),
        ("Nel terzo trimestre le vendite sono cresciute.", ("terzo trimestre", "DATE", "2023-Q3")),
        ("Negli anni Novanta il paese era in crisi.", ("anni Novanta", "DATE", "199")),
        ("Negli anni '80 la città è cresciuta.", ("anni '80", "DATE", "198")),
        ("Nel XX secolo la città è cresciuta.", ("XX secolo", "DATE", "19")),
    ],
)
def test_dates_and_times(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lunedì la polizia ha arrestato due sospetti.", ("Lunedì", "DATE", "2024-02-12")),
        ("Il ministro parlerà giovedì.", ("giovedì", "DATE", "2024-02-15")),
        ("Lunedì scorso la polizia ha arrestato due sospetti.", ("Lunedì scorso", "DATE", "2024-02-12")),
        ("Tornerà il prossimo lunedì.", ("prossimo lunedì", "DATE", "2024-02-19")),
        ("Venerdì sera è esplosa una bomba.", ("Venerdì sera", "TIME", "2024-02-09TEV")),
        ("Nella notte di sabato è esplosa una bomba.", ("notte di sabato", "TIME", "2024-02-10TNI")),
    ],
)
def test_weekdays_follow_tense_and_modifiers(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ha lavorato per tre anni in Francia.", ("tre anni", "DURATION", "P3Y")),
        ("Ha aspettato ventiquattro ore.", ("ventiquattro ore", "DURATION", "PT24H")),
        ("Il processo è durato ventidue giorni.", ("ventidue giorni", "DURATION", "P22D")),
        ("Ha aspettato un'ora.", ("un'ora", "DURATION", "PT1H")),
        ("Gli ultimi tre mesi sono stati difficili.", ("Gli ultimi tre mesi", "DURATION", "P3M")),
        ("Negli ultimi anni la città è cambiata.", ("ultimi anni", "DATE", "PAST_REF")),
        ("Attualmente vive a Milano.", ("Attualmente", "DATE", "PRESENT_REF")),
        ("Ogni settimana visita la madre.", ("Ogni settimana", "SET", "P1W")),
        ("I mercati aprono tutti i lunedì.", ("tutti i lunedì", "SET", "XXXX-WXX-1")),
    ],
)
def test_durations_references_and_sets(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


def test_anaphora_counts_from_the_narrative() -> None:
    text = "Il 3 marzo 2023 è partito. Il giorno dopo ha telefonato. Due giorni dopo è tornato."
    assert [v for _, _, v in found(text)] == ["2023-03-03", "2023-03-04", "2023-03-06"]


def test_holiday_in_the_past_tense() -> None:
    assert found("Ha festeggiato il Natale con la famiglia.", "2024-12-20") == [("Natale", "DATE", "2023-12-25")]


def test_ora_is_now_unless_it_is_the_hour() -> None:
    # like Spanish "ahora", "ora" (now) is a present reference; after an article or before "locale" it is the hour
    assert found("Ora il governo deve decidere.") == [("Ora", "DATE", "PRESENT_REF")]
    assert found("All'ora di pranzo il negozio chiude.") == []
    assert found("D'ora in poi tutto cambierà.") == []
    assert found("L'aereo è atterrato alle 10 ora locale.") == [("10", "TIME", "2024-02-13T10:00")]


@pytest.mark.parametrize(
    "text",
    [
        "Le 2000 persone presenti hanno applaudito.",  # a count, not a year
        "Il governo ha dato un aiuto alle 3 famiglie.",  # "alle" is "to the", not a clock time
        "Le 18 vittime sono state identificate.",  # "le" alone is "the"
        "Il sindaco ha incontrato Marzo Rossi.",  # a capitalized month name mid-sentence is a name
        "La mattina il mercato apre presto.",  # a time of day alone is no date
    ],
)
def test_not_time_expressions(text: str) -> None:
    assert found(text) == []


def test_italian_byline() -> None:
    assert infer_published("Pubblicato il 12 marzo 2024\nIl vertice si è tenuto.", lang="it")[:2] == (
        "2024-03-12",
        "byline",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "È morto poco prima della mezzanotte di lunedì.",
            ("mezzanotte di lunedì", "TIME", "2024-02-12T24:00"),
        ),
        (
            "Le dighe hanno ceduto nella notte tra domenica e lunedì.",
            ("notte tra domenica e lunedì", "TIME", "2024-02-11TNI"),
        ),
        ("È morto lunedì a mezzanotte.", ("lunedì a mezzanotte", "TIME", "2024-02-12T24:00")),
    ],
)
def test_nights_and_midnights_of_a_weekday(text: str, expected: tuple[str, str, str]) -> None:
    """A night named by the day it ends in is the night (TNI) of the day before; midnight of a weekday is that
    day's T24:00; the early hours of a day are its morning (docs/timex.md, Nights)."""
    assert found(text) == [expected]


def test_a_clock_time_with_minutes_needs_no_noun_guard():
    assert ("13.45", "TIME", "2024-02-13T13:45") in found("Il crollo è avvenuto intorno alle 13.45 nei pressi della vetta.")
    assert not [t for t in found("Ha scritto alle 3 famiglie.") if t[1] == "TIME"]


def test_a_clock_time_before_its_weekday_is_that_days_time():
    assert ("13:45", "TIME", "2024-02-11T13:45") in found("Il crollo è avvenuto alle 13:45 di domenica.")
