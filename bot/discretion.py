"""Discreet mode: nothing about recovery on a lock screen.

Platforms put part of a message in push notifications — Slack its top-level
``text``, Discord a DM's ``content``. In discreet mode that part is a neutral
line ("You have a private message from Wellbeing", :func:`bot.naming.private_notice`)
and the details are in the message body (Slack blocks, a Discord embed),
read once the member opens it.

The engine decides, never a cog: every private message — a DM, an ephemeral
reply, an edit of one, a post in a private space — gets :attr:`Message.preview`
when its reader is discreet; public channel posts a member opted into
(milestones, shared check-ins) and meeting announcements are left as they are.

Who is discreet: the member's own choice (``/haven discreet on|off``, the
``member.discreet`` column), else the community's default (``/mod discreet``,
the ``discreet`` setting), else the platform's (``Platform.discreet``): on
for Slack workspaces — corporate devices on boardroom tables — and off for
Discord servers.
"""

from __future__ import annotations

from dataclasses import replace

from bot import i18n
from bot.adapters import Invocation
from bot.community_settings import EngineSettings, read
from bot.config import discreet_by_default
from bot.messages import Message, Visibility
from bot.models import Community, Member
from bot.naming import private_notice


def platform_default(platform: str) -> bool:
    """The default where a community has not chosen: its platform's."""
    return discreet_by_default(platform)


def community_default(community: Community | None) -> bool:
    if community is None:
        return False
    chosen = read(EngineSettings, community).discreet
    return platform_default(community.platform) if chosen is None else bool(chosen)


def is_discreet(community: Community | None, member: Member | None) -> bool:
    """The member's choice, else the community's default."""
    if member is not None and member.discreet is not None:
        return member.discreet
    return community_default(community)


def mark(
    msg: Message, discreet: bool, *, private_space: bool = False, locale: str = i18n.ENGLISH
) -> Message:
    """``msg`` with a neutral preview when it is private and its reader discreet,
    in the reader's language (``locale``).

    Public posts keep their text (``private_space``: a post in a private space,
    which only its members read, counts as private)."""
    if not discreet or msg.preview is not None:
        return msg
    if msg.visibility is Visibility.PUBLIC and not private_space:
        return msg
    return replace(msg, preview=private_notice(locale))


def discreet_reader(invocation: Invocation) -> bool:
    """Whether the member who acted reads discreetly; before Haven looked them
    up (``/crisis`` and ``/sos`` answer without the database), the platform's
    default."""
    if invocation.discreet is not None:
        return invocation.discreet
    return platform_default(invocation.community.platform)


def reader_language(invocation: Invocation) -> str:
    """The language the member who acted is answered in: what the engine
    settled (:attr:`Invocation.language`), else their app's, else English."""
    return invocation.language or i18n.choose(None, invocation.locale)
