"""Erasure a member asked for: the one confirmation before it (``/haven delete``,
withdrawing consent) and the erasure itself, with its audit line.

The confirmation's buttons (``me:delete:confirm`` / ``me:delete:cancel``) are
answered by the engine (:mod:`bot.consent_handlers`), so withdrawing consent
never depends on a cog that could be turned off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.memberdata import erase_member
from bot.messages import Button, ButtonStyle, Message

if TYPE_CHECKING:
    from bot.context import Context

DELETE_ACTION = "me:delete"


def confirm_erasure(ctx: Context, lead: str = "") -> Message:
    """The one confirmation before erasure (/haven delete, withdrawing consent),
    in the member's language; ``lead``, already said in it, comes first."""
    text = ctx.t("erasure-confirm")
    return Message(
        text=f"{lead}\n{text}" if lead else text,
        buttons=(
            Button(f"{DELETE_ACTION}:confirm", ctx.t("erasure-erase-button"), ButtonStyle.DANGER),
            Button(f"{DELETE_ACTION}:cancel", ctx.t("erasure-keep-button")),
        ),
    )


async def erase(ctx: Context) -> Message:
    """Erase everything of ``ctx.member`` in this community, audited, and say so."""
    await erase_member(ctx, ctx.member)
    await ctx.audit("data deletion")
    ctx.member = None
    return Message(text=ctx.t("erasure-done"))
