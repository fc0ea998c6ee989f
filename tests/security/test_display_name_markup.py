"""Text someone else wrote is shown as written — never a link, a ping or formatting.

A member whose display name is a masked link (``[Verify your Haven account]
(https://evil.example)``), a mention, ``<!channel>`` or markdown must not turn
the messages Haven sends about them — a partner request, the welcome in a
private space, an /sos alert — into phishing or pings; nor may a meeting's
title in a public announcement. Each scenario runs through the real adapters
(discord.py against the fake Discord, bolt against the fake Slack) on SQLite and
PostgreSQL (the e2e ``world``), and the assertions read what the fake platform
received.
"""

from __future__ import annotations

import html
import json
import re
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlencode

from tests.e2e import conftest as e2e
from tests.e2e.worlds import World
from tests.fakes.slack.driver import shown_text

# The end-to-end matrix's fixtures: Discord and Slack, SQLite and PostgreSQL.
world = e2e.world
database_url = e2e.database_url
_quick_ready = e2e._quick_ready

#: Bob's Discord id is put in at run time (``{bob}``): a mention that would ping.
EVIL_NAME = (
    "[Verify your Haven account](https://evil.example) <@{bob}> <!channel> @everyone "
    "*bold* _it_ ~gone~ ||spoiler|| `code` <https://evil.example|click>"
)
#: Haven's command syntax cannot carry every character (`@` is a mention there).
EVIL_TITLE = "Circle [Join now](https://evil.example) <!channel> *free* ||x||"
ZWSP = "\u200b"


def evil_name(world: World) -> str:
    return EVIL_NAME.format(bob=world.uid("bob"))


def rename(world: World, user: str, name: str) -> None:
    """The platform reports ``user``'s display name as ``name`` from now on."""
    if world.platform == "discord":
        world.fake.users[user]["global_name"] = name
        return
    driver = world.driver
    original = driver.command_body

    def body(who: str, line: str, channel: str | None = None) -> str:
        fields = dict(parse_qsl(original(who, line, channel)))
        if who == user:
            fields["user_name"] = name
        return urlencode(fields)

    driver.command_body = body


# -- what each platform received --------------------------------------------------


def discord_messages(world: World, channel_id: str | None) -> list[dict]:
    return [m for m in world.fake.messages.values() if m["channel_id"] == channel_id]


def discord_text(message: dict) -> str:
    parts = [message.get("content") or ""]
    for embed in message.get("embeds") or []:
        parts.append(embed.get("description") or "")
    return "\n".join(parts)


def discord_live(content: str) -> str:
    """``content`` with every backslash-escaped character blanked: what is left
    is what Discord would read as markup."""
    return re.sub(r"\\[^\sA-Za-z0-9]", "·", content)


def discord_shown(content: str) -> str:
    """The characters a Discord reader sees for escaped text."""
    return re.sub(r"\\([^\sA-Za-z0-9])", r"\1", content)


def slack_payloads(world: World, channel_id: str) -> list[dict]:
    return [args for (cid, _ts), args in world.fake.messages.items() if cid == channel_id]


def slack_mrkdwn(args: dict) -> str:
    """Every part of a Slack payload that Slack reads as mrkdwn (plain_text
    objects — a header, a button — are never parsed)."""
    blocks = args.get("blocks") or []
    blocks = json.loads(blocks) if isinstance(blocks, str) else blocks
    objects = [b.get("text") for b in blocks] + [f for b in blocks for f in b.get("fields") or []]
    parts = [o["text"] for o in objects if isinstance(o, dict) and o.get("type") == "mrkdwn"]
    return "\n".join([args.get("text") or "", *parts])


def slack_shown(mrkdwn: str) -> str:
    """The characters a Slack reader sees: entities decoded, zero-width spaces gone."""
    return html.unescape(mrkdwn).replace(ZWSP, "")


def assert_inert_on_discord(world: World, text: str, written: str) -> None:
    live = discord_live(text)
    for markup in ("](http", "<@", "<!", "@everyone", "||spoiler||", "`code`", "*bold*", "_it_"):
        assert markup not in live, (markup, text)
    assert "~gone~" not in live and "||x||" not in live and "*free*" not in live
    assert "https://evil.example" not in live  # not even a bare link
    assert written in discord_shown(text)  # and the reader sees the name as written


def assert_inert_on_slack(text: str, written: str) -> None:
    for markup in ("<https://evil", "<!channel", "<@U", "<!everyone"):
        assert markup not in text, (markup, text)
    for char in "*_~`":  # each formatting character is kept literal by a zero-width space
        assert not re.search(rf"(?<!{ZWSP}){re.escape(char)}(bold|it|gone|code)", text), text
    assert written in slack_shown(text), text


def assert_inert(world: World, texts: list[str], written: str) -> None:
    assert texts, "no message carried the text"
    for text in texts:
        if world.platform == "discord":
            assert_inert_on_discord(world, text, written)
        else:
            assert_inert_on_slack(text, written)


def dm_texts(world: World, user: str, containing: str) -> list[str]:
    if world.platform == "discord":
        channel = world.fake.dm_channels.get(world.uid(user))
        found = [discord_text(m) for m in discord_messages(world, channel)]
    else:
        found = [slack_mrkdwn(args) for args in slack_payloads(world, "D" + world.uid(user))]
    return [t for t in found if containing in t]


def space_texts(world: World, containing: str) -> list[str]:
    if world.platform == "discord":
        spaces = [cid for cid, c in world.fake.channels.items() if c.get("type") in (11, 12)]
        found = [discord_text(m) for cid in spaces for m in discord_messages(world, cid)]
    else:
        spaces = [c.id for c in world.fake.channels.values() if c.kind in ("mpim", "private")]
        found = [slack_mrkdwn(args) for cid in spaces for args in slack_payloads(world, cid)]
    return [t for t in found if containing in t]


def assert_discord_never_pings_everyone_or_roles(world: World) -> None:
    """Every message Haven created told Discord not to ping @everyone/@here or roles."""
    sent = [
        r
        for r in world.fake.requests
        if r.method in ("POST", "PATCH") and isinstance(r.body, dict) and "content" in r.body
    ]
    assert sent
    for request in sent:
        parse = (request.body.get("allowed_mentions") or {}).get("parse")
        assert parse is not None, request  # no allowed_mentions: Discord parses everything
        assert "everyone" not in parse and "roles" not in parse, request


# -- the scenarios ------------------------------------------------------------------


async def test_a_display_name_is_never_markup_in_requests_spaces_or_sos(world):
    name = evil_name(world)
    rename(world, "alice", name)
    await world.agree("alice", "bob")

    asked = await world.command("alice", "/partner request @bob")
    assert asked.ok, asked.seen
    request = dm_texts(world, "bob", "would like to be accountability partners")
    assert_inert(world, request, name)

    accepted = await world.press("bob", "Accept")
    assert accepted.ok, accepted.seen
    await world.settle()
    assert_inert(world, space_texts(world, "This private space is for"), name)

    sos = await world.command("alice", "/sos")
    assert sos.ok, sos.seen
    await world.settle()
    assert_inert(world, dm_texts(world, "bob", "could use a call"), name)

    if world.platform == "discord":
        assert_discord_never_pings_everyone_or_roles(world)


async def test_a_meeting_title_is_never_markup_in_its_public_announcement(world):
    await world.agree(world.mod)
    configured = await world.command(
        world.mod, f"/mod channel announcements {world.channel('announcements')}"
    )
    assert configured.ok, configured.seen
    added = await world.command(
        world.mod, f'/meeting add title:"{EVIL_TITLE}" day:mon time:18:00 tz:Europe/London'
    )
    assert added.ok, added.seen
    await world.run_until(datetime(2026, 11, 23, 17, 0, tzinfo=UTC))
    if world.platform == "discord":
        channel = next(
            cid for cid, c in world.fake.channels.items() if c.get("name") == "announcements"
        )
        [post] = [discord_text(m) for m in discord_messages(world, channel)]
        assert_inert(world, [post], EVIL_TITLE)
        assert_discord_never_pings_everyone_or_roles(world)
    else:
        [args] = slack_payloads(world, world.channel_id("announcements"))
        assert_inert(world, [slack_mrkdwn(args)], EVIL_TITLE)
        assert EVIL_TITLE in slack_shown(shown_text(args))  # what driver.shown_text reads
        [header] = [b for b in args["blocks"] if b["type"] == "header"]
        assert header["text"] == {"type": "plain_text", "text": EVIL_TITLE}
