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
            return str(QuietHours.parse(text, pctx.locale))
        except ValueError as exc:
            raise OptionError(str(exc)) from exc


def _state(on: bool) -> str:
    return "on" if on else "off"


def _yes(flag: bool) -> str:
    """A flag as the catalogues' choices read it (``{ $dnd -> [yes] … }``)."""
    return "yes" if flag else "no"


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
        on = _yes(ctx.discreet)
        head = "discretion-follows-default" if mode == "default" else "discretion-own-choice"
        tail = "discretion-member-on" if ctx.discreet else "discretion-member-off"
        return Message(
            text=f"{ctx.t(head, on=on)} {ctx.t(tail, notice=private_notice(ctx.locale))}"
        )

    @command(
        "haven quiet",
        direct=True,
        help="Hours (in your zone) when prompts, summaries and nudges wait; or off",
        example=QUIET_EXAMPLE,
    )
    async def quiet(self, ctx: Context, hours: Annotated[str, QuietRange()]) -> Message:
        ctx.member.quiet_hours = None if hours == "off" else hours
        ctx.db.add(ctx.member)
        dnd = _yes(ctx.has(Capability.DO_NOT_DISTURB))
        if hours == "off":
            return Message(text=ctx.t("discretion-quiet-off", dnd=dnd))
        text = ctx.t(
            "discretion-quiet-on",
            hours=hours,
            zone=ctx.zone,
            zone_set=_yes(bool(ctx.member.timezone)),
            dnd=dnd,
        )
        return Message(text=text)

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
        text = ctx.t(
            "discretion-community",
            mode=mode,
            unchanged=_yes(before == (mode == "on")),
            bot=bot_name(),
            notice=private_notice(ctx.locale),
            platform=_state(platform_default(ctx.community.platform)),
        )
        return Message(text=text)


COG = Discretion
