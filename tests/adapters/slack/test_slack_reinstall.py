"""A Slack workspace that uninstalls Haven and installs it again is no longer
marked removed, in every mode (one bot token, OAuth, Grid org-wide), so the
tenant purge keeps its data; one that stays uninstalled is still purged.

Through the real bolt app and the fake Slack; the purge is bot/purge.py's."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlmodel import select

from adapters.slack.presence import RETRY_SECONDS
from bot.adapters import CommunityKey
from bot.models import Community, Member
from bot.purge import purge_removed
from tests.adapters.slack.conftest import TOKEN
from tests.adapters.slack.test_oauth import driver_for, event, install
from tests.fakes.slack.server import Workspace

KEY = CommunityKey("slack", "T0001")
HOME = {"type": "app_home_opened", "user": "UALICE", "channel": "DUALICE", "tab": "home"}
UNINSTALLED = {"type": "app_uninstalled"}


async def removed_at(world, key=KEY):
    return (await world.app.community(key)).removed_at


async def wait_for(condition, seconds: float = 5.0) -> None:
    for _ in range(int(seconds / 0.01)):
        if await condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("condition not met in time")


async def uninstall(world, *, team: str = "T0001", event_id: str = "EvGONE", **kw) -> None:
    """Slack revokes the tokens, then sends ``app_uninstalled``."""
    world.fake.revoke(kw.pop("revoke", team))
    driver = kw.pop("driver", world.driver)
    status, _ = await driver.post_json(event(UNINSTALLED, event_id, team=team, **kw))
    assert status == 200
    await wait_for(lambda: _is_removed(world, kw.get("key", KEY)))
    await world.adapter.tracker.drain()


async def _is_removed(world, key) -> bool:
    return await removed_at(world, key) is not None


def reinstall_single_token(world, team: str = "T0001") -> None:
    """The workspace installs the app again and Haven runs with the token it
    gave (the fake: the configured SLACK_BOT_TOKEN works for the team again)."""
    world.fake.workspaces[TOKEN] = Workspace(TOKEN, team)


async def past_grace(world) -> list[int]:
    world.clock.advance(timedelta(days=world.app.settings.purge_grace_days, hours=1))
    return await purge_removed(world.app)


async def members(world) -> list[Member]:
    community = await world.app.community(KEY)
    async with world.app.database.session(community.id) as session:
        return list((await session.exec(select(Member))).all())


async def communities(world) -> list[Community]:
    async with world.app.database.unscoped_session("test") as session:
        return list((await session.exec(select(Community))).all())


def count_returns(world, monkeypatch) -> list[CommunityKey]:
    returned: list[CommunityKey] = []
    original = world.app.community_returned

    async def counted(key):
        returned.append(key)
        await original(key)

    monkeypatch.setattr(world.app, "community_returned", counted)
    return returned


# -- one bot token (SLACK_BOT_TOKEN) ---------------------------------------------


async def test_single_token_reinstall_clears_the_removal_and_the_purge_keeps_the_data(
    world, monkeypatch
):
    d = world.driver
    await d.command("alice", "/haven consent agree")
    await d.command("alice", "/haven timezone UTC")
    await d.command("alice", "/sober set 2026-01-01")
    await uninstall(world)
    assert await removed_at(world) == world.clock.now()

    reinstall_single_token(world)
    returned = count_returns(world, monkeypatch)
    before = len(world.fake.calls)
    [shown] = await d.command("alice", "/sober show")
    assert "days" in shown.text
    assert await removed_at(world) is None
    assert returned == [KEY]
    # the token was checked once (auth.test), then nothing more per request
    for _ in range(3):
        await d.command("alice", "/contract ephemeral")
    assert len([c for c in world.fake.calls[before:] if c.method == "auth.test"]) == 1
    assert returned == [KEY]

    assert await past_grace(world) == []
    assert [m.platform_user_id for m in await members(world)] == ["UALICE"]
    [shown] = await d.command("alice", "/sober show")
    assert "days" in shown.text


async def test_single_token_app_home_after_reinstall_clears_it_too(world):
    await world.driver.command("alice", "/contract ephemeral")
    await uninstall(world)
    reinstall_single_token(world)
    status, _ = await world.driver.post_json(event(HOME, "EvHOME", team="T0001"))
    assert status == 200
    await wait_for(lambda: _not_removed(world))
    assert await past_grace(world) == []


async def _not_removed(world) -> bool:
    await world.adapter.tracker.drain()
    return await removed_at(world) is None


async def test_single_token_workspace_that_stays_uninstalled_is_purged(world):
    d = world.driver
    await d.command("alice", "/haven consent agree")
    await d.command("alice", "/haven timezone UTC")
    await uninstall(world)
    # a command still in flight from before the uninstall (its token is revoked)
    before = len(world.fake.calls)
    await d.post(d.command_body("alice", "/contract ephemeral"))
    await d.post(d.command_body("bob", "/contract ephemeral"))
    await world.adapter.tracker.drain()
    assert await removed_at(world) is not None
    tried = [c for c in world.fake.calls[before:] if c.method == "auth.test"]
    assert len(tried) == 1 and tried[0].error == "invalid_auth"  # once per RETRY_SECONDS

    [purged] = await past_grace(world)
    assert purged not in {c.id for c in await communities(world)}


async def test_a_removal_event_itself_never_counts_as_a_return(world):
    await world.driver.command("alice", "/contract ephemeral")
    await uninstall(world)
    # a retried delivery of the same uninstall, after the token works again
    reinstall_single_token(world)
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    await world.driver.post_json(event(UNINSTALLED, "EvGONE", team="T0001"), headers=retry)
    await asyncio.sleep(0.05)
    await world.adapter.tracker.drain()
    assert await removed_at(world) is not None


async def test_a_workspace_never_removed_costs_one_read_and_no_write(world, monkeypatch):
    returned = count_returns(world, monkeypatch)
    for _ in range(4):
        await world.driver.command("alice", "/contract ephemeral")
    assert world.adapter.presence.checks == 1
    assert returned == []
    assert len(world.fake.of("auth.test")) == 1  # bolt's own, at the first request


async def test_single_token_start_up_with_a_working_token_clears_the_removal(world):
    await world.driver.command("alice", "/contract ephemeral")
    await uninstall(world)
    presence = world.adapter.presence
    await presence.confirm_token()  # the old token is revoked: still removed
    assert await removed_at(world) is not None
    reinstall_single_token(world)  # restarted with the new install's token
    await presence.confirm_token()
    assert await removed_at(world) is None


async def test_a_failed_token_check_is_tried_again_later(world):
    await world.driver.command("alice", "/contract ephemeral")
    await uninstall(world)
    await world.driver.command("alice", "/contract ephemeral")  # token still revoked
    reinstall_single_token(world)
    await world.driver.command("alice", "/contract ephemeral")  # within RETRY_SECONDS
    assert await removed_at(world) is not None
    presence = world.adapter.presence
    now = asyncio.get_running_loop().time()
    [(_, until)] = presence._until.items()
    assert now < until <= now + RETRY_SECONDS
    presence._until.clear()  # RETRY_SECONDS have passed
    await world.driver.command("alice", "/contract ephemeral")
    assert await removed_at(world) is None


# -- OAuth (multi-workspace) ------------------------------------------------------


async def test_oauth_reinstall_clears_the_removal_and_the_purge_keeps_the_data(make_world):
    world = await make_world(oauth=True)
    await install(world, "T0001")
    await world.driver.command("alice", "/haven consent agree")
    await world.driver.command("alice", "/haven timezone UTC")
    await uninstall(world)
    await install(world, "T0001")
    assert await removed_at(world) is None
    assert await past_grace(world) == []
    assert [m.platform_user_id for m in await members(world)] == ["UALICE"]


async def test_oauth_request_after_reinstall_clears_what_the_install_did_not(
    make_world, monkeypatch
):
    """If the after-install step fails (it is logged, the install stands), the
    workspace's next request clears the removal."""
    world = await make_world(oauth=True)
    await install(world, "T0001")
    await world.driver.command("alice", "/haven consent agree")
    await world.driver.command("alice", "/haven timezone UTC")
    await uninstall(world)
    original = world.app.community_returned

    async def broken(key):
        raise OSError("database briefly away")

    monkeypatch.setattr(world.app, "community_returned", broken)
    await install(world, "T0001")
    assert await removed_at(world) is not None
    monkeypatch.setattr(world.app, "community_returned", original)
    await world.driver.command("alice", "/contract ephemeral")
    assert await removed_at(world) is None
    assert await past_grace(world) == []


async def test_oauth_workspace_that_stays_uninstalled_is_purged(make_world):
    world = await make_world(oauth=True)
    await install(world, "T0001")
    await world.driver.command("alice", "/haven consent agree")
    await world.driver.command("alice", "/haven timezone UTC")
    await uninstall(world)
    # Slack still delivers a late request: bolt finds no installation, nothing runs
    await world.driver.post(world.driver.command_body("alice", "/contract ephemeral"))
    await world.adapter.tracker.drain()
    assert await removed_at(world) is not None
    [purged] = await past_grace(world)
    assert purged not in {c.id for c in await communities(world)}


async def test_grid_org_wide_reinstall_clears_every_workspace_of_the_org(make_world):
    world = await make_world(oauth=True, team="T0GRID", enterprise="E0ORG")
    fake = world.fake
    fake.add_team("T0GRID", enterprise="E0ORG")
    fake.add_team("T0SALES", enterprise="E0ORG")
    fake.add_user("UDEV", "dev", team="T0SALES")
    await install(world, "E0ORG")
    grid = driver_for(world, "T0GRID", enterprise="E0ORG", org_wide=True)
    sales = driver_for(world, "T0SALES", enterprise="E0ORG", org_wide=True)
    await grid.command("alice", "/contract ephemeral")
    await sales.command("dev", "/contract ephemeral")
    keys = [CommunityKey("slack", t, "E0ORG") for t in ("T0GRID", "T0SALES")]

    gone = event(UNINSTALLED, "EvORGGONE", team="T0GRID", org=True)
    gone["enterprise_id"] = gone["authorizations"][0]["enterprise_id"] = "E0ORG"
    fake.revoke("E0ORG")
    await grid.post_json(gone)
    for key in keys:
        await wait_for(lambda key=key: _is_removed(world, key))
    await world.adapter.tracker.drain()

    await install(world, "E0ORG")
    for key in keys:
        assert await removed_at(world, key) is None
    assert await past_grace(world) == []
    assert len(await communities(world)) == 2


async def test_grid_workspace_reinstall_clears_it_by_its_next_request(make_world, monkeypatch):
    """One workspace of an org, single token: its own requests bring it back,
    keyed by enterprise and team as its handlers key it."""
    world = await make_world(team="T0GRID", enterprise="E0ORG")
    key = CommunityKey("slack", "T0GRID", "E0ORG")
    await world.driver.command("alice", "/contract ephemeral")
    world.fake.revoke("T0GRID")
    await world.driver.post_json(
        event(UNINSTALLED, "EvGONE", team="T0GRID", enterprise="E0ORG") | {"team_id": "T0GRID"}
    )
    await wait_for(lambda: _is_removed(world, key))
    await world.adapter.tracker.drain()
    reinstall_single_token(world, "T0GRID")
    await world.driver.command("alice", "/contract ephemeral")
    assert await removed_at(world, key) is None
    assert await past_grace(world) == []
