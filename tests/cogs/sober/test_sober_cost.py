"""/sober cost: money and time back, per counter and per run; /sober history's
current, longest and average run."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bot.options import OptionError, ParseContext
from cogs.sober.cost import Amount, Currency, Hours, back, locale_of


def dms(outputs, user="alice"):
    return [o for o in outputs if o.kind == "dm" and o.visible_to == [user]]


async def test_off_unless_set_then_show_says_what_came_back(console):
    await console.agree("alice")
    await console.say("/sober set 2024-11-21")
    assert "back" not in (await console.say("/sober show")).text  # off unless set
    out = await console.say("/sober cost 12 hours:2")
    assert not out.error and out.visible_to == ["alice"]
    assert "now counts $12.00 and 2 hours a day" in out.text
    show = (await console.say("/sober show")).text
    assert "That is about $8,760 and 1,460 hours back." in show  # 730 days
    off = await console.say("/sober cost off")
    assert "no longer counts" in off.text
    assert "back" not in (await console.say("/sober show")).text


async def test_each_counter_has_its_own_cost_and_currency(console):
    await console.agree("alice")
    await console.run("/sober set 2025-11-21 label:alcohol\n/sober set 2026-11-11 label:nicotine")
    await console.run("/sober cost 10 currency:eur label:alcohol\n/sober cost 8 label:nicotine")
    show = (await console.say("/sober show")).text
    assert "about €3,650 back" in show  # 365 days × €10
    assert "about $80 back" in show  # 10 days × $8
    # Only the money: no hours were given.
    assert "hours" not in show


async def test_history_keeps_the_cost_per_run_and_adds_run_statistics(console):
    await console.agree("alice")
    await console.run("/sober set 2025-01-01\n/sober cost 5 hours:1")
    await console.say("/sober reset date:2025-03-01")  # a 59-day run
    await console.say("/sober reset date:2025-11-21")  # a 265-day run, 365 days now
    history = (await console.say("/sober history")).text
    assert "current run 365 days · longest 365 days · average 229.7 days over 3 runs" in history
    assert (
        "- November 21, 2025 → today: 365 days and counting (about $1,825 and 365 hours back)"
        in history
    )
    assert "- January 1, 2025 → March 1, 2025: 59 days (about $295 and 59 hours back)" in history
    # A cost turned off now leaves the past runs as they were.
    await console.say("/sober cost off")
    history = (await console.say("/sober history")).text
    assert "November 21, 2025 → today: 365 days and counting\n" in history + "\n"
    assert "59 days (about $295" in history


async def test_history_of_one_run_names_no_average(console):
    await console.agree("alice")
    await console.say("/sober set 2026-11-01")
    history = (await console.say("/sober history")).text
    assert "current run 20 days · longest 20 days" in history
    assert "average" not in history


async def test_the_milestone_congratulation_says_what_came_back(console):
    await console.agree("alice")
    await console.run("/sober set 2026-10-23\n/sober cost 20 currency:GBP hours:3")
    out = await console.run(":advance 1d")
    [dm] = dms(out)
    assert "**30 days**" in dm.text
    assert "That is about £600 and 90 hours back" in dm.text


async def test_bad_input_is_refused_with_an_example_and_nothing_is_lost(console, sober_rows):
    await console.agree("alice")
    await console.run("/sober set 2026-11-01\n/sober cost 12 currency:EUR hours:2")
    before = await sober_rows(console)
    for line, words in (
        ("/sober cost 12 currency:USB", "ISO 4217"),
        ("/sober cost twelve", "not an amount a day"),
        ("/sober cost 12 hours:30", "from 0 to 24"),
        ("/sober cost 0", "give the hours it took"),
        ("/sober cost off hours:2", "`off` takes nothing else"),
        ("/sober cost 3 label:gambling", "no counter named"),
    ):
        out = await console.say(line)
        assert out.error and words in out.text, (line, out.text)
        if words == "no counter named":  # not mistyped: a refusal, without the usage line
            assert "Usage:" not in out.text
        else:
            assert "/sober" in out.text  # a usage example
    assert await sober_rows(console) == before


async def test_the_export_holds_the_cost_of_each_run(console):
    await console.agree("alice")
    await console.run("/sober set 2026-01-01\n/sober cost 12.50 currency:EUR hours:1.5")
    await console.say("/sober reset date:2026-06-01")
    out = await console.say("/haven export")
    runs = json.loads(Path(out.files[0]).read_text())["sober"]["counters"][0]["runs"]
    assert [(r["cost_per_day"], r["cost_currency"], r["hours_per_day"]) for r in runs] == [
        ("12.50", "EUR", 1.5),
        ("12.50", "EUR", 1.5),
    ]


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en", "about $4,380 and 730 hours back"),
        ("de", "about 4.380 $ and 730 hours back"),
        ("fi-FI", "about 4 380 $ and 730 hours back"),
        ("nonsense", "about $4,380 and 730 hours back"),  # unknown: English
    ],
)
def test_money_is_formatted_for_the_locale(locale, expected):
    assert back(365, "12", "USD", 2.0, locale_of(locale)).replace("\xa0", " ") == expected


def test_nothing_back_on_the_first_day_or_without_a_cost():
    assert back(0, "12", "USD", 2.0, locale_of("en")) is None
    assert back(30, None, None, None, locale_of("en")) is None
    assert back(10, "0", "USD", 1.0, locale_of("en")) == "about 10 hours back"


PCTX = ParseContext(today=date(2026, 11, 21), option="amount")


@pytest.mark.parametrize("raw", ["-3", "1e5", "100001", "12.345", "", "12 50"])
def test_amounts_that_are_refused(raw):
    with pytest.raises(OptionError, match=r"amount: “.*” is not an amount a day"):
        Amount().parse(raw, PCTX)


def test_amounts_currencies_and_hours_accepted():
    assert Amount().parse("12,50", PCTX) == Decimal("12.50")
    assert Amount().parse("$7", PCTX) == Decimal("7")
    assert Currency().parse("jpy", PCTX) == "JPY"
    assert Hours().parse("1,5", PCTX) == 1.5
    with pytest.raises(OptionError):
        Hours().parse("-1", PCTX)
