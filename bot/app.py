"""Haven, the engine: loads cogs, owns the database, the clock and the
scheduler, and turns every :class:`~bot.adapters.Invocation` into a reply.

Dispatch order for a command: find it → parse its text (a usage line on any
problem) → check permission (refusals audited) → privacy notice if the member
has not agreed → run the handler in one community-scoped transaction. A
handler that fails rolls back, so bad input or a bug never loses stored data.
"""

from __future__ import annotations

import asyncio
import logging
import re
import uuid
from collections.abc import Iterable
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from bot.adapters import Adapter, CommunityKey, FormErrors, Invocation
from bot.clock import Clock, SystemClock, VirtualClock
from bot.config import Settings
from bot.consent import notice
from bot.context import Context
from bot.crypto import CryptoError
from bot.db import Database
from bot.discretion import discreet_reader, is_discreet, mark
from bot.forms import validate
from bot.holding import Holding, released
from bot.ledger import Ledger
from bot.memberdata import move_member
from bot.messages import Message, error, literal
from bot.models import Community, Member
from bot.naming import set_name
from bot.parsing import UsageError, parse_args, parse_value
from bot.plugins import ENGINE_COGS, Cog, CommandSpec, Permission, Registry, discover_cogs
from bot.purge import purge_daily, purge_removed
from bot.ratelimit import RateLimiter, wall_clock
from bot.scheduler import RECONCILE_SETTLE, Due, JobSpec, Reconciled, Scheduler
from bot.storage import STORAGE_AWAY, StorageWatch, reachable
from bot.waiting import LIMIT, Resumed, Waiting, names
from bot.zone_question import question as zone_question
from bot.zone_question import with_note, zone_note

log = logging.getLogger("haven")

#: Old command names still understood in text (console scripts, Slack text).
COMMAND_ALIASES = {"me": "haven"}

FAILURE = (
    "Something went wrong on Haven's side, and nothing was changed. "
    "Please try again in a moment. (reference {ref})"
)


class Haven:
    def __init__(
        self,
        settings: Settings,
        *,
        clock: Clock | None = None,
        db: Database | None = None,
        instance_id: str | None = None,
    ) -> None:
        self.settings = settings
        set_name(settings.bot_name)
        self.clock = clock or SystemClock()
        self.db = db or Database(
            settings.database_url,
            connect_timeout=settings.database_connect_timeout,
            statement_timeout=settings.database_statement_timeout,
        )
        self.instance_id = instance_id or uuid.uuid4().hex[:12]
        self.registry = Registry()
        self.adapters: dict[str, Adapter] = {}
        #: Platform rate limits shared by every process on the database.
        self.limiter = RateLimiter(self.db, wall_clock(self.clock))
        self.ledger = Ledger(
            self.db, self.instance_id, timedelta(seconds=settings.claim_lease_seconds)
        )
        self.scheduler = Scheduler(
            self.clock,
            self.ledger,
            self._run_due,
            grace=timedelta(minutes=settings.misfire_grace_minutes),
            accepts=self._serves,
        )
        #: Non-urgent DMs wait through members' quiet hours (bot/holding.py).
        self.holding = Holding(self)
        self._routes: dict[int, tuple[str, str]] = {}  # community id → platform, workspace
        self._awaiting_consent = Waiting()
        #: Commands waiting for the member's zone (in memory, bounded like consent's).
        self._awaiting_zone = Waiting()
        self._reconciler: asyncio.Task | None = None
        self._purger: asyncio.Task | None = None
        self._scheduling = False
        self._loaded = False  # migrations run, jobs loaded
        self._migrate = self._wants_scheduling = True
        self.storage = StorageWatch(lambda: self.db, self._storage_back)
        self._unready: set[str] = set()
        self._ready_timer: asyncio.Task | None = None

    # -- lifecycle --------------------------------------------------------

    def add_adapter(self, adapter: Adapter) -> None:
        self.adapters[adapter.platform] = adapter

    def load_cogs(self, classes: Iterable[type[Cog]] | None = None) -> None:
        """Load cogs (every discovered one by default); those named in
        ``HAVEN_DISABLED_COGS`` load dormant (see :mod:`bot.plugins`)."""
        if classes is None:
            classes = discover_cogs()
        for cls in classes:
            self.registry.add(cls(self), dormant=cls.name in self.settings.disabled_cogs)

    async def start(self, *, migrate: bool = True, schedule: bool = True) -> None:
        """Migrate, load every cog's jobs and — unless ``schedule`` is False —
        start timing them. ``haven run`` passes False and calls
        :meth:`schedule_when_ready`: work that fell due while Haven was down is
        caught up only once the adapters that deliver it are connected."""
        from bot.crypto import get_keyring, keyring_from_settings, set_keyring

        try:
            get_keyring()
        except Exception:
            set_keyring(keyring_from_settings(self.settings))
        self._migrate, self._wants_scheduling = migrate, schedule
        try:
            await self._load()
        except Exception as exc:
            if not await self.storage.is_storage_error(exc):
                raise
            # Degraded, not dead: the platforms still get /crisis, /sos and /help.
            self.storage.lost(exc)
            return
        if schedule:
            await self.start_scheduling()

    async def check_keys(self) -> None:
        """Refuse to go on if the configured keys cannot read what is stored
        (:class:`~bot.crypto.WrongKeyError`, which says what to do)."""
        from bot.crypto import get_keyring, key_source
        from bot.keycheck import check_keyring

        await check_keyring(self.db, get_keyring(), source=key_source(self.settings))

    async def _load(self) -> None:
        """Migrations, cogs' start-up and jobs: everything that needs the database."""
        await self.check_keys()  # before a migration or a member writes under a wrong key
        if self._migrate:
            await self.db.upgrade(self.registry.migration_dirs())
        loaded: list[JobSpec] = []
        for cog in self.registry.cogs.values():
            await cog.on_start()
            for spec in await cog.load_jobs():
                self.scheduler.add(spec)
                loaded.append(spec)
        for spec in await self.holding.specs(loaded):
            self.scheduler.add(spec)
        await self._purge_removed_communities()  # before catch-up: their jobs go too
        self._loaded = True

    async def _storage_back(self) -> None:
        """The database answers again: finish what start-up could not."""
        if not self._loaded:
            try:
                await self._load()
            except CryptoError as exc:  # the message names no secret
                log.error("Haven stays stopped: %s", exc)
                raise
            if self._wants_scheduling:
                await self.start_scheduling()
        elif not await reachable(self.db):
            raise ConnectionError("the database does not answer yet")

    async def start_scheduling(self) -> None:
        """Catch up on missed work, then keep time (once; once the jobs are
        loaded, if start-up found the database away)."""
        self._wants_scheduling = True
        if self._scheduling or not self._loaded:
            return
        self._scheduling = True
        if self._ready_timer is not None:
            self._ready_timer.cancel()
        await self.scheduler.start()
        if not isinstance(self.clock, VirtualClock):  # virtual time stays deterministic
            self._reconciler = asyncio.create_task(self._reconcile_forever())
            self._purger = asyncio.create_task(purge_daily(self))

    def schedule_when_ready(self, platforms: Iterable[str], timeout: float) -> None:
        """Start scheduling once every one of ``platforms`` has reported
        :meth:`adapter_ready` — or after ``timeout`` seconds, with a warning, so
        one platform that cannot connect does not hold back the others' work."""
        self._unready = set(platforms)

        async def anyway() -> None:
            await asyncio.sleep(timeout)
            log.warning(
                "%s not connected after %.0f s; scheduling anyway",
                ", ".join(sorted(self._unready)),
                timeout,
            )
            await self.start_scheduling()

        self._ready_timer = asyncio.create_task(anyway())

    async def adapter_ready(self, platform: str) -> None:
        """An adapter is connected and can deliver (idempotent: reconnects call it too)."""
        self._unready.discard(platform)
        if not self._unready and self._ready_timer is not None:
            await self.start_scheduling()

    async def _purge_removed_communities(self) -> None:
        """Tenants past their grace period go at start-up, then daily (bot.purge)."""
        try:
            await purge_removed(self)
        except Exception:  # a failed purge must not keep Haven (and /crisis) down
            log.exception("the tenant purge failed; it runs again tomorrow")

    async def stop(self) -> None:
        await self.storage.stop()
        if self._ready_timer is not None:
            self._ready_timer.cancel()
        if self._purger is not None:
            self._purger.cancel()
            await asyncio.gather(self._purger, return_exceptions=True)
            self._purger = None
        if self._reconciler is not None:
            self._reconciler.cancel()
            await asyncio.gather(self._reconciler, return_exceptions=True)
            self._reconciler = None
        await self.scheduler.stop()
        await self.limiter.dispose()
        await self.db.dispose()

    # -- communities ------------------------------------------------------

    async def community(self, key: CommunityKey) -> Community:
        """The community for ``key``, created on first contact."""
        query = select(Community).where(
            Community.platform == key.platform,
            Community.enterprise_id == key.enterprise_id,
            Community.workspace_id == key.workspace_id,
        )
        async with self.db.unscoped_session("find community", readonly=True) as session:
            found = (await session.exec(query)).first()
        if found is not None:
            return found
        async with self.db.unscoped_session("create community") as session:
            community = Community(
                platform=key.platform,
                workspace_id=key.workspace_id,
                enterprise_id=key.enterprise_id,
                name=key.name,
                created_at=self.clock.now(),
            )
            session.add(community)
            try:
                await session.commit()
                return community
            except IntegrityError:  # another process created it first
                await session.rollback()
                return (await session.exec(query)).one()

    async def community_removed(self, key: CommunityKey) -> None:
        """The bot left the guild or was uninstalled: start the purge grace period
        (``HAVEN_PURGE_GRACE_DAYS``). Returning within it cancels the purge."""
        await self._set_removed(key, self.clock.now())

    async def community_returned(self, key: CommunityKey) -> None:
        await self._set_removed(key, None)

    async def _set_removed(self, key: CommunityKey, when) -> None:
        community = await self.community(key)
        async with self.db.unscoped_session("mark community removed") as session:
            community.removed_at = when
            session.add(community)
            await session.commit()

    @asynccontextmanager
    async def context(
        self,
        community: Community,
        adapter: Adapter,
        *,
        user_id: str | None = None,
        user_name: str = "",
        invocation: Invocation | None = None,
    ):
        """A context with a community-scoped transaction, committed on success."""
        async with self.db.session(community.id) as session:
            session.add(community)
            member = None
            if user_id is not None:
                member = (
                    await session.exec(select(Member).where(Member.platform_user_id == user_id))
                ).first()
            ctx = Context(
                app=self,
                adapter=adapter,
                community=community,
                session=session,
                user_id=user_id,
                user_name=user_name,
                member=member,
                invocation=invocation,
            )
            if invocation is not None:
                ctx.is_moderator = self.is_moderator(community, invocation)
                invocation.discreet = is_discreet(community, member)
            try:
                yield ctx
                await session.commit()
            except BaseException:
                await session.rollback()
                raise

    def asks_who_moderates(self, inv: Invocation) -> bool:
        """Whether answering ``inv`` depends on the member being a moderator (a
        moderator command or button, or /help, which lists moderators' commands
        to them). Adapters that must ask the platform whether a member is an
        admin (Slack's paced ``users.info``) ask only then."""
        if inv.kind == "action":
            found = self.registry.find_action(inv.action_id)
            return found is not None and found[0].permission is Permission.MODERATOR
        if inv.kind != "command":
            return False
        found = self.resolve(inv)
        if found is None:
            return False
        spec = found[0]
        return spec.permission is Permission.MODERATOR or spec.path[0] == "help"

    def is_moderator(self, community: Community, invocation: Invocation) -> bool:
        if invocation.is_admin:
            return True
        settings = community.settings
        if invocation.user_id in settings.get("moderator_users", []):
            return True
        role = settings.get("moderator_role")
        return bool(role) and role in invocation.roles

    # -- dispatch ---------------------------------------------------------

    async def handle(self, invocation: Invocation) -> FormErrors | None:
        """Handle what a member did and reply through its adapter.

        Form problems are returned instead, for the adapter to show inside the
        form (Slack wants them in the acknowledgement).
        """
        result = await self.dispatch(invocation)
        if isinstance(result, FormErrors):
            return result
        if result is not None:
            result = mark(result, discreet_reader(invocation))
            await self.adapters[invocation.community.platform].reply(invocation, result)
        for hook in invocation.after_reply:
            await hook()
        return None

    async def dispatch(self, invocation: Invocation) -> Message | FormErrors | None:
        """Handle what a member did; returns the reply without sending it."""
        adapter = self.adapters[invocation.community.platform]
        try:
            if invocation.kind == "command":
                return await self._command(adapter, invocation)
            if invocation.kind == "action":
                return await self._action(adapter, invocation)
            if invocation.kind == "form":
                return await self._form(adapter, invocation)
            raise ValueError(f"unknown invocation kind {invocation.kind!r}")
        except Exception as exc:
            if await self.storage.is_storage_error(exc):
                self.storage.lost(exc)
                return error(STORAGE_AWAY)
            ref = uuid.uuid4().hex[:8]
            log.exception("handler failed (reference %s)", ref)
            return error(FAILURE.format(ref=ref))

    def resolve(self, invocation: Invocation) -> tuple[CommandSpec, str] | None:
        """The command an invocation names, and the text of its arguments.

        ``/me …`` is the old name of ``/haven …`` (scripts keep working), and a
        bare ``/haven`` is ``/haven help``."""
        words = invocation.command.split()
        if words and words[0].lower() in COMMAND_ALIASES:
            words = [COMMAND_ALIASES[words[0].lower()], *words[1:]]
        text = invocation.text
        if words == ["haven"] and not text.strip():
            words = ["haven", "help"]
        lead = re.findall(r"\S+", text)[:2]
        found = self.registry.find_command(words + lead)
        if found is None:
            return None
        spec, _ = found
        for word in spec.path[len(words) :]:  # sub-command words came from the text
            text = text.lstrip()[len(word) :]
        return spec, text

    async def _command(self, adapter: Adapter, inv: Invocation) -> Message | None:
        found = self.resolve(inv)
        if found is None:
            return self._unknown_command(inv)
        spec, text = found
        if not spec.needs_db:
            ctx = Context(self, adapter, None, None, inv.user_id, inv.user_name, invocation=inv)
            try:
                values = self._parse(spec, inv, text, ctx)
            except UsageError as exc:
                return usage_error(spec, str(exc))
            return await spec.handler(ctx, **values)

        community = await self.community(inv.community)
        async with self.context(
            community, adapter, user_id=inv.user_id, user_name=inv.user_name, invocation=inv
        ) as ctx:
            disabled = self._disabled(ctx, spec.cog)
            if disabled:
                return disabled
            # Permission first: a refusal must not depend on how well the arguments were typed.
            if spec.permission is Permission.MODERATOR and not ctx.is_moderator:
                await ctx.audit(spec.name, "denied")
                return error(
                    f"/{spec.name} is for moderators. If you help run this community, "
                    "ask an admin to give you the moderator role (`/mod role`)."
                )
            try:
                values = self._parse(spec, inv, text, ctx)
            except UsageError as exc:
                return usage_error(spec, str(exc))
            if spec.consent and not (ctx.member and ctx.member.consented):
                return self._hold_for_consent(community.id, spec, inv)
            note = None
            if spec.zone and ctx.member is not None and ctx.member.timezone is None:
                # The platform's profile names a place: use it and say so (never
                # a fixed offset, which place() refuses); else ask.
                profile = await ctx.profile_zone()
                if profile is None:
                    self._awaiting_zone.hold(
                        (community.id, inv.user_id), spec.name, inv, self.clock.now()
                    )
                    return zone_question(None)
                await move_member(ctx, ctx.member, profile)
                note = zone_note(profile, adapter.platform)
                try:  # dates and times in the command now read in that zone
                    values = self._parse(spec, inv, text, ctx)
                except UsageError as exc:
                    return with_note(usage_error(spec, str(exc)), note)
            try:
                async with handler_scope(ctx.db):
                    result = await spec.handler(ctx, **values)
            except UsageError as exc:
                return with_note(usage_error(spec, str(exc)), note)
            if note is not None:
                result = with_note(result, note)
            if spec.permission is Permission.MODERATOR:
                await ctx.audit(ctx.audit_action or spec.name, "ok", target=ctx.audit_target)
            return result

    def _parse(self, spec: CommandSpec, inv: Invocation, text: str, ctx: Context) -> dict:
        pctx = ctx.parse_context()
        if inv.options is None:
            return parse_args(spec.options, text, pctx)
        values: dict[str, Any] = {}
        for opt in spec.options:
            if opt.name in inv.options and inv.options[opt.name] is not None:
                values[opt.name] = parse_value(opt, inv.options[opt.name], pctx)
            elif opt.required:
                raise UsageError(f"{opt.usage()} is missing")
            elif opt.default is not None:
                values[opt.name] = opt.default
        return values

    def _unknown_command(self, inv: Invocation) -> Message:
        words = inv.command.split() + inv.text.split()[:1]
        if words and words[0].lower() in self.registry.off_groups:
            return error(f"/{words[0].lower()} is turned off on this Haven. Try `/help`.")
        group = self.registry.groups().get(words[0].lower()) if words else None
        if group:
            lines = [f"`{spec.usage()}` — {spec.help}" for spec in group]
            head = f"/{literal(' '.join(words))} is not a command I know." if len(words) > 1 else ""
            return error("\n".join(filter(None, [head, f"/{words[0]} commands:", *lines])))
        return error(f"/{literal(' '.join(words)) or '?'} is not a command I know. Try `/help`.")

    def _disabled(self, ctx: Context, cog: Cog | None) -> Message | None:
        """A cog this community turned off; never an engine cog (consent, erasure)."""
        if cog is None or cog.name in ENGINE_COGS:
            return None
        if cog.name in ctx.setting("disabled_cogs", []):
            return error(f"{cog.name} is turned off in this community.")
        return None

    async def _action(self, adapter: Adapter, inv: Invocation) -> Message | None:
        found = self.registry.find_action(inv.action_id)
        if found is None:
            return error("That button no longer does anything. Try the command again.")
        spec, args = found
        if not spec.needs_db:
            ctx = Context(self, adapter, None, None, inv.user_id, inv.user_name, invocation=inv)
            return await spec.handler(ctx, *args)
        community = await self.community(inv.community)
        async with self.context(
            community, adapter, user_id=inv.user_id, user_name=inv.user_name, invocation=inv
        ) as ctx:
            disabled = self._disabled(ctx, spec.cog)
            if disabled:
                return disabled
            if spec.permission is Permission.MODERATOR and not ctx.is_moderator:
                await ctx.audit(f"button {spec.prefix}", "denied")
                return error("That button is for moderators.")
            if spec.consent and not (ctx.member and ctx.member.consented):
                return notice()
            try:
                async with handler_scope(ctx.db):
                    return await spec.handler(ctx, *args)
            except UsageError as exc:
                return error(str(exc))

    async def _form(self, adapter: Adapter, inv: Invocation) -> Message | FormErrors | None:
        found = self.registry.find_form(inv.form_id)
        if found is None:
            return error("That form has expired. Run the command again to open a new one.")
        spec, args = found
        values, problems = validate(spec.form, inv.values)
        if problems:
            return FormErrors(problems)
        community = await self.community(inv.community)
        async with self.context(
            community, adapter, user_id=inv.user_id, user_name=inv.user_name, invocation=inv
        ) as ctx:
            if spec.consent and not (ctx.member and ctx.member.consented):
                return notice()
            try:
                async with handler_scope(ctx.db):
                    return await spec.handler(ctx, values, *args)
            except UsageError as exc:
                return error(str(exc))

    async def in_community(self, inv: Invocation, adapter: Adapter, work) -> Message | None:
        """Run ``work(ctx)`` for ``inv``'s member in one community transaction
        (a follow-up, see :meth:`Context.follow_up`)."""
        community = await self.community(inv.community)
        async with self.context(
            community, adapter, user_id=inv.user_id, user_name=inv.user_name, invocation=inv
        ) as ctx:
            async with handler_scope(ctx.db):
                return await work(ctx)

    def _hold_for_consent(self, community_id: int, spec: CommandSpec, inv: Invocation) -> Message:
        """The privacy notice; the command waits for Agree (bot.waiting)."""
        key = (community_id, inv.user_id)
        full = self._awaiting_consent.hold(key, spec.name, inv, self.clock.now())
        if full is not None:
            return notice(
                f"First, a word on privacy. {LIMIT} commands already wait for your answer "
                f"({names(full)}), so I won't keep /{spec.name} — run it again once you agree."
            )
        waiting = self._awaiting_consent.waiting(key)
        if len(waiting) == 1:
            return notice("First, a word on privacy — then I'll do that for you.")
        return notice(
            f"First, a word on privacy — then I'll do these, in order: {names(waiting)} "
            f"(up to {LIMIT} can wait)."
        )

    def resume_after_consent(self, ctx: Context) -> Resumed:
        """After the agreement is shown, run the commands the member tried before
        agreeing, in the order they were issued (see bot.waiting)."""
        return self._replay(self._awaiting_consent, ctx)

    def forget_awaiting_consent(self, community_id: int, user_id: str) -> list[str]:
        """Drop the member's waiting commands (they declined); their names."""
        return self._awaiting_consent.forget((community_id, user_id))

    def resume_after_zone(self, ctx: Context) -> bool:
        """After the member's zone is set and told, run the commands that asked
        for it (see :mod:`bot.zone_question`). True when there is one."""
        return bool(self._replay(self._awaiting_zone, ctx).run)

    def _replay(self, waiting: Waiting, ctx: Context) -> Resumed:
        """Run the member's held commands after this reply, in the order issued."""
        resumed = waiting.resume((ctx.community.id, ctx.user_id), self.clock.now())
        if resumed.run and ctx.invocation is not None:

            async def replay() -> None:
                for held in resumed.run:
                    await self.handle(held.invocation)

            ctx.invocation.after_reply.append(replay)
        return resumed

    # -- scheduled work ---------------------------------------------------

    async def reconcile_jobs(self) -> Reconciled:
        """Bring the scheduler's jobs in line with the database.

        Every cog's ``load_jobs`` must therefore return *all* the work its data
        implies, not only what start-up needs: a job it leaves out is dropped
        here. Other processes on the same database add and remove jobs too, and
        this is how this process learns of them.
        """
        since = self.clock.now() - RECONCILE_SETTLE
        specs = []
        for cog in self.registry.cogs.values():
            specs.extend(await cog.load_jobs())
        specs.extend(await self.holding.specs(specs))
        return await self.scheduler.reconcile(specs, since=since)

    async def _reconcile_forever(self) -> None:
        while True:
            await asyncio.sleep(self.settings.reconcile_seconds)
            try:
                await self.reconcile_jobs()
            except Exception:  # a database hiccup must not end the loop
                log.exception("reconciling jobs failed; trying again later")

    async def _serves(self, spec: JobSpec) -> bool:
        """Whether this process should claim ``spec``'s work: it runs the
        community's platform and, for Discord with ``DISCORD_SHARD_IDS``, owns
        the guild's shard (the process that has the guild in its cache)."""
        route = self._routes.get(spec.community_id)
        if route is None:
            async with self.db.unscoped_session("route scheduled work", readonly=True) as session:
                community = await session.get(Community, spec.community_id)
            if community is None:
                return True  # the handler finds it gone and records that
            route = self._routes[spec.community_id] = (community.platform, community.workspace_id)
        platform, workspace = route
        if platform not in self.adapters:
            return False
        shards, count = self.settings.discord_shard_ids, self.settings.discord_shard_count
        if platform == "discord" and shards is not None and count and workspace.isdigit():
            return (int(workspace) >> 22) % count in shards  # Discord's shard formula
        return True

    async def _run_due(self, due: Due) -> None:
        handler = self.registry.jobs.get(due.job.kind)
        if handler is None:
            log.warning("no handler for job kind %s", due.job.kind)
            return
        async with self.db.unscoped_session("load community", readonly=True) as session:
            community = await session.get(Community, due.job.community_id)
        if community is None:
            return
        adapter = self.adapters.get(community.platform)
        if adapter is None:
            log.warning("no %s adapter running for job %s", community.platform, due.job.job_id)
            return
        quiet_until = None
        async with self.context(community, adapter) as ctx:
            if due.job.member_id is not None:
                ctx.member = await ctx.db.get(Member, due.job.member_id)
                if ctx.member is None:
                    return
                ctx.user_id = ctx.member.platform_user_id
                ctx.user_name = ctx.member.display_name
            if handler.holdable:
                quiet_until = await self.holding.quiet_until(ctx)
            if quiet_until is None:
                await handler.handler(ctx, released(due))
        if quiet_until is not None and not await self.holding.hold(due, quiet_until):
            log.warning("job %s could not be held; it runs now", due.job.job_id)
            async with self.context(community, adapter) as ctx:
                ctx.member = await ctx.db.get(Member, due.job.member_id)
                if ctx.member is None:
                    return
                ctx.user_id = ctx.member.platform_user_id
                ctx.user_name = ctx.member.display_name
                await handler.handler(ctx, released(due))


@asynccontextmanager
async def handler_scope(session):
    """A handler's own writes: a :class:`UsageError` undoes them (back to the
    handler's start, or — as each platform call commits first
    (:meth:`Context.before_platform_call`) — back to its last platform call)
    and the rest of the transaction (audit rows) stays."""
    nested = await session.begin_nested()
    try:
        yield
    except UsageError:
        if nested.is_active:
            await nested.rollback()
        else:
            await session.rollback()
        raise
    if nested.is_active:
        await nested.commit()


def usage_error(spec: CommandSpec, reason: str) -> Message:
    return error(f"{reason}\nUsage: `{spec.usage()}`\nExample: `{spec.example}`")
