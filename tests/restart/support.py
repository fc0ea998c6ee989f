"""Real ``haven run`` processes stopped and started again against the fake Discord.

:class:`HavenProcess` is ``python -m bot.cli run`` — the real CLI, the real
discord.py client, the real scheduler on real time — configured only through
its environment (``DATABASE_URL``, ``DISCORD_TOKEN``, ``DISCORD_API_BASE``,
``DISCORD_GATEWAY_URL``; see bot/config.py), talking to a :class:`GatedDiscord`
served by the test's own event loop on 127.0.0.1.

:func:`seed` writes, the way Haven's own commands would have written them, one
piece of every kind of scheduled work, each already due (in the recent past,
within its grace) when Haven starts:

========== ==================================================================
prompt     pam's daily check-in prompt (``/checkin remind``)            T − 62 min
milestone  milo's 7-day sober milestone (``/sober set``)                T − 61 min
meeting    the 60-minute announcement of a meeting at T + 30 min, and
           greta's own "going" reminder 45 minutes before it            T − 30, T − 15
pledge     paz's "just for today" morning pledge (``/checkin pledge``)   T − 45 min
review     ray's "How was today?" evening review (``/checkin review``)  T − 40 min
weekly     wes's weekly check-in summary (18:00 in his zone)            B
pod        ``/partner schedule`` matching ada and ben at 10:00          B
quiet      the daily quiet scan (10:00), nudging pat that quinn,
           who shares with partners, has been quiet for four days       B
========== ==================================================================

``T`` is the minute Haven starts in, ``B`` the last whole hour at least two
minutes before it (work on the hour is then late too; started at :00 or :01,
the prompt and the milestone move to B − 2 and B − 1 min to stay first) (the weekly
summary and the quiet scan run at fixed local times, so the member's and the
community's zones are chosen to make ``B`` 18:00 and 10:00 there). Catch-up
runs missed work in time order, so the prompt goes first and the milestone
second: the gate lets the prompt through and holds the milestone, and Haven is
stopped with one delivery done, one in flight and the rest not yet started.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import create_async_engine

from bot.app import Haven
from bot.config import Settings
from bot.db import Database
from bot.models import Community, Delivery, Member
from cogs.accountability.models import PAIR, Pod, PodMember, PoolEntry
from cogs.checkins.models import CheckIn, CheckinPrefs
from cogs.meetings.models import Meeting, MeetingRsvp
from cogs.meetings.recurrence import WEEKDAYS, monday_of
from cogs.sober.models import SoberCounter, SoberPrefs, SoberRun
from tests.fakes.discord.server import FakeDiscord

ROOT = Path(__file__).resolve().parents[2]
KINDS = ("prompt", "milestone", "meeting", "pledge", "review", "weekly", "quiet", "pod")
USERS = ("pam", "milo", "greta", "wes", "quinn", "pat", "ada", "ben", "mona", "paz", "ray")
#: A claim left by a stopped process is taken over after this (default 300 s).
LEASE_SECONDS = 4
#: Missed work within this is still done. The weekly summary and the quiet
#: scan fall due at the last whole hour (up to 59 minutes before the test), so
#: the default 30 minutes is raised for them; other work has its own grace.
GRACE_MINUTES = 120


class GatedDiscord(FakeDiscord):
    """The fake Discord, able to hold Haven's messages at the door.

    ``allow`` messages (``POST /channels/{id}/messages``) are accepted, the
    next one is held (``held`` is set) until :meth:`release`. A held message
    whose sender went away meanwhile never reached Discord: it is dropped, not
    shown. With ``accept_first`` the held message is accepted (shown) *before*
    the hold and only the answer is held back: Discord got it, the sender has
    not heard so yet.
    """

    def __init__(self, **kw) -> None:
        super().__init__(**kw)
        self.allow: int | None = None  # None: no gate
        self.accept_first = False
        self.held = asyncio.Event()
        self._open = asyncio.Event()
        self.dropped = 0

    def release(self) -> None:
        self.allow = None
        self._open.set()

    async def _post_message(self, request, body, cid):
        if self.allow is None:
            return await super()._post_message(request, body, cid)
        if self.allow > 0:
            self.allow -= 1
            return await super()._post_message(request, body, cid)
        answer = await super()._post_message(request, body, cid) if self.accept_first else None
        self.held.set()
        await self._open.wait()
        if answer is None:
            await asyncio.sleep(0.05)  # let the server notice a sender that went away
            transport = request.transport
            if transport is None or transport.is_closing():
                self.dropped += 1
                raise ConnectionResetError("the sender went away before Discord accepted it")
            answer = await super()._post_message(request, body, cid)
        return answer


#: Every process started, for the tests' finalizer (:func:`kill_all`).
STARTED: list[HavenProcess] = []


def kill_all() -> None:
    """SIGKILL whatever is still running (a finalizer: works without an event loop)."""
    while STARTED:
        process = STARTED.pop()
        if process.alive:
            assert process.proc is not None
            with contextlib.suppress(ProcessLookupError):
                os.kill(process.proc.pid, signal.SIGKILL)


class HavenProcess:
    """One ``python -m bot.cli run`` process; its log goes to ``log``."""

    def __init__(self, env: dict[str, str], cwd: Path, log: Path) -> None:
        self.env, self.cwd, self.log = env, cwd, log
        self.proc: asyncio.subprocess.Process | None = None

    async def start(self) -> HavenProcess:
        out = open(self.log, "ab")
        try:
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot.cli", "--env-file", str(self.cwd / "absent.env"), "run",
                stdin=asyncio.subprocess.DEVNULL, stdout=out, stderr=out, cwd=self.cwd,
                env=self.env,
            )  # fmt: skip
        finally:
            out.close()
        STARTED.append(self)
        return self

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.returncode is None

    def send(self, sig: signal.Signals) -> None:
        if self.alive:
            assert self.proc is not None
            self.proc.send_signal(sig)

    async def wait(self, within: float) -> int | None:
        """The exit code (negative: the signal that ended it), or None if still running."""
        assert self.proc is not None
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.proc.wait(), within)
        return self.proc.returncode

    async def kill(self) -> None:
        if self.alive:
            assert self.proc is not None
            self.proc.kill()
            await self.proc.wait()

    def tail(self, lines: int = 40) -> str:
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        kept = [line for line in text.splitlines() if "apscheduler" not in line]
        return "\n".join(kept[-lines:])


def haven_env(url: str, fake: FakeDiscord, key: str, home: Path) -> dict[str, str]:
    """Everything ``haven run`` is told, through its environment only."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "PYTHONPATH": str(ROOT),
        "PYTHONUNBUFFERED": "1",
        "DATABASE_URL": url,
        "HAVEN_ENCRYPTION_KEY": key,
        "HAVEN_LOG_LEVEL": "INFO",
        "HAVEN_CLAIM_LEASE_SECONDS": str(LEASE_SECONDS),
        "HAVEN_MISFIRE_GRACE_MINUTES": str(GRACE_MINUTES),
        "DISCORD_TOKEN": fake.token,
        "DISCORD_APPLICATION_ID": fake.app_id,
        "DISCORD_API_BASE": fake.api_base,
        "DISCORD_GATEWAY_URL": fake.gateway_url,
    }


async def start_fake() -> GatedDiscord:
    fake = GatedDiscord(users=USERS)
    fake.moderators = {fake.user_id("mona")}
    fake.mod_channel = fake._text_channel("moderators", 2)
    return await fake.start()


async def migrate(url: str) -> None:
    app = Haven(Settings(database_url=url))
    app.load_cogs()
    try:
        await app.database.upgrade(app.registry.migration_dirs())
    finally:
        await app.database.dispose()


# -- the work ----------------------------------------------------------------------


def zone_at(hour: int, instant: datetime) -> str:
    """A fixed-offset IANA zone in which ``instant`` (a whole UTC hour) is ``hour``:00."""
    offset = (hour - instant.astimezone(UTC).hour) % 24
    if offset > 14:
        offset -= 24
    # POSIX-style names: Etc/GMT-3 is three hours *ahead* of UTC.
    return "Etc/GMT" if offset == 0 else f"Etc/GMT{-offset:+d}"


@dataclass
class Seeded:
    """What :func:`seed` wrote, and what each kind must deliver."""

    community_id: int
    members: dict[str, int]  # name -> member id
    uids: dict[str, str]  # name -> Discord user id
    due: dict[str, list[datetime]]  # kind -> due instants
    jobs: dict[str, list[str]]  # kind -> ledger job ids
    channels: dict[str, str]  # purpose -> channel id
    seeded_at: datetime = field(default_factory=lambda: datetime.now(UTC))


async def seed(url: str, fake: FakeDiscord, now: datetime) -> Seeded:
    """One community with one piece of each kind of work due (see the module doc)."""
    t = now.astimezone(UTC).replace(second=0, microsecond=0)
    # The last whole hour at least two minutes ago: work on the hour is late
    # (caught up in time order) even when the test starts at :00 or :01.
    hour = (t - timedelta(minutes=2)).replace(minute=0)
    zw, zc = zone_at(18, hour), zone_at(10, hour)
    prompt_at = min(t - timedelta(minutes=62), hour - timedelta(minutes=2))
    milestone_at = prompt_at + timedelta(minutes=1)
    pledge_at, review_at = t - timedelta(minutes=45), t - timedelta(minutes=40)
    start = t + timedelta(minutes=30)  # the meeting
    announce_at, going_at = start - timedelta(minutes=60), start - timedelta(minutes=45)
    channels = {
        "announcements": fake.announcements["id"],
        "moderators": fake.mod_channel["id"],
    }
    long_ago = now - timedelta(days=40)
    db = Database(url)
    try:
        async with db.unscoped_session("restart test set-up") as s:
            community = Community(
                platform="discord",
                workspace_id=fake.guild_id,
                name=fake.guild_name,
                settings={
                    "engine": {"timezone": zc, "channels": channels},
                    "accountability": {
                        "pod_matching": {
                            "day": WEEKDAYS[hour.astimezone(ZoneInfo(zc)).weekday()],
                            "at": "10:00",
                            "size": 2,
                        }
                    },
                },
                created_at=long_ago,
            )
            s.add(community)
            await s.flush()
            cid = community.id
            zones = {"wes": zw}
            members = {}
            for name in USERS:
                member = Member(
                    community_id=cid,
                    platform_user_id=fake.user_id(name),
                    display_name=name,
                    timezone=zones.get(name, "UTC"),
                    consent_version=1,
                    consented_at=long_ago,
                )
                s.add(member)
                members[name] = member
            await s.flush()
            ids = {name: m.id for name, m in members.items()}

            # prompt: /checkin remind at pam's local time
            s.add(CheckinPrefs(community_id=cid, member_id=ids["pam"],
                               remind_at=f"{prompt_at:%H:%M}"))  # fmt: skip

            # pledge and review: /checkin pledge and /checkin review at their local times
            s.add(CheckinPrefs(community_id=cid, member_id=ids["paz"],
                               pledge_at=f"{pledge_at:%H:%M}"))  # fmt: skip
            s.add(CheckinPrefs(community_id=cid, member_id=ids["ray"],
                               review_at=f"{review_at:%H:%M}"))  # fmt: skip

            # milestone: milo's 7 days, at his morning
            counter = SoberCounter(community_id=cid, member_id=ids["milo"], label="sobriety",
                                   created_at=long_ago)  # fmt: skip
            s.add(counter)
            s.add(SoberPrefs(community_id=cid, member_id=ids["milo"],
                             morning=f"{milestone_at:%H:%M}"))  # fmt: skip
            await s.flush()
            run = SoberRun(
                community_id=cid,
                counter_id=counter.id,
                member_id=ids["milo"],
                start_date=milestone_at.date() - timedelta(days=7),
                milestones_after=milestone_at - timedelta(days=8),
                created_at=milestone_at - timedelta(days=8),
            )
            s.add(run)

            # meeting: weekly at `start`, leads 60 and 10; greta going, reminded 45 before
            meeting = Meeting(
                community_id=cid,
                title="Evening circle",
                weekdays=WEEKDAYS[start.weekday()],
                hour=start.hour,
                minute=start.minute,
                zone="UTC",
                anchor=monday_of(start.date() - timedelta(days=14)),
                channel=channels["announcements"],
                leads="60,10",
                created_at=start - timedelta(days=14),
            )
            s.add(meeting)
            await s.flush()
            s.add(MeetingRsvp(community_id=cid, meeting_id=meeting.id, member_id=ids["greta"],
                              occurrence=start, status="going", updated_at=now - timedelta(hours=2),
                              remind=45))  # fmt: skip

            # weekly: wes's summary on today's weekday (18:00 in his zone), a check-in to sum up
            wes_today = hour.astimezone(ZoneInfo(zw)).date()
            s.add(CheckinPrefs(community_id=cid, member_id=ids["wes"],
                               weekly_day=WEEKDAYS[wes_today.weekday()]))  # fmt: skip
            s.add(_checkin(cid, ids["wes"], wes_today - timedelta(days=1), now))

            # quiet: quinn shares with partner pat, last checked in five days ago
            s.add(CheckinPrefs(community_id=cid, member_id=ids["quinn"], share="partners"))
            quinn_last = t.date() - timedelta(days=5)
            s.add(_checkin(cid, ids["quinn"], quinn_last, now))
            pod = Pod(community_id=cid, kind=PAIR, created_at=now - timedelta(days=20))
            s.add(pod)
            await s.flush()
            for name in ("quinn", "pat"):
                s.add(PodMember(community_id=cid, pod_id=pod.id, member_id=ids[name],
                                joined_at=pod.created_at))  # fmt: skip

            # pod: ada and ben in the matching pool
            for name in ("ada", "ben"):
                s.add(PoolEntry(community_id=cid, member_id=ids[name],
                                joined_at=now - timedelta(days=1)))  # fmt: skip
            await s.commit()
            run_id, meeting_id = run.id, meeting.id
    finally:
        await db.dispose()
    await plan(url, t - PLANNED_BEFORE)
    return Seeded(
        community_id=cid,
        members=ids,
        uids={name: fake.user_id(name) for name in USERS},
        due={
            "prompt": [prompt_at],
            "milestone": [milestone_at],
            "meeting": [announce_at, going_at],
            "pledge": [pledge_at],
            "review": [review_at],
            "weekly": [hour],
            "quiet": [hour, hour],
            "pod": [hour],
        },
        jobs={
            "prompt": [f"checkin:prompt:{ids['pam']}"],
            "milestone": [f"sober:ms:{run_id}:7d"],
            "meeting": [
                f"meeting:{meeting_id}:lead:60",
                f"meeting:{meeting_id}:going:{ids['greta']}:{start:%Y%m%dT%H%MZ}",
            ],
            "pledge": [f"checkin:pledge:{ids['paz']}"],
            "review": [f"checkin:review:{ids['ray']}"],
            "weekly": [f"checkin:weekly:{ids['wes']}"],
            "quiet": [f"partner:quietscan:{cid}", f"partner:quiet:{ids['quinn']}"],
            "pod": [f"partner:match:{cid}"],
        },
        channels=channels,
    )


#: When the seeded work was set up: before any of it fell due.
PLANNED_BEFORE = timedelta(hours=3)


async def plan(url: str, at: datetime) -> None:
    """Write the ``due`` rows the seeded data implies, as Haven did when the
    members set it up at ``at`` (each job's next occurrence from then)."""
    from bot.clock import VirtualClock

    app = Haven(Settings(database_url=url), clock=VirtualClock(at))
    app.load_cogs()
    try:
        await app.build_due_rows()
    finally:
        await app.database.dispose()


def _checkin(cid: int, member_id: int, day: date, now: datetime) -> CheckIn:
    yesterday = now - timedelta(days=1)
    return CheckIn(
        community_id=cid,
        member_id=member_id,
        local_date=day,
        mood=3,
        craving=2,
        created_at=yesterday,
        updated_at=yesterday,
    )


# -- what members saw, what the ledger holds ---------------------------------------


def expected_places(seeded: Seeded) -> dict[str, list[str]]:
    """Where each kind's messages go: ``dm:<name>``, ``post:<purpose>``, ``space``."""
    return {
        "prompt": ["dm:pam"],
        "milestone": ["dm:milo"],
        "meeting": ["post:announcements", "dm:greta"],
        "pledge": ["dm:paz"],
        "review": ["dm:ray"],
        "weekly": ["dm:wes"],
        "quiet": ["dm:pat"],
        "pod": ["dm:ada", "dm:ben", "space", "post:moderators"],
    }


def place_of(shown, seeded: Seeded) -> str:
    names = {uid: name for name, uid in seeded.uids.items()}
    purposes = {cid: purpose for purpose, cid in seeded.channels.items()}
    if shown.kind == "dm":
        return f"dm:{names.get(shown.visible_to[0], shown.visible_to[0])}"
    if shown.kind == "space":
        return "space"
    if shown.kind == "message":
        return f"post:{purposes.get(shown.channel_id, shown.channel_id)}"
    return f"{shown.kind}:{shown.channel_id}"


def seen_places(fake: FakeDiscord, seeded: Seeded) -> list[str]:
    return [place_of(shown, seeded) for shown in fake.shown]


async def ledger_rows(url: str, community_id: int) -> list:
    engine = create_async_engine(url)
    try:
        table = Delivery.__table__
        async with engine.connect() as conn:
            result = await conn.execute(
                select(table).where(table.c.community_id == community_id).order_by(table.c.id)
            )
            return list(result.all())
    finally:
        await engine.dispose()


async def until(check, within: float, what: str, every: float = 0.2) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while not await check():
        if loop.time() > deadline:
            raise AssertionError(f"timed out after {within:.0f} s waiting for {what}")
        await asyncio.sleep(every)
