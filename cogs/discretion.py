"""/haven discreet, /haven quiet and /mod discreet: what a lock screen shows,
and when Haven may message a member (see bot/discretion.py, bot/holding.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from bot.api import (
    QUIET_EXAMPLE,
    Capability,
    Cog,
    Context,
    EngineSettings,
    Message,
    OptionError,
    OptionType,
    QuietHours,
    bot_name,
    command,
    community_default,
    platform_default,
    private_notice,
)


@dataclass(frozen=True)
class QuietRange(OptionType):
    """``HH:MM-HH:MM`` or ``off``."""

    placeholder: str = "HH:MM-HH:MM|off"
    example: str = "22:00-07:30"

    def parse(self, raw, pctx):
        text = str(raw).strip().lower()
        if text == "off":
            return "off"
        try:
            return str(QuietHours.parse(text))
        except ValueError as exc:
            raise OptionError(str(exc)) from exc


def _state(on: bool) -> str:
    return "on" if on else "off"


class Discretion(Cog):
    name = "discretion"
    description = "Discreet notifications and quiet hours"

    @command(
        "haven discreet",
        direct=True,
        help="Notifications without details: on, off, or this community's default",
        example="/haven discreet on",
    )
    async def discreet(self, ctx: Context, mode: Literal["on", "off", "default"]) -> Message:
        ctx.member.discreet = None if mode == "default" else mode == "on"
        ctx.db.add(ctx.member)
        on = ctx.discreet
        if mode == "default":
            head = f"You follow this community's default, which is **{_state(on)}**."
        else:
            head = f"Discreet notifications are **{_state(on)}** for you."
        if on:
            tail = (
                f"Notifications of my private messages say only “{private_notice()}”; "
                "the details are inside, when you open them."
            )
        else:
            tail = "Notifications of my private messages show what they say."
        return Message(text=f"{head} {tail}")

    @command(
        "haven quiet",
        direct=True,
        help="Hours (in your zone) when prompts, summaries and nudges wait; or off",
        example=QUIET_EXAMPLE,
    )
    async def quiet(self, ctx: Context, hours: Annotated[str, QuietRange()]) -> Message:
        ctx.member.quiet_hours = None if hours == "off" else hours
        ctx.db.add(ctx.member)
        dnd = (
            " On Slack, your Do Not Disturb is respected the same way."
            if ctx.has(Capability.DO_NOT_DISTURB)
            else ""
        )
        if hours == "off":
            return Message(text=f"Quiet hours are off.{dnd}")
        zone_tip = "" if ctx.member.timezone else f" (in {ctx.zone} until you set your zone)"
        return Message(
            text=f"Quiet hours: **{hours}**, {ctx.zone}{zone_tip}. Daily prompts, weekly "
            "summaries, partner nudges and congratulations that fall due then wait until they "
            "end — each still comes once. Anything urgent, and answers to what you do, "
            f"never wait.{dnd}"
        )

    @command(
        "mod discreet",
        help="This community's default for notifications without details",
        example="/mod discreet on",
        moderator=True,
        consent=False,
    )
    async def mod_discreet(self, ctx: Context, mode: Literal["on", "off"]) -> Message:
        before = community_default(ctx.community)
        ctx.update_settings(EngineSettings, discreet=mode == "on")
        platform = _state(platform_default(ctx.community.platform))
        changed = "" if before != (mode == "on") else " (unchanged)"
        return Message(
            text=f"Discreet notifications are **{mode}** by default here{changed}: "
            + (
                f"notifications of {bot_name()}'s private messages say only “{private_notice()}”."
                if mode == "on"
                else "notifications of private messages show what they say."
            )
            + f" Members can choose for themselves with `/haven discreet` (the platform's "
            f"default is {platform})."
        )


COG = Discretion
