"""Soak: members on Slack and Discord acting at random for minutes of real time.

    .venv/bin/python benchmarks/soak.py [--members 200] [--minutes 10] [--seed 1]
        [--think 30] [--db sqlite|postgresql] [--url URL] [--quick]

One Haven serves both platforms at once, as ``haven run`` does: the Discord
adapter (the real discord.py client against the local fake gateway + REST, which
enforces the 50 requests/s global limit) and the Slack adapter (bolt's AsyncApp
in HTTP mode fed signed requests, its Web API pointed at the local fake Slack,
which enforces one post per second per channel), on a real clock, with the
real shared rate limiter (``app.limiter``) on the chosen database. Scheduling
starts once both adapters are ready (``schedule_when_ready``).

``--members`` members on *each* platform (``m000``, ``m001``, …; plus the
moderator ``mona``) agree to the privacy notice, a third of them set a daily
check-in prompt that falls due during the run, and the moderator adds three
meetings whose reminders fall due during the run. Then every member acts at
random (a seeded RNG; exponential think time, mean ``--think`` seconds) for
``--minutes``: slash commands (``/haven consent agree``, ``/sober set``, ``/sober
show``, ``/checkin`` with options, ``/checkin`` without options — the form —
then its submission, ``/meeting list``, ``/meeting rsvp … going remind:N``,
``/partner request @m…``, ``/sos``, ``/crisis``), buttons (a mood button on
the daily prompt DM once it arrived, Going/Maybe/Not going on a meeting's
announcement, Accept or Decline on a partner request in the DM). Each member
acts only after its previous action was answered (or given up on after 60 s).

Counted from what the fakes recorded:

* *Something went wrong* — any reply, DM or post carrying Haven's failure text;
* *lost* — an action without a reply (Discord: no callback, or a deferral never
  completed; Slack: nothing on its response_url, no modal for its trigger), a
  daily prompt due during the run never delivered, a meeting reminder (channel
  announcement, or a going member's private reminder) due during the run never
  posted, an accepted partnership without its private space;
* *duplicated* — a prompt or reminder delivered twice, one reply delivered twice
  (the same content twice on one interaction / response_url), a space welcomed twice;
* ack latency per platform — Discord: INTERACTION_CREATE written by the fake →
  the interaction callback received by it; Slack: signed request sent → HTTP ack.

Exits non-zero unless there are 0 errors, 0 lost, 0 duplicated and p99 ack
< 1 s on both platforms. ``--quick``: 30 members, 2 minutes (a prompt minute
and a reminder still fall inside the run). ``--db postgresql`` uses ``--url`` or
``HAVEN_TEST_DATABASE_URL`` and empties that database first (drops its public
schema); ``--db sqlite`` a fresh file. Only counts and Haven's own texts are
printed, never what members typed.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import logging
import math
import os
import random
import re
import statistics
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

import aiohttp
from aiohttp import web
from cryptography.fernet import Fernet

from adapters.discord.settings import DiscordSection
from adapters.slack.settings import SlackSection

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from adapters.discord.main import serve as serve_discord
from adapters.slack.main import EVENTS_PATH, build
from bot import crypto
from bot.app import Haven
from bot.config import Secret, Settings
from tests.fakes.discord.driver import DiscordDriver
from tests.fakes.discord.server import FakeDiscord
from tests.fakes.slack.driver import SlackDriver, shown_text, sign
from tests.fakes.slack.server import Channel, FakeSlack
from tests.support.postgres import reset_database

SECRET = "soak-signing-secret"
SLACK_TOKEN = "xoxb-soak"
MOD = "mona"
FAILURE = "Something went wrong"
ANNOUNCE = "CANNOUNCE"
REPLY_WAIT = 60.0  # seconds an action waits for its reply before it counts as lost
SETUP_CONCURRENCY = 16
GOING_LEAD = 10  # minutes (cogs/meetings: a going member's default private reminder)
AMBIGUOUS = 15.0  # seconds: an RSVP this close to its reminder's time is not judged
PROMPT_SPREAD = 60.0  # seconds (cogs/checkins/schedule.py spreads a minute's prompts)
DELIVERY_GRACE = 45.0  # seconds after its latest time a due delivery may still arrive
MEETINGS = 3
#: What the fake Discord records as an answer to an interaction.
REPLY_KINDS = ("reply", "form", "update", "edit")

log = logging.getLogger("soak")


# -- what the fakes recorded -------------------------------------------------------


class SoakSlack(FakeSlack):
    """The fake Slack, also noting which response_url each POST went to (the
    fake records the member and channel of a response_url, not the URL)."""

    def __init__(self, *args, **kw) -> None:
        super().__init__(*args, **kw)
        self.url_posts: dict[str, list[tuple[int, dict]]] = defaultdict(list)

    async def _response_url(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        body = await request.json()  # aiohttp keeps the body: the fake reads it again
        response = await super()._response_url(request)
        self.url_posts[token].append((response.status, body))
        return response


def discord_text(shown) -> str:
    parts = [shown.content or ""]
    for embed in shown.embeds or []:
        parts += [embed.get("title") or "", embed.get("description") or ""]
        parts += [f"{f.get('name')}: {f.get('value')}" for f in embed.get("fields") or []]
    return "\n".join(p for p in parts if p)


slack_text = shown_text  # what a Slack message shows: its text and its blocks


def slack_error(args: dict) -> bool:
    blocks = args.get("blocks") or []
    if isinstance(blocks, str):
        blocks = json.loads(blocks)
    return bool(blocks) and blocks[0].get("block_id") == "haven-error"


def slack_buttons(args: dict) -> list[tuple[str, str]]:
    """(label, action_id) of a message's buttons."""
    blocks = args.get("blocks") or []
    if isinstance(blocks, str):
        blocks = json.loads(blocks)
    return [
        (el["text"]["text"], el["action_id"])
        for block in blocks
        if block.get("type") == "actions"
        for el in block.get("elements", [])
        if el.get("type") == "button"
    ]


@dataclass
class Button:
    """A button a member can press: where it is and what it is."""

    platform: str
    custom_id: str
    label: str
    channel: str
    message_id: str  # Discord message id / Slack message ts
    at: float
    ephemeral: bool = False


@dataclass
class Action:
    platform: str
    kind: str
    user: str
    sent: float
    key: str  # Discord interaction id / Slack response_url token
    trigger: str = ""  # Slack: the trigger_id (a form opens with it)
    ack_ms: float | None = None
    status: int = 0
    replied: float | None = None
    reply_text: str = ""
    reply_error: bool = False
    opened_form: bool = False
    expects_form: bool = False


@dataclass
class Plan:
    """Scheduled work set up to fall due during the run."""

    prompt_at: dict[tuple[str, str], datetime] = field(default_factory=dict)
    meetings: dict[tuple[str, int], tuple[datetime, list[int]]] = field(default_factory=dict)
    #: (platform, member, meeting id) → [(when the answer was sent, when its reply
    #: was seen, answer, remind)]: Haven took the answer somewhere in between.
    rsvps: dict[tuple[str, str, int], list[tuple[float, float, str, int | None]]] = field(
        default_factory=lambda: defaultdict(list)
    )


class Soak:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.members = [f"m{i:03d}" for i in range(args.members)]
        self.actions: list[Action] = []
        self.plan = Plan()
        self.by_name: dict[str, str] = {}
        # Discord index (fake.shown read up to a cursor)
        self.d_cursor = 0
        self.d_replies: dict[str, list] = defaultdict(list)
        self.d_dms: dict[str, list] = defaultdict(list)  # member name → DMs shown
        self.d_dm_at: dict[int, float] = {}  # id(DM shown) → when this script saw it
        self.d_posts: list = []  # announcement posts
        self.d_spaces: dict[str, list] = defaultdict(list)  # thread id → welcome posts
        # Slack index (fake.calls read up to a cursor)
        self.s_cursor = 0
        self.s_dms: dict[str, list] = defaultdict(list)  # member name → postMessage calls
        self.s_posts: list = []
        self.s_spaces: dict[str, list] = defaultdict(list)
        self.buttons: dict[tuple[str, str], list[Button]] = defaultdict(list)  # (plat, user)
        self.rsvp_buttons: dict[str, list[Button]] = defaultdict(list)  # platform → buttons
        self.prompted: dict[tuple[str, str], float] = {}  # first prompt seen
        self.accepted = Counter()  # platform → successful accepts
        self.log_records: list[logging.LogRecord] = []
        self.stop_at = 0.0
        self.driver_errors = 0

    # -- start ---------------------------------------------------------------------

    async def start(self) -> None:
        crypto.set_keyring(crypto.Keyring([Fernet.generate_key().decode()]))
        if self.args.db == "sqlite":
            folder = Path(tempfile.mkdtemp(prefix="haven-soak-"))
            url = f"sqlite+aiosqlite:///{folder / 'haven.db'}"
        else:
            url = self.args.url or os.environ.get("HAVEN_TEST_DATABASE_URL", "")
            if not url.startswith("postgresql"):
                raise SystemExit("--db postgresql needs --url or HAVEN_TEST_DATABASE_URL")
            await reset_database(url)
        self.url = url
        self.discord = await FakeDiscord(users=(MOD, *self.members)).start()
        self.discord.global_per_second = 50
        for name, user in self.discord.users.items():
            self.by_name[user["id"]] = name
        self.slack = await SoakSlack(SLACK_TOKEN, rate_interval=1.0).start()
        self.slack.add_user("UMONA", MOD, admin=True)
        for name in self.members:
            self.slack.add_user("U" + name.upper(), name)
        self.slack.channels[ANNOUNCE] = Channel(ANNOUNCE, "public", name="announcements")
        settings = dataclasses.replace(
            Settings(database_url=url),
            sections=(
                DiscordSection(
                    token=Secret(self.discord.token),
                    api_base=self.discord.api_base,
                    gateway_url=self.discord.gateway_url,
                ),
                SlackSection(
                    bot_token=Secret(SLACK_TOKEN),
                    signing_secret=Secret(SECRET),
                    mode="http",
                    api_url=self.slack.api_url,
                ),
            ),
        )
        # As `haven run` (bot/cli.py _serve_all): start without scheduling, then
        # schedule once both adapters are ready.
        self.app = app = Haven(settings)
        app.load_cogs()
        await app.start(schedule=False)
        app.schedule_when_ready(["discord", "slack"], timeout=120)
        self.discord_task = asyncio.create_task(serve_discord(app, settings))
        # Slack as adapters/slack/main.py serve_http does, bound to 127.0.0.1.
        self.runtime = runtime = build(app, settings)
        if runtime.adapter.presence is not None:
            await runtime.adapter.presence.confirm_token()
        self.runner = web.AppRunner(runtime.web_app())
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.events_url = f"http://127.0.0.1:{port}{EVENTS_PATH}"
        await app.adapter_ready("slack")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            adapter = app.adapters.get("discord")
            client = getattr(adapter, "client", None)
            if client is not None and client.is_ready() and self.discord.commands:
                break
            await asyncio.sleep(0.05)
        else:
            raise SystemExit("the Discord client did not get ready within 60 s")
        self.ddriver = DiscordDriver(self.discord, app.adapters["discord"])
        self.sdriver = SlackDriver(self.slack, self.events_url, SECRET, runtime.adapter)
        self.session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=64), timeout=aiohttp.ClientTimeout(total=30)
        )

    async def close(self) -> None:
        await self.session.close()
        self.discord_task.cancel()
        await asyncio.gather(self.discord_task, return_exceptions=True)
        await self.runtime.adapter.tracker.drain()
        await self.runner.cleanup()
        await self.app.stop()
        await self.app.database.dispose()
        await self.discord.close()
        await self.slack.close()

    # -- reading what the fakes recorded ------------------------------------------

    def sync(self) -> None:
        shown = self.discord.shown
        while self.d_cursor < len(shown):
            s = shown[self.d_cursor]
            self.d_cursor += 1
            if s.interaction_id:
                self.d_replies[s.interaction_id].append(s)
            if s.kind == "dm":
                name = self.by_name.get(s.visible_to[0], "")
                self.d_dms[name].append(s)
                self.d_dm_at[id(s)] = time.monotonic()
                self._note_buttons("discord", name, s.buttons, s.channel_id, s.message_id)
            elif s.kind == "message" and s.channel_id == self.discord.announcements["id"]:
                self.d_posts.append(s)
                for b in s.buttons:
                    if b.get("type") == 2 and "meeting:rsvp:" in b.get("custom_id", ""):
                        self.rsvp_buttons["discord"].append(
                            Button("discord", b["custom_id"], b.get("label", ""),
                                   s.channel_id, s.message_id, time.monotonic())
                        )  # fmt: skip
            elif s.kind == "space":
                self.d_spaces[s.channel_id].append(s)
        calls = self.slack.calls
        while self.s_cursor < len(calls):
            call = calls[self.s_cursor]
            self.s_cursor += 1
            if call.method != "chat.postMessage" or not call.ok:
                continue
            cid = call.args.get("channel", "")
            channel = self.slack.channels.get(cid)
            ts = call.result.get("ts", "")
            if channel is None:
                continue
            if channel.kind == "im":
                name = next(iter(channel.members))[1:].lower()
                self.s_dms[name].append(call)
                buttons = [
                    {"type": 2, "custom_id": a, "label": label}
                    for label, a in slack_buttons(call.args)
                ]
                self._note_buttons("slack", name, buttons, cid, ts)
            elif cid == ANNOUNCE:
                self.s_posts.append(call)
                for label, a in slack_buttons(call.args):
                    if "meeting:rsvp:" in a:
                        self.rsvp_buttons["slack"].append(
                            Button("slack", a, label, cid, ts, time.monotonic())
                        )
            elif channel.kind in ("mpim", "private"):
                self.s_spaces[cid].append(call)

    def _note_buttons(
        self, platform: str, name: str, buttons: list[dict], channel: str, mid: str
    ) -> None:
        ids = [b.get("custom_id", "") for b in buttons if b.get("type") == 2]
        if any("checkin:quick:" in i for i in ids):
            self.prompted.setdefault((platform, name), time.monotonic())
            moods = [b for b in buttons if "checkin:quick:" in b.get("custom_id", "")]
            kept = [
                b for b in self.buttons[(platform, name)] if "checkin:quick:" not in b.custom_id
            ]
            self.buttons[(platform, name)] = kept + [
                Button(platform, b["custom_id"], b["label"], channel, mid, time.monotonic())
                for b in moods
            ]
        elif any("partner:accept:" in i for i in ids):
            for b in buttons:
                if "partner:" in b.get("custom_id", ""):
                    self.buttons[(platform, name)].append(
                        Button(platform, b["custom_id"], b["label"], channel, mid, time.monotonic())
                    )

    # -- acting ----------------------------------------------------------------------

    async def discord_act(self, kind: str, user: str, itype: int, data: dict, **kw) -> Action:
        iid = self.discord.interaction(user, itype, data, **kw)
        action = Action("discord", kind, user, time.monotonic(), iid)
        self.actions.append(action)
        inter = self.discord.interactions[iid]
        end = time.monotonic() + REPLY_WAIT
        while time.monotonic() < end:
            self.sync()
            if inter.response_type is not None and action.ack_ms is None:
                action.ack_ms = (inter.answered_at - inter.sent_at) * 1000
            replies = [r for r in self.d_replies.get(iid, []) if r.kind in REPLY_KINDS]
            if replies:
                first = replies[0]
                action.replied = time.monotonic()
                action.opened_form = first.kind == "form"
                action.reply_text = discord_text(first)
                action.reply_error = action.reply_text.startswith("⚠️")
                break
            await asyncio.sleep(0.025)
        return action

    async def discord_command(self, kind: str, user: str, line: str) -> Action:
        return await self.discord_act(kind, user, 2, self.ddriver.command_data(line))

    async def discord_press(self, kind: str, user: str, button: Button) -> Action:
        data = {"custom_id": button.custom_id, "component_type": 2}
        message = self.discord.messages.get(button.message_id)
        return await self.discord_act(
            kind, user, 3, data, channel_id=button.channel, message=message
        )

    async def discord_submit(self, user: str, opened: Action, values: dict[str, str]) -> Action:
        form = next(r for r in self.d_replies[opened.key] if r.kind == "form")
        rows: list[dict[str, Any]] = []
        for row in form.modal["components"]:
            for item in row.get("components") or [row.get("component")]:
                if not item or item.get("type") not in (3, 4):
                    continue
                name = item["custom_id"]
                if item["type"] == 4:
                    answer = {"type": 4, "custom_id": name, "value": values.get(name, "")}
                else:
                    picked = values.get(name)
                    answer = {"type": 3, "custom_id": name, "values": [picked] if picked else []}
                if row.get("type") == 18:
                    rows.append({"type": 18, "component": answer})
                else:
                    rows.append({"type": 1, "components": [answer]})
        data = {"custom_id": form.modal["custom_id"], "components": rows}
        return await self.discord_act("form submit", user, 5, data, channel_id=form.channel_id)

    async def slack_post(self, action: Action, body: str) -> None:
        headers = {**sign(SECRET, body), "Content-Type": "application/x-www-form-urlencoded"}
        began = time.perf_counter()
        try:
            async with self.session.post(
                self.events_url, data=body.encode(), headers=headers
            ) as response:
                await response.read()
                action.status = response.status
        except (aiohttp.ClientError, TimeoutError):
            action.status = -1
        action.ack_ms = (time.perf_counter() - began) * 1000

    async def slack_wait(self, action: Action) -> Action:
        end = time.monotonic() + REPLY_WAIT
        while action.status == 200 and time.monotonic() < end:
            posts = [b for status, b in self.slack.url_posts.get(action.key, []) if status == 200]
            if posts:
                action.replied = time.monotonic()
                action.reply_text = slack_text(posts[-1])
                action.reply_error = slack_error(posts[-1])
                break
            trigger = self.slack.triggers.get(action.trigger)
            if action.expects_form and trigger is not None and trigger.used:
                action.replied = time.monotonic()
                action.opened_form = True
                break
            await asyncio.sleep(0.025)
        self.sync()
        return action

    async def slack_command(self, kind: str, user: str, line: str) -> Action:
        body = self.sdriver.command_body(user, line)
        fields = dict(parse_qsl(body))
        action = Action(
            "slack", kind, user, time.monotonic(), fields["response_url"].rsplit("/", 1)[1],
            trigger=fields["trigger_id"], expects_form=kind == "checkin form",
        )  # fmt: skip
        self.actions.append(action)
        await self.slack_post(action, body)
        return await self.slack_wait(action)

    async def slack_press(self, kind: str, user: str, button: Button) -> Action:
        uid = "U" + user.upper()
        url = self.slack.new_response_url(uid, button.channel)
        payload = {
            "type": "block_actions",
            "team": {"id": self.slack.team, "domain": "haven-test"},
            "user": {"id": uid, "username": user, "team_id": self.slack.team},
            "api_app_id": "AHAVEN",
            "trigger_id": self.slack.new_trigger(uid),
            "container": {
                "type": "message",
                "message_ts": button.message_id,
                "channel_id": button.channel,
                "is_ephemeral": button.ephemeral,
            },
            "channel": {"id": button.channel},
            "response_url": url,
            "actions": [
                {
                    "action_id": button.custom_id,
                    "block_id": "b1",
                    "type": "button",
                    "value": button.custom_id,
                    "action_ts": f"{time.time():.6f}",
                }
            ],
        }
        action = Action("slack", kind, user, time.monotonic(), url.rsplit("/", 1)[1])
        self.actions.append(action)
        await self.slack_post(action, urlencode({"payload": json.dumps(payload)}))
        return await self.slack_wait(action)

    async def slack_submit(self, user: str, opened: Action, values: dict[str, str]) -> Action:
        body = self.sdriver.submission_body(user, values)
        # The reply to a submitted form goes to the response_url of the command
        # that opened it (the form carries it in its private_metadata).
        action = Action("slack", "form submit", user, time.monotonic(), opened.key)
        self.actions.append(action)
        await self.slack_post(action, body)
        return await self.slack_wait(action)

    async def command(self, platform: str, kind: str, user: str, line: str) -> Action:
        if platform == "discord":
            return await self.discord_command(kind, user, line)
        return await self.slack_command(kind, user, line)

    async def press(self, platform: str, kind: str, user: str, button: Button) -> Action:
        if platform == "discord":
            return await self.discord_press(kind, user, button)
        return await self.slack_press(kind, user, button)

    # -- set-up ----------------------------------------------------------------------

    def channel_arg(self, platform: str) -> str:
        return "#announcements" if platform == "discord" else f"<#{ANNOUNCE}|announcements>"

    async def setup(self) -> None:
        gate = asyncio.Semaphore(SETUP_CONCURRENCY)

        async def consent(platform: str, user: str) -> None:
            async with gate:
                await self.command(platform, "consent", user, "/haven consent agree")

        for platform in ("discord", "slack"):
            await self.command(
                platform,
                "mod channel",
                MOD,
                f"/mod channel announcements {self.channel_arg(platform)}",
            )
        await asyncio.gather(*(consent(p, u) for p in ("discord", "slack") for u in self.members))

    def minute_marks(self, first: datetime, last: datetime) -> list[datetime]:
        mark = first.replace(second=0, microsecond=0) + timedelta(minutes=1)
        out = []
        while mark <= last and len(out) < 10_000:
            out.append(mark)
            mark += timedelta(minutes=1)
        return out

    async def schedule(self, rng: random.Random) -> None:
        """Prompts and meetings that fall due between now and the end of the run."""
        now = datetime.now(UTC)
        end = now + timedelta(minutes=self.args.minutes)
        marks = self.minute_marks(now + timedelta(seconds=30), end)
        if not marks:
            marks = self.minute_marks(now + timedelta(seconds=30), now + timedelta(seconds=90))
        gate = asyncio.Semaphore(SETUP_CONCURRENCY)

        async def remind(platform: str, user: str, at: datetime) -> None:
            async with gate:
                # A prompt needs the member's zone (else Haven asks for it first).
                await self.command(platform, "zone", user, "/haven timezone UTC")
                act = await self.command(
                    platform, "checkin remind", user, f"/checkin remind {at:%H:%M}"
                )
                if act.replied and not act.reply_error:
                    self.plan.prompt_at[(platform, user)] = at

        jobs = []
        for platform in ("discord", "slack"):
            for n, user in enumerate(self.members):
                if n % 3 == 0:
                    jobs.append(remind(platform, user, rng.choice(marks)))
        await asyncio.gather(*jobs)
        # Meetings: starts spread over the run and a little after; reminder
        # leads (minutes) chosen so that each falls due inside the run.
        span = (end - now).total_seconds()
        for platform in ("discord", "slack"):
            for j in range(MEETINGS):
                start = (now + timedelta(seconds=span * (j + 1) / MEETINGS + 90)).replace(
                    second=0, microsecond=0
                )
                leads = [
                    lead
                    for lead in (1, 2, 3, 5, 8, 10)
                    if now + timedelta(seconds=30) <= start - timedelta(minutes=lead) <= end
                ][:4] or [1]
                if start - timedelta(minutes=leads[0]) < now + timedelta(seconds=30):
                    start += timedelta(minutes=1)
                day = start.strftime("%a").lower()
                line = (
                    f'/meeting add title:"Soak circle {j + 1}" day:{day} time:{start:%H:%M} '
                    f"tz:UTC remind:{','.join(map(str, leads))} "
                    f"channel:{self.channel_arg(platform)}"
                )
                act = await self.command(platform, "meeting add", MOD, line)
                found = re.search(r"\(#(\d+)\)", act.reply_text)
                if act.reply_error or not found:
                    print(f"{platform}: meeting add failed: {act.reply_text[:200]!r}")
                    continue
                self.plan.meetings[(platform, int(found.group(1)))] = (start, leads)

    # -- the members ----------------------------------------------------------------

    async def member(self, platform: str, user: str, rng: random.Random) -> None:
        steps = 0
        while time.monotonic() < self.stop_at and steps < 100_000:
            steps += 1
            pause = min(rng.expovariate(1 / self.args.think), 5 * self.args.think)
            await asyncio.sleep(max(0.0, min(pause, self.stop_at - time.monotonic())))
            if time.monotonic() >= self.stop_at:
                break
            self.sync()
            try:
                await self.act(platform, user, rng)
            except Exception:  # a bug in this script must not stop the soak
                self.driver_errors += 1
                if self.driver_errors <= 3:
                    traceback.print_exc()

    def pending(self, platform: str, user: str, prefix: str) -> list[Button]:
        return [b for b in self.buttons[(platform, user)] if prefix in b.custom_id]

    async def act(self, platform: str, user: str, rng: random.Random) -> None:
        key = (platform, user)
        waiting_prompt = key in self.plan.prompt_at and key not in self.prompted
        requests = self.pending(platform, user, "partner:")
        if requests and rng.random() < 0.8:
            first = requests[0]
            rid = first.custom_id.rsplit(":", 1)[1]
            choice = "accept" if rng.random() < 0.7 else "decline"
            button = next(b for b in requests if b.custom_id.endswith(f"partner:{choice}:{rid}"))
            self.buttons[key] = [
                b
                for b in self.buttons[key]
                if not b.custom_id.endswith((f"partner:accept:{rid}", f"partner:decline:{rid}"))
            ]
            act = await self.press(platform, f"partner {choice} (button)", user, button)
            if choice == "accept" and act.replied and not act.reply_error:
                if "partners now" in act.reply_text:
                    self.accepted[platform] += 1
            return
        moods = self.pending(platform, user, "checkin:quick:")
        if moods and rng.random() < 0.8:
            self.buttons[key] = [b for b in self.buttons[key] if b not in moods]
            await self.press(platform, "mood button", user, rng.choice(moods))
            return
        menu = [
            ("consent", 0.3), ("sober set", 1.0), ("sober show", 2.0), ("checkin", 2.0),
            ("checkin form", 1.2), ("meeting list", 1.0), ("meeting rsvp", 0.6),
            ("rsvp button", 2.0), ("partner request", 0.8), ("sos", 0.3), ("crisis", 0.5),
        ]  # fmt: skip
        menu = [(k, w) for k, w in menu if k not in self.args.skip]
        if waiting_prompt:  # a check-in first would skip the prompt (by design)
            menu = [(k, w) for k, w in menu if k not in ("checkin", "checkin form")]
        kinds, weights = zip(*menu, strict=True)
        kind = rng.choices(kinds, weights)[0]
        root = "/checkin now" if platform == "discord" else "/checkin"
        if kind == "consent":
            await self.command(platform, kind, user, "/haven consent agree")
        elif kind == "sober set":
            start = datetime.now(UTC).date() - timedelta(days=rng.randint(1, 2000))
            await self.command(platform, kind, user, f"/sober set {start.isoformat()}")
        elif kind == "sober show":
            await self.command(platform, kind, user, "/sober show")
        elif kind == "checkin":
            line = f"{root} mood:{rng.randint(1, 5)} craving:{rng.randint(0, 10)}"
            if rng.random() < 0.5:
                line += f" sober:{rng.choice(('yes', 'no'))}"
            if rng.random() < 0.3:
                line += ' note:"soak test note"'
            await self.command(platform, kind, user, line)
        elif kind == "checkin form":
            opened = await self.command(platform, kind, user, root)
            if opened.opened_form:
                await asyncio.sleep(rng.uniform(0.5, 3.0))
                values = {"mood": str(rng.randint(1, 5)), "craving": str(rng.randint(0, 10)),
                          "sober": rng.choice(("yes", "no")), "note": ""}  # fmt: skip
                if platform == "discord":
                    await self.discord_submit(user, opened, values)
                else:
                    await self.slack_submit(user, opened, values)
        elif kind == "meeting list":
            await self.command(platform, kind, user, "/meeting list")
        elif kind == "meeting rsvp":
            await self.rsvp_command(platform, user, rng)
        elif kind == "rsvp button":
            buttons = self.rsvp_buttons[platform]
            if not buttons:
                await self.command(platform, "meeting list", user, "/meeting list")
                return
            button = rng.choice(buttons[-9:])
            meeting = int(button.custom_id.split("meeting:rsvp:")[1].split(":")[0])
            answer = button.custom_id.rsplit(":", 1)[1]
            act = await self.press(platform, kind, user, button)
            self.note_rsvp(platform, user, meeting, answer, None, act)
        elif kind == "partner request":
            other = rng.choice([m for m in self.members if m != user])
            await self.command(platform, kind, user, f"/partner request @{other}")
        elif kind == "sos":
            await self.command(platform, kind, user, "/sos")
        elif kind == "crisis":
            await self.command(platform, kind, user, "/crisis")

    async def rsvp_command(self, platform: str, user: str, rng: random.Random) -> None:
        mine = [(mid, s) for (p, mid), (s, _) in self.plan.meetings.items() if p == platform]
        now = datetime.now(UTC)
        mine = [(mid, s) for mid, s in mine if s > now + timedelta(seconds=20)]
        if not mine:
            await self.command(platform, "meeting list", user, "/meeting list")
            return
        mid, start = rng.choice(mine)
        minutes = int((start - now).total_seconds() // 60) - 1
        if minutes >= 1 and rng.random() < 0.8:
            remind = rng.randint(1, min(minutes, 1440))
            line = f"/meeting rsvp {mid} going remind:{remind}"
            act = await self.command(platform, "meeting rsvp", user, line)
            self.note_rsvp(platform, user, mid, "going", remind, act)
        else:
            answer = rng.choice(("maybe", "no"))
            act = await self.command(
                platform, "meeting rsvp", user, f"/meeting rsvp {mid} {answer}"
            )
            self.note_rsvp(platform, user, mid, answer, None, act)

    def note_rsvp(
        self, platform: str, user: str, meeting: int, answer: str, remind: int | None, act: Action
    ) -> None:
        if act.replied and not act.reply_error:
            self.plan.rsvps[(platform, user, meeting)].append(
                (act.sent, act.replied, answer, remind)
            )

    # -- the run ----------------------------------------------------------------------

    async def run(self) -> int:
        args = self.args
        rng = random.Random(args.seed)
        began = time.monotonic()
        await self.start()
        handler = _Collect(self.log_records)
        logging.getLogger().addHandler(handler)
        try:
            print(
                f"soak: {len(self.members)} members on each of Discord and Slack (+ moderator), "
                f"{args.minutes:g} min, think {args.think:g} s, seed {args.seed}, "
                f"database {'sqlite (fresh file)' if args.db == 'sqlite' else 'postgresql'}"
            )
            print(f"load average at start: {_load()}")
            await self.setup()
            print(
                f"setup: consent of {2 * len(self.members)} members "
                f"in {time.monotonic() - began:.1f} s"
            )
            self.drive_began = time.monotonic()
            self.wall_began = datetime.now(UTC)
            self.stop_at = self.drive_began + args.minutes * 60
            await self.schedule(rng)
            print(
                f"scheduled: {len(self.plan.prompt_at)} daily prompts, "
                f"{len(self.plan.meetings)} meetings "
                f"({sum(len(v[1]) for v in self.plan.meetings.values())} channel reminders)"
            )
            tasks = [
                asyncio.create_task(self.member(p, u, random.Random(f"{args.seed}:{p}:{u}")))
                for p in ("discord", "slack")
                for u in self.members
            ]
            loads = []
            while any(not t.done() for t in tasks):
                await asyncio.wait(tasks, timeout=30)
                loads.append(_load())
            self.drive_ended = time.monotonic()
            await self.drain()
            print(f"load average during the run (every 30 s): {', '.join(loads)}")
            return self.report()
        finally:
            logging.getLogger().removeHandler(handler)
            await self.close()

    def due_deliveries(self) -> tuple[list, list, list]:
        """(prompts, channel reminders, going reminders) expected: (platform, who, latest time)."""
        end = self.wall_began + timedelta(seconds=self.drive_ended - self.drive_began)
        prompts = [
            (p, u, at + timedelta(seconds=PROMPT_SPREAD))
            for (p, u), at in self.plan.prompt_at.items()
            if at <= end
        ]
        channel = []
        for (p, mid), (start, leads) in self.plan.meetings.items():
            for lead in leads:
                at = start - timedelta(minutes=lead)
                if at <= end:
                    channel.append((p, mid, at))
        going = []  # (platform, member, meeting id, fire times expected, most allowed)
        self.ambiguous_going = 0
        mono_to_wall = self.wall_began - timedelta(seconds=self.drive_began)
        for (p, user, mid), events in self.plan.rsvps.items():
            start = self.plan.meetings[(p, mid)][0]
            lead: int | None = None
            # One reminder per fire time at most (its ledger key is the job and
            # the time): ``must`` arrive, ``may`` arrive (or not).
            must: set[datetime] = set()
            may: set[datetime] = set()
            for k, (sent, replied, answer, remind) in enumerate(events):
                lead = remind if remind is not None else lead
                if answer != "going":
                    continue
                fire = start - timedelta(minutes=lead or GOING_LEAD)
                fire_mono = (fire - mono_to_wall).total_seconds()
                # Haven took the answer somewhere between sending it and its
                # reply (which can come many seconds later), and plans the
                # reminder if its time is still ahead then; the next answer,
                # taken in its own such window, replaces it.
                nxt = events[k + 1] if k + 1 < len(events) else None
                if fire_mono < sent - AMBIGUOUS:
                    continue  # already past when answered
                if nxt is not None and fire_mono > nxt[1] + AMBIGUOUS:
                    continue  # replaced before it was due
                surely = fire_mono > replied + AMBIGUOUS and (
                    nxt is None or fire_mono < nxt[0] - AMBIGUOUS
                )
                # Due after the run: it may still arrive before the count.
                (must if surely and fire <= end else may).add(fire)
            if may - must:
                self.ambiguous_going += 1
            going.append((p, user, mid, sorted(must), len(must | may)))
        return prompts, channel, going

    async def drain(self) -> None:
        """Until every delivery due during the run arrived (or its time is long past)."""
        prompts, channel, going = self.due_deliveries()
        latest = max(
            [at for *_, at in prompts]
            + [at for *_, at in channel]
            + [fire for *_, fires, _ in going for fire in fires]
            + [datetime.now(UTC)]
        )
        limit = time.monotonic() + max(0.0, (latest - datetime.now(UTC)).total_seconds())
        limit += DELIVERY_GRACE
        while time.monotonic() < limit:
            self.sync()
            if not self.missing(prompts, channel, going):
                break
            await asyncio.sleep(0.5)
        await asyncio.sleep(3)  # anything doubled comes now
        self.sync()

    def prompt_count(self, platform: str, user: str) -> int:
        dms = self.d_dms[user] if platform == "discord" else self.s_dms[user]
        if platform == "discord":
            return sum(
                1 for s in dms if any("checkin:quick:" in b.get("custom_id", "") for b in s.buttons)
            )
        return sum(1 for c in dms if any("checkin:quick:" in a for _, a in slack_buttons(c.args)))

    def channel_posts(self, platform: str, mid: int) -> int:
        marker = f"meeting:rsvp:{mid}:"
        if platform == "discord":
            return sum(
                1 for s in self.d_posts if any(marker in b.get("custom_id", "") for b in s.buttons)
            )
        return sum(1 for c in self.s_posts if any(marker in a for _, a in slack_buttons(c.args)))

    def going_count(self, platform: str, user: str, mid: int) -> int:
        marker = f"/meeting rsvp {mid} no"
        if platform == "discord":
            return sum(
                1
                for s in self.d_dms[user]
                if marker in discord_text(s) and "going" in discord_text(s)
            )
        return sum(
            1
            for c in self.s_dms[user]
            if marker in slack_text(c.args) and "going" in slack_text(c.args)
        )

    def going_seen(self, platform: str, user: str, mid: int) -> list[float]:
        """When this script saw each going reminder of ``mid`` (monotonic)."""
        marker = f"/meeting rsvp {mid} no"
        if platform == "discord":
            return [
                self.d_dm_at.get(id(s), math.nan)
                for s in self.d_dms[user]
                if marker in discord_text(s) and "going" in discord_text(s)
            ]
        return [
            c.at
            for c in self.s_dms[user]
            if marker in slack_text(c.args) and "going" in slack_text(c.args)
        ]

    def explain_going(self, platform: str, user: str, mid: int) -> str:
        """Times (s, from the meeting's start) of one member's answers and reminders."""
        start = self.plan.meetings[(platform, mid)][0]
        at = self.drive_began + (start - self.wall_began).total_seconds()
        answers = ", ".join(
            f"{answer}{'' if remind is None else f' remind:{remind}'} "
            f"[{sent - at:+.1f}..{replied - at:+.1f}]"
            for sent, replied, answer, remind in self.plan.rsvps[(platform, user, mid)]
        )
        seen = ", ".join(f"{t - at:+.1f}" for t in self.going_seen(platform, user, mid))
        end = self.drive_ended - at
        return f"meeting {mid}: answers {answers}; reminders seen at {seen}; run ended {end:+.1f}"

    def missing(self, prompts, channel, going) -> int:
        lost = sum(1 for p, u, _ in prompts if self.prompt_count(p, u) == 0)
        planned = Counter((p, mid) for p, mid, _ in channel)
        lost += sum(max(0, n - self.channel_posts(p, mid)) for (p, mid), n in planned.items())
        lost += sum(max(0, len(f) - self.going_count(p, u, mid)) for p, u, mid, f, _ in going)
        return lost

    # -- the report ----------------------------------------------------------------------

    def report(self) -> int:
        self.sync()
        prompts, channel, going = self.due_deliveries()
        ok = True
        print(
            f"drive: {self.drive_ended - self.drive_began:.0f} s, then waited for the "
            "deliveries due during it"
        )
        # actions
        kinds = Counter((a.platform, a.kind) for a in self.actions)
        refused = Counter((a.platform, a.kind) for a in self.actions if a.reply_error)
        print(
            "actions (platform / kind: taken; refused: answered with a refusal such as a "
            "usage line — not a failure):"
        )
        for (platform, kind), n in sorted(kinds.items()):
            print(f"  {platform:7s} {kind:28s} {n:6d}  refused {refused[(platform, kind)]}")
        print(f"  total {len(self.actions)}")
        refusals = Counter(
            (a.platform, a.kind, a.reply_text.splitlines()[0][:90])
            for a in self.actions
            if a.reply_error
        )
        if refusals:
            print("most frequent refusals (Haven's text, first line):")
            for (platform, kind, text), n in refusals.most_common(8):
                print(f"  {n:5d}  {platform} {kind}: {text}")
        # errors
        errors = Counter()
        for s in self.discord.shown:
            if FAILURE in discord_text(s):
                errors["discord"] += 1
        for c in self.slack.calls:
            if c.method in (
                "response_url",
                "chat.postMessage",
                "chat.postEphemeral",
                "chat.update",
            ):
                if FAILURE in slack_text(c.args):
                    errors["slack"] += 1
        print(f"'Something went wrong': discord {errors['discord']}, slack {errors['slack']}")
        failed_kinds = Counter(
            (a.platform, a.kind) for a in self.actions if FAILURE in a.reply_text
        )
        for (platform, kind), n in failed_kinds.most_common():
            print(f"  {platform} {kind}: {n}")
        # lost and duplicated
        lost: Counter = Counter()
        dup: Counter = Counter()
        for a in self.actions:
            if a.replied is None:
                self.sync()
                if a.platform == "discord":
                    replies = [r for r in self.d_replies.get(a.key, []) if r.kind in REPLY_KINDS]
                    answered = bool(replies)
                else:
                    answered = any(s == 200 for s, _ in self.slack.url_posts.get(a.key, []))
                    trigger = self.slack.triggers.get(a.trigger)
                    answered |= a.expects_form and trigger is not None and trigger.used
                late = "" if not answered else " after 60 s"
                lost[(a.platform, f"reply{late} ({a.kind})")] += 1
        for shown in self.d_replies.values():
            texts = Counter(discord_text(s) for s in shown if s.kind == "reply")
            dup[("discord", "reply")] += sum(n - 1 for n in texts.values() if n > 1)
        for posts in self.slack.url_posts.values():
            texts = Counter(json.dumps(b, sort_keys=True) for s, b in posts if s == 200)
            dup[("slack", "reply")] += sum(n - 1 for n in texts.values() if n > 1)
        for p, u, _ in prompts:
            n = self.prompt_count(p, u)
            lost[(p, "daily prompt")] += n == 0
        for p, u in {(p, u) for p in ("discord", "slack") for u in self.members}:
            n = self.prompt_count(p, u)
            dup[(p, "daily prompt")] += max(0, n - 1)
        planned = Counter((p, mid) for p, mid, _ in channel)
        for (p, mid), (_start, _leads) in self.plan.meetings.items():
            got = self.channel_posts(p, mid)
            lost[(p, "meeting reminder")] += max(0, planned[(p, mid)] - got)
            dup[(p, "meeting reminder")] += max(0, got - planned[(p, mid)])
        explained = []
        for p, u, mid, fires, most in going:
            got = self.going_count(p, u, mid)
            lost[(p, "going reminder")] += max(0, len(fires) - got)
            dup[(p, "going reminder")] += max(0, got - most)
            if got > most or got < len(fires):
                explained.append(
                    f"  {p} {'lost' if got < len(fires) else 'duplicated'} "
                    f"(expected {len(fires)}..{most}, got {got}): " + self.explain_going(p, u, mid)
                )
        for platform, spaces in (("discord", self.d_spaces), ("slack", self.s_spaces)):
            text = discord_text if platform == "discord" else (lambda c: slack_text(c.args))
            welcomes = {
                cid: sum(1 for s in posts if "Welcome to your" in text(s))
                for cid, posts in spaces.items()
            }
            made = sum(1 for n in welcomes.values() if n)
            lost[(platform, "partner space")] += max(0, self.accepted[platform] - made)
            dup[(platform, "partner space")] += sum(max(0, n - 1) for n in welcomes.values())
        print(
            f"due during the run: {len(prompts)} daily prompts, {len(channel)} meeting reminders "
            f"in channels, {sum(len(g[3]) for g in going)} going members' private reminders "
            f"({self.ambiguous_going} members' reminders not judged: answered within "
            f"{AMBIGUOUS:g} s of their time, or due after the run); partnerships accepted: discord "
            f"{self.accepted['discord']}, slack {self.accepted['slack']}"
        )
        lost = Counter({k: v for k, v in lost.items() if v})
        dup = Counter({k: v for k, v in dup.items() if v})
        print(
            f"lost: {sum(lost.values())}"
            + "".join(f"\n  {p} {k}: {n}" for (p, k), n in sorted(lost.items()))
        )
        print(
            f"duplicated: {sum(dup.values())}"
            + "".join(f"\n  {p} {k}: {n}" for (p, k), n in sorted(dup.items()))
        )
        if explained:
            print("going reminders not as expected (times in s from the meeting's start):")
            print("\n".join(explained[:40]))
        # latency
        for a in self.actions:
            inter = self.discord.interactions.get(a.key) if a.platform == "discord" else None
            if inter is not None and inter.answered_at is not None:
                a.ack_ms = (inter.answered_at - inter.sent_at) * 1000
        for platform in ("discord", "slack"):
            times = sorted(
                a.ack_ms for a in self.actions if a.platform == platform and a.ack_ms is not None
            )
            if not times:
                print(f"{platform}: no acks")
                ok = False
                continue
            p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
            bad = sum(1 for a in self.actions if a.platform == platform and a.status != 200)
            print(
                f"{platform} ack latency ({len(times)}): p50 {statistics.median(times):.1f} ms, "
                f"p99 {p99:.1f} ms, max {times[-1]:.1f} ms"
                + (f"; non-200 acks {bad}" if platform == "slack" else "")
            )
            ok &= p99 < 1000 and (platform != "slack" or bad == 0)
            driving = sorted(
                a.ack_ms
                for a in self.actions
                if a.platform == platform and a.ack_ms is not None and a.sent >= self.drive_began
            )
            if driving:
                p99d = driving[min(len(driving) - 1, int(len(driving) * 0.99))]
                print(
                    f"  of which during the drive ({len(driving)}, set-up bursts left out): "
                    f"p50 {statistics.median(driving):.1f} ms, p99 {p99d:.1f} ms"
                )
            for phase, chosen in (
                ("set-up", [a for a in self.actions if a.sent < self.drive_began]),
                ("drive", [a for a in self.actions if a.sent >= self.drive_began]),
            ):
                waits = sorted(
                    a.replied - a.sent
                    for a in chosen
                    if a.platform == platform and a.replied is not None
                )
                if waits:
                    p99w = waits[min(len(waits) - 1, int(len(waits) * 0.99))]
                    print(
                        f"  action → reply seen, {phase} ({len(waits)}): "
                        f"p50 {statistics.median(waits) * 1000:.0f} ms, "
                        f"p99 {p99w * 1000:.0f} ms, max {waits[-1] * 1000:.0f} ms"
                    )
            by_kind: dict[str, list[float]] = defaultdict(list)
            for a in self.actions:
                if a.platform == platform and a.ack_ms is not None:
                    by_kind[a.kind].append(a.ack_ms)
            slowest = sorted(by_kind.items(), key=lambda kv: -max(kv[1]))[:4]
            print(
                "  slowest kinds (p50 / max ms): "
                + ", ".join(f"{k} {statistics.median(v):.0f} / {max(v):.0f}" for k, v in slowest)
            )
        print(f"fake problems: discord {len(self.discord.problems)}")
        for line in self.discord.problems[:5]:
            print(f"  {line[:200]}")
        worst = Counter((r.levelname, r.name) for r in self.log_records)
        print(f"Haven log records at WARNING or above: {sum(worst.values())}")
        for (level, name), n in worst.most_common(6):
            print(f"  {n:5d} {level} {name}")
        seen = set()
        for r in self.log_records:
            if r.levelno >= logging.ERROR:
                line = r.getMessage().splitlines()[0][:160]
                exc = r.exc_info[1] if r.exc_info else None
                what = f"{line} [{type(exc).__name__}: {str(exc)[:120]}]" if exc else line
                if what not in seen and len(seen) < 6:
                    seen.add(what)
                    print(f"  e.g. {r.name}: {what}")
        print(f"load average at the end: {_load()}; driver exceptions {self.driver_errors}")
        ok &= not errors and not lost and not dup and not self.discord.problems
        print(
            "result: OK"
            if ok
            else "result: FAILED (goals: 0 errors, 0 lost, 0 duplicated, p99 ack < 1 s)"
        )
        return 0 if ok else 1


class _Collect(logging.Handler):
    def __init__(self, into: list) -> None:
        super().__init__(logging.WARNING)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.into) < 100_000:
            self.into.append(record)


def _load() -> str:
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=200, help="members on each platform")
    parser.add_argument("--minutes", type=float, default=10.0, help="minutes of driving")
    parser.add_argument("--think", type=float, default=30.0, help="mean seconds between actions")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--url", default="", help="postgresql+asyncpg://… (emptied first)")
    parser.add_argument("--quick", action="store_true", help="30 members, 2 minutes")
    parser.add_argument(
        "--skip",
        type=lambda text: {k.strip() for k in text.split(",") if k.strip()},
        default=set(),
        help="random action kinds to leave out, comma-separated (e.g. 'rsvp button,meeting rsvp')",
    )
    args = parser.parse_args()
    if args.quick:
        args.members, args.minutes = 30, 2.0
    sys.stdout.reconfigure(line_buffering=True)
    logging.getLogger().setLevel(logging.WARNING)
    sys.exit(asyncio.run(Soak(args).run()))


if __name__ == "__main__":
    main()
