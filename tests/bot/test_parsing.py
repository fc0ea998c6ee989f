"""The text form of commands: what members type in Slack and the console."""

from datetime import date, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.options import (
    Boolean,
    ChannelOpt,
    Choice,
    Date,
    Integer,
    ListOf,
    MemberOpt,
    OneOf,
    Opt,
    OptionError,
    ParseContext,
    Text,
    Time,
    Zone,
)
from bot.parsing import UsageError, parse_args, tokenize

PCTX = ParseContext(today=date(2026, 11, 21), zone="Europe/Helsinki")

SOBER_SET = [
    Opt("date", Date(allow_future=False)),
    Opt("label", Text(max_length=40), required=False, default="sobriety"),
    Opt("note", Text(), required=False),
]


def test_quoted_values_and_apostrophes_inside_words():
    assert tokenize('2025-01-02 label:alcohol note:"first day" I\'m ok') == [
        "2025-01-02",
        "label:alcohol",
        "note:first day",
        "I'm",
        "ok",
    ]


def test_smart_quotes_from_phones_group_words():
    assert tokenize("note:“two words”") == ["note:two words"]


def test_positional_then_named_with_default():
    values = parse_args(SOBER_SET, "2025-01-02", PCTX)
    assert values == {"date": date(2025, 1, 2), "label": "sobriety"}


def test_named_text_takes_the_words_that_follow():
    values = parse_args(SOBER_SET, "today note:long day, but I'm here label:gambling", PCTX)
    assert values["note"] == "long day, but I'm here"
    assert values["label"] == "gambling"
    assert values["date"] == date(2026, 11, 21)


def test_yesterday_is_read_in_the_members_zone():
    assert parse_args(SOBER_SET, "yesterday", PCTX)["date"] == date(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "<YYYY-MM-DD> is missing"),
        ("2030-01-01", "in the future"),
        ("1899-12-31", "before 1900-01-01"),
        ("2025-02-30", "not a day on the calendar"),
        ("soon", "not a date"),
        ("2025-01-02 colour:blue", "colour: is not an option"),
        ("2025-01-02 2025-01-03", "one word too many"),
        ("2025-01-02 label:a label:b", "given twice"),
        ('2025-01-02 note:"unclosed', "quote is not closed"),
    ],
)
def test_bad_input_gets_a_one_line_reason(text, reason):
    with pytest.raises(UsageError) as exc:
        parse_args(SOBER_SET, text, PCTX)
    assert reason in str(exc.value)
    assert "\n" not in str(exc.value)


def test_rest_option_takes_the_whole_line():
    opts = [Opt("text", Text(), rest=True)]
    assert parse_args(opts, "Call 09 123: any time", PCTX) == {"text": "Call 09 123: any time"}


def test_times_with_colons_are_positional_values_not_option_names():
    opts = [Opt("at", OneOf(types=(Time(), Choice(choices=("off",)))))]
    assert parse_args(opts, "08:30", PCTX) == {"at": time(8, 30)}
    assert parse_args(opts, "off", PCTX) == {"at": "off"}
    with pytest.raises(UsageError):
        parse_args(opts, "25:00", PCTX)


@pytest.mark.parametrize(
    ("option_type", "raw", "value"),
    [
        (Integer(1, 5), "4", 4),
        (Boolean(), "yes", True),
        (Boolean(), "No", False),
        (Zone(), "europe/helsinki", "Europe/Helsinki"),
        (MemberOpt(), "@sam", "sam"),
        (MemberOpt(), "<@U123ABC|sam>", "U123ABC"),
        (MemberOpt(), "<@!81234>", "81234"),
        (ChannelOpt(), "#announcements", "announcements"),
        (ChannelOpt(), "<#C024BE7LR|general>", "C024BE7LR"),
        (ListOf(item=Integer(1, 1440)), "60,10,60", (60, 10)),
        (Choice(choices=("private", "named")), "Named", "named"),
    ],
)
def test_types_accept_what_members_type(option_type, raw, value):
    assert option_type.parse(raw, PCTX) == value


@pytest.mark.parametrize(
    ("option_type", "raw", "hint"),
    [
        (Integer(0, 10), "11", "above 10"),
        (Integer(0, 10), "lots", "not a whole number"),
        (Zone(), "+02:00", "is a fixed offset, not a place"),
        (Zone(), "EST", "Did you mean America/New_York or America/Toronto?"),
        (Zone(), "Europe/Helsinky", "Did you mean Europe/Helsinki"),
        (MemberOpt(), "sam", "mention them like @sam"),
        (ListOf(item=Integer(1, 10)), "1,,2", "empty item"),
    ],
)
def test_types_explain_what_is_wrong(option_type, raw, hint):
    with pytest.raises(OptionError) as exc:
        option_type.parse(raw, PCTX)
    assert hint in str(exc.value)


def test_usage_line_shows_positional_and_named_options():
    from bot.plugins import CommandSpec

    spec = CommandSpec(path=("sober", "set"), handler=lambda: None, options=tuple(SOBER_SET))
    assert spec.usage() == "/sober set <YYYY-MM-DD> [label:<text>] [note:<text>]"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_is_either_parsed_or_refused_with_a_usage_error(text):
    try:
        values = parse_args(SOBER_SET, text, PCTX)
    except UsageError as exc:
        assert str(exc)
    else:
        assert values["date"] <= PCTX.today
