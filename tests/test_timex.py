"""Normalization cases of the time tagger that could plausibly go wrong."""

from __future__ import annotations

import pytest

from storyline.timex import tag

DCT = "2024-02-13"  # a Tuesday


def one(text: str, dct: str | None = DCT) -> tuple[str, str, str]:
    """The single expression tagged in text, as (extent, type, value)."""
    found = tag(text, dct)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0].text, found[0].type, found[0].value


def values(text: str, dct: str | None = DCT) -> list[str]:
    """The values of every expression in text, in order."""
    return [t.value for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It happened yesterday.", "2024-02-12"),
        ("It happens tomorrow.", "2024-02-14"),
        ("It happened two days ago.", "2024-02-11"),
        ("It happened last month.", "2024-01"),
        ("It will happen next week.", "2024-W08"),
        ("Sales fell this year.", "2024"),
        ("Sales fell last year.", "2023"),
        ("Prices rose earlier this year.", "2024"),
    ],
)
def test_relative_to_creation_time(text: str, value: str) -> None:
    assert one(text)[2] == value


def test_last_month_crosses_the_year() -> None:
    assert one("It happened last month.", "2024-01-10")[2] == "2023-12"


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("The vote was held on January 14.", "2024-02-13", "2024-01-14"),
        ("The vote was held on Dec. 21.", "2024-01-05", "2023-12-21"),
        ("The law takes effect Jan. 3.", "2023-12-20", "2024-01-03"),
        ("Its books closed March 31.", "1989-11-02", "1989-03-31"),
        ("The fair opens March 6.", "2024-02-13", "2024-03-06"),
        ("Talks began in April.", "1989-11-02", "1989-04"),
        ("In September, it announced plans to expand.", "1989-10-30", "1989-09"),
    ],
)
def test_partial_dates_choose_the_sensible_year(text: str, dct: str, value: str) -> None:
    assert one(text, dct)[2] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The minister will speak on March 12.", "2025-03-12"),  # the creation day itself is not past
        ("The ban takes effect March 12.", "2025-03-12"),
        ("The minister will speak on March 11.", "2026-03-11"),  # a day gone, told as ahead: next year's
    ],
)
def test_a_future_cue_keeps_the_creation_day_in_its_year(text: str, value: str) -> None:
    assert one(text, "2025-03-12")[2] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Brno, March 12 – The former minister will appeal the verdict, his lawyer said.", "2025-03-12"),
        ("Brno, March 11 – The former minister will appeal the verdict, his lawyer said.", "2025-03-11"),
        ("BRNO, Czech Republic, March 11 (Reuters) - The minister will appeal.", "2025-03-11"),
        ("Vienna\nBrno, March 11 -- The former minister will appeal the verdict.", "2025-03-11"),
    ],
)
def test_a_dateline_takes_no_tense_from_the_story_after_it(text: str, value: str) -> None:
    assert values(text, "2025-03-12")[-1] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Officials said on Monday that the dam held.", "2024-02-12"),
        ("Officials said Tuesday that the dam held.", "2024-02-13"),
        ("Officials said Wednesday that the dam held.", "2024-02-07"),
        ("The board will meet on Friday.", "2024-02-16"),
        ("They met last Tuesday.", "2024-02-06"),
        ("The mayor said power would be restored by Thursday.", "2024-02-15"),
        ("Cuba predicted Wednesday that exiles will keep protesting.", "2024-02-07"),
        ("They meet next Monday.", "2024-02-19"),
    ],
)
def test_weekdays_follow_the_news_convention(text: str, value: str) -> None:
    assert one(text)[2] == value


def test_reference_time_shift_for_anaphora() -> None:
    text = (
        "On January 14, 2023, the plant closed. The next day, workers protested. Two days later, it reopened."
    )
    assert values(text) == ["2023-01-14", "2023-01-15", "2023-01-17"]


def test_yearless_date_takes_the_year_of_the_range_it_closes() -> None:
    assert values("Between Dec. 2, 1956, and Jan. 8 the rebels marched.") == ["1956-12-02", "1957-01-08"]
    text = "It joined in July 1997 and will formally join on March 12."
    assert values(text, "1999-02-27") == ["1997-07", "1999-03-12"]


def test_deictic_words_stay_on_the_creation_time_after_a_shift() -> None:
    assert values("On March 3, 2020, the first case was found. Yesterday the count rose.") == [
        "2020-03-03",
        "2024-02-12",
    ]


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("The war lasted two years.", "two years", "P2Y"),
        ("He was held for six months.", "six months", "P6M"),
        ("The flight took 5 1/2 hours.", "5 1/2 hours", "PT5H30M"),
        ("Sales rose over the past two months.", "the past two months", "P2M"),
        ("He signed a two-year contract.", "two-year", "P2Y"),
        ("It takes a few days.", "a few days", "PXD"),
        ("The reactor ran for 90 minutes.", "90 minutes", "PT90M"),
        ("It will take the next 12 to 18 months.", "the next 12 to 18 months", "PXM"),
    ],
)
def test_durations(text: str, extent: str, value: str) -> None:
    assert one(text) == (extent, "DURATION", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The committee meets every week.", "P1W"),
        ("Fees are paid annually.", "P1Y"),
        ("The market opens each Thursday.", "XXXX-WXX-4"),
        ("He visits twice a month.", "P1M"),
        ("The shop closes on Mondays.", "XXXX-WXX-1"),
    ],
)
def test_sets(text: str, value: str) -> None:
    _, kind, got = one(text)
    assert (kind, got) == ("SET", value)


def test_clock_time_with_its_day() -> None:
    assert one("The quake struck at 1:30 a.m. on Tuesday.") == (
        "1:30 a.m. on Tuesday",
        "TIME",
        "2024-02-13T01:30",
    )


def test_a_weekday_of_every_month_recurs() -> None:
    found = [(t.text, t.type) for t in tag("Microsoft ships its patches on the second Tuesday of every month.", DCT)]
    assert found == [("Tuesday", "SET"), ("every month", "SET")]


def test_a_zero_hour_with_am_or_pm_is_no_clock_time() -> None:
    assert values("The fire broke out at 6: 00 p.m. on Friday.") == ["2024-02-09"]  # minutes split off
    assert values("The shooting happened at 0:30 a.m.") == ["2024-02-13T00:30"]


def test_clock_time_alone_takes_the_narrative_day() -> None:
    assert values("On March 3, 2020, the blast came at 10:35 p.m.") == ["2020-03-03", "2020-03-03T22:35"]


def test_time_of_day() -> None:
    assert one("Rescuers arrived Friday morning.") == ("Friday morning", "TIME", "2024-02-09TMO")


@pytest.mark.parametrize(
    ("text", "extent", "value", "precision"),
    [
        ("Growth slowed in early 2023.", "early 2023", "2023", "year"),
        ("The work ends by the end of August.", "the end of August", "2023-08", "month"),
        ("Profits fell in the third quarter.", "the third quarter", "2023-Q3", "quarter"),
        ("Results for Q1 2024 were strong.", "Q1 2024", "2024-Q1", "quarter"),
        ("It was hot last summer.", "last summer", "2023-SU", "season"),
        ("Music of the 1990s returned.", "the 1990s", "199", "decade"),
        ("It recalled the early ’80s.", "the early ’80s", "198", "decade"),
        ("He was born in the 19th century.", "the 19th century", "18", "century"),
        ("Rates are high now.", "now", "PRESENT_REF", "ref"),
        ("Rates rose recently.", "recently", "PAST_REF", "ref"),
        ("Rates may rise in the near future.", "the near future", "FUTURE_REF", "ref"),
    ],
)
def test_vague_and_coarse_expressions(text: str, extent: str, value: str, precision: str) -> None:
    found = tag(text, DCT)
    assert [(t.text, t.value, t.precision) for t in found] == [(extent, value, precision)]


def test_absolute_formats() -> None:
    text = "Dates: 2024-02-13, March 3, 2024, 3 March 2024, 02/13/2024 and Tuesday, Feb. 13, 2024."
    assert values(text, None) == ["2024-02-13", "2024-03-03", "2024-03-03", "2024-02-13", "2024-02-13"]


def test_unresolvable_without_creation_time() -> None:
    assert values("It happened yesterday, last year and on Friday, in March.", None) == [
        "XXXX-XX-XX",
        "XXXX",
        "XXXX-WXX-5",
        "XXXX-03",
    ]


def test_anchor_and_offsets_are_recorded() -> None:
    text = "Officials said yesterday that March 3, 2020 mattered."
    first, second = tag(text, DCT, doc="d1")
    assert (first.doc, first.anchor, text[first.start : first.end]) == ("d1", DCT, "yesterday")
    assert second.anchor is None


def test_words_that_only_look_like_months_are_skipped() -> None:
    assert tag("Officials may march on Friday, and it may rain.", DCT)[0].text == "Friday"
    assert len(tag("Officials may march on Friday, and it may rain.", DCT)) == 1


def test_rates_are_not_durations() -> None:
    assert tag("The deal costs $2 million a year and four flights a week.", DCT) == []
    assert one("The plant has a year to comply.") == ("a year", "DURATION", "P1Y")


def test_abbreviated_weekday_only_inside_a_date() -> None:
    assert [t.text for t in tag("He told The Sun. On Sun., March 3, 2024 it rained.", DCT)] == [
        "Sun., March 3, 2024"
    ]


def test_fiscal_periods_that_ended() -> None:
    text = "In the quarter ended July 31, sales fell; in the fiscal year ended Jan. 31, it lost money."
    got = [(t.text, t.type, t.value) for t in tag(text, "1989-10-30")]
    assert got == [
        ("the quarter", "DATE", "1989-Q2"),
        ("July 31", "DATE", "1989-07-31"),
        ("the fiscal year", "DURATION", "P1Y"),
        ("Jan. 31", "DATE", "1989-01-31"),
    ]


def test_week_of_a_date() -> None:
    assert one("A hearing is set for the week of March 6.", "2000-02-24") == (
        "the week of March 6",
        "DATE",
        "2000-W10",
    )


def test_numbers_that_look_like_years() -> None:
    text = "Flight 1712 carried 2000 people in 1998, before the 1998 elections."
    assert [(t.text, t.start) for t in tag(text, DCT)] == [("1998", 35), ("1998", 52)]


def test_age_is_not_a_duration() -> None:
    assert tag("A 44-year-old man was arrested.", DCT) == []


def test_coarse_creation_time_does_not_invent_days() -> None:
    found = tag("Yesterday and last month, on January 14, officials met.", "2024-02")
    assert [(t.value, t.anchor) for t in found] == [
        ("2024-02-XX", "2024-02"),
        ("2024-01", "2024-02"),
        ("2024-01-14", "2024-02"),
    ]


def test_yearless_date_takes_the_year_of_a_date_earlier_in_its_sentence() -> None:
    text = "She had planned to travel on January 10, 2023, but delayed her trip to January 14."
    assert values(text, "2024-02-13") == ["2023-01-10", "2023-01-14"]
    assert values("She left on March 3. The talks resume on January 14.", "2024-02-13")[-1] == "2024-01-14"


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("The family celebrated Christmas at home.", "2023-12-20", "2022-12-25"),
        ("The family will celebrate Christmas at home.", "2023-12-20", "2023-12-25"),
        ("Toy sales jumped at Christmas.", "2023-07-15", "2022-12-25"),
        ("The shop plans to reopen by Christmas.", "2023-05-02", "2023-12-25"),
        ("Fireworks lit the sky on New Year's Eve.", "2024-01-04", "2023-12-31"),
        ("Crowds gathered on Thanksgiving.", "2023-11-20", "2022-11-24"),
    ],
)
def test_holidays_take_the_occurrence_their_tense_points_to(text: str, dct: str, value: str) -> None:
    assert one(text, dct)[2] == value


def test_holiday_after_a_dated_day_in_the_sentence_before_follows_that_day() -> None:
    text = "The council first met on November 3, 2021.\n\nMembers exchanged gifts at Christmas."
    assert values(text, "2024-03-01") == ["2021-11-03", "2021-12-25"]
    text = "The council first met on November 3, 2021. It adopted a budget. Members exchanged gifts at Christmas."
    assert values(text, "2024-03-01")[-1] == "2023-12-25"  # two sentences on: the creation time again


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Lawyers said they would appeal Wednesday's ruling.", "2024-02-07"),
        ("Officials postponed until Thursday any action on the permit.", "2024-02-15"),
        ("The prosecutor has scheduled a news conference Friday.", "2024-02-16"),
        ("On Friday the United Nations will vote.", "2024-02-16"),
        ("The board will meet with union leaders on Friday, officials said.", "2024-02-16"),
        ("''He will leave at dawn on Thursday,'' the minister said.", "2024-02-15"),
        ("On Thursday, the council voted.", "2024-02-08"),
        ("His father could come to the U.S. as early as Thursday.", "2024-02-15"),
        ("The group might arrive as soon as Friday, media reported.", "2024-02-16"),
        ("The team planned to leave Nairobi on Thursday.", "2024-02-15"),
        ("Protesters were planning to march downtown on Saturday.", "2024-02-17"),
        # a fronted day takes the tense of its clause's verb, however long the subject before it
        ("On Friday, the National Abortion and Reproductive Rights Action League plans to hold a rally.", "2024-02-16"),
    ],
)
def test_weekday_tense_cues(text: str, value: str) -> None:
    assert one(text)[2] == value


def test_year_ago_twin_of_a_span_longer_than_a_quarter_is_a_year() -> None:
    text = (
        "Profit rose in the third quarter from a year earlier. For the nine months, net was $9 million, "
        "up from $7 million a year earlier and above year-earlier sales."
    )
    assert values(text, "1989-11-02") == ["1989-Q3", "1988-Q3", "P9M", "1988", "1988"]


def test_the_full_year_is_the_current_year_and_the_year_ending_soon_a_span() -> None:
    assert one("It forecast higher earnings for the full year.", "1989-10-30") == (
        "the full year",
        "DATE",
        "1989",
    )
    found = tag("It expects a loss for the year ending tomorrow.", "1989-10-30")
    assert [(t.text, t.value) for t in found] == [("the year", "P1Y"), ("tomorrow", "1989-10-31")]


def test_one_day_after_a_modal_is_someday() -> None:
    assert one("Islam will one day be the second religion.") == ("one day", "DATE", "FUTURE_REF")
    assert one("The strike lasted one day.") == ("one day", "DURATION", "P1D")


def test_forecast_quarters_do_not_become_the_reported_quarter() -> None:
    text = (
        "The company posted a drop in third-quarter profit. Analysts expect losses through the third "
        "quarter of 1990. In the year-ago period, it earned $101 million."
    )
    assert values(text, "1989-10-26") == ["1989-Q3", "1990-Q3", "1988-Q3"]


def test_a_comparison_quarter_does_not_become_the_reported_quarter() -> None:
    text = (
        "Sales rose in the third quarter from a year earlier. In the 1988 period, it earned $20 million. "
        "It expected to break even for the quarter."
    )
    assert values(text, "1989-10-26") == ["1989-Q3", "1988-Q3", "1988-Q3", "1989-Q3"]


def test_a_fiscal_quarter_keeps_its_label_in_the_quarter_ended_and_the_latest_period() -> None:
    text = (
        "It posted net income for the fiscal second quarter. Sales increased in the quarter ended Sept. 30 "
        "to $747 million. The latest period includes a gain."
    )
    assert values(text, "1989-10-26") == ["1989-Q2", "1989-Q2", "1989-09-30", "1989-Q2"]
    # without a fiscal label, the quarter ended Sept. 30 is the calendar third quarter
    assert values("Sales increased in the quarter ended Sept. 30.", "1989-10-26") == ["1989-Q3", "1989-09-30"]


def test_last_year_beside_a_quarterly_figure_is_the_year_ago_quarter() -> None:
    text = "In the latest quarter, it had a $23 million loss, compared with earnings of $33 million last year."
    assert values(text, "1989-10-30") == ["1989-Q3", "1988-Q3"]
    text = "Sales in the third quarter were $1.76 billion, up 13% from last year's $1.55 billion."
    assert values(text, "1989-11-02") == ["1989-Q3", "1988-Q3"]
    # no figure beside it, or a span longer than a quarter: the year
    assert values("In the third quarter, sales fell. Last year, the company lost money.", "1989-11-02")[-1] == "1988"
    text = "In the nine months, net rose to $525 million from $504 million last year."
    assert values(text, "1989-10-30")[-1] == "1988"


def test_a_year_earlier_after_a_year_ago_is_the_same_year() -> None:
    text = "Net fell from a year ago. The unit blamed higher borrowing costs compared with a year earlier."
    assert values(text, "1989-10-26") == ["1988", "1988"]
    # a longer offset still moves the narrative: "a year later" counts from it
    assert values("Two years ago, he founded the firm. A year later, he sold it.", "1989-10-26") == ["1987", "1988"]


def test_a_participle_before_by_is_not_a_past_tense() -> None:
    text = "The airline will double its flights by August to reach markets untouched by the crisis."
    assert values(text, "1998-02-13") == ["1998-08"]
    assert values("Sales of cars made in August fell.", "1998-02-13") == ["1997-08"]


def test_hyphenated_fiscal_quarter() -> None:
    assert one("It had a loss for the fiscal-first quarter.", "1989-10-26") == (
        "the fiscal-first quarter",
        "DATE",
        "1989-Q1",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("January nineteen ninety-seven. Atlanta again.", [("January nineteen ninety-seven", "1997-01")]),
        ("The approach of the year two thousand worries them.", [("the year two thousand", "2000")]),
        ("By the year two thousand and one, it was over.", [("the year two thousand and one", "2001")]),
        ("They hired two thousand workers.", []),
    ],
)
def test_years_read_out_in_broadcast_transcripts(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, "1998-02-27")] == expected


def test_a_year_ago_in_the_sentence_after_a_quarter_is_the_year_ago_quarter() -> None:
    text = (
        "It reported a loss for the fiscal first quarter ended Sept. 30. The company had a net loss of "
        "$2.3 million, or 14 cents a share, a year ago."
    )
    assert values(text, "1989-10-26") == ["1989-Q1", "1989-09-30", "1988-Q1"]
    # two sentences on, and after a day, it is the year again
    text = "Sales rose in the third quarter. Costs fell. Two weeks ago, a year ago, it said."
    assert values(text, "1989-10-26") == ["1989-Q3", "1989-W41", "1988"]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("Two helicopters crashed last February.", "1998-03-01", "1997-02"),  # the month just gone: "last month"
        ("The plant closed last June.", "1989-10-27", "1989-06"),
        ("The plant closed last October.", "1999-02-06", "1998-10"),
        ("The plant closed last December.", "1999-01-15", "1998-12"),
    ],
)
def test_last_month_name(text: str, dct: str, value: str) -> None:
    assert one(text, dct)[2] == value


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("The town has been troubled for years.", "years", "PXY"),
        ("It was the first snowfall in decades.", "decades", "PXY"),
        ("The deal follows months of talks.", "months", "PXM"),
        ("The rebels were beaten within weeks or months.", "weeks or months", "PXW"),
        ("A decades-long feud ended.", "decades-long", "PXY"),
    ],
)
def test_unquantified_plural_units_are_vague_durations(text: str, extent: str, value: str) -> None:
    assert one(text) == (extent, "DURATION", value)


def test_unquantified_plural_units_before_an_event_are_left_alone() -> None:
    assert tag("He crossed the border days after the shooting.", DCT) == []
    assert tag("The shop sold the years of stock.", DCT) == []


def test_this_weekend_is_the_current_weeks_unless_told_in_the_past() -> None:
    assert one("The team plays this weekend.", "2024-02-16")[2] == "2024-W07-WE"  # a Friday
    assert one("Thousands marched this weekend.", "2024-02-19")[2] == "2024-W07-WE"  # the Monday after
    assert one("Thousands marched over the weekend.", "2024-02-16")[2] == "2024-W06-WE"


def test_unit_long_adjectives_are_durations() -> None:
    assert one("The union called a day-long strike.") == ("day-long", "DURATION", "P1D")
    assert one("A year-long review ended.") == ("year-long", "DURATION", "P1Y")


def test_the_years_as_a_vague_span() -> None:
    assert one("Over the years, the village shrank.") == ("the years", "DURATION", "PXY")
    assert one("In the years that followed, rebels fought on.") == ("the years", "DURATION", "PXY")
    assert tag("In the weeks before the vote, he hid.", DCT) == []


def test_hour_in_the_part_of_the_day() -> None:
    assert values("The convoy leaves at 4 in the morning on Tuesday.")[0] == "2024-02-13T04:00"
    assert one("They met at six in the evening.", "2024-02-13") == ("six in the evening", "TIME", "2024-02-13T18:00")


def test_time_words_inside_names_are_left_out() -> None:
    assert tag('The minister said on ABC\'s "This Week" that talks would go on.', DCT) == []
    assert tag("You are listening to VOA Today.", DCT) == []
    assert tag("The poster showed Gary Cooper in High Noon.", DCT) == []
    # a sentence or a quote that opens with the word, or a headline in title case, keeps it
    assert values('He paused. "Today we vote," he said.') == ["2024-02-13"]
    assert values("Markets Slide As Investors Flee Stocks Today") == ["2024-02-13"]


def test_a_plan_told_in_the_past_is_not_a_future_cue() -> None:
    # DCT Tuesday 2024-02-13: "was scheduled to ... Friday" is the Friday gone, "is scheduled to" the next one
    assert values("The offer was scheduled to expire Friday.") == ["2024-02-09"]
    assert values("The offer is scheduled to expire Friday.") == ["2024-02-16"]


def test_a_participle_after_stay_or_remain_is_not_a_past_tense() -> None:
    # DCT Tuesday 2024-02-13: "will stay closed until Friday" looks ahead despite "closed"
    assert values("Banks will stay closed until Friday, the central bank said.") == ["2024-02-16"]
    assert values("The vote is expected at 10 a.m. Saturday.") == ["2024-02-17T10:00"]


def test_a_scheduled_present_looks_ahead() -> None:
    # DCT Tuesday 2024-02-13: the present of a timetable ("leaves Saturday") is the next Saturday
    assert values("The president arrived Monday and leaves Saturday.") == ["2024-02-12", "2024-02-17"]
    assert values("The offer expires Friday.") == ["2024-02-16"]


def test_four_digit_gmt_times() -> None:
    assert one("The blast came at 0930 GMT.") == ("0930 GMT", "TIME", "2024-02-13T09:30")
    # a restatement in brackets is left out, and never read as a year
    assert values("Banks closed at 6 p.m. (1800 GMT).") == ["2024-02-13T18:00"]


def test_a_unit_before_of_is_a_span_not_a_rate() -> None:
    assert one("The deal ends a week of turmoil.") == ("a week", "DURATION", "P1W")
    assert tag("He earns $500 a week.", DCT) == []


def test_a_month_opening_a_past_sentence_has_gone_by() -> None:
    # DCT 1989-10-27: "January" alone is the coming one, but "In January, X brought in" is this year's
    assert values("In January, the company brought in a new chief.", "1989-10-27") == ["1989-01"]
    assert values("On Jan. 5, the company announced a merger.", "1989-10-27") == ["1989-01-05"]
    assert values("The company will name a new chief in January.", "1989-10-27") == ["1990-01"]
    assert values("In January, the company will name a new chief.", "1989-10-27") == ["1990-01"]


def test_pre_and_post_years() -> None:
    assert one("The post-1959 politics split families.") == ("post-1959", "DATE", "1959")
    assert one("Prices returned to pre-2008 levels.") == ("pre-2008", "DATE", "2008")


def test_a_season_told_in_the_past_before_it_comes_round() -> None:
    # DCT 2024-02-13: "the autumn" in a past sentence is 2023's; "this fall" is still this year's
    assert values("The talks stalled in the autumn.") == ["2023-FA"]
    assert values("The talks resume this fall.") == ["2024-FA"]


def test_half_of_a_relative_year() -> None:
    assert values("Sales rose in the first half of this year.") == ["2024-H1"]
    assert values("Sales fell in the second half of last year.") == ["2023-H2"]


@pytest.mark.parametrize(("language", "text", "value"), [
    ("es", "El incendio comenzó a las 8 de la noche.", "2024-02-13T20:00"),
    ("es", "El tren salió a las 8 de la mañana.", "2024-02-13T08:00"),
    ("fr", "Le feu a pris vers 8 heures du soir.", "2024-02-13T20:00"),
    ("de", "Das Feuer brach um 8 Uhr abends aus.", "2024-02-13T20:00"),
    ("it", "L'incendio è scoppiato alle 8 di sera.", "2024-02-13T20:00"),
    ("pt", "O incêndio começou às 8h da noite.", "2024-02-13T20:00"),
    ("hu", "A gép este 8 órakor zuhant le.", "2024-02-13T20:00"),
    ("pl", "Pożar wybuchł o 8:30 wieczorem.", "2024-02-13T20:30"),
    ("ru", "Пожар начался в 8:30 вечера.", "2024-02-13T20:30"),
    ("uk", "Пожежа почалася о 8:30 вечора.", "2024-02-13T20:30"),
])
def test_an_evening_word_puts_a_clock_time_after_noon(language: str, text: str, value: str) -> None:
    assert [t.value for t in tag(text, "2024-02-13", lang=language)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A minute and a half later, the pilot called.", "PT1M30S"),
        ("The talks lasted an hour and a half.", "PT1H30M"),
        ("It took a year and a half.", "P1Y6M"),
    ],
)
def test_and_a_half_after_the_unit_adds_half_a_unit(text: str, value: str) -> None:
    assert one(text)[2] == value


def test_a_second_before_the_noun_it_counts_is_an_ordinal() -> None:
    assert tag("It will be a second betrayal, she said.", DCT) == []
    assert tag("A second group of directors resigned.", DCT) == []
    assert one("He hesitated for a second.")[2] == "PT1S"
    assert one("A second later, the plane fell.")[2] == "PT1S"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Over the next couple of years we expect growth.", "P2Y"),
        ("Prices fell in the last couple days.", "P2D"),
        ("It will take a couple of weeks.", "P2W"),
    ],
)
def test_couple_after_a_determiner_counts_two(text: str, value: str) -> None:
    assert one(text)[2] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The country was ruled from Moscow for centuries.", "PXC"),
        ("The mosque has stood over the centuries.", "PXC"),
        ("The river has flowed for millennia.", "PXL"),
    ],
)
def test_unquantified_centuries_keep_their_unit(text: str, value: str) -> None:
    assert one(text)[1:] == ("DURATION", value)


def test_a_phase_of_the_day_is_that_part_of_the_day_in_hand() -> None:
    assert one("By mid afternoon, officials said the fighting had stopped.", "1998-03-06") == (
        "mid afternoon",
        "TIME",
        "1998-03-06TAF",
    )
    assert one("At mid-afternoon yesterday, the shares were up.", "1989-11-02") == (
        "mid-afternoon yesterday",
        "TIME",
        "1989-11-01TAF",
    )
    text = "Shares fell on Monday. By late morning they had recovered."
    assert values(text) == ["2024-02-12", "2024-02-12TMO"]


def test_a_second_day_of_a_named_month_is_tagged_too() -> None:
    assert values("The summit will be held on April 24 and 25.", "1999-02-10") == ["1999-04-24", "1999-04-25"]
    assert values("Talks ran from June 9 through 12, 1998.", "1999-02-10")[1] == "1998-06-12"
    assert values("Sales rose on April 24 and 25 percent in May.", "1999-02-10")[0] == "1999-04-24"
    assert len(tag("Sales rose on April 24 and 25 percent in May.", "1999-02-10")) == 2
    assert values("He was hurt on March 3 and 4 others were hurt.", "1999-02-10") == ["1999-03-03"]


def test_a_month_name_modifying_a_noun_is_the_month() -> None:
    text = "The March accession will let the three countries join."
    assert one(text, "1999-02-10") == ("March", "DATE", "1999-03")
    assert one("It is selling itself under a June agreement with holders.", "1989-10-30")[2] == "1989-06"
    assert tag("He marched at the annual March for Life.", "1999-02-10") == []
    assert tag("The March on Washington drew crowds.", "1999-02-10") == []


@pytest.mark.parametrize(
    "text",
    [
        "They will have to live without power for a while.",
        "Troops could stay in the region for some time.",
        "We are there to stay for a fairly lengthy period.",
    ],
)
def test_a_span_of_no_stated_length_is_a_vague_duration(text: str) -> None:
    assert one(text)[1:] == ("DURATION", "PXX")


def test_once_in_a_while_is_no_span() -> None:
    assert tag("Once in a while it rains.", DCT) == []


def test_a_time_word_opening_a_quote_after_a_name_is_no_name() -> None:
    text = "The suspect is James Kopp.  ``Today, I am here to tell you we have a warrant,'' he said."
    assert values(text, "1999-05-07") == ["1999-05-07"]


def test_a_quarter_of_the_whole_is_a_fraction() -> None:
    assert tag("Funds account for more than a quarter of the entire market.", DCT) == []
    assert tag("He won three quarters of the votes.", DCT) == []
    assert one("The unit had two quarters of losses.")[2] == "P2Q"
    assert values("Sales fell over the past two quarters of the year.")[0] == "P2Q"


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        (
            "Women's Day is this coming Sunday, March eighth.",
            "this coming Sunday, March eighth",
            "1998-03-08",
        ),
        ("The vote is on the twenty-first of May.", "the twenty-first of May", "1998-05-21"),
        ("The treaty was signed on the eighth of March, 1997.", "the eighth of March, 1997", "1997-03-08"),
    ],
)
def test_a_day_read_out_as_an_ordinal(text: str, extent: str, value: str) -> None:
    assert one(text, "1998-03-05") == (extent, "DATE", value)


def test_may_first_as_a_modal_is_no_date() -> None:
    assert tag("May first be approved by the board.", "1998-03-05") == []


def test_or_so_after_a_relative_unit_is_inside() -> None:
    text = "The plants will be closed over the next year or so, a spokesman said."
    assert one(text, "1989-10-30") == ("the next year or so", "DATE", "1990")


def test_an_untensed_this_weekday_is_the_one_of_this_week() -> None:
    # 1998-03-05 is a Thursday: this Sunday is three days ahead, this Monday three days back
    assert values("The vote is this Sunday.", "1998-03-05") == ["1998-03-08"]
    assert values("The talks: this Monday.", "1998-03-05") == ["1998-03-02"]
    assert values("He spoke this Sunday.", "1998-03-05") == ["1998-03-01"]
