"""The privacy notice and the member's answer to it (PRIVACY.md, P1).

Nothing about a member is stored before they agree. Declining stores only the
refusal (so Haven does not keep asking). A member who already agreed sees
"Withdraw…" instead of "Decline": it asks, as ``/haven delete`` does, before
anything is erased. The handlers of these answers are the engine's own
(:mod:`bot.consent_handlers`); no cog can be turned off to lose them.

What Haven stores is listed from the cogs: each that keeps member data declares
its line (``Cog.privacy``: a catalogue key, ``sober-privacy`` → "sober dates",
or, in a cog not yet translated, the English itself), and the notice names
those of the cogs serving the member's community, in registry order, after the
engine's own. Every word is said in the member's language (``t``: ``ctx.t``);
without one, in English.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from functools import partial

from bot import i18n
from bot.messages import Button, ButtonStyle, Message
from bot.models import Member

CONSENT_VERSION = 1
AGREE_ACTION = "consent:agree"
DECLINE_ACTION = "consent:decline"
WITHDRAW_ACTION = "consent:withdraw"

#: What the engine itself keeps of every member who agrees (the member row), in English.
ENGINE_STORES = "your time zone"
#: Says a key in one language with arguments: ``ctx.t``.
Translator = Callable[..., str]
ENGLISH: Translator = partial(i18n.translate, i18n.ENGLISH)


def stored(lines: Iterable[str], t: Translator = ENGLISH) -> str:
    """``your time zone, partners, check-ins and sober dates``: the engine's
    line, then the cogs' (each named once, in the order given); a line that is
    a catalogue key is said in ``t``'s language."""
    items = [t("consent-stores-zone")]
    for line in lines:
        line = " ".join(line.split())
        if i18n.CATALOGUES.has(line):
            line = t(line)
        if line and line not in items:
            items.append(line)
    if len(items) == 1:
        return items[0]
    return t("consent-stores-list", first=", ".join(items[:-1]), last=items[-1])


def notice(
    extra: str = "",
    *,
    agreed: bool = False,
    lines: Iterable[str] = (),
    t: Translator = ENGLISH,
) -> Message:
    """The notice with Agree and Decline — or, for a member who ``agreed``
    before (any version), Agree and Withdraw…, which leads to a confirmation.

    ``lines``: what the cogs serving the member store (see :func:`privacy_lines`)."""
    text = t("consent-notice", version=CONSENT_VERSION, stored=stored(lines, t))
    if extra:
        text = f"{extra}\n\n{text}"
    second = (
        Button(WITHDRAW_ACTION, t("consent-withdraw-button"), ButtonStyle.SECONDARY)
        if agreed
        else Button(DECLINE_ACTION, t("consent-decline-button"), ButtonStyle.SECONDARY)
    )
    return Message(
        text=text,
        title=t("consent-title"),
        buttons=(Button(AGREE_ACTION, t("consent-agree-button"), ButtonStyle.PRIMARY), second),
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
