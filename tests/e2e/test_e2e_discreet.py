"""Issue 18: nothing about recovery on a lock screen.

A whole month's worth of Haven in one scenario — consent, a counter and its
milestone, a daily prompt answered, an SOS, a partner request, a weekly
summary — through the real adapters, with discreet mode on. Then every text a
platform puts in a push notification is read back from the fake platform's
own record of Haven's calls: Slack's top-level ``text`` of every
chat.postMessage / chat.postEphemeral / chat.update and response_url reply,
and the ``content`` of every Discord DM Haven sent or edited. None may hold a
recovery word, a number or a member's name. What the member reads once they
open a message (blocks, embeds) still says everything.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from bot.config import Settings
from bot.naming import DEFAULT as DEFAULT_NAME
from bot.naming import set_name
from tests.e2e.worlds import World, discord_text
from tests.fakes.slack.driver import notified_text, shown_text

#: Words that say "recovery" on a lock screen (issue 18, item 1).
WORDS = (
    "sober",
    "sobriety",
    "craving",
    "relapse",
    "slip",
    "check-in",
    "checkin",
    "milestone",
    "recovery",
    "sos",
    "crisis",
    "days",
)
NOTICE = "You have a private message from Haven"


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def notifications(world: World) -> list[str]:
    """Every notification-visible text of a private message Haven sent."""
    if world.platform == "slack":
        private = {"chat.postEphemeral", "chat.update", "response_url"}
        found = []
        for call in world.fake.calls:
            if not call.ok:
                continue
            if call.method == "chat.postMessage":
                channel = world.fake.channels.get(call.args.get("channel"))
                if channel is not None and channel.kind == "public":
                    continue  # a public post the member opted into: not discreet
                found.append(notified_text(call.args))
            elif call.method in private:
                if call.args.get("response_type") == "in_channel":
                    continue
                found.append(notified_text(call.args))
        return found
    dms = set(world.fake.dm_channels.values())
    found = []
    for request in world.fake.requests:
        match = re.fullmatch(r"/channels/(\d+)/messages(?:/\d+)?", request.path)
        if match and match.group(1) in dms and request.method in ("POST", "PATCH"):
            found.append((request.body or {}).get("content") or "")
    return found


def leaks(world: World, texts: list[str], names: tuple[str, ...]) -> list[str]:
    """The texts that say something: a listed word, a number, a name or a mention."""
    bad = []
    for text in texts:
        low = text.lower()
        if (
            any(re.search(rf"\b{re.escape(w)}\b", low) for w in WORDS)
            or re.search(r"\d", text)
            or any(n in low for n in names)
            or "<@" in text
        ):
            bad.append(text)
    return bad


async def scenario(world: World) -> None:
    """Consent, a counter with a milestone, check-ins with a prompt, a partner
    request, an SOS, a weekly summary, a pledge and a review, for alice and bob."""
    if world.platform == "discord":  # Discord servers are not discreet by default
        turned = await world.command(world.mod, "/mod discreet on")
        assert turned.ok, turned.seen
    await world.command(world.mod, "/haven consent agree")
    asked = await world.command("alice", "/sober set 2026-11-15")
    assert asked.reply.buttons == ["Agree", "Decline"]
    agreed = await world.press("alice", "Agree")
    assert agreed.ok, agreed.seen
    zoned = await world.command("alice", "/haven timezone UTC")
    assert any("counter is started" in s.text for s in zoned.replies), zoned.seen
    await world.agree("bob")
    for line in (
        "/checkin remind 21:00",
        "/checkin weekly sun",
        "/checkin pledge 08:00",
        "/checkin review 21:30",
    ):
        done = await world.command("alice", line)
        assert done.ok, (line, done.seen)
    requested = await world.command("alice", "/partner request @bob")
    assert requested.ok, requested.seen
    accepted = await world.press("bob", "Accept")
    assert accepted.ok, accepted.seen
    sos = await world.command("alice", "/sos")
    assert sos.ok, sos.seen
    here = await world.press("bob", "I'm here")
    assert here.ok, here.seen
    # Saturday's prompt at 21:00, the week on Sunday 09:00, Sunday's summary.
    await world.run_until(utc(2026, 11, 21, 21, 5))
    answered = await world.press("alice", "4")
    assert answered.ok, answered.seen
    await world.run_until(utc(2026, 11, 21, 21, 35))  # the evening review, answered
    reviewed = await world.press("alice", "Very hard")
    assert reviewed.ok, reviewed.seen
    await world.run_until(utc(2026, 11, 23, 0, 0))


async def test_no_notification_says_anything_in_discreet_mode(world):
    await scenario(world)
    texts = notifications(world)
    assert len(texts) >= 8, texts  # the scenario's private messages were all seen
    assert leaks(world, texts, ("alice", "bob")) == []
    assert set(texts) == {NOTICE}, set(texts)

    # Opened, each message still says everything.
    alice = [world.plain(p.text) for p in world.dms("alice")]
    bob = [world.plain(p.text) for p in world.dms("bob")]
    assert any("1 week" in t for t in alice), alice  # the milestone
    assert any("is here for you" in t for t in alice), alice  # bob's "I'm here"
    assert any("how are you today" in t for t in alice), alice  # the prompt
    assert any("last 7 days" in t and "mood" in t for t in alice), alice  # the weekly summary
    assert any("just for today, i'll stay sober" in t for t in alice), alice  # the pledge
    assert any("how was today" in t for t in alice), alice  # the review
    assert any("alice" in t and "partner" in t for t in bob), bob  # the request
    assert any("alice could use a call" in t for t in bob), bob  # the SOS
    prompt = next(p for p in world.dms("alice") if p.buttons and "4" in p.buttons)
    assert prompt.buttons[:5] == ["1", "2", "3", "4", "5"], prompt.buttons


async def test_a_member_who_turns_discretion_off_sees_details_in_notifications(world):
    turned = await world.command(world.mod, "/mod discreet on")
    assert turned.ok, turned.seen
    await world.agree(world.mod, "alice", "bob")
    off = await world.command("alice", "/haven discreet off")
    assert off.ok and "off" in off.reply.text, off.seen
    for user in ("alice", "bob"):
        assert (await world.command(user, "/checkin remind 21:00")).ok
    await world.run_until(utc(2026, 11, 21, 21, 5))
    shown = notifications(world)
    assert sum("How are you today?" in t for t in shown) == 1, shown  # alice's, in full
    assert world.plain(world.dms("bob")[-1].text).startswith("**daily check-in**") or any(
        "how are you today?" in world.plain(p.text) for p in world.dms("bob")
    )  # bob's prompt is discreet, but he reads it in full once open
    back = await world.command("alice", "/haven discreet default")
    assert back.ok and "default, which is" in back.reply.text, back.seen
    assert "on" in back.reply.text.split("default, which is", 1)[1][:8], back.reply.text


async def test_slack_do_not_disturb_holds_a_prompt_until_it_ends_once(world):
    """Slack's Do Not Disturb (dnd.info) holds the daily prompt like quiet
    hours do: it comes when DND ends, once. Discord has no DND to read."""
    if world.platform != "slack":
        await world.agree("alice")
        assert (await world.command("alice", "/checkin remind 21:00")).ok
        await world.run_until(utc(2026, 11, 21, 21, 5))
        assert sum("How are you today?" in p.text for p in world.dms("alice")) == 1
        return
    await world.agree("alice")
    assert (await world.command("alice", "/checkin remind 21:00")).ok
    world.fake.set_dnd(world.uid("alice"), utc(2026, 11, 21, 20, 0), utc(2026, 11, 22, 7, 15))

    def prompts() -> int:
        return sum("How are you today?" in p.text for p in world.dms("alice"))

    await world.run_until(utc(2026, 11, 22, 7, 0))
    assert prompts() == 0
    await world.run_until(utc(2026, 11, 22, 7, 30))
    assert prompts() == 1
    asked = [c for c in world.fake.calls if c.method == "dnd.info"]
    assert 1 <= len(asked) <= 2, asked  # asked when due, and again on release at most
    # the next evening DND is off: the prompt comes at 21:00 as usual, and only once more
    world.fake.dnd.clear()
    await world.run_until(utc(2026, 11, 23, 0, 0))
    assert prompts() == 2


@pytest.fixture(params=["discord", "slack"])
async def wellbeing(request, db_url):
    """A world whose operator runs Haven as "Wellbeing" (HAVEN_BOT_NAME)."""
    from tests.e2e.conftest import _discord_world, _slack_world

    settings = Settings(database_url=db_url, bot_name="Wellbeing")
    make = _discord_world if request.param == "discord" else _slack_world
    async with make(settings) as built:
        yield built
    set_name(DEFAULT_NAME)  # the name is the process's: back to Haven's for later tests


def everything_shown(world: World) -> list[str]:
    """Every text Haven showed anyone: notifications and message bodies."""
    if world.platform == "slack":
        return [
            f"{notified_text(c.args)}\n{shown_text(c.args)}"
            for c in world.fake.calls
            if c.ok and ("text" in c.args or "blocks" in c.args)
        ]
    return (
        [discord_text(m) for m in world.fake.messages.values()]
        + [
            discord_text(r.body)
            for r in world.fake.requests
            if isinstance(r.body, dict)
            and ("content" in r.body or "embeds" in r.body or "data" in r.body)
        ]
        + [
            discord_text(r.body.get("data") or {})
            for r in world.fake.requests
            if isinstance(r.body, dict) and isinstance(r.body.get("data"), dict)
        ]
    )


async def test_every_reply_uses_the_configured_name(wellbeing):
    world = wellbeing
    await scenario(world)
    await world.command("alice", "/haven help")
    await world.command("carol", "/checkin")  # the privacy notice, under the name
    shown = everything_shown(world)
    assert len(shown) > 20
    named = [t for t in shown if re.search(r"(?<![/\w])Haven\b", t)]
    assert named == [], named[:3]
    assert set(notifications(world)) == {"You have a private message from Wellbeing"}
    assert any("Wellbeing" in t for t in shown)
