"""The privacy notice and the member's answer to it (PRIVACY.md, P1).

Nothing about a member is stored before they agree. Declining stores only the
refusal (so Haven does not keep asking). A member who already agreed sees
"Withdraw…" instead of "Decline": it asks, as ``/haven delete`` does, before
anything is erased.
"""

from __future__ import annotations

from datetime import datetime

from bot.messages import Button, ButtonStyle, Message
from bot.models import Member

CONSENT_VERSION = 1
AGREE_ACTION = "consent:agree"
DECLINE_ACTION = "consent:decline"
WITHDRAW_ACTION = "consent:withdraw"

NOTICE = (
    "**Before Haven keeps anything about you** (privacy notice v{version})\n"
    "Haven is peer support, not counselling or a crisis service.\n"
    "- If you agree, Haven stores what you give it here: your time zone, sober dates, "
    "check-ins, meeting RSVPs and partners — in this community only.\n"
    "- Notes you write are encrypted. Replies to you are private unless you choose to share.\n"
    "- Moderators see counts and settings, never your check-ins or notes.\n"
    "- `/haven export` gives you all of it; `/haven delete` or `/haven consent withdraw` "
    "erases it.\n"
    "If you are in crisis right now, use `/crisis`."
)


def notice(extra: str = "", *, agreed: bool = False) -> Message:
    """The notice with Agree and Decline — or, for a member who ``agreed``
    before (any version), Agree and Withdraw…, which leads to a confirmation."""
    text = NOTICE.format(version=CONSENT_VERSION)
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


def record_agreement(member: Member, now: datetime) -> None:
    member.consent_version = CONSENT_VERSION
    member.consented_at = now
    member.declined_at = None
