"""Multi-workspace OAuth: /slack/install → Slack → /slack/oauth_redirect, each
workspace answered with its own token, Enterprise Grid, uninstall, and the
installation and state stores' semantics."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import aiohttp
import pytest
from slack_sdk.oauth.installation_store.models.installation import Installation
from sqlalchemy import text
from sqlmodel import select

from adapters.slack.adapter import NotInstalled
from adapters.slack.manifest import SCOPES
from adapters.slack.models import SlackInstallation, SlackOAuthState
from adapters.slack.oauth import HavenInstallationStore, HavenStateStore, TokenMask
from adapters.slack.settings import SlackSection
from bot.adapters import CommunityKey, Ref
from bot.clock import VirtualClock
from bot.db import Database
from bot.messages import Message
from tests.conftest import START
from tests.fakes.slack.driver import SlackDriver

COOKIE = "slack-app-oauth-state"


async def get(url: str, cookie: str | None = None) -> tuple[int, dict, str]:
    headers = {"Cookie": cookie} if cookie else {}
    async with aiohttp.ClientSession() as session:
        async with session.get(url, headers=headers, allow_redirects=False) as response:
            return response.status, dict(response.headers), await response.text()


async def start_install(world, team: str) -> tuple[str, str]:
    """``GET /slack/install`` → the redirect to Slack; returns (Location, cookie)."""
    status, headers, _ = await get(f"{world.base}/slack/install?team={team}")
    assert status == 302, status
    cookie = headers["Set-Cookie"].split(";")[0]
    assert cookie.startswith(COOKIE + "=")
    return headers["Location"], cookie


async def install(world, team: str) -> str:
    """The whole round trip as a browser makes it; returns the success page."""
    location, cookie = await start_install(world, team)
    status, headers, _ = await get(location)  # the member presses Allow on Slack
    assert status == 302, status
    status, _, page = await get(headers["Location"], cookie)
    assert status == 200, page
    return page


async def rows(world) -> list[SlackInstallation]:
    async with world.app.database.unscoped_session("test") as session:
        return list((await session.exec(select(SlackInstallation))).all())


def driver_for(world, team: str, **kw) -> SlackDriver:
    return SlackDriver(world.fake, world.url, world.driver.secret, world.adapter, team=team, **kw)


def calls_since(world, before: int) -> list:
    """The Web API calls (not response_url posts) made since ``before``."""
    return [c for c in world.fake.calls[before:] if c.method not in ("response_url", "upload")]


def event(kind: dict, event_id: str, *, team: str, enterprise: str = "", org: bool = False):
    auth = {"team_id": None if org else team, "user_id": "UHAVENBOT", "is_bot": True}
    if enterprise:
        auth["enterprise_id"] = enterprise
    if org:
        auth["is_enterprise_install"] = True
    body = {
        "token": "legacy",
        "team_id": team,
        "api_app_id": "AHAVEN",
        "type": "event_callback",
        "event_id": event_id,
        "event_time": 1700000000,
        "event": kind,
        "authorizations": [auth],
    }
    if enterprise:
        body["enterprise_id"] = enterprise
    return body


async def until(condition, seconds: float = 5.0) -> None:
    for _ in range(int(seconds / 0.01)):
        if await condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("condition not met in time")


# -- the install round trip ---------------------------------------------------


async def test_install_round_trip_stores_an_encrypted_token_and_answers_with_it(make_world, db_url):
    world = await make_world(oauth=True)
    location, cookie = await start_install(world, "T0001")
    to_slack = urlsplit(location)
    query = parse_qs(to_slack.query)
    assert location.startswith(world.fake.base + "/oauth/v2/authorize?")
    assert query["client_id"] == [world.fake.client_id]
    assert query["scope"] == [",".join(SCOPES)]  # the manifest's bot scopes, no user scopes
    assert cookie == f"{COOKIE}={query['state'][0]}"

    status, headers, _ = await get(location)
    redirect = urlsplit(headers["Location"])
    assert redirect.path == "/slack/oauth_redirect"
    assert parse_qs(redirect.query)["state"] == query["state"]
    status, _, page = await get(headers["Location"], cookie)
    assert status == 200 and "Thank you!" in page

    [row] = await rows(world)
    [token] = world.fake.tokens_of("T0001")
    assert (row.team_id, row.enterprise_id, row.bot_token) == ("T0001", "", token)
    assert row.bot_user_id == "UHAVENBOT" and row.bot_id == "BHAVEN"
    assert row.bot_scopes == ",".join(SCOPES) and row.user_id == "UINSTALLER"
    # encrypted at rest: neither the column nor the database files hold the token
    async with world.app.database.engine.connect() as conn:
        stored = (await conn.execute(text("SELECT bot_token FROM slack_installation"))).scalar()
    assert stored and token not in stored
    path = Path(db_url.removeprefix("sqlite+aiosqlite:///"))
    for file in (path, Path(str(path) + "-wal")):
        if file.exists():
            assert token.encode() not in file.read_bytes()

    # a signed slash command from that workspace is answered with its token
    before = len(world.fake.calls)
    seen = await world.driver.command("alice", "/contract dm")
    [dm] = [s for s in seen if s.kind == "dm"]
    assert dm.visible_to == ["alice"]
    used = calls_since(world, before)
    assert {"auth.test", "conversations.open", "chat.postMessage"} <= {c.method for c in used}
    assert {c.auth for c in used} == {"T0001"} and all(c.ok for c in used)
    # bolt's authorize remembers the token's auth.test: later requests skip it
    before = len(world.fake.calls)
    await world.driver.command("alice", "/contract ephemeral")
    assert "auth.test" not in {c.method for c in calls_since(world, before)}


async def test_before_any_install_a_command_gets_the_install_note_only(make_world):
    world = await make_world(oauth=True)
    await world.driver.post(world.driver.command_body("alice", "/contract dm"))
    await world.adapter.tracker.drain()
    assert not world.fake.of("chat.postMessage") and not world.fake.of("auth.test")
    [note] = world.fake.of("response_url")
    assert "installation with this app is no longer available" in note.args["text"]
    with pytest.raises(NotInstalled):
        await world.adapter.send(CommunityKey("slack", "T0001"), "CGENERAL", Message("hi"))
    assert not await world.adapter.can_post(CommunityKey("slack", "T0001"), "CGENERAL")


@pytest.mark.parametrize("problem", ["no cookie", "unknown state", "expired", "replayed"])
async def test_a_bad_or_expired_state_shows_an_error_page_and_stores_nothing(make_world, problem):
    world = await make_world(oauth=True)
    location, cookie = await start_install(world, "T0001")
    state = parse_qs(urlsplit(location).query)["state"][0]
    code = world.fake.grant("T0001")
    url = f"{world.base}/slack/oauth_redirect?code={code}&state={state}"
    if problem == "no cookie":
        cookie = None
    elif problem == "unknown state":
        url = f"{world.base}/slack/oauth_redirect?code={code}&state=forged"
        cookie = f"{COOKIE}=forged"
    elif problem == "expired":
        world.clock.advance(timedelta(minutes=11))  # states live 10 minutes
    elif problem == "replayed":  # the state was used once already
        status, _, _ = await get(url.replace(code, world.fake.grant("T0001")), cookie)
        assert status == 200
        await world.runtime.installations.async_delete_all(enterprise_id=None, team_id="T0001")
    exchanged = len(world.fake.of("oauth.v2.access"))
    status, _, page = await get(url, cookie)
    assert status in (400, 401) and "Something Went Wrong" in page
    assert await rows(world) == []
    assert len(world.fake.of("oauth.v2.access")) == exchanged  # the code was not used
    assert code in world.fake.codes


async def test_slack_refusing_the_code_shows_an_error_page(make_world):
    world = await make_world(oauth=True)
    location, cookie = await start_install(world, "T0001")
    state = parse_qs(urlsplit(location).query)["state"][0]
    status, _, page = await get(
        f"{world.base}/slack/oauth_redirect?code=made-up&state={state}", cookie
    )
    assert status == 401 and "invalid_code" in page
    assert await rows(world) == []
    status, _, page = await get(f"{world.base}/slack/oauth_redirect?error=access_denied")
    assert "access_denied" in page and await rows(world) == []


# -- several workspaces ------------------------------------------------------


async def test_two_workspaces_are_each_answered_with_their_own_token(make_world):
    world = await make_world(oauth=True)
    world.fake.add_user("UBEA", "bea", team="T0002", admin=True)
    await install(world, "T0001")
    await install(world, "T0002")
    assert {r.team_id for r in await rows(world)} == {"T0001", "T0002"}
    other = driver_for(world, "T0002")

    before = len(world.fake.calls)
    [alice] = [s for s in await world.driver.command("alice", "/contract dm") if s.kind == "dm"]
    assert {c.auth for c in calls_since(world, before)} == {"T0001"}

    before = len(world.fake.calls)
    [bea] = [s for s in await other.command("bea", "/contract dm") if s.kind == "dm"]
    assert {c.auth for c in calls_since(world, before)} == {"T0002"}
    assert alice.visible_to == ["alice"] and bea.visible_to == ["bea"]

    # bea is an admin of T0002: only T0002's token can read her profile
    [allowed] = await other.command("bea", "/mod setup")
    assert not allowed.error

    # work that is not an answer (reminders, prompts) finds the token too
    before = len(world.fake.calls)
    await world.adapter.send(CommunityKey("slack", "T0002"), "CGENERAL", Message("reminder"))
    await world.adapter.send(CommunityKey("slack", "T0001"), "CGENERAL", Message("reminder"))
    posts = [c for c in calls_since(world, before) if c.method == "chat.postMessage"]
    assert [c.auth for c in posts] == ["T0002", "T0001"] and all(c.ok for c in posts)


async def test_reinstall_replaces_the_token_at_once(make_world):
    world = await make_world(oauth=True)
    await install(world, "T0001")
    await world.driver.command("alice", "/contract ephemeral")
    [old] = world.fake.tokens_of("T0001")
    world.fake.revoke("T0001")  # e.g. rotated by an admin, then installed again
    await install(world, "T0001")
    [row] = await rows(world)
    assert row.bot_token != old and row.bot_token == world.fake.tokens_of("T0001")[0]
    before = len(world.fake.calls)
    await world.adapter.send(CommunityKey("slack", "T0001"), "CGENERAL", Message("still here"))
    [post] = [c for c in calls_since(world, before) if c.method == "chat.postMessage"]
    assert post.ok  # not the cached old token


# -- Enterprise Grid ---------------------------------------------------------


async def test_grid_org_wide_install_serves_every_workspace_of_the_org(make_world):
    world = await make_world(oauth=True, team="T0GRID", enterprise="E0ORG")
    fake = world.fake
    fake.add_team("T0GRID", enterprise="E0ORG")
    fake.add_team("T0SALES", enterprise="E0ORG")
    fake.add_user("UDEV", "dev", team="T0SALES")
    await install(world, "E0ORG")  # the org admin installs for the whole org
    [row] = await rows(world)
    assert (row.enterprise_id, row.team_id, row.is_enterprise_install) == ("E0ORG", "", True)
    assert row.enterprise_url == "https://e0org.enterprise.slack.com/"

    grid = driver_for(world, "T0GRID", enterprise="E0ORG", org_wide=True)
    before = len(fake.calls)
    seen = await grid.command("alice", "/contract dm")
    assert "dm" in [s.kind for s in seen]
    assert {c.auth for c in calls_since(world, before)} == {"E0ORG"}
    community = await world.app.community(CommunityKey("slack", "T0GRID", "E0ORG"))
    assert community.enterprise_id == "E0ORG"

    # an event from another workspace of the org resolves through `authorizations`
    home = {"type": "app_home_opened", "user": "UDEV", "channel": "DUDEV", "tab": "home"}
    status, _ = await grid.post_json(
        event(home, "EvGRID", team="T0SALES", enterprise="E0ORG", org=True)
    )
    assert status == 200

    async def published():
        return "UDEV" in fake.homes

    await until(published)
    [publish] = fake.of("views.publish")
    assert publish.auth == "E0ORG"

    # after a restart Haven knows only the team of a space: the community says its org
    world.adapter.forget_tokens()
    world.adapter._orgs.clear()
    before = len(fake.calls)
    await world.adapter.post_in_space(Ref("slack", "T0GRID", "CGENERAL"), Message("pod note"))
    [post] = [c for c in calls_since(world, before) if c.method == "chat.postMessage"]
    assert post.ok and post.auth == "E0ORG"

    # org-wide uninstall: every workspace of the org starts its purge, the install goes
    uninstall = event({"type": "app_uninstalled"}, "EvORGGONE", team="T0GRID", org=True)
    uninstall["enterprise_id"] = "E0ORG"
    uninstall["authorizations"][0]["enterprise_id"] = "E0ORG"
    await grid.post_json(uninstall)

    async def gone():
        return not await rows(world)

    await until(gone)
    await world.adapter.tracker.drain()
    for team in ("T0GRID", "T0SALES"):
        key = CommunityKey("slack", team, "E0ORG")
        assert (await world.app.community(key)).removed_at == world.clock.now()


async def test_grid_workspace_install_is_keyed_by_enterprise_and_team(make_world):
    world = await make_world(oauth=True, team="T0GRID", enterprise="E0ORG")
    world.fake.add_team("T0GRID", enterprise="E0ORG")
    await install(world, "T0GRID")
    [row] = await rows(world)
    assert (row.enterprise_id, row.team_id, row.is_enterprise_install) == (
        "E0ORG",
        "T0GRID",
        False,
    )
    before = len(world.fake.calls)
    [seen] = await world.driver.command("alice", "/contract ephemeral")
    assert seen.text == "only you see this"
    assert {c.auth for c in calls_since(world, before)} == {"T0GRID"}


# -- uninstall ----------------------------------------------------------------


@pytest.mark.parametrize(
    "removal",
    [
        {"type": "app_uninstalled"},
        {"type": "tokens_revoked", "tokens": {"oauth": [], "bot": ["BHAVEN"]}},
    ],
    ids=["app_uninstalled", "bot tokens_revoked"],
)
async def test_uninstall_deletes_the_installation_and_starts_the_purge(make_world, removal):
    world = await make_world(oauth=True)
    await install(world, "T0001")
    await world.driver.command("alice", "/contract ephemeral")
    key = CommunityKey("slack", "T0001")
    world.fake.revoke("T0001")  # Slack revokes the token, then tells Haven
    status, _ = await world.driver.post_json(event(removal, "EvGONE", team="T0001"))
    assert status == 200

    async def gone():
        return not await rows(world)

    await until(gone)
    await world.adapter.tracker.drain()
    assert (await world.app.community(key)).removed_at == world.clock.now()

    # Haven no longer answers there with a token…
    before = len(world.fake.calls)
    await world.driver.post(world.driver.command_body("alice", "/contract dm"))
    await world.adapter.tracker.drain()
    assert not calls_since(world, before)
    # …until the workspace installs again, which keeps its data (grace period)
    await install(world, "T0001")
    assert (await world.app.community(key)).removed_at is None
    [seen] = await world.driver.command("alice", "/contract ephemeral")
    assert seen.text == "only you see this"


async def test_user_tokens_revoked_keeps_the_install(make_world):
    world = await make_world(oauth=True)
    await install(world, "T0001")
    revoked = {"type": "tokens_revoked", "tokens": {"oauth": ["UINSTALLER"], "bot": []}}
    await world.driver.post_json(event(revoked, "EvUSER", team="T0001"))
    await asyncio.sleep(0.05)
    await world.adapter.tracker.drain()
    [row] = await rows(world)
    assert row.bot_token and row.user_id == "UINSTALLER"
    assert (await world.app.community(CommunityKey("slack", "T0001"))).removed_at is None


# -- the stores --------------------------------------------------------------


@pytest.fixture
async def db(settings):
    database = Database(settings.database_url)
    yield database
    await database.dispose()


def full_installation(**kw) -> Installation:
    values = dict(
        app_id="AHAVEN",
        enterprise_id=None,
        enterprise_name=None,
        enterprise_url=None,
        team_id="T1",
        team_name="Team one",
        bot_token="xoxb-one",
        bot_id="B1",
        bot_user_id="UBOT",
        bot_scopes=["commands", "chat:write"],
        bot_refresh_token="xoxe-1-refresh",
        bot_token_expires_at=1_900_000_000,
        user_id="UINSTALLER",
        user_token="xoxp-user",
        user_scopes=["search:read"],
        user_refresh_token="xoxe-1-user",
        user_token_expires_at=1_900_000_100,
        incoming_webhook_url="https://hooks.example/T1/secret",
        incoming_webhook_channel="#general",
        incoming_webhook_channel_id="CGENERAL",
        incoming_webhook_configuration_url="https://example.slack.com/services/1",
        is_enterprise_install=False,
        token_type="bot",
        installed_at=1_800_000_000.25,
        custom_values={"plan": "community"},
    )
    values.update(kw)
    return Installation(**values)


async def test_installations_round_trip_every_field(db):
    store = HavenInstallationStore(db)
    original = full_installation()
    await store.async_save(original)
    found = await store.async_find_installation(enterprise_id=None, team_id="T1")
    assert found is not None and found.to_dict() == original.to_dict()
    bot = await store.async_find_bot(enterprise_id=None, team_id="T1")
    assert bot is not None and bot.to_dict() == original.to_bot().to_dict()
    async with db.engine.connect() as conn:
        raw = (await conn.execute(text("SELECT * FROM slack_installation"))).one()
    for secret in ("xoxb-one", "xoxe-1-refresh", "xoxp-user", "xoxe-1-user", "hooks.example"):
        assert not any(secret in str(value) for value in raw), secret


async def test_find_and_delete_semantics(db):
    store = HavenInstallationStore(db)
    changes = []
    store.listeners.append(lambda: changes.append(1))
    await store.async_save(full_installation())
    assert await store.async_find_installation(enterprise_id=None, team_id="T2") is None
    # with a user: only the member who installed it
    assert (
        await store.async_find_installation(enterprise_id=None, team_id="T1", user_id="UX") is None
    )
    assert await store.async_find_installation(
        enterprise_id=None, team_id="T1", user_id="UINSTALLER"
    )
    # a reinstall replaces the row
    await store.async_save(full_installation(bot_token="xoxb-two", user_token=None))
    bot = await store.async_find_bot(enterprise_id=None, team_id="T1")
    assert bot is not None and bot.bot_token == "xoxb-two"
    assert len(await all_rows(db)) == 1
    # a member's token revoked: the bot stays
    await store.async_save(full_installation(bot_token="xoxb-two"))
    await store.async_delete_installation(enterprise_id=None, team_id="T1", user_id="UINSTALLER")
    kept = await store.async_find_installation(enterprise_id=None, team_id="T1")
    assert kept is not None and kept.bot_token == "xoxb-two" and kept.user_token is None
    # the bot revoked: the installation is gone
    await store.async_delete_bot(enterprise_id=None, team_id="T1")
    assert await store.async_find_bot(enterprise_id=None, team_id="T1") is None
    assert await store.async_find_installation(enterprise_id=None, team_id="T1") is None
    await store.async_save(full_installation())
    await store.async_delete_all(enterprise_id=None, team_id="T1")
    assert await all_rows(db) == []
    assert len(changes) == 7  # every save and delete told the adapter


async def test_grid_installs_are_keyed_by_enterprise_and_team(db):
    store = HavenInstallationStore(db)
    await store.async_save(full_installation(enterprise_id="E1", team_id="T1", bot_token="xoxb-t1"))
    await store.async_save(
        full_installation(
            enterprise_id="E1", team_id=None, is_enterprise_install=True, bot_token="xoxb-org"
        )
    )
    await store.async_save(full_installation(team_id="T1", bot_token="xoxb-plain"))

    async def token(enterprise, team, org=False):
        bot = await store.async_find_bot(
            enterprise_id=enterprise, team_id=team, is_enterprise_install=org
        )
        return bot.bot_token if bot else None

    assert await token("E1", "T1") == "xoxb-t1"  # the workspace's own install
    assert await token("E1", "T9") == "xoxb-org"  # another workspace of the org
    assert await token("E1", "T1", org=True) == "xoxb-org"  # the payload says org-wide
    assert await token("E1", None) == "xoxb-org"
    assert await token(None, "T1") == "xoxb-plain"  # same team id outside the org
    assert await token("E2", "T9") is None
    assert await store.bot_token("T9", "E1") == "xoxb-org"
    assert await store.bot_token("T9") is None  # no org known for T9 yet
    await store.async_delete_all(enterprise_id="E1", team_id=None)
    assert await token("E1", "T9") is None and await token("E1", "T1") == "xoxb-t1"


async def test_states_are_single_use_and_expire_on_havens_clock(db):
    clock = VirtualClock(START)
    states = HavenStateStore(db, clock, expiration_seconds=600)
    first, second, third = [await states.async_issue() for _ in range(3)]
    assert len({first, second, third}) == 3 and len(first) >= 40
    assert await states.async_consume(first) is True
    assert await states.async_consume(first) is False  # used once
    assert await states.async_consume("forged") is False
    clock.advance(timedelta(seconds=599))
    assert await states.async_consume(second) is True
    clock.advance(timedelta(seconds=2))
    assert await states.async_consume(third) is False  # 601 s old
    await states.async_issue()  # sweeps what nobody came back with
    async with db.unscoped_session("test") as session:
        assert len((await session.exec(select(SlackOAuthState))).all()) == 1


async def test_tokens_are_masked_in_slack_client_logs():
    import logging

    record = logging.LogRecord(
        "haven.slack.web",
        logging.DEBUG,
        __file__,
        1,
        "body: %s",
        (json.dumps({"access_token": "xoxb-T1-abc123", "refresh_token": "xoxe-1-zzz"}),),
        None,
    )
    TokenMask().filter(record)
    assert "xoxb-T1-abc123" not in record.getMessage() and "xoxe-1-zzz" not in record.getMessage()


async def all_rows(db) -> list[SlackInstallation]:
    async with db.unscoped_session("test") as session:
        return list((await session.exec(select(SlackInstallation))).all())


# -- switching OAuth on -------------------------------------------------------


def oauth_settings_for(settings, **kw):
    import dataclasses

    from bot.config import Secret

    values = dict(
        sections=(
            SlackSection(
                client_id="1.2",
                client_secret=Secret("client-secret"),
                signing_secret=Secret("s"),
                app_token=Secret("xapp-1"),
                api_url="http://127.0.0.1:9/api/",
            ),
        ),
    )
    values.update(kw)
    return dataclasses.replace(settings, **values)


async def test_install_pages_exist_only_with_client_id_and_secret(world):
    status, _, _ = await get(f"{world.base}/slack/install")
    assert status == 404  # one workspace, SLACK_BOT_TOKEN: nothing to install


def test_oauth_turns_slack_on_and_its_client_has_no_shared_token(settings):
    from adapters.slack import main as slack_main

    oauth = oauth_settings_for(settings)
    slack = oauth.section(SlackSection)
    assert slack.enabled and not slack.bot_token
    assert slack_main.make_client(oauth).token is None


def test_manifest_with_oauth_lists_the_redirect_url(settings, capsys):
    from adapters.slack import main as slack_main

    args = ["manifest", "--mode", "http", "--url", "https://haven.example.com"]
    slack_main.cli(args, oauth_settings_for(settings))
    text = capsys.readouterr().out
    assert '  redirect_urls:\n    - "https://haven.example.com/slack/oauth_redirect"' in text
    slack_main.cli(args, settings)
    assert "redirect_urls" not in capsys.readouterr().out


async def test_socket_mode_with_oauth_also_serves_the_install_pages(settings, monkeypatch):
    from adapters.slack import main as slack_main
    from bot.app import Haven

    ran = []

    async def socket(runtime, _settings):
        ran.append("socket")

    async def http(runtime, _settings, *, events=True):
        paths = [path for _, path, _ in runtime.routes(events=events)]
        ran.append(("http", events, sorted(paths)))

    monkeypatch.setattr(slack_main, "serve_socket", socket)
    monkeypatch.setattr(slack_main, "serve_http", http)
    oauth = oauth_settings_for(settings)
    app = Haven(oauth)
    app.load_cogs()
    await asyncio.wait_for(slack_main.serve(app, oauth), 5)
    await app.limiter.dispose()
    await app.database.dispose()
    assert ran == [
        "socket",
        ("http", False, ["/slack/install", "/slack/oauth_redirect"]),
    ]
