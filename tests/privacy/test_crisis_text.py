"""PRIVACY.md P10 in one place: Haven says it is peer support, not counselling
or a crisis service, and points to /crisis — in the privacy notice (onboarding),
in /help, and in the welcome of every private space (partners and pods).
/crisis with the database down: tests/cogs/test_crisis.py."""

from __future__ import annotations

NOT_A_SERVICE = "not counselling or a crisis service"


async def test_onboarding_notice_says_what_haven_is_not(console):
    out = await console.say(":as newcomer\n/haven export")
    assert "Privacy notice" in out.text
    assert NOT_A_SERVICE in out.text and "/crisis" in out.text


async def test_help_says_what_haven_is_not_for_members_and_moderators(console):
    for who in (":as alice", ":as mona mod"):
        out = await console.say(f"{who}\n/help")
        assert NOT_A_SERVICE in out.text and "/crisis" in out.text
        one_group = await console.say("/help sober")
        assert NOT_A_SERVICE in one_group.text


async def test_every_private_space_welcome_points_to_crisis_help(console):
    for user in ("bob", "carol", "dan", "alice"):
        await console.agree(user)
    await console.run("/partner request @bob\n:as bob\n:click Accept")
    for user in ("carol", "dan"):
        await console.run(f":as {user}\n/partner pool join")
    await console.run(":as mona mod\n/partner match size:2")
    welcomes = [o for o in console.outputs if o.kind == "space" and o.actions]
    assert len(welcomes) == 2  # a partnership and a matched pod
    for out in welcomes:
        assert "not a substitute for professional help" in out.text
        assert "/crisis" in out.text
