"""Slack's users.info (paced at about 100 a minute a workspace) is asked for a
member's admin status only when the answer depends on it, and for their
language (``include_locale``) once an hour at most, within a per-minute share
and a short wait: a burst of new members is not held up behind it."""

from __future__ import annotations

from adapters.slack import adapter as slack_adapter


def _lookups(world, before: int) -> list:
    return [c for c in world.fake.calls[before:] if c.method == "users.info"]


async def test_members_commands_ask_users_info_once_and_only_for_the_locale(world):
    before = len(world.fake.calls)
    seen = await world.driver.command("alice", "/crisis")
    assert "988" in seen[-1].text
    await world.driver.command("alice", "/sober show")
    lookups = _lookups(world, before)
    assert len(lookups) == 1  # the second command reads the cached locale
    assert str(lookups[0].args.get("include_locale")).lower() in ("1", "true")


async def test_past_the_minutes_share_a_member_is_answered_without_waiting(world, monkeypatch):
    monkeypatch.setattr(slack_adapter, "LOCALE_PER_MINUTE", 0)
    before = len(world.fake.calls)
    seen = await world.driver.command("alice", "/crisis")
    assert "988" in seen[-1].text  # in English: the community's language, as no locale is known
    assert _lookups(world, before) == []


async def test_a_workspace_admin_is_still_a_moderator(world):
    before = len(world.fake.calls)
    seen = await world.driver.command("mod", "/mod stats")
    assert not seen[-1].error and "is for moderators" not in seen[-1].text
    assert len(_lookups(world, before)) == 1  # admin status and locale in one lookup
    refused = await world.driver.command("alice", "/mod stats")
    assert "is for moderators" in refused[-1].text
