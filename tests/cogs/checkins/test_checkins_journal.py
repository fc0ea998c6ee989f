"""Triggers, private patterns, the 90-day summary, streak counts turned off,
and trigger counts in /mod stats only from five members up."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from PIL import Image

from bot.forms import validate
from bot.messages import Form, FormField
from cogs.checkins.patterns import Entry, find
from tests.cogs.checkins.checkins_support import checkins_of

SUNDAY = date(2026, 11, 22)


async def four_weeks(console, user: str) -> None:
    """28 days from Sunday 22 November: Sunday evenings with 'conflict' and a
    craving of 8; other days a craving of 2, with 'stress' on Wednesdays (3)."""
    await console.run(f":as {user}")
    for n in range(28):
        day = SUNDAY + timedelta(days=n)
        if day.weekday() == 6:
            await console.run(f":at {day.isoformat()}T19:30:00+00:00")
            await console.run("/checkin mood:2 craving:8 triggers:conflict")
        else:
            await console.run(f":at {day.isoformat()}T09:30:00+00:00")
            extra = " triggers:stress" if day.weekday() == 2 else ""
            craving = 3 if extra else 2
            await console.run(f"/checkin mood:4 craving:{craving}{extra}")


async def test_patterns_say_in_words_what_stands_out_and_only_to_the_member(console):
    await console.agree("alice")
    await console.agree("bob")
    await console.run(":as bob\n/checkin mood:1 craving:10 triggers:stress")
    await four_weeks(console, "alice")
    out = await console.say("/checkin patterns")
    assert not out.error and out.visible_to == ["alice"] and out.ephemeral
    assert "Your patterns, last 30 days — only you see this" in out.text
    assert "Cravings are higher on Sunday evenings: 8 on average, against 2.2 on other days." in (
        out.text
    )
    assert "After 'conflict' your craving averages 8 (4 days), against 2.2 on days without it." in (
        out.text
    )
    assert "After 'stress'" not in out.text  # 3 against 3 without it: nothing stands out
    # bob's craving of 10 with stress is his alone: it is in no average of alice's.
    assert "10" not in out.text
    [chart] = out.files
    image = Image.open(chart)
    assert image.format == "PNG" and image.size[0] == 800
    assert not [o for o in console.outputs if o.visible_to == "all"]


def test_pattern_words_from_entries():
    entries = [
        Entry(SUNDAY + timedelta(days=n), 3, 7 if n % 7 == 0 else 2, 20, ("people",) * (n % 7 == 0))
        for n in range(21)
    ]
    found = find(entries, SUNDAY + timedelta(days=20), 30)
    assert found.sentences[0].startswith("Cravings are higher on Sunday evenings: 7 on average")
    assert "After 'people' your craving averages 7 (3 days)" in found.sentences[1]
    assert [b.label for b in found.by_weekday] == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    # Too few check-ins: said plainly, no invented pattern.
    few = find(entries[:4], SUNDAY + timedelta(days=3), 30)
    assert few.sentences[0].startswith("Not enough check-ins with a craving")
    # Outside the window nothing counts.
    assert find(entries, SUNDAY + timedelta(days=200), 90).checkins == 0


def test_a_late_answer_has_no_time_of_day():
    entries = [Entry(SUNDAY + timedelta(days=7 * n), 3, 8, None) for n in range(3)] + [
        Entry(SUNDAY + timedelta(days=7 * n + 1), 3, 1, 9) for n in range(3)
    ]
    found = find(entries, SUNDAY + timedelta(days=20), 30)
    assert "Cravings are higher on Sundays: 8 on average" in found.sentences[0]


async def test_triggers_are_checked_against_the_communitys_list(console):
    await console.agree("mona", mod=True)
    listed = await console.say("/mod triggers Work, family,  work , late nights")
    assert "work, family, late nights" in listed.text
    await console.agree("alice")
    out = await console.say("/checkin mood:3 craving:4 triggers:stress")
    assert out.error and "work, family, late nights" in out.text and "/checkin" in out.text
    assert await checkins_of(console, "alice") == []
    out = await console.say("/checkin mood:3 craving:4 triggers:Late  Nights;work")
    assert "Triggers noted, only for you: late nights, work" in out.text
    # The form offers the same list.
    form = await console.say("/checkin")
    [field] = [a for a in form.actions if a["id"] == "triggers"]
    assert "work, family, late nights" in field["label"]
    out = await console.say(":submit mood=2 craving=6 triggers=family")
    assert "Triggers noted, only for you: family" in out.text  # an update names them again
    bad = await console.say(":submit mood=2 craving=6 triggers=boredom")
    assert bad.error and "“boredom” is not one of this community's triggers" in bad.text
    assert "work, family, late nights" in bad.text
    assert [r.mood for r in await checkins_of(console, "alice")] == [2]  # kept as it was
    await console.run(":as mona mod")
    back = await console.say("/mod triggers default")
    assert "stress, loneliness, conflict, celebration, boredom, tiredness, place, people" in (
        back.text
    )


async def test_moderators_list_errors_are_clear(console):
    await console.agree("mona", mod=True)
    many = ", ".join(f"t{n}" for n in range(26))
    for line, words in (
        (f"/mod triggers {many}", "at most 25"),
        ("/mod triggers work, <b>", "is not a trigger name"),
        ("/mod triggers , ,", "separated by commas"),
    ):
        out = await console.say(line)
        assert out.error and words in out.text and "/mod triggers" in out.text, out.text
    await console.agree("alice")
    await console.run(":as alice")
    out = await console.say("/mod triggers work")
    assert out.error  # members cannot set the list


async def test_mod_stats_count_a_trigger_only_once_five_members_named_it(console):
    for n in range(5):
        await console.agree(f"m{n}")
        await console.run(f":as m{n}\n/checkin mood:3 craving:4 triggers:stress,boredom")
        if n == 4:
            await console.run("/checkin mood:3 craving:4 triggers:stress")  # update: no boredom
    await console.agree("mona", mod=True)
    stats = (await console.say("/mod stats")).text
    assert "check-ins naming 'stress' (last 30 days): 5" in stats
    assert "boredom" not in stats  # named by four members only


async def test_the_summary_adds_90_days_once_check_ins_go_back_that_far(console):
    await console.agree("alice")
    await console.say("/checkin mood:2 craving:7")
    out = await console.say("/checkin summary")
    assert "Last 90 days" not in out.text and len(out.files) == 1
    await console.run(":at 2027-01-05T10:00:00+00:00")
    await console.say("/checkin mood:4 craving:1")
    out = await console.say("/checkin summary")
    assert "**Last 30 days:** checked in 1 of 30 days · mood 4.0/5 · craving 1.0/10" in out.text
    assert "**Last 90 days:** checked in 2 of 90 days · mood 3.0/5 · craving 4.0/10" in out.text
    month, quarter = (Path(f).name for f in out.files)
    assert month.endswith("checkins-2027-01-05.png")
    assert quarter.endswith("checkins-90-days-2027-01-05.png")


async def test_streaks_off_hides_every_count_and_on_brings_them_back(console):
    await console.agree("alice")
    await console.say("/checkin mood:4 craving:2")
    await console.run(":advance 1d")
    out = await console.say("/checkin mood:4 craving:2")
    assert "2 days in a row" in out.text
    await console.say("/checkin streaks off")
    for line in ("/checkin mood:3 craving:2", "/checkin summary", "/checkin streak"):
        text = (await console.say(line)).text
        assert "in a row" not in text and "Day 1" not in text, (line, text)
    assert "Streak counts are off" in (await console.say("/checkin streak")).text
    await console.say("/checkin streaks on")
    assert "2 days in a row" in (await console.say("/checkin streak")).text


async def test_export_holds_each_check_ins_triggers_and_the_streak_choice(console):
    await console.agree("alice")
    await console.run("/checkin mood:3 craving:6 triggers:people,place\n/checkin streaks off")
    out = await console.say("/haven export")
    data = json.loads(Path(out.files[0]).read_text())["checkins"]
    assert data["check_ins"][0]["triggers"] == ["people", "place"]
    assert data["preferences"]["show_streaks"] is False


def test_a_multi_field_takes_any_of_its_choices():
    form = Form("f", "F", (FormField("t", "Triggers", input="multi", choices=("a", "b c")),))
    assert validate(form, {"t": "B C,a,a"}) == ({"t": ["b c", "a"]}, {})
    _, errors = validate(form, {"t": "a,z"})
    assert errors == {"t": "Triggers can be a or b c; “z” is not one of them."}
    _, errors = validate(form, {"t": ",".join(f"x{n}" for n in range(30))})
    assert "at most 25" in errors["t"]
