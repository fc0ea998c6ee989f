"""Milestones: congratulated once each, privately, at the member's morning —
across restarts, two schedulers, a bot that was down, resets and changes."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from PIL import Image

from bot.adapters import Invocation
from tests.support.harness import COMMUNITY

START = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


def dms(outputs, user="alice"):
    return [o for o in outputs if o.kind == "dm" and o.visible_to == [user]]


async def test_first_day_is_congratulated_at_nine_local_with_a_chip(console):
    await console.agree("alice")
    await console.run("/haven timezone Europe/Helsinki\n/sober set 2026-11-21")
    out = await console.run(":advance 1d")
    [dm] = dms(out)
    # 09:00 in Helsinki on 2026-11-22 is 07:00 UTC.
    assert dm.at == "2026-11-22T07:00:00+00:00"
    assert "**1 day**" in dm.text and "sobriety" in dm.text and "late" not in dm.text
    assert not any(word in dm.text.lower() for word in ("fail", "relapse", "rank", "leader"))
    [chip] = dm.files
    image = Image.open(chip)
    assert image.format == "PNG" and image.size == (256, 256)
    assert not [o for o in out if o.visible_to == "all"]  # private by default


async def test_the_milestone_sequence_over_a_year_and_a_half(console):
    await console.agree("alice")
    await console.say("/sober set 2026-11-21")
    out = await console.run(":advance 560d")
    labels = [dm.text.split("**")[1] for dm in dms(out)]
    assert labels == [
        "1 day", "1 week", "30 days", "60 days", "90 days",
        "6 months", "9 months", "1 year", "18 months",
    ]  # fmt: skip
    assert [dm.at[:10] for dm in dms(out)][-3:] == ["2027-08-21", "2027-11-21", "2028-05-21"]


async def test_nothing_is_posted_without_a_channel_and_only_as_chosen(console):
    await console.agree("alice")
    await console.run("/sober set 2026-11-21\n/sober share named")
    out = await console.run(":advance 1d")  # no milestones channel yet
    assert len(dms(out)) == 1 and not [o for o in out if o.kind == "message"]
    await console.run(":as mona mod\n/mod channel milestones #milestones\n:as alice")
    out = await console.run(":advance 6d")
    [post] = [o for o in out if o.kind == "message"]
    assert post.to == "#milestones"
    assert post.text == "🎉 @alice reached **1 week**. Congratulations!"
    assert post.files  # the chip
    await console.say("/sober share anonymous")
    out = await console.run(":advance 23d")
    [post] = [o for o in out if o.kind == "message"]
    assert post.text == "🎉 A member reached **30 days**. Congratulations!"
    assert "alice" not in post.text and "sobriety" not in post.text
    await console.say("/sober share private")
    out = await console.run(":advance 30d")
    assert len(dms(out)) == 1 and not [o for o in out if o.kind == "message"]


async def test_a_role_is_granted_only_to_a_member_who_shares_and_turned_roles_on(console):
    await console.run(":as mona mod\n/sober roles 1d Day One\n/sober roles 7d One Week")
    await console.run("/mod channel milestones #milestones")
    for user in ("alice", "bob", "carol"):
        await console.agree(user)
    await console.run(":as alice\n/sober set 2026-11-21\n/sober share named roles:on")
    await console.run(":as bob\n/sober set 2026-11-21\n/sober share named")  # roles not asked
    await console.run(":as carol\n/sober set 2026-11-21")
    private = await console.say("/sober share roles:on")  # roles, but milestones private
    assert "yours are private now, so no role is granted" in private.text
    out = await console.run(":advance 7d")
    roles = [o for o in out if o.kind == "role"]
    assert [(r.to, r.text) for r in roles] == [("alice", "Day One"), ("alice", "One Week")]
    assert console.adapter.roles == {"alice": {"Day One", "One Week"}}
    # Turned off again: the next role is not granted.
    await console.run(":as mona mod\n/sober roles 30d Thirty\n:as alice\n/sober share roles:off")
    out = await console.run(":advance 23d")
    assert [o for o in out if o.kind == "role"] == []
    assert len([o for o in out if o.kind == "message"]) == 2  # alice's and bob's posts


async def test_a_restart_at_the_same_instant_does_not_send_again(make_harness, milestone_jobs):
    first = await make_harness()
    await first.agree("alice")
    await first.say("/sober set 2026-11-15")  # a week on 2026-11-22 09:00 UTC
    out = await first.run(":at 2026-11-22T09:00:00+00:00")
    assert len(dms(out)) == 1
    second = await make_harness(start=datetime(2026, 11, 22, 9, 0, tzinfo=UTC))
    assert dms(second.outputs) == []
    # The restarted Haven knows the next milestone and sends it, once.
    assert "sober:ms:1:30d" in (await milestone_jobs(second))
    out = await second.run(":at 2026-12-15T10:00:00+00:00")
    assert [dm.text.split("**")[1] for dm in dms(out)] == ["30 days"]


async def test_two_schedulers_firing_at_once_send_one_congratulation(make_harness):
    one = await make_harness(instance_id="one")
    await one.agree("alice")
    await one.say("/sober set 2026-11-15")
    two = await make_harness(instance_id="two")
    spec_one = (await one.app.scheduler.jobs())["sober:ms:1:7d"]
    spec_two = (await two.app.scheduler.jobs())["sober:ms:1:7d"]
    when = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
    one.clock.set(when)
    two.clock.set(when)
    await asyncio.gather(
        one.app.scheduler.fire(spec_one, when), two.app.scheduler.fire(spec_two, when)
    )
    assert len(dms(one.outputs)) + len(dms(two.outputs)) == 1
    # And neither sends it again when its own timer comes round.
    await one.run(":advance 1h")
    await two.run(":advance 1h")
    assert len(dms(one.outputs)) + len(dms(two.outputs)) == 1


async def test_a_milestone_missed_while_down_comes_once_late(make_harness):
    first = await make_harness()
    await first.agree("alice")
    await first.say("/sober set 2026-11-15")  # a week on 2026-11-22 09:00
    await first.close()
    back = await make_harness(start=datetime(2026, 11, 23, 10, 0, tzinfo=UTC))
    [dm] = dms(back.outputs)
    assert "**1 week**" in dm.text and "a little late" in dm.text
    assert dm.at == "2026-11-23T10:00:00+00:00"
    again = await make_harness(start=datetime(2026, 11, 23, 10, 5, tzinfo=UTC))
    assert dms(again.outputs) == []


async def test_a_milestone_missed_by_hours_comes_late_at_restart(make_harness):
    first = await make_harness()
    await first.agree("alice")
    await first.say("/sober set 2026-11-15")  # a week on 2026-11-22 09:00
    await first.close()
    back = await make_harness(start=datetime(2026, 11, 22, 12, 0, tzinfo=UTC))
    [dm] = dms(back.outputs)
    assert "**1 week**" in dm.text and "a little late" in dm.text


async def test_a_milestone_missed_beyond_grace_is_recorded_not_sent(make_harness):
    first = await make_harness()
    await first.agree("alice")
    await first.say("/sober set 2026-11-15")
    await first.close()
    back = await make_harness(start=datetime(2026, 11, 25, 10, 0, tzinfo=UTC))  # 3 days+
    assert dms(back.outputs) == []
    out = await back.run(":at 2026-12-15T09:00:00+00:00")
    assert [dm.text.split("**")[1] for dm in dms(out)] == ["30 days"]


async def test_a_new_start_replaces_the_old_runs_milestones(console):
    await console.agree("alice")
    await console.say("/sober set 2026-11-15")
    await console.say("/sober reset")
    out = await console.run(":advance 6d")
    assert [dm.text.split("**")[1] for dm in dms(out)] == ["1 day"]


async def test_backfilled_past_milestones_are_not_celebrated_all_at_once(console):
    await console.agree("alice")
    await console.say("/sober set 2025-01-02")  # 1 year and 10 months already
    out = await console.run(":advance 20d")
    assert dms(out) == []
    await console.say("/sober set 2024-12-25")  # backfill: 2 years on 2026-12-25
    out = await console.run(":advance 20d")
    assert [(dm.at[:10], dm.text.split("**")[1]) for dm in dms(out)] == [("2026-12-25", "2 years")]


async def test_changing_how_days_count_never_repeats_a_milestone(console):
    await console.agree("alice")
    await console.say("/sober set 2026-11-15")
    out = await console.run(":advance 1d")  # past the week mark, 2026-11-22 09:00
    assert [dm.text.split("**")[1] for dm in dms(out)] == ["1 week"]
    await console.say("/sober count from-one")
    await console.say("/sober count from-zero")
    out = await console.run(":advance 23d")
    assert [dm.text.split("**")[1] for dm in dms(out)] == ["30 days"]


async def test_switching_to_day_one_celebrates_a_mark_just_reached(console):
    await console.agree("alice")
    await console.say("/sober set 2026-10-23")  # 30 days tomorrow, counting from zero
    await console.say("/sober count from-one")  # ... which is today, counting from one
    out = await console.run(":advance 1m")
    assert [dm.text.split("**")[1] for dm in dms(out)] == ["30 days"]
    out = await console.run(":advance 2d")
    assert dms(out) == []


async def test_morning_time_is_the_members_choice(console):
    await console.agree("alice")
    await console.run(
        "/haven timezone America/New_York\n/sober morning 07:30\n/sober set 2026-11-21"
    )
    out = await console.run(":advance 2d")
    [dm] = dms(out)
    assert dm.at == "2026-11-22T12:30:00+00:00"  # 07:30 EST


def posts(outputs):
    return [o.text for o in outputs if o.kind == "message"]


async def test_a_new_start_is_never_announced_until_the_member_says_share_again(console):
    await console.run(":as mona mod\n/mod channel milestones #milestones\n/sober roles 1d Day One")
    await console.agree("alice")
    await console.run("/sober set 2025-11-22\n/sober share named roles:on")
    out = await console.run(":advance 1d")  # a year on 2026-11-22
    assert posts(out) == ["🎉 @alice reached **1 year**. Congratulations!"]
    reset = await console.say("/sober reset")
    assert "Share your milestones again?" in reset.text
    assert [a["label"] for a in reset.actions] == ["Yes", "No"]
    out = await console.run(":advance 1d")
    assert ["1 day"] == [dm.text.split("**")[1] for dm in dms(out)]  # congratulated privately
    assert posts(out) == [] and [o for o in out if o.kind == "role"] == []
    assert console.adapter.roles.get("alice", set()) == set()
    yes = await console.say(":click Yes")
    assert "celebrated in the milestones channel with your name" in yes.text
    out = await console.run(":advance 6d")
    assert posts(out) == ["🎉 @alice reached **1 week**. Congratulations!"]


async def test_no_keeps_that_counter_private_until_the_member_shares_again(console):
    await console.run(":as mona mod\n/mod channel milestones #milestones")
    await console.agree("alice")
    await console.run(
        "/sober set 2026-11-21\n/sober set 2026-11-21 label:nicotine\n/sober share anonymous"
    )
    reset = await console.say("/sober reset label:nicotine")
    assert "Share your milestones again?" in reset.text
    no = await console.say(":click No")
    assert "stay private" in no.text and "/sober share" in no.text
    out = await console.run(":advance 1d")  # both counters reach a day
    assert len(dms(out)) == 2
    assert posts(out) == ["🎉 A member reached **1 day**. Congratulations!"]  # sobriety only
    await console.say("/sober share anonymous")  # the member's word again
    out = await console.run(":advance 6d")
    assert posts(out) == ["🎉 A member reached **1 week**. Congratulations!"] * 2


async def test_the_share_again_button_answers_only_its_owner(console):
    await console.run(":as mona mod\n/mod channel milestones #milestones")
    await console.agree("alice")
    await console.run("/sober set 2026-11-20\n/sober share named\n/sober reset")
    await console.agree("bob")
    await console.say("/sober set 2026-11-20")
    before = len(console.outputs)
    forged = Invocation(  # a client sending alice's button id as bob
        community=COMMUNITY, user_id="bob", user_name="bob", via="action",
        action_id="sober:share-again:1:yes",
    )  # fmt: skip
    await console.app.handle(forged)
    [other] = console.outputs[before:]
    assert other.error and "no longer does anything" in other.text
    out = await console.run(":as alice\n:advance 1d")
    assert posts(out) == []  # alice's counter is still paused


# A start set on a milestone day, before and after the morning, both hemispheres.
MILESTONE_DAYS = [
    ("America/New_York", "2026-11-22T11:00:00+00:00", "2025-11-22"),  # 06:00 local
    ("America/New_York", "2026-11-22T20:00:00+00:00", "2025-11-22"),  # 15:00 local
    ("Pacific/Auckland", "2026-11-22T17:00:00+00:00", "2025-11-23"),  # 06:00 local
    ("Pacific/Auckland", "2026-11-23T02:00:00+00:00", "2025-11-23"),  # 15:00 local
    ("Europe/Helsinki", "2026-11-22T21:30:00+00:00", "2025-11-22"),  # 23:30 local
]


@pytest.mark.parametrize(("zone", "when", "start"), MILESTONE_DAYS)
async def test_a_start_set_on_a_milestone_day_is_acknowledged_at_any_hour(
    console, zone, when, start
):
    await console.agree("alice")
    await console.run(f"/haven timezone {zone}\n:at {when}")
    out = await console.say(f"/sober set {start}")
    assert out.text.startswith("🎉 Today is **1 year**!")
    [chip] = out.files
    assert chip.endswith("chip-1y.png")
    later = await console.run(":advance 3d")
    assert dms(later) == []


async def test_a_corrected_start_brings_the_milestone_its_reply_promises(console):
    await console.agree("alice")
    await console.say("/sober set 2026-11-15")
    out = await console.run(":at 2026-11-22T10:00:00+00:00")
    assert [dm.text.split("**")[1] for dm in dms(out)] == ["1 week"]
    moved = await console.say("/sober set 2026-11-20")  # a correction: started later
    assert "Next milestone: **1 week** on November 27, 2026" in moved.text
    out = await console.run(":at 2026-11-27T10:00:00+00:00")
    [dm] = dms(out)
    assert dm.at == "2026-11-27T09:00:00+00:00" and "Today you reach **1 week**" in dm.text


async def test_a_mark_crossed_by_counting_from_one_after_the_morning_is_congratulated(console):
    await console.agree("alice")
    await console.run(":at 2026-11-21T15:00:00+00:00\n/sober set 2026-10-23")  # 30 days tomorrow
    out = await console.run("/sober count from-one\n:advance 1m")
    [dm] = dms(out)
    assert "Today you reach **30 days**" in dm.text and "late" not in dm.text
    assert "**30 days**" in (await console.say("/sober show")).text
    assert "30 days and counting" in (await console.say("/sober history")).text
    assert dms(await console.run(":advance 2d")) == []


async def test_a_note_a_day_late_says_yesterday(make_harness):
    first = await make_harness()
    await first.agree("alice")
    await first.say("/sober set 2026-11-15")  # a week on 2026-11-22 09:00
    await first.close()
    back = await make_harness(start=datetime(2026, 11, 23, 10, 0, tzinfo=UTC))
    [dm] = dms(back.outputs)
    assert dm.text.startswith("🎉 Yesterday you reached **1 week**")
    assert "Today" not in dm.text


async def test_a_note_hours_late_says_this_morning(make_harness):
    first = await make_harness()
    await first.agree("alice")
    await first.say("/sober set 2026-11-15")
    await first.close()
    back = await make_harness(start=datetime(2026, 11, 22, 12, 0, tzinfo=UTC))
    [dm] = dms(back.outputs)
    assert dm.text.startswith("🎉 Today you reached **1 week**")
    assert "a little late this morning" in dm.text


async def test_a_note_days_late_names_the_day(make_harness):
    first = await make_harness()
    await first.agree("alice")
    await first.run("/haven timezone Australia/Sydney\n/sober set 2026-11-15")
    await first.close()
    # 09:00 on 2026-11-22 in Sydney (summer time) is 22:00 UTC the day before.
    back = await make_harness(start=datetime(2026, 11, 23, 23, 0, tzinfo=UTC))  # 11-24 10:00
    [dm] = dms(back.outputs)
    assert dm.text.startswith("🎉 On November 22, 2026 you reached **1 week**")
