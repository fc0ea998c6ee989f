"""The privacy notice and the member's answer to it (PRIVACY.md, P1).

Nothing about a member is stored before they agree. Declining stores only the
refusal (so Haven does not keep asking). A member who already agreed sees
"Withdraw…" instead of "Decline": it asks, as ``/haven delete`` does, before
anything is erased. The handlers of these answers are the engine's own
(:mod:`bot.consent_handlers`); no cog can be turned off to lose them.

What Haven stores is listed from the cogs: each that keeps member data declares
its line (``Cog.privacy``, "sober dates"), and the notice names those of the
cogs serving the member's community, in registry order, after the engine's own.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from bot.messages import Button, ButtonStyle, Message
from bot.models import Member

CONSENT_VERSION = 1
AGREE_ACTION = "consent:agree"
DECLINE_ACTION = "consent:decline"
WITHDRAW_ACTION = "consent:withdraw"

#: What the engine itself keeps of every member who agrees (the member row).
ENGINE_STORES = "your time zone"

NOTICE = (
    "**Before Haven keeps anything about you** (privacy notice v{version})\n"
    "Haven is peer support, not counselling or a crisis service.\n"
    "- If you agree, Haven stores what you give it here: {stored} — in this community only.\n"
    "- Notes you write are encrypted. Replies to you are private unless you choose to share.\n"
    "- Moderators see counts and settings, never your check-ins or notes.\n"
    "- `/haven export` gives you all of it; `/haven delete` or `/haven consent withdraw` "
    "erases it.\n"
    "If you are in crisis right now, use `/crisis`."
)


def stored(lines: Iterable[str]) -> str:
    """``your time zone, partners, check-ins and sober dates``: the engine's
    line, then the cogs' (each named once, in the order given)."""
    items = [ENGINE_STORES]
    for line in lines:
        line = " ".join(line.split())
        if line and line not in items:
            items.append(line)
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} and {items[-1]}"


def notice(extra: str = "", *, agreed: bool = False, lines: Iterable[str] = ()) -> Message:
    """The notice with Agree and Decline — or, for a member who ``agreed``
    before (any version), Agree and Withdraw…, which leads to a confirmation.

    ``lines``: what the cogs serving the member store (see :func:`privacy_lines`)."""
    text = NOTICE.format(version=CONSENT_VERSION, stored=stored(lines))
    if extra:
        text = f"{extra}\n\n{text}"
    second = (
        Button(WITHDRAW_ACTION, "Withdraw…", ButtonStyle.SECONDARY)
        if agreed
        else Button(DECLINE_ACTION, "Decline", ButtonStyle.SECONDARY)
    )
    return Message(
        text=text,
        title="Privacy notice",
        buttons=(Button(AGREE_ACTION, "Agree", ButtonStyle.PRIMARY), second),
    )


def privacy_lines(cogs: Iterable, disabled: Iterable[str] = ()) -> list[str]:
    """The ``privacy`` lines of ``cogs`` (the loaded, served ones, in registry
    order), leaving out those a community turned off (``disabled``)."""
    off = set(disabled)
    return [cog.privacy for cog in cogs if cog.privacy and cog.name not in off]


def record_agreement(member: Member, now: datetime) -> None:
    member.consent_version = CONSENT_VERSION
    member.consented_at = now
    member.declined_at = None
