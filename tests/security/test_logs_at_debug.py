"""Issue #15 item 5: member data never reaches the logs, at any level.

Haven's log guard is installed as ``haven`` installs it (bot/payload_logs.py),
every logger is at DEBUG — Haven's and every library's: bolt, slack_sdk,
discord.py, aiohttp, SQLAlchemy, aiosqlite, APScheduler — and every record is
captured as a handler would print it, traceback included. Members act through
the real adapters (bolt against the fake Slack in HTTP mode, discord.py against
the fake Discord) on SQLite and PostgreSQL, writing distinctive notes, counter
labels, dates, reasons, a meeting's place and a mood/craving; Slack sends
response_urls; an attacker sends a 1 MB unsigned request and a badly signed
one; a genuine request arrives too late; an OAuth redirect carries a code. No
record may contain any of it, nor a text Haven showed a member, and a refused
request costs a bounded few lines. The console's DEBUG run through ``haven``
itself: tests/privacy/test_secrets_in_logs.py.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator
from urllib.parse import parse_qs, urlencode, urlsplit

import aiohttp
import pytest

from adapters.slack.main import EVENTS_PATH
from bot import payload_logs
from bot.config import Settings
from tests.adapters.slack import conftest as slack_fixtures
from tests.adapters.slack.test_oauth import get, start_install
from tests.e2e import conftest as e2e
from tests.e2e.conftest import _discord_world, _slack_world
from tests.e2e.worlds import SlackWorld, World

NOTE = "quillfeather evening at the tannery"
LABEL = "zephyrgrass"
REASON = "my niece Ottoline and her cello recital"
PLACE = "Room 4B at Saint Quillon hall"
SOBER_DATE = "2019-03-17"
MOOD, CRAVING = 2, 7
OAUTH_CODE, OAUTH_STATE = "oauthcode-5f1e9a77", "oauthstate-c3d8b211"
#: What members wrote, also as a SQL parameter or a Python repr would show it.
MARKERS = (NOTE, LABEL, REASON, PLACE, SOBER_DATE, "2019, 3, 17", OAUTH_CODE, OAUTH_STATE)
#: The mood/craving/sober triple as it sits in a parameter or row tuple.
FIGURES = re.compile(rf"\b{MOOD}, {CRAVING}, (?:1|True)\b")
#: The Slack adapter tests' world (OAuth installs), as a fixture here too.
make_world = slack_fixtures.make_world
#: What one refused request may add to the log, all records together.
REFUSAL_BUDGET = 1024


class Capture(logging.Handler):
    """Every record, printed as an operator's handler would (with traceback)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def debug_logs() -> Iterator[Capture]:
    """Haven's log guard; the root and every logger at DEBUG; all records captured."""
    uninstall = payload_logs.install()
    root = logging.getLogger()
    loggers = [lg for lg in root.manager.loggerDict.values() if isinstance(lg, logging.Logger)]
    levels = {lg: lg.level for lg in [root, *loggers]}
    for lg in loggers:
        lg.setLevel(logging.NOTSET)  # inherits DEBUG from the root
    root.setLevel(logging.DEBUG)
    capture = Capture()
    root.addHandler(capture)
    try:
        yield capture
    finally:
        root.removeHandler(capture)
        for lg, level in levels.items():
            lg.setLevel(level)
        uninstall()


# The end-to-end matrix's fixtures: SQLite and PostgreSQL, the fake Discord's quick READY.
database_url = e2e.database_url
_quick_ready = e2e._quick_ready


async def members_write(world: World) -> list[str]:
    """The scenario; returns every text Haven showed a member."""
    shown: list[str] = []

    async def act(user: str, line: str) -> None:
        outcome = await world.command(user, line)
        assert outcome.ok, outcome.seen
        shown.extend(s.text for s in outcome.seen)

    await world.agree(world.mod, "alice", "bob")
    await act(world.mod, f"/mod channel announcements {world.channel('announcements')}")
    await act(
        world.mod,
        f'/meeting add title:"Thursday circle" day:thu time:19:00 tz:Europe/London about:"{PLACE}"',
    )
    await act("alice", f"/sober set {SOBER_DATE} label:{LABEL}")
    await act("alice", f"/haven reasons add {REASON}")
    await act("alice", f'/checkin mood:{MOOD} craving:{CRAVING} sober:yes note:"{NOTE}"')
    await act("bob", f'/checkin mood:4 craving:0 note:"{NOTE}"')
    await act("alice", "/sos")
    await act("alice", "/haven export")
    await world.settle()
    return shown


def leaks(lines: list[str], shown: list[str], extra: tuple[str, ...] = ()) -> list[str]:
    """Captured lines holding a marker, a mood/craving, or a line Haven showed."""
    replies = {
        line.strip() for text in shown for line in text.splitlines() if len(line.strip()) >= 25
    }
    needles = (*MARKERS, *extra, *replies)
    return [line[:300] for line in lines if FIGURES.search(line) or any(n in line for n in needles)]


async def refused(world: SlackWorld, logs: Capture, body: str, **signing) -> list[str]:
    """A request bolt refuses (401); the lines it added to the log.
    ``signing``: the driver's (a wrong secret, an old timestamp); none: unsigned."""
    before = len(logs.lines)
    if signing:
        status, _ = await world.driver.post(body, **signing)
    else:
        form = {"Content-Type": "application/x-www-form-urlencoded"}
        async with aiohttp.ClientSession() as session:
            async with session.post(world.driver.url, data=body, headers=form) as response:
                status = response.status
    await world.settle()
    assert status == 401
    return logs.lines[before:]


async def test_slack_logs_no_member_data_at_debug(database_url, debug_logs):
    async with _slack_world(Settings(database_url=database_url)) as world:
        shown = await members_write(world)
        response_urls = tuple(f"/response/{token}" for token in world.fake.response_urls)
        assert response_urls and shown

        # Refused: badly signed, genuine but 6 minutes late, and 1 MB unsigned.
        body = world.driver.command_body("alice", f'/checkin mood:1 note:"{NOTE}"')
        bad = await refused(world, debug_logs, body, secret="not-the-signing-secret")
        late = await refused(world, debug_logs, body, timestamp=int(time.time()) - 360)
        huge = urlencode({"command": "/checkin", "text": NOTE + "x" * 1_000_000})
        unsigned = await refused(world, debug_logs, huge)
        for lines in (bad, late, unsigned):
            assert sum(len(line) for line in lines) < REFUSAL_BUDGET, lines
            # Operators still learn why the request was refused.
            assert any("Invalid request signature" in line for line in lines), lines

        # An OAuth redirect's code and state travel in the query string.
        query = urlencode({"code": OAUTH_CODE, "state": OAUTH_STATE})
        async with aiohttp.ClientSession() as session:
            async with session.get(
                world.driver.url.removesuffix(EVENTS_PATH) + f"/slack/oauth_redirect?{query}"
            ):
                pass
        assert any("GET /slack/oauth_redirect" in line for line in debug_logs.lines)

    assert any(" DEBUG slack_sdk" in line for line in debug_logs.lines)  # DEBUG was on
    assert leaks(debug_logs.lines, shown, response_urls) == []


async def test_discord_logs_no_member_data_at_debug(database_url, debug_logs):
    async with _discord_world(Settings(database_url=database_url)) as world:
        shown = await members_write(world)
        assert shown
    assert leaks(debug_logs.lines, shown) == []
    # DEBUG was on, and the gateway's events are still named.
    assert any("WebSocket Event: {op: 0, t: INTERACTION_CREATE" in ln for ln in debug_logs.lines)
    # A reply's interaction token is a credential for 15 minutes.
    tokens = [ln for ln in debug_logs.lines if re.search(r"/interactions/\d+/(?!\[token\])", ln)]
    assert tokens == []


async def test_slack_oauth_codes_stay_out_of_the_logs_at_debug(make_world, debug_logs):
    """An install round trip (the code Slack issues, exchanged) and a code Slack
    refuses: neither code, nor the state, reaches a log line."""
    world = await make_world(oauth=True)
    location, cookie = await start_install(world, "T0001")
    status, headers, _ = await get(location)  # the member presses Allow on Slack
    assert status == 302, status
    redirect = headers["Location"]
    status, _, page = await get(redirect, cookie)
    assert status == 200, page
    codes = [*parse_qs(urlsplit(redirect).query)["code"], OAUTH_CODE]
    states = parse_qs(urlsplit(redirect).query)["state"]

    location, cookie = await start_install(world, "T0001")
    state = parse_qs(urlsplit(location).query)["state"][0]
    refused = f"{world.base}/slack/oauth_redirect?code={OAUTH_CODE}&state={state}"
    status, _, _ = await get(refused, cookie)
    assert status == 401
    assert any("oauth.v2.access" in line for line in debug_logs.lines)  # DEBUG was on
    found = [ln for ln in debug_logs.lines if any(s in ln for s in (*codes, *states, state))]
    assert found == []


def test_a_library_record_keeps_its_event_but_not_its_payload():
    """The guard on one record, as any handler receives it (rules as the adapters add)."""
    from adapters.discord.logs import guard_discord_logs
    from adapters.slack.logs import guard_slack_logs

    guard_discord_logs()
    guard_slack_logs()
    uninstall = payload_logs.install()
    try:
        bolt = logging.getLogger("slack_bolt.AsyncRequestVerification")
        record = bolt.makeRecord(
            bolt.name,
            logging.INFO,
            __file__,
            1,
            f"Invalid request signature detected (signature: v0=1, timestamp: 1, body: {NOTE})",
            (),
            None,
        )
        gateway = logging.getLogger("discord.gateway")
        event = {"op": 0, "t": "MESSAGE_CREATE", "s": 3, "d": {"content": NOTE}}
        dumped = gateway.makeRecord(
            gateway.name, logging.DEBUG, __file__, 1, "WebSocket Event: %s", (event,), None
        )
    finally:
        uninstall()
    assert record.getMessage() == "Invalid request signature detected [payload not logged]"
    assert dumped.getMessage() == "WebSocket Event: {op: 0, t: MESSAGE_CREATE, s: 3}"


async def test_engine_hides_sql_parameters_in_errors(db_url):
    """A failed statement's error (and so its traceback) does not quote its values."""
    from sqlalchemy import text

    from bot.db import Database

    db = Database(db_url)
    try:
        async with db.engine.begin() as conn:
            with pytest.raises(Exception) as failed:
                await conn.execute(text("INSERT INTO no_such_table VALUES (:v)"), {"v": NOTE})
    finally:
        await db.dispose()
    assert NOTE not in str(failed.value)
