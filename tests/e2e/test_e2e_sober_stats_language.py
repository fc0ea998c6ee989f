"""A German member through discord.py and bolt (issue #22): /sober's dates as
German writes them (in the reply, the history and the milestone DM), the
moderator's /mod stats with German figure names, and on Slack the App Home's
mood buttons in German."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from tests.e2e.test_e2e_home import SLACK, home_of, sections
from tests.e2e.test_e2e_language import speaks

ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
#: The figure names of the cogs that are converted, as English says them.
ENGLISH_FIGURES = (
    "members who use Haven",
    "members with a counter",
    "members who share milestones",
    "check-ins this week",
    "members with reminders",
    "pods and partnerships",
)


def german(world, *users: str) -> None:
    for user in users:
        speaks(world, user, "de" if world.platform == "discord" else "de-DE")


async def test_a_german_member_reads_sober_dates_and_the_moderator_stats_in_german(world):
    german(world, "alice", world.mod)
    await world.agree(world.mod, "alice")
    # The milestone DM has no app language to follow: alice's stored choice.
    assert (await world.command("alice", "/haven language de")).ok

    started = await world.command("alice", "/sober set 2026-11-16")
    assert started.ok, started.seen
    text = started.reply.text
    assert "seit dem 16. November 2026" in text, text
    assert "am 23. November 2026" in text, text  # the next milestone: a week
    assert not ISO.search(text), text

    history = await world.command("alice", "/sober history")
    assert "16. November 2026 → heute" in history.reply.text, history.reply.text
    assert not ISO.search(history.reply.text)

    await world.run_until(datetime(2026, 11, 24, 12, 0, tzinfo=UTC))
    [dm] = [p.text for p in world.dms("alice") if "1 Woche" in p.text]
    assert "(seit dem 16. November 2026)" in dm, dm
    assert not ISO.search(dm), dm

    stats = await world.command(world.mod, "/mod stats")
    assert stats.ok, stats.seen
    shown = stats.reply.text
    assert "Mitglieder, die Haven nutzen: weniger als 5" in shown, shown
    assert "Mitglieder mit einem Zähler: weniger als 5" in shown, shown
    assert "Check-ins diese Woche: 0" in shown, shown
    assert "Gruppen und Partnerschaften: 0" in shown, shown
    assert [words for words in ENGLISH_FIGURES if words in shown] == []
    assert world.problems() == []


@SLACK
async def test_app_home_s_mood_buttons_speak_german(world):
    german(world, "alice")
    await world.agree("alice")
    await world.command("alice", "/sober set 2026-01-01")
    shown = sections(await home_of(world, "alice", "EvHomeDe"))
    today = shown["Der Check-in von heute"]
    assert [f"Stimmung {m}" in today for m in range(1, 6)] == [True] * 5
    assert "Mood" not in today
    assert "seit dem 1. Januar 2026" in shown["Nüchterne Tage"]
    assert "am 1. Januar 2027" in shown["Nüchterne Tage"]
