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
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, bindparam
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlmodel import select

from bot import due as due_rows
from bot import due_plan, heap, i18n, metrics
from bot.adapters import Adapter, CommunityKey, FormErrors, Invocation
from bot.clock import Clock, SystemClock, VirtualClock
from bot.community_settings import EngineSettings, read
from bot.config import ConfigError, Settings
from bot.consent import notice, privacy_lines
from bot.consent_handlers import CONSENT_COG, Consent
from bot.context import LATER_KEY, Context
from bot.cooldown import wait_words
from bot.crypto import CryptoError
from bot.db import Database
from bot.discretion import discreet_reader, is_discreet, mark, reader_language
from bot.errors import HavenError, NotAllowed, TooSoon, UsageError
from bot.forms import validate
from bot.holding import Holding, released
from bot.jobreads import JobReads
from bot.jobs import Due, JobSpec, Skip
from bot.ledger import Ledger
from bot.logformat import begin_request, end_request
from bot.memberdata import move_member
from bot.messages import Form, Message, error, literal
from bot.models import Community, Member
from bot.naming import set_name
from bot.parsing import missing, parse_args, parse_value
from bot.plugins import ENGINE_COGS, Cog, CommandSpec, Permission, Registry, discover_cogs
from bot.purge import purge_daily, purge_removed
from bot.ratelimit import RateLimiter, wall_clock
from bot.scheduler import Ownership, Scheduler
from bot.storage import STORAGE_AWAY, StorageWatch, reachable
from bot.waiting import LIMIT, Resumed, Waiting, names
from bot.zone_question import question as zone_question
from bot.zone_question import with_note, zone_note

log = logging.getLogger("haven")

#: Old command names still understood in text (console scripts, Slack text).
COMMAND_ALIASES = {"me": "haven"}

#: "Something went wrong on Haven's side, …" (bot/locales), with its reference.
FAILURE = "error-failure"


class Haven:
    def __init__(
        self,
        settings: Settings,
        *,
        clock: Clock | None = None,
        database: Database | None = None,
        instance_id: str | None = None,
    ) -> None:
        self.settings = settings
        set_name(settings.bot_name)
        self.clock = clock or SystemClock()
        self.database = database or Database(
            settings.database_url,
            connect_timeout=settings.database_connect_timeout,
            statement_timeout=settings.database_statement_timeout,
        )
        self.instance_id = instance_id or uuid.uuid4().hex[:12]
        self.registry = Registry()
        self.adapters: dict[str, Adapter] = {}
        #: Platform rate limits shared by every process on the database.
        self.limiter = RateLimiter(self.database, wall_clock(self.clock))
        self.ledger = Ledger(
            self.database, self.instance_id, timedelta(seconds=settings.claim_lease_seconds)
        )
        self.job_reads = JobReads(self.database)
        self.scheduler = Scheduler(
            self.clock,
            self.ledger,
            self._run_due,
            grace=timedelta(minutes=settings.misfire_grace_minutes),
            owns=self._owns,
            poll=settings.due_poll_seconds,
            exhausted=self._declare_after,
            read_ahead=self._read_ahead,
        )
        #: community id → platform, workspace (names communities in opt-in metrics labels)
        self._routes: dict[int, tuple[str, str]] = {}
        #: (platform, enterprise, workspace) → community id; checked on every use.
        self._community_ids: dict[tuple[str, str, str], int] = {}
        #: Non-urgent DMs wait through members' quiet hours (bot/holding.py).
        self.holding = Holding(self)
        self._awaiting_consent = Waiting()
        #: Commands waiting for the member's zone (in memory, bounded like consent's).
        self._awaiting_zone = Waiting()
        self._purger: asyncio.Task | None = None
        self._scheduling = False
        self._loaded = False  # migrations run, cogs started
        self._migrate = self._wants_scheduling = True
        self.storage = StorageWatch(lambda: self.database, self._storage_back)
        self._unready: set[str] = set()
        self._ready_timer: asyncio.Task | None = None

    # -- lifecycle --------------------------------------------------------

    def add_adapter(self, adapter: Adapter) -> None:
        self.adapters[adapter.platform] = adapter

    def load_cogs(self, classes: Iterable[type[Cog]] | None = None) -> None:
        """Load cogs (every discovered one by default); those named in
        ``HAVEN_DISABLED_COGS`` load dormant (see :mod:`bot.plugins`)."""
        classes = list(discover_cogs() if classes is None else classes)
        known = {cls.name for cls in classes} | set(self.registry.cogs) | set(self.registry.dormant)
        unknown = sorted(self.settings.disabled_cogs - known)
        if unknown:  # a typo would leave the feature on while the operator thinks it off
            raise ConfigError(
                f"HAVEN_DISABLED_COGS: {', '.join(unknown)} is not a feature of this Haven; "
                f"the features are {', '.join(sorted(known))} "
                "(example: HAVEN_DISABLED_COGS=meetings,accountability)"
            )
        for cls in classes:
            self.registry.add(cls(self), dormant=cls.name in self.settings.disabled_cogs)
        if CONSENT_COG not in self.registry.cogs:
            # The engine's own answers to the privacy notice; last, so the command
            # groups keep the descriptions and order their cogs give them.
            self.registry.add(Consent(self))

    async def start(self, *, migrate: bool = True, schedule: bool = True) -> None:
        """Migrate, start the cogs and — unless ``schedule`` is False — start
        running due work. ``haven run`` passes False and calls
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

        await check_keyring(self.database, get_keyring(), source=key_source(self.settings))

    async def _load(self) -> None:
        """Migrations and cogs' start-up: everything that needs the database."""
        await self.check_keys()  # before a migration or a member writes under a wrong key
        if self._migrate:  # and plans the work of every cog not planned yet
            await self.database.upgrade(self.registry.migration_dirs(), plan=self.plan_due)
        for cog in self.registry.cogs.values():
            await cog.on_start()
        i18n.CATALOGUES.warm()  # every cog's catalogues are registered by now
        await self._purge_removed_communities()  # before catch-up: their jobs go too
        self._loaded = True

    def workspace_of(self, community_id: int) -> str:
        """The workspace or server id of a community this process has served
        (its id as text if none yet): how opt-in metrics labels name it."""
        return self._routes.get(community_id, ("", str(community_id)))[1]

    async def plan_due(self, conn) -> due_plan.Planned:
        """The end of every upgrade, on its connection: build the ``due`` rows of
        each cog not planned yet from its data (bot/due_plan.py)."""
        return await due_plan.plan(self, conn)

    async def build_due_rows(self) -> None:
        """Declare every cog's jobs again in every community, in one transaction
        (for data written behind Haven's back: tests, benchmarks)."""
        async with self.database.begin() as conn:
            await due_plan.build(self, conn, self.registry.cogs.values())

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
        elif not await reachable(self.database):
            raise ConnectionError("the database does not answer yet")

    async def start_scheduling(self) -> None:
        """Catch up on missed work, then keep time (once; once the cogs are
        started, if start-up found the database away)."""
        self._wants_scheduling = True
        if self._scheduling or not self._loaded:
            return
        self._scheduling = True
        if self._ready_timer is not None:
            self._ready_timer.cancel()
        if not isinstance(self.clock, VirtualClock):  # start-up is over (bot/heap.py)
            heap.settle()
        await self.scheduler.start()
        if not isinstance(self.clock, VirtualClock):  # virtual time stays deterministic
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

    # -- the engine as a platform sees it (bot.platform.Engine) ------------

    async def deliver(self, invocation: Invocation) -> FormErrors | None:
        return await self.handle(invocation)

    async def answer(self, invocation: Invocation) -> Message | FormErrors | None:
        return await self.dispatch(invocation)

    def needs_moderator_check(self, invocation: Invocation) -> bool:
        return self.asks_who_moderates(invocation)

    async def joined(self, community: CommunityKey) -> None:
        await self.community_returned(community)

    async def left(self, community: CommunityKey) -> None:
        await self.community_removed(community)

    async def ready(self, platform: str) -> None:
        await self.adapter_ready(platform)

    @property
    def default_zone(self) -> str:
        return self.settings.default_timezone

    async def member_zone(self, key: CommunityKey, user_id: str) -> str:
        community = await self.community(key)
        async with self.database.session(community.id, readonly=True) as session:
            query = select(Member.timezone).where(Member.platform_user_id == user_id)
            zone = (await session.exec(query)).first()
        return zone or self.default_zone

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
        await self.scheduler.stop()
        await self.limiter.dispose()
        await self.database.dispose()

    # -- communities ------------------------------------------------------

    async def member_language(self, community: Community, user_id: str) -> str | None:
        """A member's own ``/haven language`` (None: not chosen, or not a member),
        for answers that run without a handler's session (/crisis)."""
        query = select(Member.language).where(Member.platform_user_id == user_id)
        async with self.database.session(community.id, readonly=True) as session:
            return (await session.exec(query)).first()

    async def community(self, key: CommunityKey) -> Community:
        """The community for ``key``, created on first contact."""
        query = select(Community).where(
            Community.platform == key.platform,
            Community.enterprise_id == key.enterprise_id,
            Community.workspace_id == key.workspace_id,
        )
        async with self.database.unscoped_session("find community", readonly=True) as session:
            found = (await session.exec(query)).first()
        if found is not None:
            return found
        async with self.database.unscoped_session("create community") as session:
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
        async with self.database.unscoped_session("mark community removed") as session:
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
        async with self.database.session(community.id) as session:
            session.add(community)
            member = None
            if user_id is not None:
                member = (
                    await session.exec(select(Member).where(Member.platform_user_id == user_id))
                ).first()
            async with self._committed(
                session, community, member, adapter, user_id, user_name, invocation
            ) as ctx:
                yield ctx

    @asynccontextmanager
    async def context_for(self, inv: Invocation, adapter: Adapter, *, _fresh: bool = False):
        """The context for a member's invocation, in one community-scoped
        transaction whose first statement reads the community and the member
        together (no transaction of its own for the community)."""
        key = (inv.community.platform, inv.community.enterprise_id, inv.community.workspace_id)
        community_id = self._community_ids.get(key)
        if community_id is None:  # first contact with this process: find or create it
            community_id = self._community_ids[key] = (await self.community(inv.community)).id
        async with self.database.session(community_id) as session:
            platform, enterprise_id, workspace_id = key
            found = await _first_read(
                session,
                COMMUNITY_AND_MEMBER,
                {
                    "community_id": community_id,
                    "user_id": inv.user_id,
                    "platform": platform,
                    "enterprise_id": enterprise_id,
                    "workspace_id": workspace_id,
                },
            )
            if found is not None:
                community, member = found
                async with self._committed(
                    session, community, member, adapter, inv.user_id, inv.user_name, inv
                ) as ctx:
                    yield ctx
                return
        # The community was purged since (and may have come back under a new id).
        del self._community_ids[key]
        if _fresh:
            raise LookupError("the community disappeared while it was being opened")
        async with self.context_for(inv, adapter, _fresh=True) as ctx:
            yield ctx

    @asynccontextmanager
    async def _committed(
        self, session, community, member, adapter, user_id, user_name, inv, *, opens=None
    ):
        """The context on ``session`` (or the one ``opens`` makes when the
        handler first needs it); what the handler changes is noted so that
        its jobs are declared again (bot/due.py) before the commit."""
        ctx = self._context(session, community, member, adapter, user_id, user_name, inv, opens)
        try:
            yield ctx
            await ctx.commit()
        except BaseException:
            await _rolled_back(ctx)
            raise
        finally:
            if inv is not None:  # a handler may have changed it (/haven language)
                inv.language = ctx.language

    def _context(
        self, session, community, member, adapter, user_id, user_name, inv, opens
    ) -> Context:
        if session is not None:
            due_rows.track(session)
        self._routes[community.id] = (community.platform, community.workspace_id)
        ctx = Context(
            app=self,
            adapter=adapter,
            community=community,
            session=session,
            user_id=user_id,
            user_name=user_name,
            member=member,
            invocation=inv,
            opens_session=opens,
        )
        ctx.language = ctx.resolve_language()
        if inv is not None:
            ctx.is_moderator = self.is_moderator(community, inv)
            inv.discreet = is_discreet(community, member)
            inv.language = ctx.language
        return ctx

    def asks_who_moderates(self, inv: Invocation) -> bool:
        """Whether answering ``inv`` depends on the member being a moderator (a
        moderator command or button, or /help, which lists moderators' commands
        to them). Adapters that must ask the platform whether a member is an
        admin (Slack's paced ``users.info``) ask only then."""
        if inv.via == "action":
            found = self.registry.find_action(inv.action_id)
            return found is not None and found[0].permission is Permission.MODERATOR
        if inv.via != "command":
            return False
        found = self.resolve(inv)
        if found is None:
            return False
        spec = found[0]
        return spec.permission is Permission.MODERATOR or spec.path[0] == "help"

    def is_moderator(self, community: Community, invocation: Invocation) -> bool:
        if invocation.is_admin:
            return True
        settings = read(EngineSettings, community)
        if invocation.user_id in settings.moderator_users:
            return True
        role = settings.moderator_role
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
            result = mark(result, discreet_reader(invocation), locale=reader_language(invocation))
            await self.adapters[invocation.community.platform].reply(invocation, result)
        for hook in invocation.after_reply:
            await hook()
        return None

    async def dispatch(self, invocation: Invocation) -> Message | FormErrors | None:
        """Handle what a member did; returns the reply without sending it."""
        adapter = self.adapters[invocation.community.platform]
        counted = metrics.Handling(self, invocation)  # counts, never content
        request, scope = begin_request(invocation.user_id)  # logs: request id, hashed member
        try:
            if invocation.via == "command":
                found = self.resolve(invocation)
                counted.name = found[0].name if found else "unknown"
                return counted.done(await self._command(adapter, invocation, found))
            if invocation.via == "action":
                return counted.done(await self._action(adapter, invocation))
            if invocation.via == "form":
                return counted.done(await self._form(adapter, invocation))
            raise ValueError(f"an invocation via {invocation.via!r}: not a command, action or form")
        except Exception as exc:
            # The database may be what failed: the app's language, not a stored choice.
            locale = i18n.choose(None, invocation.locale)
            if await self.storage.is_storage_error(exc):
                self.storage.lost(exc)
                return counted.done(error(i18n.translate(locale, STORAGE_AWAY)), "storage_away")
            log.exception("handler failed (reference %s)", request)
            failed = error(i18n.translate(locale, FAILURE, ref=request))
            return counted.done(failed, "failed")
        finally:
            end_request(scope)

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

    async def _command(
        self, adapter: Adapter, inv: Invocation, found: tuple[CommandSpec, str] | None
    ) -> Message | None:
        """``inv`` run as ``found`` (:meth:`resolve`'s answer for it)."""
        if found is None:
            return self._unknown_command(inv, await self.language_briefly(adapter, inv))
        spec, text = found
        if not spec.needs_db:
            ctx = Context(self, adapter, None, None, inv.user_id, inv.user_name, invocation=inv)
            try:
                values = self._parse(spec, inv, text, ctx)
                return await spec.handler(ctx, **spec.arguments(values))
            except HavenError as exc:
                return answer_error(exc, spec, ctx.locale, ctx.now())
            finally:  # /crisis settles the language as it reads (cogs/crisis)
                inv.language = ctx.locale

        async with self.context_for(inv, adapter) as ctx:
            disabled = self._disabled(ctx, spec.cog)
            if disabled:
                return disabled
            # Permission first: a refusal must not depend on how well the arguments were typed.
            if spec.permission is Permission.MODERATOR and not ctx.is_moderator:
                await ctx.audit(spec.name, "denied")
                return error(ctx.t("refusal-moderators-only", command=spec.name))
            try:
                values = self._parse(spec, inv, text, ctx)
            except UsageError as exc:
                return usage_error(spec, str(exc), ctx.locale)
            if spec.consent and not (ctx.member and ctx.member.consented):
                return self._hold_for_consent(ctx, spec, inv)
            note = None
            if spec.zone and ctx.member is not None and ctx.member.timezone is None:
                # The platform's profile names a place: use it and say so (never
                # a fixed offset, which place() refuses); else ask.
                profile = await ctx.profile_zone()
                if profile is None:
                    self._awaiting_zone.hold(
                        (ctx.community.id, inv.user_id), spec.name, inv, self.clock.now()
                    )
                    return zone_question(None, ctx.t)
                await move_member(ctx, ctx.member, profile)
                note = zone_note(profile, adapter.platform, ctx.t)
                try:  # dates and times in the command now read in that zone
                    values = self._parse(spec, inv, text, ctx)
                except UsageError as exc:
                    return with_note(usage_error(spec, str(exc), ctx.locale), note)
            try:
                async with handler_scope(ctx.db):
                    result = await spec.handler(ctx, **spec.arguments(values))
            except HavenError as exc:
                if isinstance(exc, NotAllowed):
                    await audit_denied(ctx, spec.name)
                return with_note(answer_error(exc, spec, ctx.locale, ctx.now()), note)
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
                raise UsageError(missing(opt, pctx))
            elif opt.default is not None:
                values[opt.name] = opt.default
        return values

    async def language_briefly(self, adapter: Adapter, inv: Invocation) -> str:
        """The member's language for an answer no handler gives (an unknown
        command, an expired button or form), by the engine's rule — their
        choice, their app's, the community's, English — when storage answers
        within ``HAVEN_BRIEF_READ_MS``; else their app's, else English.
        Settled on ``inv`` (the reply's lock-screen line reads it)."""
        ctx = Context(self, adapter, None, None, inv.user_id, inv.user_name, invocation=inv)

        async def read(here: Context) -> str:
            own = select(Member.language).where(Member.platform_user_id == inv.user_id)
            chosen = (await here.db.exec(own)).first()
            return i18n.choose(chosen, inv.locale, here.settings(EngineSettings).language)

        try:
            inv.language = await ctx.read_briefly(read)
        except Exception as exc:  # storage slow or away: the app's language will do
            log.info("language read briefly: %s", type(exc).__name__)
            inv.language = i18n.choose(None, inv.locale)
        return inv.language

    def _unknown_command(self, inv: Invocation, locale: str) -> Message:
        def t(key: str, **args: Any) -> str:
            return i18n.translate(locale, key, **args)

        words = inv.command.split() + inv.text.split()[:1]
        if words and words[0].lower() in self.registry.off_groups:
            return error(t("unknown-command-off", group=words[0].lower()))
        group = self.registry.groups().get(words[0].lower()) if words else None
        if group:
            # By path, as /help lists them: not by which cog registered first.
            ordered = sorted(group, key=lambda spec: spec.path)
            lines = [
                t("unknown-command-line", usage=spec.usage(), help=spec.described(locale))
                for spec in ordered
            ]
            typed = literal(" ".join(words))
            head = t("unknown-command-in-group", command=typed) if len(words) > 1 else ""
            listed = t("unknown-command-group", group=words[0])
            return error("\n".join(filter(None, [head, listed, *lines])))
        return error(t("unknown-command", command=literal(" ".join(words)) or "?"))

    def _disabled(self, ctx: Context, cog: Cog | None) -> Message | None:
        """A cog this community turned off; never an engine cog (consent, erasure)."""
        if cog is None or cog.name in ENGINE_COGS:
            return None
        if cog.name in ctx.settings(EngineSettings).disabled_cogs:
            return error(ctx.t("refusal-cog-off", cog=cog.name))
        return None

    async def _action(self, adapter: Adapter, inv: Invocation) -> Message | None:
        found = self.registry.find_action(inv.action_id)
        if found is None:
            locale = await self.language_briefly(adapter, inv)
            return error(i18n.translate(locale, "unknown-button"))
        spec, args = found
        if not spec.needs_db:
            ctx = Context(self, adapter, None, None, inv.user_id, inv.user_name, invocation=inv)
            try:
                return await spec.handler(ctx, *args)
            except HavenError as exc:
                return answer_error(exc, None, ctx.locale, ctx.now())
            finally:
                inv.language = ctx.locale
        async with self.context_for(inv, adapter) as ctx:
            disabled = self._disabled(ctx, spec.cog)
            if disabled:
                return disabled
            if spec.permission is Permission.MODERATOR and not ctx.is_moderator:
                await ctx.audit(f"button {spec.prefix}", "denied")
                return error(ctx.t("refusal-button-moderators-only"))
            if spec.consent and not (ctx.member and ctx.member.consented):
                return self.notice_for(ctx)
            try:
                async with handler_scope(ctx.db):
                    return await spec.handler(ctx, *args)
            except HavenError as exc:
                if isinstance(exc, NotAllowed):
                    await audit_denied(ctx, f"button {spec.prefix}")
                return answer_error(exc, None, ctx.locale, ctx.now())

    async def _form(self, adapter: Adapter, inv: Invocation) -> Message | FormErrors | None:
        found = self.registry.find_form(inv.form_id)
        if found is None:
            locale = await self.language_briefly(adapter, inv)
            return error(i18n.translate(locale, "unknown-form"))
        spec, args = found
        values, problems = await self.form_problems(adapter, inv, spec.form)
        if problems:
            return FormErrors(problems)
        async with self.context_for(inv, adapter) as ctx:
            if spec.consent and not (ctx.member and ctx.member.consented):
                return self.notice_for(ctx)
            try:
                async with handler_scope(ctx.db):
                    return await spec.handler(ctx, values, *args)
            except HavenError as exc:
                return answer_error(exc, None, ctx.locale, ctx.now())

    async def form_problems(
        self, adapter: Adapter, inv: Invocation, form: Form
    ) -> tuple[dict[str, Any], dict[str, str]]:
        """``inv``'s values checked against ``form`` (:func:`bot.forms.validate`):
        the clean values, and each problem in the member's language. Only a
        rejected form asks which language that is (:meth:`language_briefly`, a
        brief read-only look): nothing is written, nothing stored is lost."""
        values, problems = validate(form, inv.values)
        if problems:
            locale = await self.language_briefly(adapter, inv)
            if locale != i18n.ENGLISH:
                problems = validate(form, inv.values, locale)[1]
        return values, problems

    async def in_community(self, inv: Invocation, adapter: Adapter, work) -> Message | None:
        """Run ``work(ctx)`` for ``inv``'s member in one community transaction
        (a follow-up, see :meth:`Context.follow_up`)."""
        async with self.context_for(inv, adapter) as ctx:
            async with handler_scope(ctx.db):
                return await work(ctx)

    def notice_for(self, ctx: Context, extra: str = "", *, agreed: bool = False) -> Message:
        """The privacy notice as ``ctx``'s community is served: it lists what the
        cogs turned on there store (each cog's ``privacy`` line, bot.consent)."""
        off = set(ctx.settings(EngineSettings).disabled_cogs) - ENGINE_COGS
        lines = privacy_lines(self.registry.cogs.values(), off)
        return notice(extra, agreed=agreed, lines=lines, t=ctx.t)

    def _hold_for_consent(self, ctx: Context, spec: CommandSpec, inv: Invocation) -> Message:
        """The privacy notice; the command waits for Agree (bot.waiting)."""
        key = (ctx.community.id, inv.user_id)
        full = self._awaiting_consent.hold(key, spec.name, inv, self.clock.now())
        if full is not None:
            first = ctx.t("consent-first-full", limit=LIMIT, waiting=names(full), command=spec.name)
            return self.notice_for(ctx, first)
        waiting = self._awaiting_consent.waiting(key)
        if len(waiting) == 1:
            return self.notice_for(ctx, ctx.t("consent-first-one"))
        return self.notice_for(
            ctx, ctx.t("consent-first-many", waiting=names(waiting), limit=LIMIT)
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

    async def declare_jobs(self, ctx: Context) -> None:
        """Write into ``due`` what the handler's changes imply, in its own
        transaction (called before each commit of a handler's session).

        The cogs whose ``job_sources`` were touched — and every cog, for a
        member whose zone or consent changed or a community whose settings did —
        declare their jobs again for that scope (bot/due.py).
        """
        session = ctx.session
        if session is None or ctx.community is None:
            return
        await session.flush()  # the handler's changes, noted by bot.due's listeners
        touched = session.info.get(due_rows.INFO_KEY)
        later = session.info.pop(LATER_KEY, [])
        if not touched and not later:
            return
        session.info[due_rows.INFO_KEY] = due_rows.Touched()
        changes = session.info.setdefault(due_rows.WRITTEN_KEY, due_rows.Changes())
        conn = await session.connection()
        now = self.clock.now()
        for cog in self.registry.cogs.values() if touched else ():
            kinds = self.registry.kinds_of(cog)
            if not kinds:
                continue
            scope = touched.members | touched.community
            for cls, part in touched.sources.items():
                if issubclass(cls, cog.job_sources or ()):
                    scope = scope | part
            if scope.empty:
                continue
            declared = list(await cog.jobs_for(ctx, scope))
            await due_rows.sync(conn, ctx.community, kinds, declared, scope, now, changes)
        for spec in later:
            changes.saw(await due_rows.put(conn, ctx.community, spec, now))

    def jobs_written(self, session) -> None:
        """After a commit: wake the scheduler if a row now falls due before it looks."""
        changes = session.info.pop(due_rows.WRITTEN_KEY, None)
        if changes is not None:
            self.scheduler.wake(changes.earliest)

    async def _declare_after(self, spec: JobSpec) -> None:
        """A declared job ran its last occurrence: its cog declares that job's
        scope again, in case the data implies a successor (the next milestone
        after the one just sent, or after one missed beyond its grace)."""
        handler = self.registry.jobs.get(spec.kind)
        if handler is None or handler.cog is None or not handler.cog.job_sources:
            return
        async with self.database.unscoped_session("route declared work", readonly=True) as session:
            community = await session.get(Community, spec.community_id)
        if community is None:
            return
        cog = handler.cog
        scope = (
            due_rows.Scope(frozenset({spec.member_id}))
            if spec.member_id is not None
            else due_rows.Scope(frozenset(), True)
        )
        adapter = self.adapters.get(community.platform)
        async with self.context(community, adapter) as ctx:
            declared = list(await cog.jobs_for(ctx, scope))
            conn = await ctx.db.connection()
            changes = ctx.db.info.setdefault(due_rows.WRITTEN_KEY, due_rows.Changes())
            kinds = self.registry.kinds_of(cog)
            await due_rows.sync(conn, community, kinds, declared, scope, self.clock.now(), changes)

    def _owns(self) -> Ownership:
        """What this process claims: work of the platforms it runs and the job
        kinds it handles and, where a platform's settings give this process some
        of its partitions (shards), of the communities in those."""
        owned = ((s.name, s.owned_partitions()) for s in self.settings.sections)
        return Ownership(
            platforms=frozenset(self.adapters),
            kinds=frozenset(self.registry.jobs),
            partitions=tuple((name, tuple(p[0]), p[1]) for name, p in owned if p is not None),
        )

    async def _run_due(self, due: Due) -> None:
        handler = self.registry.jobs.get(due.job.kind)
        if handler is None:
            log.warning("no handler for job kind %s", due.job.kind)
            return
        skipped = quiet_until = None
        async with self.job_context(due.job.community_id, due.job.member_id, due.job.job_id) as ctx:
            if ctx is not None:
                if handler.holdable:  # through quiet hours (bot/holding.py)
                    quiet_until = await self.holding.quiet_until(ctx)
                try:
                    if quiet_until is None:
                        await handler.handler(ctx, released(due))
                except Skip as exc:  # not a failure: what it wrote (a follow-up) stays
                    skipped = exc
        if skipped is not None:
            raise skipped
        if quiet_until is not None and not await self.holding.hold(due, quiet_until):
            log.warning("job %s could not be held; it runs now", due.job.job_id)
            async with self.job_context(
                due.job.community_id, due.job.member_id, due.job.job_id
            ) as ctx:
                if ctx is not None:
                    await handler.handler(ctx, released(due))

    def _read_ahead(self, specs: list[JobSpec]) -> None:
        self.job_reads.ahead((spec.community_id, spec.member_id) for spec in specs)

    @asynccontextmanager
    async def job_context(self, community_id: int, member_id: int | None, job_id: str = ""):
        """The context for scheduled work in one community (a member's, when
        ``member_id`` is given: they are its member). The community and the
        member are read with those of the job's batch, as it was claimed, or
        with those of every job starting at the same moment (bot/jobreads.py);
        the session is opened only when the handler uses the database
        (:attr:`Context.opens_session`).

        Yields None when there is nothing to run: the community or the member
        is gone, or this process runs no adapter for the community's platform."""
        community, member = await self.job_reads.read(community_id, member_id)
        adapter = self.adapters.get(community.platform) if community is not None else None
        if community is not None and adapter is None:
            log.warning("no %s adapter running for job %s", community.platform, job_id)
        if adapter is None or (member_id is not None and member is None):
            yield None
            return

        opened = []

        def opens():
            session = self.database.open_session(community_id)
            opened.append(session)
            due_rows.track(session)
            for found in (community, member):
                if found is not None:
                    session.add(found)
            return session

        user_id, user_name = (
            (member.platform_user_id, member.display_name) if member else (None, "")
        )
        try:
            async with self._committed(
                None, community, member, adapter, user_id, user_name, None, opens=opens
            ) as ctx:
                yield ctx
        finally:
            for session in opened:
                await session.close()


#: What every invocation reads first, in one statement: the community (by its
#: cached id, and by its key, so an id a purged community left behind and
#: another took is never mistaken for it) and the member, if any. Built once.
COMMUNITY_AND_MEMBER = (
    select(Community, Member)
    .outerjoin(
        Member,
        and_(
            Member.community_id == Community.id,
            Member.platform_user_id == bindparam("user_id"),
        ),
    )
    .where(
        Community.id == bindparam("community_id"),
        Community.platform == bindparam("platform"),
        Community.enterprise_id == bindparam("enterprise_id"),
        Community.workspace_id == bindparam("workspace_id"),
    )
)


async def _rolled_back(ctx: Context) -> None:
    """What a failed handler wrote is undone (its session's, if it opened one)."""
    if ctx.session is not None:
        await ctx.session.rollback()


async def _first_read(session, query, params: dict):
    """The transaction's first statement, sent again once on a fresh connection
    if the pooled one turned out dead (the server restarted, a firewall dropped
    it): nothing has happened in the transaction yet, so the member never sees
    the reconnect. The pool pings no connection on checkout, so this is where
    the command path notices."""
    try:
        return (await session.exec(query, params=params)).first()
    except DBAPIError as exc:
        if not exc.connection_invalidated:
            raise
        await session.rollback()
        return (await session.exec(query, params=params)).first()


@asynccontextmanager
async def handler_scope(session):
    """A handler's own writes: a :class:`~bot.errors.HavenError` undoes them — back to the
    handler's start, or (as each platform call commits first,
    :meth:`Context.before_platform_call`) back to its last platform call.

    The transaction has only read (the community and the member) when a
    handler starts, and audit rows are written after it returns, so undoing is
    rolling the transaction back: no SAVEPOINT on every command."""
    try:
        yield
    except HavenError:
        await session.rollback()
        raise


def usage_error(spec: CommandSpec, reason: str, locale: str = i18n.ENGLISH) -> Message:
    """The reason, then how to type the command (``error-usage``, in ``locale``)."""
    return error(
        i18n.translate(
            locale,
            "error-usage",
            reason=reason,
            usage=spec.usage(),
            example=spec.example_in(locale),
        )
    )


async def audit_denied(ctx: Context, action: str) -> None:
    """A handler's :class:`~bot.errors.NotAllowed`, audited like a moderator
    check's refusal (the rollback expired the community row: read it again)."""
    await ctx.db.refresh(ctx.community)
    await ctx.audit(action, "denied")


def answer_error(
    exc: HavenError,
    spec: CommandSpec | None = None,
    locale: str = i18n.ENGLISH,
    now: datetime | None = None,
) -> Message:
    """A refusal as it is; a usage error of a command adds how to type it (a
    button or a form, where nothing was typed, gets the reason alone). An
    abuse limit without words of its own says when to try again (``now``:
    the injected clock's)."""
    if isinstance(exc, UsageError) and spec is not None:
        return usage_error(spec, str(exc), locale)
    if isinstance(exc, TooSoon) and exc.text is None and now is not None:
        wait = wait_words(exc.retry_at, now, locale)
        return error(i18n.translate(locale, "error-too-soon", wait=wait))
    return error(str(exc))
