"""The engine's answers to the privacy notice: ``/haven consent``, Agree,
Decline and Withdraw…, and the erasure confirmation's buttons.

They are a cog of the engine's own (:class:`Consent`), which the engine loads
itself after the discovered cogs (:meth:`bot.app.Haven.load_cogs`) and which no
setting can turn off: consent, and withdrawing it, never depend on an optional
cog. Commands a member tried before agreeing run once they agree, in order, and
are dropped if they decline (:mod:`bot.waiting`).
"""

from __future__ import annotations

from typing import Annotated, Literal

from bot.consent import (
    AGREE_ACTION,
    CONSENT_VERSION,
    DECLINE_ACTION,
    WITHDRAW_ACTION,
    record_agreement,
)
from bot.context import Context
from bot.erasure import DELETE_ACTION, confirm_erasure, erase
from bot.messages import Message, error
from bot.models import Member
from bot.options import Positional
from bot.plugins import Cog, action, command
from bot.waiting import WAIT, names

#: The name under which the engine registers :class:`Consent` (an engine cog).
CONSENT_COG = "consent"


class Consent(Cog):
    name = CONSENT_COG
    description = "Your privacy choices"

    @command(
        "haven consent",
        direct=True,
        help="Read the privacy notice; agree, or withdraw (erases your data, after asking)",
        example="/haven consent agree",
        consent=False,
    )
    async def consent(
        self,
        ctx: Context,
        answer: Annotated[Literal["agree", "withdraw"] | None, Positional()] = None,
    ) -> Message:
        if answer == "agree":
            return await self._agree(ctx)
        if answer == "withdraw":
            return self._withdraw(ctx)
        agreed = ctx.member is not None and ctx.member.consented
        status = (
            ctx.t("consent-status-agreed", version=ctx.member.consent_version)
            if agreed
            else ctx.t("consent-status-not-agreed")
        )
        return self.app.notice_for(ctx, status, agreed=agreed)

    @action(AGREE_ACTION, consent=False)
    async def agree_button(self, ctx: Context) -> Message:
        return await self._agree(ctx)

    @action(WITHDRAW_ACTION, consent=False)
    async def withdraw_button(self, ctx: Context) -> Message:
        return self._withdraw(ctx)

    @action(DECLINE_ACTION, consent=False)
    async def decline_button(self, ctx: Context) -> Message:
        if ctx.member is not None and ctx.member.consented:
            # An older notice, answered after agreeing: asking first, never erasing.
            return self._withdraw(ctx)
        dropped = self.app.forget_awaiting_consent(ctx.community.id, ctx.user_id)
        if ctx.member is None:
            # Only the refusal itself is kept, so Haven does not keep asking.
            ctx.member = Member(community_id=ctx.community.id, platform_user_id=ctx.user_id)
        ctx.member.declined_at = ctx.now()
        ctx.db.add(ctx.member)
        text = ctx.t("consent-declined")
        if dropped:
            text += "\n" + ctx.t("consent-declined-dropped", commands=names(dropped))
        return Message(text=text)

    @action(DELETE_ACTION)
    async def delete_button(self, ctx: Context, choice: str = "") -> Message:
        """The erasure confirmation's buttons (``/haven delete``, withdrawing)."""
        if choice == "confirm":
            return await erase(ctx)
        if choice == "cancel":
            return Message(text=ctx.t("erasure-cancelled"))
        return error(ctx.t("erasure-button-gone"))

    async def _agree(self, ctx: Context) -> Message:
        member = ctx.member
        if member is None:
            member = Member(community_id=ctx.community.id, platform_user_id=ctx.user_id)
        already = member.consented and member.consent_version == CONSENT_VERSION
        member.display_name = ctx.user_name[:200]
        record_agreement(member, ctx.now())
        ctx.db.add(member)
        ctx.member = member
        resumed = self.app.resume_after_consent(ctx)
        lines = [ctx.t("consent-already-in" if already else "consent-agreed")]
        if len(resumed.run) > 1:
            done = names(h.name for h in resumed.run)
            lines.append(ctx.t("consent-resumed", commands=done))
        if resumed.lapsed:
            lines.append(
                ctx.t("consent-lapsed", minutes=WAIT.seconds // 60, commands=names(resumed.lapsed))
            )
        if member.timezone is None and not resumed.run:
            lines.append(ctx.t("consent-zone-tip", example="/haven timezone Europe/Helsinki"))
        text = "\n".join(lines)
        return Message(text=text)

    def _withdraw(self, ctx: Context) -> Message:
        """Withdrawing erases everything, so it asks first, exactly as /haven delete does."""
        if ctx.member is None or not ctx.member.consented:
            return Message(text=ctx.t("consent-nothing-to-erase"))
        return confirm_erasure(ctx, ctx.t("consent-withdraw-lead"))
