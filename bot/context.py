"""What a handler gets: who asked, where, the community's session and the
platform's capabilities — never the platform itself."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar, cast

from sqlalchemy import event, or_
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import instance_state
from sqlmodel import col, delete, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot import community_settings, i18n, locks
from bot.adapters import (
    Adapter,
    Capability,
    CommunityKey,
    Invocation,
    ProfileZones,
    Ref,
    Undeliverable,
)
from bot.community_settings import EngineSettings
from bot.discretion import community_default, discreet_reader, is_discreet, mark, reader_language
from bot.holding import PREFIX as HELD_PREFIX
from bot.ledger import SENT, Claim
from bot.messages import Form, Message, Visibility
from bot.models import AuditLog, Community, Delivery, DueWork, Member
from bot.options import ParseContext
from bot.zones import place, zone_of

if TYPE_CHECKING:
    from bot.app import Haven
    from bot.config import Settings
    from bot.jobs import JobSpec
    from bot.plugins import CommandSpec

log = logging.getLogger("haven")

S = TypeVar("S", bound=community_settings.CommunitySettings)

#: A refusal repeated within this time is audited once (see :meth:`Context.audit`).
DENIED_COALESCE = timedelta(hours=1)

T = TypeVar("T")

#: ``session.info`` key of the one-off jobs a handler asked for (:meth:`Context.later`).
LATER_KEY = "due_later"


@dataclass(frozen=True)
class Reached:
    """Whether the platform accepted a message for a person: the message when it
    did, else why not (``closed``: their DMs are closed; ``gone``: the account is
    unknown or deactivated; ``error``: anything else)."""

    ref: Ref | None
    reason: str = ""

    def __bool__(self) -> bool:
        return self.ref is not None


def community_key(community: Community) -> CommunityKey:
    return CommunityKey(
        community.platform, community.workspace_id, community.enterprise_id, community.name
    )


@dataclass
class Context:
    app: Haven
    adapter: Adapter
    community: Community | None
    session: AsyncSession | None
    user_id: str | None = None
    user_name: str = ""
    member: Member | None = None
    invocation: Invocation | None = None
    is_moderator: bool = False
    #: A moderator command's audit row, when it says more than the command's
    #: name: what it did (``mod moderator add``) and to whom (a platform id).
    audit_action: str | None = None
    audit_target: str | None = None
    #: The language to answer in, settled when the context is made (the engine
    #: calls :meth:`resolve_language`: an error's answer, after the rollback has
    #: expired the member's row, must not read it again) or by a handler that
    #: knows better (/crisis reads the member's choice without the engine's
    #: session; /haven language has just changed it).
    language: str | None = None
    #: Scheduled work's session is opened when the handler first uses the
    #: database (:attr:`db`): work that only posts opens none. Making and
    #: closing one cost about a quarter of a post's CPU.
    opens_session: Callable[[], AsyncSession] | None = None

    # -- language ---------------------------------------------------------

    @property
    def locale(self) -> str:
        """The language Haven answers this member in (:meth:`resolve_language`)."""
        return self.language or self.resolve_language()

    def resolve_language(self) -> str:
        """The member's choice, else their platform's, else the community's, else English."""
        return i18n.choose(
            self.member.language if self.member else None,
            self.invocation.locale if self.invocation else None,
            self.settings(EngineSettings).language,
        )

    @property
    def community_locale(self) -> str:
        """The community's language (``/mod language``), else English: for
        what everyone reads alike — a channel's post, a note stored for every
        moderator — whoever's command brought it about."""
        return i18n.choose(None, None, self.settings(EngineSettings).language)

    def t(self, key: str, **args: Any) -> str:
        """``key`` from the catalogues, in the member's language (:mod:`bot.i18n`).
        Member text among ``args`` goes in already through ``literal()``."""
        return i18n.translate(self.locale, key, **args)

    def format_date(self, value: date | datetime, form: str = "long") -> str:
        return i18n.format_date(value, self.locale, form)

    def format_number(self, value: float | int) -> str:
        return i18n.format_number(value, self.locale)

    def format_list(self, items: list[str], style: str = "standard") -> str:
        return i18n.format_list(items, self.locale, style)

    # -- time -------------------------------------------------------------

    def now(self) -> datetime:
        return self.app.clock.now()

    @property
    def zone(self) -> str:
        """The member's IANA zone, else the community's, else Haven's default."""
        return self.zone_of(self.member)

    def zone_of(self, member: Member | None) -> str:
        """``member``'s zone (any member of this community; None: the community's)."""
        return zone_of(member, self.community, self.app.settings.default_timezone)

    def today(self) -> date:
        return self.app.clock.today(self.zone)

    async def profile_zone(self) -> str | None:
        """The zone the member's platform profile names, when it is a place Haven
        takes (never a fixed offset); None when unknown."""
        if self.user_id is None or not self.has(Capability.PROFILE_ZONE):
            return None
        # A platform call (Slack's users.info is paced): nothing held across it.
        await self.before_platform_call()
        try:
            named = await cast(ProfileZones, self.adapter).profile_zone(self.key, self.user_id)
            return place(named, self.today()) if named else None
        except Exception as exc:  # a suggestion only: the member can still type theirs
            log.info("no profile zone: %s", type(exc).__name__)
            return None

    def parse_context(self) -> ParseContext:
        return ParseContext(today=self.today(), zone=self.zone, locale=self.locale)

    # -- the community ----------------------------------------------------

    @property
    def key(self) -> CommunityKey:
        assert self.community is not None
        return community_key(self.community)

    @property
    def db(self) -> AsyncSession:
        if self.session is None:
            if self.opens_session is None:
                raise RuntimeError("this handler was declared without database access")
            self.session = self.opens_session()
        return self.session

    @property
    def has_database(self) -> bool:
        """Whether this handler may use :attr:`db` (its session open or not yet)."""
        return self.session is not None or self.opens_session is not None

    def later(self, spec: JobSpec) -> None:
        """A one-off follow-up that no stored data implies (a note to the
        moderators that a post failed): the ``due`` row is its own data,
        written in this transaction. Everything else is declared
        (:meth:`bot.plugins.Cog.jobs_for`)."""
        self.db.info.setdefault(LATER_KEY, []).append(spec)

    async def once(
        self, key: str, job_id: str, scheduled_for: datetime, member_id: int | None = None
    ) -> bool:
        """True the first time ``key`` is claimed in this community, across
        restarts and instances: the delivery ledger records it as sent in this
        transaction, so it is undone with the handler's other writes. For what
        is told once per occurrence (a quiet member's gap)."""
        assert self.community is not None
        claim = Claim(self.community.id, key, job_id, scheduled_for, member_id)
        conn = await self.db.connection()
        now = self.now()
        if not await self.app.ledger.claim(claim, now, conn=conn):
            return False
        await self.app.ledger.finish(self.community.id, key, SENT, now, conn=conn)
        return True

    async def forget_once(self, jobs: str, keys: str) -> None:
        """Drop the pending jobs whose ids start with ``jobs``, the held
        copies and ledger rows of the occurrences whose keys start with
        ``keys``: for erasing a member named in another member's jobs."""
        held = f"{HELD_PREFIX}{keys}"
        await self.db.exec(
            delete(DueWork).where(
                or_(col(DueWork.job_id).startswith(jobs), col(DueWork.job_id).startswith(held))
            )
        )
        await self.db.exec(delete(Delivery).where(col(Delivery.key).startswith(keys)))

    @property
    def config(self) -> Settings:
        """The operator's settings for this Haven (environment variables, read
        once at start-up; :mod:`bot.config`), e.g. ``ctx.config.public_url``.
        Read-only, the same in every community; a community's own are
        :meth:`settings`."""
        return self.app.settings

    def resume_after_zone(self) -> bool:
        """After the member's zone is set and told, run the commands that asked
        for it, in order (:mod:`bot.zone_question`); True when there is one."""
        return self.app.resume_after_zone(self)

    def settings(self, cls: type[S]) -> S:
        """The community's settings of ``cls``'s namespace, typed, every field
        filled in (the defaults outside a community); see :mod:`bot.community_settings`."""
        return community_settings.read(cls, self.community)

    def update_settings(self, cls: type[S], **changes: Any) -> S:
        """Check ``changes`` against ``cls`` and store them in the community
        (``ValueError`` when one does not fit); returns the new settings."""
        assert self.community is not None
        updated = community_settings.update(cls, self.community, **changes)
        self.db.add(self.community)
        return updated

    def channel(self, purpose: str) -> str | None:
        """The channel configured for ``announcements``, ``milestones``, ..."""
        return self.settings(EngineSettings).channels.get(purpose)

    async def find_member(self, platform_user_id: str) -> Member | None:
        result = await self.db.exec(
            select(Member).where(Member.platform_user_id == platform_user_id)
        )
        return result.first()

    async def consented_members(self) -> list[Member]:
        result = await self.db.exec(select(Member).where(Member.consent_version.is_not(None)))
        return list(result.all())

    async def hold_community(self) -> None:
        """Hold this community's lock until the transaction ends, so a count
        checked against a cap is still true when the new row commits (see
        :mod:`bot.locks`). Call it after the handler's last platform call, which
        commits first."""
        await locks.hold_community(self.db, self.community.id)

    async def hold_members(self, *member_ids: int | None) -> None:
        """Hold these members' locks until the transaction ends (:mod:`bot.locks`)."""
        await locks.hold_members(self.db, *member_ids)

    async def audit(self, action: str, outcome: str = "ok", target: str | None = None) -> None:
        """Record who did what to whom (a platform id) and when — never content.

        A refusal repeated within the hour is recorded once: a member pressing a
        moderator's command again and again cannot grow the log without end."""
        if outcome == "denied":
            since = self.now() - DENIED_COALESCE
            recent = await self.db.exec(
                select(AuditLog.id)
                .where(AuditLog.actor_id == (self.user_id or "haven"))
                .where(AuditLog.action == action[:80], AuditLog.outcome == outcome)
                .where(AuditLog.at >= since)
                .limit(1)
            )
            if recent.first() is not None:
                return
        self.db.add(
            AuditLog(
                community_id=self.community.id,
                actor_id=self.user_id or "haven",
                action=action[:80],
                outcome=outcome[:16],
                at=self.now(),
                target_id=target[:64] if target else None,
            )
        )

    # -- storage at a glance ---------------------------------------------

    async def read_briefly(
        self, read: Callable[[Context], Awaitable[T]], *, within: float | None = None
    ) -> T:
        """For a handler declared without database access (``/crisis``,
        ``/sos``): ``read(ctx)`` in a read-only transaction of the member's
        community (``ctx.member`` is not looked up: :meth:`find_member`),
        given up after ``within`` seconds (``HAVEN_BRIEF_READ_MS`` by default:
        /crisis and /sos answer within a second). Raises what stopped it —
        storage slow (``TimeoutError``) or away — so the caller answers without it."""
        inv = self.invocation
        if inv is None:
            raise RuntimeError("a brief read exists only in answer to a member")

        async def run() -> T:
            community = await self.app.community(inv.community)
            async with self.app.database.session(community.id, readonly=True) as session:
                ctx = Context(
                    self.app, self.adapter, community, session, inv.user_id, inv.user_name,
                    invocation=inv,
                )  # fmt: skip
                return await read(ctx)

        if within is None:
            within = self.app.settings.brief_read_ms / 1000
        return await asyncio.wait_for(run(), timeout=within)

    # -- other cogs -------------------------------------------------------

    def service(self, service: type[T]) -> T | None:
        """The cog that provides ``service`` (:mod:`bot.services`), or None
        when no cog of this Haven does or the one that does is turned off."""
        return self.app.registry.service(service)

    def services(self, service: type[T]) -> list[T]:
        """Every turned-on cog that provides ``service``, in registry order."""
        return self.app.registry.providers(service)

    def command_groups(self) -> dict[str, list[CommandSpec]]:
        """Every turned-on cog's commands, by group (what /help lists)."""
        return self.app.registry.groups()

    async def figures(self) -> list[tuple[str, int]]:
        """Every turned-on cog's counts (:meth:`bot.plugins.Cog.stats`), cog
        by cog in name order: what /mod stats shows."""
        found = []
        for _, cog in sorted(self.app.registry.cogs.items()):
            found += list((await cog.stats(self)).items())
        return found

    # -- talking ----------------------------------------------------------

    def has(self, capability: str) -> bool:
        return capability in self.adapter.capabilities

    def follow_up(
        self,
        work: Callable[[Context], Awaitable[Message | None]],
        *,
        unreachable: Message | None,
    ) -> None:
        """After this reply has gone out, run ``work`` in the community's own
        transaction and send what it returns as a second private message.

        For answers that must not wait on the database or another member
        (``/sos``: helplines first, partners after). If the work fails — the
        database away or locked — ``unreachable`` is sent instead (if any).
        """
        inv, app, adapter = self.invocation, self.app, self.adapter
        if inv is None:
            raise RuntimeError("follow-ups exist only in answer to a member")

        async def run() -> None:
            try:
                msg = await app.in_community(inv, adapter, work)
            except Exception as exc:
                log.warning("a follow-up could not run: %s", type(exc).__name__)
                msg = unreachable
            if msg is not None:
                await adapter.reply(
                    inv, mark(msg, discreet_reader(inv), locale=reader_language(inv))
                )

        inv.after_reply.append(run)

    async def reach(self, user_id: str, msg: Message) -> Reached:
        """DM a person and say truthfully whether the platform took it.

        For messages whose sender is told that someone was told (an SOS, a
        partner request): never raises, and never reports a delivery that the
        platform refused (closed DMs, an unknown or deactivated account).
        """
        return await _truthfully(self.send_dm(user_id, msg), "a DM")

    async def reach_in_space(self, space: Ref, msg: Message) -> Reached:
        """Post in a private space, with the same truthful answer as :meth:`reach`."""
        return await _truthfully(self.post_in_space(space, msg), "a post in a private space")

    async def before_platform_call(self) -> None:
        """Commit what the handler wrote before Haven talks to the platform.

        A send may wait seconds for its rate-limit slot. Held across it, a
        transaction would keep SQLite's one write lock from every other member,
        and on PostgreSQL a pooled connection (200 members acting at once
        exhaust the pool). So what was stored is durable before the message
        that tells of it goes out, and the handler goes on in a new
        transaction — the ordering an outbox gives, without one."""
        await self.commit()

    async def commit(self) -> None:
        """Declare the jobs what the handler wrote implies and commit it
        (:meth:`before_platform_call`, and the engine once the handler
        returns). A session that neither read nor wrote — scheduled work that
        only posts — has nothing to commit, and costs no round of the ORM's
        flush and commit."""
        if self.session is None and self.opens_session is not None and self._changed_unopened():
            self.db  # noqa: B018 — opening it takes the changed rows in, to be flushed
        if self.session is not None and _unsettled(self.session):
            await self.app.declare_jobs(self)
            await self.session.commit()
            self.app.jobs_written(self.session)

    def _changed_unopened(self) -> bool:
        """Whether the handler changed the community or the member before its
        session was opened (they are tracked all the same, as detached rows)."""
        return any(  # instance_state: what inspect() finds, without its lookup
            found is not None and instance_state(found).modified
            for found in (self.community, self.member)
        )

    async def can_post(self, channel_id: str) -> bool:
        await self.before_platform_call()
        return await self.adapter.can_post(self.key, channel_id)

    @property
    def discreet(self) -> bool:
        """Whether this member reads Haven discreetly (:mod:`bot.discretion`)."""
        return is_discreet(self.community, self.member)

    async def _reader_discreet(self, user_id: str) -> bool:
        """Whether the person a DM is for reads discreetly (their own choice)."""
        if self.member is not None and user_id == self.member.platform_user_id:
            return self.discreet
        if not self.has_database or self.community is None:
            return community_default(self.community)
        return is_discreet(self.community, await self.find_member(user_id))

    def reader_locale(self, reader: Member | None) -> str:
        """The language of whoever reads what this context sends: the member
        acting reads theirs (:attr:`locale`); another member their stored
        choice, else the community's (no app's language is known for them);
        None — a channel, a space several share — the community's."""
        if reader is not None and self.member is not None and reader.id == self.member.id:
            return self.locale
        return i18n.choose(
            reader.language if reader else None, None, self.settings(EngineSettings).language
        )

    def speaker(self, reader: Member | None) -> Callable[..., str]:
        """:meth:`t` in :meth:`reader_locale`'s language."""
        locale = self.reader_locale(reader)
        return lambda key, **args: i18n.translate(locale, key, **args)

    async def _reader_language(self, user_id: str) -> str:
        """The language of the person a DM is for: this member's, else their
        stored choice, else the community's (a DM has no app language to follow)."""
        if self.member is not None and user_id == self.member.platform_user_id:
            return self.locale
        if user_id == self.user_id and self.invocation is not None:
            return self.locale
        if not self.has_database or self.community is None:
            return self.community_locale
        return self.reader_locale(await self.find_member(user_id))

    async def send_dm(self, user_id: str, msg: Message) -> Ref:
        msg = mark(
            msg.with_visibility(Visibility.DM),
            await self._reader_discreet(user_id),
            locale=await self._reader_language(user_id),
        )
        await self.before_platform_call()
        return await self.adapter.send_dm(self.key, user_id, msg)

    async def post(self, channel_id: str, msg: Message) -> Ref:
        await self.before_platform_call()
        return await self.adapter.send(self.key, channel_id, msg.with_visibility(Visibility.PUBLIC))

    async def edit(self, ref: Ref, msg: Message) -> None:
        msg = mark(msg, self.discreet, locale=self.locale)
        await self.before_platform_call()
        await self.adapter.edit(ref, msg)

    async def open_form(self, form: Form) -> None:
        if self.invocation is None:
            raise RuntimeError("forms open only in answer to a member")
        await self.before_platform_call()
        await self.adapter.open_form(self.invocation, form)

    async def create_space(self, name: str, member_ids: list[str], welcome: Message) -> Ref:
        welcome = mark(
            welcome,
            community_default(self.community),
            private_space=True,
            locale=self.community_locale,
        )
        await self.before_platform_call()
        return await self.adapter.create_private_space(self.key, name, member_ids, welcome)

    async def post_in_space(self, space: Ref, msg: Message) -> Ref:
        msg = mark(
            msg, community_default(self.community), private_space=True, locale=self.community_locale
        )
        await self.before_platform_call()
        return await self.adapter.post_in_space(space, msg)

    async def close_space(self, space: Ref) -> None:
        await self.before_platform_call()
        await self.adapter.close_space(space)

    async def grant_role(self, user_id: str, role: str) -> bool:
        """Grant a role where the platform has roles; False where it has none."""
        if not self.has(Capability.ROLES):
            return False
        await self.before_platform_call()
        await self.adapter.grant_role(self.key, user_id, role)
        return True


#: ``session.info`` key: the session's transaction began one on the database.
BEGUN_KEY = "haven_begun"


@event.listens_for(Session, "after_begin")
def _begun(session: Session, _transaction: Any, _connection: Any) -> None:
    session.info[BEGUN_KEY] = True


@event.listens_for(Session, "after_transaction_end")
def _ended(session: Session, transaction: Any) -> None:
    if transaction.parent is None:
        session.info.pop(BEGUN_KEY, None)


def _unsettled(session: AsyncSession) -> bool:
    """Whether ``session`` has anything to commit: a database transaction
    (it read or flushed), changes not flushed yet, or jobs asked for
    (:meth:`Context.later`)."""
    info = session.info
    return bool(
        info.get(BEGUN_KEY)
        or info.get(LATER_KEY)
        or session.new
        or session.dirty
        or session.deleted
    )


async def _truthfully(sending: Awaitable[Ref], what: str) -> Reached:
    """What the platform answered: a message without an id (Discord's closed
    DMs) or an error is a delivery that did not happen."""
    try:
        ref = await sending
    except Undeliverable as exc:
        return Reached(None, exc.reason)
    except Exception as exc:
        log.warning("%s was not delivered: %s", what, type(exc).__name__)
        return Reached(None, "error")
    return Reached(ref) if ref.id else Reached(None, "closed")
