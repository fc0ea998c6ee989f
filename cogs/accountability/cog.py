"""/partner and /sos — accountability partners, matched pods with private
spaces, and a way to reach out. Consent runs both ways: nothing is formed
until the other member accepts, and anyone may leave at any time.

Two community jobs (see :mod:`.schedule`): weekly matching at a time the
moderators chose, and a daily scan that nudges partners when a member who
shares check-ins with them has gone quiet (see :mod:`.signals`)."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Literal

from sqlmodel import col, delete, select

from bot.api import (
    Capability,
    CheckinActivity,
    Choice,
    Cog,
    Context,
    CrisisText,
    Due,
    Help,
    HomeSection,
    HomeSections,
    Integer,
    JobSpec,
    Limit,
    LimitReached,
    Member,
    MemberOpt,
    Message,
    NotFound,
    OneOf,
    OptionType,
    Partners,
    Positional,
    Refusal,
    Rest,
    Scope,
    Skip,
    Text,
    Time,
    UsageError,
    action,
    choose_language,
    command,
    count_sos,
    error,
    job,
    literal,
    next_occurrence,
    timestamp,
)

from . import store
from .matching import form_pods, utc_offset_hours
from .models import (
    ACCEPTED,
    DECLINED,
    EXPIRED,
    OPEN,
    PAIR,
    POD,
    PartnerRequest,
    Pod,
    PodMember,
    PoolEntry,
    Reason,
    SosAlert,
)
from .schedule import (
    DAYS,
    MATCH_KIND,
    NUDGE_KIND,
    QUIET_KIND,
    SOS_CHECK_KIND,
    PodSettings,
    match_spec,
    nudge_spec,
    sos_check_spec,
    specs_for,
)
from .signals import gap_keys, quiet_members, still_quiet
from .texts import (
    SOS_ACTION,
    SOS_HERE_ACTION,
    SOS_MOD_ACTION,
    Say,
    SosOutcome,
    already_asked,
    here_note,
    matched_dm,
    moderator_button,
    moderators_note,
    name,
    names,
    no_answer_note,
    no_new_pod_dm,
    quiet_dm,
    request_dm,
    request_sent,
    scheduled_match_note,
    sos_dm,
    sos_outcome,
    sos_space_post,
    welcome,
    why_not,
)

log = logging.getLogger("haven.accountability")

COOL_DOWN = timedelta(days=7)  # after a decline, before the same member may ask again
MAX_OPEN_REQUESTS = 3  # unanswered requests one member may have out at once (no fan-out)
REQUEST_LIFETIME = timedelta(days=14)  # an unanswered request lapses
REQUEST_LIMIT = Limit(times=5, per=timedelta(days=1))  # new requests one member may send
SOS_INTERVAL = timedelta(minutes=10)
MAX_REASONS = 10  # a member's own reasons, shown with /sos
REASON_LENGTH = 200

MemberArg = Annotated[str, MemberOpt()]
SizeArg = Annotated[int, Integer(min_value=2, max_value=4)]


@dataclass(frozen=True)
class MatchResult:
    pooled: int  # consented members who were in the pool
    pods: int
    left: int  # still in the pool, for next time
    unreached: int = 0  # matched, but the platform refused their DM

    def summary(self, t: Say) -> str:
        """Counts only — never who: a sentence for each count there is."""
        if self.pooled < 2:
            return t("accountability-match-too-few")
        sentences = [t("accountability-match-formed", count=self.pods)]
        if self.left:
            sentences.append(t("accountability-match-left", count=self.left))
        if self.unreached:
            sentences.append(t("accountability-match-unreached", count=self.unreached))
        return " ".join(sentences)


@dataclass(frozen=True)
class PodKey:
    id: int


@dataclass(frozen=True)
class PodId(OptionType):
    """``pod:3`` — a pod's number, as shown by ``/partner list``."""

    placeholder = "pod:id"
    example = "pod:3"

    def parse(self, raw, pctx) -> PodKey:
        text = str(raw).strip().lower()
        head, sep, number = text.partition(":")
        if head == "pod" and sep and number.isdigit() and len(number) <= 9:
            return PodKey(int(number))
        raise pctx.refuse("accountability-option-not-a-pod", value=f"“{literal(str(raw)[:40])}”")


class Accountability(Cog):
    name = "accountability"
    description = "Accountability partners, pods and SOS"
    privacy = "accountability-privacy"  # "partners" (locales/*/privacy.ftl)
    migrations = Path(__file__).parent / "migrations"
    job_sources = (Pod, SosAlert)
    provides = (Partners, HomeSections)

    # -- what other cogs ask of accountability (bot.services) ----------------

    async def partners_of(self, ctx: Context, member: Member) -> list[Member]:
        """Everyone in an open partnership or pod with ``member`` (not them)."""
        return await store.partners_of(ctx, member)

    def home_sections(self) -> tuple[HomeSection, ...]:
        return (HomeSection("accountability-home-title", "partner list", place=40),)

    # -- requests ----------------------------------------------------------

    @command(
        "partner request",
        help="Ask a member to be your accountability partner; they answer privately",
        example="/partner request @sam",
    )
    async def request(self, ctx: Context, member: MemberArg) -> Message:
        """Every answer that depends on the person named is one the asker already
        knows (they are partners; that person asked them, or declined them);
        everything else reads the same whether or not that person uses Haven."""
        me = ctx.member
        if member == me.platform_user_id:
            raise Refusal(ctx.t("accountability-request-self"))
        await self._lapse_old_requests(ctx)
        other = await ctx.find_member(member)
        other = other if other is not None and other.consented else None
        # The asker's own limits come first, before anything about the other
        # person, counted under a lock so that requests sent at once cannot
        # all see room for one more.
        await ctx.hold_members(me.id, other.id if other else None)
        refused = await self._request_limits(ctx, me)
        if refused is not None:
            return refused
        if other is not None and await store.pair_with(ctx, me, other):
            return error(ctx.t("accountability-request-partners", name=name(other)))
        if await self._open_request(ctx, me, member) is not None:
            return already_asked(member, ctx.t)
        if other is not None and await self._open_request(ctx, other, me.platform_user_id):
            return error(ctx.t("accountability-request-they-asked", name=name(other), user=member))
        declined = (
            await ctx.db.exec(
                select(PartnerRequest)
                .where(
                    PartnerRequest.requester_id == me.id,
                    PartnerRequest.target_user_id == member,
                    PartnerRequest.status == DECLINED,
                    col(PartnerRequest.answered_at) > ctx.now() - COOL_DOWN,
                )
                .order_by(col(PartnerRequest.answered_at).desc())
            )
        ).first()
        if declined is not None:  # they were told: "isn't available right now"
            again = declined.answered_at + COOL_DOWN
            return error(
                ctx.t(
                    "accountability-request-declined",
                    mention=f"<@{member}>",
                    again=timestamp(again, "f"),
                )
            )
        req = PartnerRequest(
            requester_id=me.id,
            target_id=other.id if other else None,
            target_user_id=member,
            created_at=ctx.now(),
        )
        ctx.db.add(req)
        await ctx.db.flush()
        if other is not None:  # after the answer, so its timing tells nothing either
            req_id = req.id
            ctx.follow_up(lambda later: self._deliver_request(later, req_id), unreachable=None)
        return request_sent(member, ctx.t)

    async def _request_limits(self, ctx: Context, me: Member) -> Message | None:
        """The asker's caps: open requests at once, and new requests a day."""
        since = ctx.now() - REQUEST_LIMIT.per
        mine = (
            await ctx.db.exec(
                select(PartnerRequest.status, PartnerRequest.created_at).where(
                    PartnerRequest.requester_id == me.id,
                    (PartnerRequest.status == OPEN) | (col(PartnerRequest.created_at) > since),
                )
            )
        ).all()
        waiting = sum(1 for status, _ in mine if status == OPEN)
        if waiting >= MAX_OPEN_REQUESTS:
            return error(ctx.t("accountability-request-waiting", count=waiting))
        again = REQUEST_LIMIT.retry_at([at for _, at in mine], ctx.now())
        if again is not None:
            return error(
                ctx.t(
                    "accountability-request-daily",
                    count=REQUEST_LIMIT.times,
                    again=timestamp(again, "R"),
                    at=timestamp(again, "t"),
                )
            )
        return None

    async def _deliver_request(self, ctx: Context, request_id: int) -> None:
        """The request's DM, after the asker's answer. Whether the platform took
        it is not the asker's to know (it would tell them who uses Haven); the
        member sees open requests in ``/partner list`` either way."""
        req = await ctx.db.get(PartnerRequest, request_id)
        if req is None or req.status != OPEN or req.target_id is None:
            return None
        target = await ctx.db.get(Member, req.target_id)
        note = request_dm(ctx.member, req.id, ctx.speaker(target))  # in their language
        await ctx.reach(req.target_user_id, note)
        return None

    @command(
        "partner accept",
        help="Accept a partner request (the same as its Accept button)",
        example="/partner accept @sam",
    )
    async def accept_command(self, ctx: Context, member: MemberArg) -> Message:
        return await self._answer(ctx, await self._request_from(ctx, member), accept=True)

    @command(
        "partner decline",
        help="Decline a partner request; they only hear you're not available",
        example="/partner decline @sam",
    )
    async def decline_command(self, ctx: Context, member: MemberArg) -> Message:
        return await self._answer(ctx, await self._request_from(ctx, member), accept=False)

    @action("partner:accept")
    async def accept_button(self, ctx: Context, request_id: str = "") -> Message:
        return await self._answer(ctx, await self._request_by_id(ctx, request_id), accept=True)

    @action("partner:decline")
    async def decline_button(self, ctx: Context, request_id: str = "") -> Message:
        return await self._answer(ctx, await self._request_by_id(ctx, request_id), accept=False)

    async def _answer(self, ctx: Context, req: PartnerRequest | None, accept: bool) -> Message:
        me = ctx.member
        if req is not None:
            # Two answers at once (a double click, Accept and Decline, or both
            # of two crossed requests) form at most one partnership.
            await ctx.hold_members(req.requester_id, me.id)
            await ctx.db.refresh(req)
        if req is None or req.status != OPEN:
            return error(ctx.t("accountability-answer-closed"))
        requester = await ctx.db.get(Member, req.requester_id)
        req.answered_at = ctx.now()
        req.target_id = me.id  # asked before they joined: theirs now
        if not accept:
            req.status = DECLINED
            ctx.db.add(req)
            theirs = ctx.speaker(requester)
            told = await ctx.reach(
                requester.platform_user_id,
                Message(text=theirs("accountability-declined-note", name=name(me))),
            )
            if not told:
                return Message(
                    text=ctx.t("accountability-declined-unreached", name=name(requester))
                )
            return Message(text=ctx.t("accountability-declined", name=name(requester)))
        req.status = ACCEPTED
        ctx.db.add(req)
        if await store.pair_with(ctx, me, requester):
            return Message(text=ctx.t("accountability-request-partners", name=name(requester)))
        pod = await self._form_pod(ctx, [requester, me], PAIR, with_space=False)
        # Opening a space and a DM can wait on the platform's pacing (Slack:
        # conversations.open, ~50 a minute a workspace): the answer comes first.
        pod_id, requester_id = pod.id, requester.id
        ctx.follow_up(
            lambda later: self._settle_partnership(later, pod_id, requester_id), unreachable=None
        )
        return Message(text=ctx.t("accountability-accepted", name=name(requester)))

    async def _settle_partnership(self, ctx: Context, pod_id: int, requester_id: int) -> Message:
        """After an accept: the pair's private space, and the requester told."""
        pod = await ctx.db.get(Pod, pod_id)
        requester = await ctx.db.get(Member, requester_id)
        me = ctx.member
        if pod is None or requester is None or pod.closed_at is not None:
            return Message(text=ctx.t("accountability-accepted-ended"))
        await self._open_space(ctx, pod, [requester, me])
        space = f"<#{pod.space_id}>" if pod.space_id else None
        theirs = ctx.speaker(requester)
        if space:
            note = theirs("accountability-accepted-note-space", name=name(me), space=space)
        else:
            note = theirs("accountability-accepted-note", name=name(me))
        told = await ctx.reach(requester.platform_user_id, Message(text=note))
        key, args = "accountability-accepted", {"name": name(requester)}
        if space:
            key, args["space"] = "accountability-accepted-space", space
        if told:
            return Message(text=ctx.t(f"{key}-told", **args))
        return Message(text=ctx.t(f"{key}-unreached", **args, why=why_not(told.reason, ctx.t)))

    async def _request_from(self, ctx: Context, user_id: str) -> PartnerRequest | None:
        other = await ctx.find_member(user_id)
        if other is None or other.id == ctx.member.id:
            return None
        await self._lapse_old_requests(ctx)
        return await self._open_request(ctx, other, ctx.member.platform_user_id)

    async def _request_by_id(self, ctx: Context, request_id: str) -> PartnerRequest | None:
        if not request_id.isdigit():
            return None
        await self._lapse_old_requests(ctx)
        req = await ctx.db.get(PartnerRequest, int(request_id))
        # Scoped sessions filter queries, not get(): check the community too.
        if (
            req is None
            or req.community_id != ctx.community.id
            or req.target_user_id != ctx.member.platform_user_id
            or req.status != OPEN
        ):
            return None
        return req

    async def _open_request(self, ctx: Context, frm: Member, to: str) -> PartnerRequest | None:
        """``frm``'s open request to the platform user ``to``, if any."""
        rows = await ctx.db.exec(
            select(PartnerRequest).where(
                PartnerRequest.requester_id == frm.id,
                PartnerRequest.target_user_id == to,
                PartnerRequest.status == OPEN,
            )
        )
        return rows.first()

    async def _lapse_old_requests(self, ctx: Context) -> None:
        rows = await ctx.db.exec(
            select(PartnerRequest).where(
                PartnerRequest.status == OPEN,
                col(PartnerRequest.created_at) < ctx.now() - REQUEST_LIFETIME,
            )
        )
        for req in rows.all():
            req.status = EXPIRED
            ctx.db.add(req)
        await ctx.db.flush()

    async def _form_pod(
        self, ctx: Context, members: list[Member], kind: str, *, with_space: bool = True
    ) -> Pod:
        """A pod for ``members``, with its private space unless ``with_space`` is
        False (the caller opens it later with :meth:`_open_space`)."""
        now = ctx.now()
        pod = Pod(kind=kind, created_at=now)
        ctx.db.add(pod)
        await ctx.db.flush()
        for member in members:
            ctx.db.add(PodMember(pod_id=pod.id, member_id=member.id, joined_at=now))
        await ctx.db.flush()
        if with_space:
            await self._open_space(ctx, pod, members)
        return pod

    async def _open_space(self, ctx: Context, pod: Pod, members: list[Member]) -> None:
        """The pod's private space, where the platform has them."""
        if not ctx.has(Capability.SPACES):
            return
        ref = await ctx.create_space(
            f"haven-{'pod' if pod.kind == POD else 'partners'}-{pod.id}",
            [m.platform_user_id for m in members],
            welcome(members, pod.kind == POD, ctx.speaker(None)),  # several read it
        )
        pod.space_platform, pod.space_workspace = ref.platform, ref.workspace
        pod.space_id = ref.id
        ctx.db.add(pod)
        await ctx.db.flush()

    # -- seeing and leaving ------------------------------------------------

    @command("partner list", help="Your partners and pods", example="/partner list")
    async def list_(self, ctx: Context) -> Message:
        me = ctx.member
        lines = []
        for pod in await store.active_pods(ctx, me):
            others = [m for m in await store.pod_members(ctx, pod) if m.id != me.id]
            kind = "pod" if pod.kind == POD else "pair"
            shown = {"kind": kind, "id": str(pod.id), "names": names(others, ctx.t)}
            if pod.space_id:
                shown["space"] = f"<#{pod.space_id}>"
            key = "accountability-list-pod-space" if pod.space_id else "accountability-list-pod"
            lines.append(f"- {ctx.t(key, **shown)}")
        await self._lapse_old_requests(ctx)
        incoming = (
            await ctx.db.exec(
                select(PartnerRequest).where(
                    PartnerRequest.target_user_id == me.platform_user_id,
                    PartnerRequest.status == OPEN,
                )
            )
        ).all()
        for req in incoming:
            frm = await ctx.db.get(Member, req.requester_id)
            asked = ctx.t("accountability-list-asked", name=name(frm), user=frm.platform_user_id)
            lines.append(f"- {asked}")
        outgoing = (
            await ctx.db.exec(
                select(PartnerRequest).where(
                    PartnerRequest.requester_id == me.id, PartnerRequest.status == OPEN
                )
            )
        ).all()
        for req in outgoing:  # named alike, members or not
            waiting = ctx.t("accountability-list-waiting", mention=f"<@{req.target_user_id}>")
            lines.append(f"- {waiting}")
        if await self._pool_entry(ctx, me):
            lines.append(f"- {ctx.t('accountability-list-pooled')}")
        if not lines:
            return Message(text=ctx.t("accountability-list-empty"))
        return Message(title=ctx.t("accountability-list-title"), text="\n".join(lines))

    @command(
        "partner leave",
        help="Leave a partnership or pod at any time; the others are told neutrally",
        example="/partner leave pod:3",
    )
    async def leave(
        self, ctx: Context, who: Annotated[PodKey | str, OneOf(types=(PodId(), MemberOpt()))]
    ) -> Message:
        me = ctx.member
        if isinstance(who, PodKey):
            pod = next((p for p in await store.active_pods(ctx, me) if p.id == who.id), None)
            if pod is None:
                raise NotFound(ctx.t("accountability-leave-no-pod", id=str(who.id)))
        else:
            other = await ctx.find_member(who)
            pod = await store.pair_with(ctx, me, other) if other is not None else None
            if pod is None:  # the same words for a stranger: no oracle of who is here
                raise NotFound(ctx.t("accountability-leave-not-partners", who=literal(str(who))))
        closed = await store.leave_pod(ctx, me, pod)
        if closed:
            return Message(text=ctx.t("accountability-leave-done-closed"))
        return Message(text=ctx.t("accountability-leave-done"))

    # -- the pool and matching ----------------------------------------------

    async def _pool_entry(self, ctx: Context, member: Member) -> PoolEntry | None:
        rows = await ctx.db.exec(select(PoolEntry).where(PoolEntry.member_id == member.id))
        return rows.first()

    @command(
        "partner pool",
        help="Opt in (or out) of being matched into a small pod",
        example="/partner pool join",
    )
    async def pool(self, ctx: Context, choice: Literal["join", "leave"]) -> Message:
        await ctx.hold_members(ctx.member.id)  # a double join: one entry, two answers
        entry = await self._pool_entry(ctx, ctx.member)
        if choice == "leave":
            if entry is None:
                return Message(text=ctx.t("accountability-pool-not-in"))
            await ctx.db.delete(entry)
            return Message(text=ctx.t("accountability-pool-left"))
        if entry is not None:
            return Message(text=ctx.t("accountability-pool-already"))
        ctx.db.add(PoolEntry(member_id=ctx.member.id, joined_at=ctx.now()))
        text = ctx.t("accountability-pool-joined")
        if ctx.member.timezone is None:
            text += "\n" + ctx.t("accountability-pool-tip")
        return Message(text=text)

    @command(
        "partner match",
        help="Moderators: form pods now from the pool (time-zone aware, avoids repeats)",
        example="/partner match",
        moderator=True,
        consent=False,
    )
    async def match(self, ctx: Context, size: SizeArg = 3) -> Message:
        return Message(text=(await self._match_pool(ctx, size)).summary(ctx.t))

    async def _match_pool(self, ctx: Context, size: int) -> MatchResult:
        """Form pods from the pool (each with its space); DM everyone matched.

        Shared by ``/partner match`` and the scheduled match. One match at a
        time per community: two at once would place a member in two pods."""
        await ctx.hold_community()
        entries = (await ctx.db.exec(select(PoolEntry).order_by(col(PoolEntry.id)))).all()
        members = {}
        for entry in entries:
            member = await ctx.db.get(Member, entry.member_id)
            if member is not None and member.consented:
                members[member.id] = member
        if len(members) < 2:
            return MatchResult(pooled=len(members), pods=0, left=len(members))
        now = ctx.now()
        offsets = {mid: utc_offset_hours(ctx.zone_of(m), now) for mid, m in members.items()}
        groups = form_pods(offsets, await store.kept_apart(ctx), size)
        matched = {mid for group in groups for mid in group}
        unreached = 0
        for mid in (mid for mid in members if mid not in matched):  # still pooled
            theirs = ctx.speaker(members[mid])
            await ctx.reach(members[mid].platform_user_id, no_new_pod_dm(theirs))
        await ctx.db.exec(delete(PoolEntry).where(col(PoolEntry.member_id).in_(matched)))
        for group in groups:
            pod_members = [members[mid] for mid in group]
            pod = await self._form_pod(ctx, pod_members, POD)
            for member in pod_members:
                others = [m for m in pod_members if m.id != member.id]
                note = matched_dm(others, pod.space_id, ctx.speaker(member))
                told = await ctx.reach(member.platform_user_id, note)
                unreached += not told
        return MatchResult(
            pooled=len(members),
            pods=len(groups),
            left=len(members) - len(matched),
            unreached=unreached,
        )

    @command(
        "partner schedule",
        help="Moderators: match the pool into pods every week at a local time (or off)",
        example="/partner schedule mon 18:00",
        moderator=True,
        consent=False,
    )
    async def schedule(
        self,
        ctx: Context,
        day: Annotated[str, Choice(choices=(*DAYS, "off")), Help("day of the week, or off")],
        time: Annotated[
            dt.time | None, Time(), Positional(), Help("the community's local time")
        ] = None,
        size: Annotated[SizeArg, Help("pod size")] = 3,
    ) -> Message:
        if day == "off":
            if not ctx.settings(PodSettings).pod_matching:
                return Message(text=ctx.t("accountability-schedule-not-scheduled"))
            ctx.update_settings(PodSettings, pod_matching=None)
            await ctx.audit("partner schedule off")
            return Message(text=ctx.t("accountability-schedule-off"))
        if time is None:
            raise UsageError(ctx.t("accountability-schedule-no-time"))
        plan = {"day": day, "at": f"{time:%H:%M}", "size": size}
        ctx.update_settings(PodSettings, pod_matching=plan)
        zone = ctx.zone_of(None)  # the community's, never the moderator's own
        await ctx.audit("partner schedule set")
        spec = match_spec(ctx.community.id, plan, zone)
        nxt = next_occurrence(spec.trigger, ctx.now(), inclusive=True)
        plan_args = {"size": size, "day": day, "at": plan["at"], "zone": zone}
        if nxt is None:
            return Message(text=ctx.t("accountability-schedule-set", **plan_args))
        next_ = timestamp(nxt, "F")
        return Message(text=ctx.t("accountability-schedule-set-next", **plan_args, next=next_))

    @job(MATCH_KIND)
    async def scheduled_match(self, ctx: Context, due: Due) -> None:
        plan = ctx.settings(PodSettings).pod_matching
        if not plan:
            raise Skip("matching is no longer scheduled")
        result = await self._match_pool(ctx, int(plan.get("size", 3)))
        if result.pooled == 0:
            raise Skip("nobody in the pool")
        channel = ctx.channel("moderators")
        if channel:
            ours = ctx.speaker(None)  # the community's language
            await ctx.post(channel, scheduled_match_note(result.summary(ours), due.late, ours))

        # -- SOS ---------------------------------------------------------------

    @command(
        "sos",
        direct=True,
        help="Reach out: crisis resources at once, and your partners alerted privately",
        example="/sos",
        consent=False,  # someone reaching out gets resources first, not a privacy notice
        needs_db=False,  # helplines before anything touches the database or a partner
    )
    async def sos(self, ctx: Context) -> Message:
        return await self._sos(ctx)

    @action(SOS_ACTION, consent=False, needs_db=False)
    async def sos_button(self, ctx: Context) -> Message:
        return await self._sos(ctx)

    async def _sos(self, ctx: Context) -> Message:
        """Helplines first — the community's own if the database answers at once,
        else Haven's — then the partners, whose outcome follows in a second
        message (:meth:`_alert_partners`)."""
        resources, reasons = await asyncio.gather(
            self._crisis(ctx).right_now(ctx), self._reasons_for_sos(ctx)
        )
        if ctx.language is None:  # the database did not answer in time: the app's language
            inv = ctx.invocation
            ctx.language = choose_language(None, inv.locale if inv else None)
        unreachable = Message(text=ctx.t("accountability-sos-unreachable"))
        ctx.follow_up(self._alert_partners, unreachable=unreachable)
        if not reasons:
            return resources
        mine = "\n".join(f"- {literal(r)}" for r in reasons)
        heading = ctx.t("accountability-sos-your-reasons")
        return Message(title=resources.title, text=f"{resources.text}\n\n**{heading}**\n{mine}")

    @staticmethod
    def _crisis(ctx: Context) -> CrisisText:
        """The helplines /sos gives: crisis is part of Haven's engine (it cannot
        be turned off), so a Haven without it is built wrong."""
        crisis = ctx.service(CrisisText)
        if crisis is None:
            raise RuntimeError("/sos needs the crisis cog's helplines, and it is not loaded")
        return crisis

    async def _alert_partners(self, ctx: Context) -> Message:
        me = ctx.member
        if me is None or not me.consented:
            return Message(text=ctx.t("accountability-sos-no-consent"))
        now = ctx.now()
        await ctx.hold_members(me.id)  # two /sos at once: partners alerted once
        await ctx.db.exec(
            delete(SosAlert).where(
                SosAlert.member_id == me.id, col(SosAlert.at) < now - timedelta(days=1)
            )
        )
        last = (
            await ctx.db.exec(
                select(SosAlert)
                .where(SosAlert.member_id == me.id, col(SosAlert.at) > now - SOS_INTERVAL)
                .order_by(col(SosAlert.at).desc())
            )
        ).first()
        if last is not None:
            again = last.at + SOS_INTERVAL
            return error(
                ctx.t(
                    "accountability-sos-too-soon",
                    last=timestamp(last.at, "R"),
                    again=timestamp(again, "R"),
                    at=timestamp(again, "t"),
                )
            )
        partners = await store.partners_of(ctx, me)
        alert = SosAlert(member_id=me.id, at=now, alerted=0)
        ctx.db.add(alert)
        await ctx.db.flush()
        outcomes = [await self._reach_partner(ctx, me, partner, alert) for partner in partners]
        for outcome in outcomes:
            count_sos(outcome.how)
        alert.alerted = sum(1 for o in outcomes if o.how)
        ctx.db.add(alert)
        # With partners alerted, a no-answer check is declared (jobs_for): if
        # nobody answers in time, helplines again, the member's choice.
        buttons = ()
        if not alert.alerted and ctx.channel("moderators"):
            buttons = (moderator_button(alert.id, ctx.t),)
        return Message(text=sos_outcome(outcomes, ctx.t, moderators=bool(buttons)), buttons=buttons)

    async def _reach_partner(
        self, ctx: Context, me: Member, partner: Member, alert: SosAlert
    ) -> SosOutcome:
        """By DM; where that fails, in a private space the two share, mentioning
        the partner; else not reached. Only what the platform accepted counts."""
        theirs = ctx.speaker(partner)
        sent = await ctx.reach(partner.platform_user_id, sos_dm(me, alert.id, theirs))
        if sent:
            return SosOutcome(partner, "dm")
        for pod in await store.active_pods(ctx, me):
            space = store.space_ref(pod)
            members = {m.id for m in await store.pod_members(ctx, pod)}
            if space is None or partner.id not in members:
                continue
            if await ctx.reach_in_space(space, sos_space_post(me, partner, alert.id, theirs)):
                return SosOutcome(partner, "space", sent.reason)
        return SosOutcome(partner, None, sent.reason)

    @action(SOS_HERE_ACTION)
    async def here(self, ctx: Context, alert_id: str = "") -> Message:
        """A partner answers an SOS: the member hears privately who is there."""
        alert = await ctx.db.get(SosAlert, int(alert_id)) if alert_id.isdigit() else None
        asker = await ctx.db.get(Member, alert.member_id) if alert else None
        if (
            alert is None
            or asker is None
            or alert.community_id != ctx.community.id
            or ctx.now() - alert.at > timedelta(days=1)
            or asker.id not in {p.id for p in await store.partners_of(ctx, ctx.member)}
        ):
            return error(ctx.t("accountability-sos-here-closed"))
        answered = [int(i) for i in alert.answered_by.split(",") if i]
        if ctx.member.id in answered:
            return Message(text=ctx.t("accountability-sos-here-already", name=name(asker)))
        alert.answered_by = ",".join(str(i) for i in [*answered, ctx.member.id])
        ctx.db.add(alert)
        note = here_note(ctx.member, not answered, ctx.speaker(asker))
        told = await ctx.reach(asker.platform_user_id, note)
        if not told:
            why = why_not(told.reason, ctx.t)
            return Message(
                text=ctx.t("accountability-sos-here-unreached", name=name(asker), why=why)
            )
        return Message(text=ctx.t("accountability-sos-here-told", name=name(asker)))

    @job(SOS_CHECK_KIND)
    async def sos_check(self, ctx: Context, due: Due) -> None:
        """No partner pressed "I'm here" in time: helplines again, privately,
        and the choice — never automatic — to tell the moderators."""
        alert = await ctx.db.get(SosAlert, int(due.job.payload.get("alert", 0)))
        if alert is None or alert.checked or alert.answered_by:
            raise Skip("answered, or gone")
        alert.checked = True
        ctx.db.add(alert)
        moderators = bool(ctx.channel("moderators")) and not alert.moderators_told
        helplines = self._crisis(ctx).for_community(ctx)
        note = no_answer_note(helplines, moderators, alert.id, ctx.t)  # the job's member: theirs
        await ctx.send_dm(ctx.member.platform_user_id, note)

    @action(SOS_MOD_ACTION)
    async def sos_moderators(self, ctx: Context, alert_id: str = "") -> Message:
        alert = await ctx.db.get(SosAlert, int(alert_id)) if alert_id.isdigit() else None
        channel = ctx.channel("moderators")
        if (
            alert is None
            or alert.community_id != ctx.community.id
            or alert.member_id != ctx.member.id
            or channel is None
        ):
            return error(ctx.t("accountability-sos-moderators-stale"))
        if alert.moderators_told:
            return Message(text=ctx.t("accountability-sos-moderators-already"))
        alert.moderators_told = True
        ctx.db.add(alert)
        await ctx.post(channel, moderators_note(ctx.speaker(None)))  # the community's language
        return Message(text=ctx.t("accountability-sos-moderators-done"))

    # -- the member's own reasons (shown with /sos) -------------------------

    @command(
        "haven reasons add",
        direct=True,
        help="Keep a short reason of your own to stay on your path; /sos shows it to you",
        example="/haven reasons add My daughter's graduation in June",
    )
    async def reasons_add(
        self, ctx: Context, reason: Annotated[str, Text(max_length=REASON_LENGTH), Rest()]
    ) -> Message:
        await ctx.hold_members(ctx.member.id)  # two adds at once: still at most 10
        mine = await self._reasons(ctx, ctx.member.id)
        if len(mine) >= MAX_REASONS:
            raise LimitReached(ctx.t("accountability-reasons-full", max=MAX_REASONS), MAX_REASONS)
        ctx.db.add(Reason(member_id=ctx.member.id, text=reason, created_at=ctx.now()))
        return Message(
            text=ctx.t("accountability-reasons-kept", number=len(mine) + 1, max=MAX_REASONS)
        )

    @command(
        "haven reasons list",
        direct=True,
        help="Your own reasons, privately",
        example="/haven reasons list",
    )
    async def reasons_list(self, ctx: Context) -> Message:
        mine = await self._reasons(ctx, ctx.member.id)
        if not mine:
            return Message(text=ctx.t("accountability-reasons-none"))
        lines = [f"{n}. {literal(r.text)}" for n, r in enumerate(mine, start=1)]
        return Message(title=ctx.t("accountability-reasons-title"), text="\n".join(lines))

    @command(
        "haven reasons remove",
        direct=True,
        help="Remove one of your reasons by its number in the list",
        example="/haven reasons remove 2",
    )
    async def reasons_remove(
        self, ctx: Context, number: Annotated[int, Integer(min_value=1, max_value=MAX_REASONS)]
    ) -> Message:
        await ctx.hold_members(ctx.member.id)  # numbers as the member last saw them
        mine = await self._reasons(ctx, ctx.member.id)
        if number > len(mine):
            raise NotFound(ctx.t("accountability-reasons-no-such", count=len(mine)))
        await ctx.db.delete(mine[number - 1])
        return Message(text=ctx.t("accountability-reasons-removed", number=number))

    @staticmethod
    async def _reasons(ctx: Context, member_id: int) -> list[Reason]:
        rows = await ctx.db.exec(
            select(Reason).where(Reason.member_id == member_id).order_by(col(Reason.id))
        )
        return list(rows.all())

    async def _reasons_for_sos(self, ctx: Context) -> list[str]:
        """The asker's reasons, if the database answers at once (helplines never wait)."""
        inv = ctx.invocation
        if inv is None:
            return []

        async def read(here: Context) -> list[str]:
            member = await here.find_member(inv.user_id)
            if member is None or not member.consented:
                return []
            return [r.text for r in await self._reasons(here, member.id)]

        try:
            return await ctx.read_briefly(read)
        except Exception:  # storage slow or away: the helplines go out without them
            return []

    # -- partner signals: quiet members -------------------------------------

    @job(QUIET_KIND)
    async def quiet_scan(self, ctx: Context, due: Due) -> None:
        """Nudge partners, once per gap, about members who went quiet: each
        partner's nudge is a job of theirs (:meth:`quiet_nudge`), written with
        the gap's claim in this transaction."""
        open_pod = (await ctx.db.exec(select(Pod.id).where(col(Pod.closed_at).is_(None)))).first()
        if open_pod is None:
            raise Skip("no partnerships")
        now = ctx.now()
        told = 0
        for quiet in await quiet_members(ctx, now):
            partners = await store.partners_of(ctx, quiet.member)
            if not partners:
                continue  # not claimed: a partner found during the gap still hears
            job_id = f"partner:quiet:{quiet.member.id}"
            if not await ctx.once(quiet.once_key, job_id, due.scheduled_for, quiet.member.id):
                continue
            for partner in partners:
                ctx.later(
                    nudge_spec(
                        ctx.community.id,
                        quiet.once_key,
                        quiet.member.id,
                        quiet.last_checkin,
                        partner.id,
                        now,
                    )
                )
            told += 1
        if not told:
            raise Skip("nobody newly quiet")

    @job(NUDGE_KIND, holdable=True)
    async def quiet_nudge(self, ctx: Context, due: Due) -> None:
        """One partner's nudge about one gap, when it falls due or — if the
        partner was in their quiet hours — when those end; skipped (and
        recorded so) if by then it is no longer true."""
        payload = due.job.payload
        last = dt.date.fromisoformat(payload["last"])
        quiet = await still_quiet(ctx, payload["member"], last, ctx.now())
        if quiet is None:
            raise Skip("no longer quiet")
        partner = ctx.member
        if partner is None or partner.id not in {
            p.id for p in await store.partners_of(ctx, quiet.member)
        }:
            raise Skip("no longer partners")
        # The job's member is the partner: ctx.t speaks their stored language.
        await ctx.send_dm(partner.platform_user_id, quiet_dm(quiet.member, ctx.t))

    async def jobs_for(self, ctx: Context, scope: Scope) -> Iterable[JobSpec]:
        """The community's weekly matching (when scheduled) and daily quiet
        scan (while it has partnerships and check-ins are on); a member's
        no-answer check of an SOS alert that partners were sent, for a day."""
        specs: list[JobSpec] = []
        if scope.community:
            open_pod = (
                await ctx.db.exec(select(Pod.id).where(col(Pod.closed_at).is_(None)))
            ).first()
            quiet = ctx.service(CheckinActivity) is not None and open_pod is not None
            specs += specs_for(
                ctx.community, ctx.settings(PodSettings).pod_matching, ctx.zone_of(None), quiet
            )
        if scope.members is None or scope.members:
            query = select(SosAlert).where(
                col(SosAlert.at) > ctx.now() - timedelta(days=1),
                SosAlert.alerted > 0,
                SosAlert.answered_by == "",
                col(SosAlert.checked).is_(False),
            )
            if scope.members is not None:
                query = query.where(col(SosAlert.member_id).in_(sorted(scope.members)))
            minutes = ctx.config.sos_ack_minutes
            specs += [sos_check_spec(alert, minutes) for alert in (await ctx.db.exec(query)).all()]
        return specs

    # -- member data -------------------------------------------------------

    async def export_user_data(self, ctx: Context, member: Member) -> dict | None:
        """The member's own rows; other members appear only as counts (P4)."""
        memberships = (
            await ctx.db.exec(select(PodMember).where(PodMember.member_id == member.id))
        ).all()
        pods = []
        for row in memberships:
            pod = await ctx.db.get(Pod, row.pod_id)
            pods.append(
                {
                    "pod": row.pod_id,
                    "kind": pod.kind if pod else None,
                    "joined_at": row.joined_at.isoformat(),
                    "left_at": row.left_at.isoformat() if row.left_at else None,
                    "open": bool(pod and pod.closed_at is None and row.left_at is None),
                }
            )
        requests = (
            await ctx.db.exec(
                select(PartnerRequest).where(
                    (PartnerRequest.requester_id == member.id)
                    | (PartnerRequest.target_id == member.id)
                    | (PartnerRequest.target_user_id == member.platform_user_id)
                )
            )
        ).all()
        pool = await self._pool_entry(ctx, member)
        alerts = (await ctx.db.exec(select(SosAlert).where(SosAlert.member_id == member.id))).all()
        reasons = [r.text for r in await self._reasons(ctx, member.id)]
        data = {
            "partnerships_and_pods": pods,
            "requests": [
                {
                    "direction": "sent" if r.requester_id == member.id else "received",
                    "status": r.status,
                    "created_at": r.created_at.isoformat(),
                    "answered_at": r.answered_at.isoformat() if r.answered_at else None,
                }
                for r in requests
            ],
            "in_pool_since": pool.joined_at.isoformat() if pool else None,
            "reasons": reasons,
            "sos_alerts": [
                {
                    "at": a.at.isoformat(),
                    "alerted": a.alerted,
                    "answered": len([i for i in a.answered_by.split(",") if i]),
                }
                for a in alerts
            ],
        }
        if not (pods or requests or pool or alerts or reasons):
            return None
        return data

    async def delete_user_data(self, ctx: Context, member: Member) -> None:
        """Leave every partnership (others told neutrally), then forget it all."""
        for pod in await store.active_pods(ctx, member):
            await store.leave_pod(ctx, member, pod)
        pod_ids = (
            await ctx.db.exec(select(PodMember.pod_id).where(PodMember.member_id == member.id))
        ).all()
        await ctx.db.exec(delete(PodMember).where(PodMember.member_id == member.id))
        await ctx.db.exec(
            delete(PartnerRequest).where(
                (PartnerRequest.requester_id == member.id)
                | (PartnerRequest.target_id == member.id)
                | (PartnerRequest.target_user_id == member.platform_user_id)
            )
        )
        await ctx.db.exec(delete(PoolEntry).where(PoolEntry.member_id == member.id))
        await ctx.db.exec(delete(SosAlert).where(SosAlert.member_id == member.id))
        await ctx.db.exec(delete(Reason).where(Reason.member_id == member.id))
        await self._forget_nudges_about(ctx, member)
        mine = str(member.id)
        for alert in (
            await ctx.db.exec(select(SosAlert).where(col(SosAlert.answered_by) != ""))
        ).all():  # their "I'm here" on others' alerts goes too
            kept = [i for i in alert.answered_by.split(",") if i and i != mine]
            if len(kept) != len(alert.answered_by.split(",")):
                alert.answered_by = ",".join(kept)
                ctx.db.add(alert)
        await ctx.db.flush()
        for pod_id in set(pod_ids):  # a pod nobody remembers is dropped too
            still = (
                await ctx.db.exec(select(PodMember.id).where(PodMember.pod_id == pod_id))
            ).first()
            if still is None:
                await ctx.db.exec(delete(Pod).where(Pod.id == pod_id))

    @staticmethod
    async def _forget_nudges_about(ctx: Context, member: Member) -> None:
        """Partners' nudges about the member's gaps are the partners' rows (in
        ``due``, held or not, and in the ledger) but name the member and the
        day of their last check-in: they go with the member."""
        await ctx.forget_once(f"{NUDGE_KIND}:{member.id}:", gap_keys(member.id))

    async def stats(self, ctx: Context) -> dict[str, int]:
        rows = await ctx.db.exec(select(Pod.id).where(col(Pod.closed_at).is_(None)))
        return {ctx.t("accountability-figure-pods"): len(rows.all())}
