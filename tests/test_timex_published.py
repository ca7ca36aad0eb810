"""Publication-date inference: each basis, its confidence order, and the never-invent-a-day rule."""

from __future__ import annotations

from storyline.timex.published import infer_published


def test_inline_date_line_at_the_start() -> None:
    assert infer_published("date 2023-11-08\nThe storm hit the coast.") == ("2023-11-08", "inline-date", 0.85)


def test_inline_date_line_with_a_month_only_stays_coarse() -> None:
    date, basis, _ = infer_published("Date: November 2023\nThe storm hit the coast.")
    assert (date, basis) == ("2023-11", "inline-date")


def test_dated_byline() -> None:
    text = "By Jane Doe\nPublished March 23, 2024\nThe storm hit on March 20, 2024."
    assert infer_published(text)[:2] == ("2024-03-23", "byline")


def test_byline_after_a_separator_but_not_mid_sentence() -> None:
    assert infer_published("By Jane Doe | Published March 23, 2024\nText.")[:2] == ("2024-03-23", "byline")
    text = "The company posted record profit on March 3, 2023, and more on May 5, 2023."
    assert infer_published(text)[:2] == ("2023-05-05", "latest-date")


def test_published_beats_updated() -> None:
    text = "Updated March 25, 2024\nPublished March 23, 2024\nThe storm hit."
    assert infer_published(text)[0] == "2024-03-23"


def test_yearless_byline_borrows_the_copyright_year_with_less_confidence() -> None:
    text = "Updated 1 p.m. on March 27\nThe storm hit. Copyright 2024 The Associated Press."
    date, basis, confidence = infer_published(text)
    assert (date, basis) == ("2024-03-27", "byline")
    assert confidence < 0.9


def test_yearless_byline_without_any_year_gives_nothing() -> None:
    assert infer_published("Updated 1 p.m. on March 27\nThe storm hit.") == (None, None, 0.0)


def test_copyright_gives_a_year_not_a_day() -> None:
    assert infer_published("The storm hit on Friday.\nCopyright 2024 Reuters") == ("2024", "copyright", 0.4)


def test_latest_full_date_is_the_weakest_basis() -> None:
    text = "The storm hit on Jan. 3, 2022, and again on February 9, 2022. More came in 2023."
    assert infer_published(text) == ("2022-02-09", "latest-date", 0.3)


def test_yearless_dates_in_the_body_are_not_used() -> None:
    assert infer_published("The storm hit on March 20 and again on Friday.") == (None, None, 0.0)


def test_date_in_the_title() -> None:
    assert infer_published("The storm hit.", title="Storm report, March 3, 2024")[:2] == (
        "2024-03-03",
        "title-date",
    )


def test_bylines_and_dates_in_other_languages() -> None:
    assert infer_published("Publié le 3 mars 2024\nLe sommet a eu lieu.", lang="fr")[:2] == (
        "2024-03-03",
        "byline",
    )
    text = "Actualizado el 5 de marzo de 2024\nPublicado el 3 de marzo de 2024\nEl ataque ocurrió."
    assert infer_published(text, lang="es")[:2] == ("2024-03-03", "byline")
    assert infer_published("Der Anschlag geschah am 22. März 2024.", lang="de")[:2] == (
        "2024-03-22",
        "latest-date",
    )
