"""/sober set, show, reset, history, share, remove, count — as members use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from adapters.console.adapter import COMMUNITY
from bot.adapters import Invocation


def read_json(path: str) -> dict:
    return json.loads(Path(path).read_text())


FORBIDDEN = ("fail", "relapse", "lost your", "start over from zero")


async def test_set_and_show_count_days_privately(console):
    await console.agree("alice")
    out = await console.say("/sober set 2025-11-21")
    assert not out.error and out.ephemeral and out.visible_to == ["alice"]
    assert "**365 days** (1 year) since November 21, 2025" in out.text
    show = await console.say("/sober show")
    assert "**sobriety**: **365 days** (1 year)" in show.text
    assert "Next milestone: **18 months** on May 21, 2027 — 181 days to go." in show.text
    assert show.visible_to == ["alice"]
    assert not [o for o in console.outputs if o.visible_to == "all"]


async def test_days_follow_the_members_zone(console):
    # 10:30 UTC on 2026-11-21 is already 2026-11-22 on Kiritimati (UTC+14),
    # and still 2026-11-20 in Pago Pago (UTC-11).
    await console.run(":at 2026-11-21T10:30:00+00:00")
    await console.agree("alice")
    await console.run("/haven timezone Pacific/Kiritimati\n/sober set 2025-11-21")
    assert "**366 days**" in (await console.say("/sober show")).text
    await console.agree("bob")
    await console.run("/haven timezone Pacific/Pago_Pago\n/sober set 2025-11-21")
    assert "**364 days**" in (await console.say("/sober show")).text


async def test_several_counters_by_label(console):
    await console.agree("alice")
    await console.run(
        "/sober set 2026-01-02\n/sober set 2026-10-22 label:Nicotine\n"
        "/sober set 2026-11-14 label:gambling"
    )
    show = (await console.say("/sober show")).text
    assert "**gambling**: **7 days**" in show
    assert "**nicotine**: **30 days**" in show  # labels are case-insensitive
    assert "**sobriety**: **323 days** (10 months and 19 days)" in show
    one = (await console.say("/sober show label:gambling")).text
    assert "gambling" in one and "nicotine" not in one


async def test_backfill_moves_the_start_without_a_new_run(console, sober_rows):
    await console.agree("alice")
    await console.say("/sober set 2026-11-01")
    out = await console.say("/sober set 2026-10-01")
    assert "Backfilled" in out.text and "**51 days**" in out.text
    history = (await console.say("/sober history")).text
    assert history.count("→") == 1 and "October 1, 2026 → today: 51 days" in history
    assert len((await sober_rows(console))["sober_run"]) == 1


async def test_reset_keeps_the_run_in_history_with_supportive_words(console, sober_rows):
    await console.agree("alice")
    await console.say("/sober set 2026-08-23 label:alcohol")
    out = await console.say('/sober reset label:alcohol note:"a hard week at work"')
    assert not out.error and out.visible_to == ["alice"]
    assert "Every day counts. Your new start is **November 21, 2026**" in out.text
    assert "The 90 days before it stay in your history" in out.text
    assert not any(word in out.text.lower() for word in FORBIDDEN)
    history = (await console.say("/sober history label:alcohol")).text
    assert "- November 21, 2026 → today: 0 days and counting" in history
    assert "- August 23, 2026 → November 21, 2026: 90 days" in history
    assert "a hard week at work" in history
    assert not any(word in history.lower() for word in FORBIDDEN)
    # The note is encrypted at rest.
    raw = repr(await sober_rows(console))
    assert "a hard week at work" not in raw and "hard week" not in raw
    show = (await console.say("/sober show label:alcohol")).text
    assert "**0 days** since November 21, 2026" in show and "**1 day** on November 22, 2026" in show


async def test_reset_on_an_earlier_date_and_a_second_reset(console):
    await console.agree("alice")
    await console.run("/sober set 2026-01-01\n/sober reset date:2026-06-01")
    out = await console.say("/sober reset 2026-11-01")
    assert out.error and "Usage: `/sober reset" in out.text  # date is named: date:
    await console.say("/sober reset date:2026-11-01")
    history = (await console.say("/sober history")).text
    assert "- November 1, 2026 → today: 20 days and counting" in history
    assert "- June 1, 2026 → November 1, 2026: 153 days" in history
    assert "- January 1, 2026 → June 1, 2026: 151 days" in history


async def test_share_choices_are_stored_and_explained(console):
    await console.agree("alice")
    out = await console.say("/sober share anonymous")
    assert "“A member reached 90 days”" in out.text
    assert "no milestones channel yet" in out.text
    await console.run(":as mona mod\n/mod channel milestones #milestones\n:as alice")
    named = await console.say("/sober share named")
    assert "@alice reached 90 days" in named.text and "no milestones channel" not in named.text
    assert "stay between you and Haven" in (await console.say("/sober share private")).text
    bad = await console.say("/sober share everyone")
    assert bad.error and "private, named, anonymous" in bad.text
    roles = await console.say("/sober share roles:on")
    assert "everyone in the server can see it" in roles.text
    assert "yours are private now" in roles.text  # shared privately: no role yet
    both = await console.say("/sober share anonymous roles:off")
    assert "A member reached 90 days" in both.text and "no milestone roles" in both.text
    empty = await console.say("/sober share")
    assert empty.error and "/sober share roles:on" in empty.text


async def test_remove_deletes_one_counter_and_its_history(console, sober_rows, milestone_jobs):
    await console.agree("alice")
    await console.run(
        "/sober set 2026-01-01 label:alcohol\n/sober reset label:alcohol date:2026-11-01\n"
        "/sober set 2026-11-01 label:nicotine"
    )
    assert len(await milestone_jobs(console)) == 2
    asked = await console.say("/sober remove label:alcohol")
    assert "cannot be undone" in asked.text and len((await sober_rows(console))["sober_run"]) == 3
    out = await console.say("/sober remove label:alcohol confirm")
    assert not out.error and "alcohol" in out.text
    rows = await sober_rows(console)
    assert len(rows["sober_counter"]) == 1 and len(rows["sober_run"]) == 1
    assert "alcohol" not in (await console.say("/sober history")).text
    assert len(await milestone_jobs(console)) == 1
    again = await console.say("/sober remove label:alcohol confirm")
    assert again.error and "no counter named alcohol" in again.text


async def test_counting_the_start_day_as_day_one(console):
    await console.agree("alice")
    await console.say("/sober set 2026-11-21")
    assert "**0 days**" in (await console.say("/sober show")).text
    out = await console.say("/sober count from-one")
    assert "day 1" in out.text
    show = (await console.say("/sober show")).text
    assert "**1 day** since November 21, 2026" in show and "**1 week** on November 27, 2026" in show
    await console.say("/sober count from-zero")
    assert "**0 days**" in (await console.say("/sober show")).text


BAD_INPUT = [
    ("/sober set 2026-11-22", "in the future"),
    ("/sober set 1899-12-31", "before 1900-01-01"),
    ("/sober set nextweek", "is not a date"),
    ("/sober set 2026-02-30", "not a day on the calendar"),
    ("/sober set 2026-01-01 label:!!", "not a counter name"),
    ("/sober show label:nicotine", "no counter named nicotine"),
    ("/sober history label:nicotine", "no counter named nicotine"),
    ("/sober reset label:nicotine", "no counter named nicotine"),
    ("/sober remove label:nicotine", "no counter named nicotine"),
    ("/sober remove", "label:<name>"),
    ("/sober reset date:2026-12-01", "in the future"),
    ("/sober reset date:2020-01-01", "before this run's start"),
    ("/sober set 2026-01-01 label:alcohol", None),  # fine, for contrast
    ("/sober set 2026-11-10 label:alcohol", None),
    ("/sober reset label:alcohol date:2026-11-15", None),
    ("/sober set 2026-11-12 label:alcohol", "overlap your history"),
    ("/sober count sometimes", "from-zero, from-one"),
    ("/sober morning 25:00", "not a time of day"),
]


#: Not mistyped: the thing named does not exist, or the date contradicts the
#: history. Said plainly, without the usage line (bot/errors.py: a Refusal).
REFUSALS = {"no counter named nicotine", "before this run's start", "overlap your history"}


async def test_bad_input_gets_a_private_reason_and_example_and_changes_nothing(console, sober_rows):
    await console.agree("alice")
    await console.say("/sober set 2026-01-01")
    for line, reason in BAD_INPUT:
        before = await sober_rows(console)
        out = await console.say(line)
        if reason is None:
            assert not out.error, (line, out.text)
            continue
        assert out.error and out.ephemeral and out.visible_to == ["alice"], line
        assert reason in out.text, (line, out.text)
        if reason in REFUSALS:
            assert "Usage:" not in out.text and "Example:" not in out.text, line
        else:
            assert "Example: `/sober" in out.text, line
        assert await sober_rows(console) == before, line


async def test_no_counter_yet_is_explained(console):
    await console.agree("alice")
    for line in ("/sober show", "/sober history", "/sober reset"):
        out = await console.say(line)
        assert out.error and "/sober set 2025-01-02" in out.text


async def test_nothing_is_stored_before_consent(console, sober_rows):
    await console.run(":as carol")
    out = await console.say("/sober set 2026-01-01")
    assert "privacy" in out.text.lower()
    assert await sober_rows(console) == {"sober_counter": [], "sober_run": [], "sober_prefs": []}


async def test_export_holds_every_counter_and_run_with_notes_readable(console):
    await console.agree("alice")
    await console.run(
        '/sober set 2026-01-01 note:"day one"\n/sober reset date:2026-06-01 note:"it happened"\n'
        "/sober set 2026-11-01 label:nicotine\n/sober share anonymous"
    )
    await console.agree("bob")
    await console.say("/sober set 2026-02-02 label:bobs")
    await console.run(":as alice")
    out = await console.say("/haven export")
    data = read_json(out.files[0])["sober"]
    assert [c["label"] for c in data["counters"]] == ["nicotine", "sobriety"]
    runs = data["counters"][1]["runs"]
    assert runs[0] == {
        "start_date": "2026-01-01", "end_date": "2026-06-01", "days": 151,
        "note": "day one", "note_at_new_start": "it happened",
        "ended_at": "2026-11-21T09:00:00+00:00",
        "cost_per_day": None, "cost_currency": None, "hours_per_day": None,
    }  # fmt: skip
    assert runs[1]["start_date"] == "2026-06-01" and runs[1]["end_date"] is None
    assert data["preferences"]["share"] == "anonymous"
    assert data["preferences"]["milestone_roles"] is False
    assert "bobs" not in json.dumps(data)


async def test_erasure_removes_rows_and_pending_milestones(console, sober_rows, milestone_jobs):
    await console.agree("alice")
    await console.run(
        "/sober set 2026-11-01\n/sober set 2026-11-19 label:nicotine\n/sober share named"
    )
    await console.agree("bob")
    await console.say("/sober set 2026-11-02")
    assert len(await milestone_jobs(console)) == 3
    await console.run(":as alice\n/haven delete confirm")
    rows = await sober_rows(console)
    assert len(rows["sober_counter"]) == 1 and len(rows["sober_run"]) == 1
    assert rows["sober_prefs"] == []
    assert len(await milestone_jobs(console)) == 1
    # Nothing arrives for alice later; bob's milestone still comes.
    later = await console.run(":advance 40d")
    assert not [o for o in later if "alice" in o.visible_to or "alice" in o.text]
    assert [o.kind for o in later if o.visible_to == ["bob"]] == ["dm"]


async def sober_stats(console) -> dict[str, int]:
    # /mod stats itself cannot be used here: see the report (its handler is named
    # ``stats`` and shadows Cog.stats, so it recurses). Ask the cog directly.
    community = await console.app.community(COMMUNITY)
    async with console.app.context(community, console.adapter) as ctx:
        return await console.app.registry.cogs["sober"].stats(ctx)


async def test_stats_show_collective_days_only_among_five_or_more_sharers(console):
    for n, who in enumerate(("a1", "a2", "a3", "a4")):
        await console.agree(who)
        await console.run(f"/sober set 2026-11-{11 + n:02d}\n/sober share anonymous")
    await console.agree("quiet")
    await console.say("/sober set 2000-01-01")  # private: never in the collective figure
    await console.agree("nocounter")
    await console.say("/sober share named")  # shares, but counts nothing
    assert await sober_stats(console) == {
        "members with a counter": 5,
        "members who share milestones": 4,
    }
    await console.agree("a5")
    await console.run("/sober set 2026-11-01 label:x\n/sober share named")
    assert await sober_stats(console) == {
        "members with a counter": 6,
        "members who share milestones": 5,
        "collective days among members who share": 10 + 9 + 8 + 7 + 20,
    }


async def test_milestone_roles_are_for_moderators(console):
    await console.agree("alice")
    refused = await console.say("/sober roles 90d 90 Days")
    assert refused.error and "for moderators" in refused.text
    await console.run(":as mona mod")
    out = await console.say("/sober roles 90d 90 Days")
    assert "**90 Days**" in out.text and "90 days" in out.text
    assert "`/sober share roles:on`" in out.text  # only members who asked for roles
    bad = await console.say("/sober roles 45d Something")
    assert bad.error and "not a milestone" in bad.text
    assert "No role" in (await console.say("/sober roles 90d off")).text


async def test_remove_asks_first_and_a_button_confirms_or_keeps(console, sober_rows):
    await console.agree("alice")
    await console.say("/sober set 2026-01-01 label:alcohol")
    kept = await console.run("/sober remove label:alcohol\n:click Keep it")
    assert "Nothing was deleted" in kept[-1].text
    assert len((await sober_rows(console))["sober_counter"]) == 1
    gone = await console.run("/sober remove label:alcohol\n:click Delete it")
    assert "are deleted" in gone[-1].text
    assert (await sober_rows(console))["sober_counter"] == []
    stale = await console.run(":click Delete it")
    assert "already gone" in stale[-1].text


async def test_someone_elses_remove_button_deletes_nothing(console, sober_rows):
    await console.agree("bob")
    await console.agree("alice")
    await console.say("/sober set 2026-01-01 label:alcohol")
    inv = Invocation(COMMUNITY, "bob", via="action", action_id="sober:remove:1:confirm")
    out = await console.app.dispatch(inv)
    assert out.error and "already gone" in out.text
    assert len((await sober_rows(console))["sober_counter"]) == 1


async def test_a_same_day_reset_replaces_the_run(console, sober_rows):
    await console.agree("alice")
    await console.say("/sober set 2026-11-21")
    out = await console.say("/sober reset")
    assert "new start is **November 21, 2026**" in out.text and "0 days" not in out.text
    await console.say("/sober reset")
    assert len((await sober_rows(console))["sober_run"]) == 1
    history = (await console.say("/sober history")).text
    assert history.count("→") == 1


@pytest.mark.parametrize(
    ("start", "words"),
    [("2026-11-20", "1 day before it stays"), ("2026-11-19", "2 days before it stay")],
)
async def test_the_days_before_a_new_start_stay_in_good_grammar(console, start, words):
    await console.agree("alice")
    await console.say(f"/sober set {start}")
    assert f"The {words} in your history" in (await console.say("/sober reset")).text


async def test_counting_from_one_shows_in_history_too(console):
    await console.agree("alice")
    await console.run("/sober set 2026-11-14\n/sober count from-one")
    assert "**8 days**" in (await console.say("/sober show")).text
    assert "8 days and counting" in (await console.say("/sober history")).text
