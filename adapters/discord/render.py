"""Haven's :class:`~bot.messages.Message` as Discord message parts.

Discord speaks Haven's markdown subset natively (``**bold**``, ``_italic_``,
`` `code` ``, masked links, ``- `` lists), and ``<t:UNIX:F>`` / ``<@id>`` /
``<#id>`` are Discord's own markup, so text passes through unchanged — and so
are the backslash escapes of text someone else wrote
(:func:`bot.messages.literal`: ``\\[``, ``\\<``, ``\\@``, as
:func:`discord.utils.escape_markdown` writes them), which Discord shows as the
characters themselves: a member's name is never a link, a mention or
formatting. Button labels and thread names take no markup: :func:`plain`. Errors
start with a warning sign; fields become one embed; buttons become action rows
whose ``custom_id`` is the Haven ``action_id`` (routed by prefix, so they keep
working after a restart).

A choice list — more than :data:`MAX_BUTTONS` buttons — becomes a string select
menu instead (a row of five buttons is the most Discord shows side by side):
each option's value is the button's ``action_id``, and the chosen value is
dispatched exactly as that button's press would be (:func:`component_action`).

**Components in DMs carry their community.** An interaction in a DM has no
guild id, so a message that goes to a DM — and a form opened from one — tags
each ``custom_id`` with the guild it was sent for: ``@<guild id>:<action id>``
(:func:`tag_for_dm`; at most 22 extra characters of Discord's 100). The tag is
stripped before routing (:func:`split_dm_tag`), so Haven still routes by the
action's prefix; an untagged id (a DM sent before tags existed) is routed as
before.
"""

from __future__ import annotations

import io
import logging
from typing import Any

import discord

from bot.platform import ButtonStyle, Message, named, native, plain

CONTENT_LIMIT = 2000
EMBED_LIMIT = 4096
ERROR_MARK = "⚠️ "
STYLES = {
    ButtonStyle.PRIMARY: discord.ButtonStyle.primary,
    ButtonStyle.SECONDARY: discord.ButtonStyle.secondary,
    ButtonStyle.SUCCESS: discord.ButtonStyle.success,
    ButtonStyle.DANGER: discord.ButtonStyle.danger,
}
#: Mentions in Haven's text name people ("your partner <@1>"); they never ping
#: roles or everyone, and users only where a cog addresses them directly (text
#: someone else wrote is escaped, so it has no mentions). Also the client's
#: default, for any send that does not pass it.
ALLOWED_MENTIONS = discord.AllowedMentions(everyone=False, roles=False, users=True)
#: More buttons than this make a select menu.
MAX_BUTTONS = 5
#: custom_id prefix of Haven's select menus; the chosen option is the action.
CHOICE_PREFIX = "haven-choice:"
CHOICE_PLACEHOLDER = "Choose…"
SELECT_OPTIONS = 25  # Discord's limit per select menu
#: Discord's limit on a component's or modal's custom_id.
CUSTOM_ID_LIMIT = 100
#: ``@<guild id>:`` before the custom_id of a component sent into a DM.
DM_TAG = "@"

log = logging.getLogger("haven.discord")


def tag_for_dm(custom_id: str, guild_id: str | None) -> str:
    """``custom_id`` tagged with the guild a DM was sent for (``None``: untouched).

    An id that would not fit Discord's 100 characters stays untagged (its press
    then resolves the way an old, untagged DM button does)."""
    custom_id = custom_id[:CUSTOM_ID_LIMIT]
    if not guild_id:
        return custom_id
    tagged = f"{DM_TAG}{guild_id}:{custom_id}"
    if len(tagged) > CUSTOM_ID_LIMIT:
        log.warning("a DM component's id is too long to carry its server; sent untagged")
        return custom_id
    return tagged


def split_dm_tag(custom_id: str) -> tuple[str | None, str]:
    """``(guild id, the id Haven routes)`` of a custom_id; no tag: ``(None, id)``."""
    if custom_id.startswith(DM_TAG):
        guild, sep, rest = custom_id[len(DM_TAG) :].partition(":")
        if sep and guild.isdigit():
            return guild, rest
    return None, custom_id


def content_of(msg: Message) -> str:
    text = native(named(msg.flat_text(fields=False)))  # fields go in an embed
    return (ERROR_MARK + text) if msg.error else text


def view_of(msg: Message, dm_guild: str | None = None) -> discord.ui.View | None:
    """Buttons as a view that discord.py does not keep: presses are routed by
    ``custom_id`` in ``on_interaction`` instead, which survives restarts.
    ``dm_guild``: the message goes to a DM for that guild (ids are tagged)."""
    if not msg.buttons:
        return None
    view = discord.ui.View(timeout=None)
    if len(msg.buttons) > MAX_BUTTONS:
        _add_selects(view, msg, dm_guild)
        view.stop()
        return view
    for index, button in enumerate(msg.buttons[:25]):
        view.add_item(
            discord.ui.Button(
                label=plain(named(button.label))[:80],
                custom_id=tag_for_dm(button.action_id, dm_guild),
                style=STYLES.get(button.style, discord.ButtonStyle.secondary),
                row=index // 5,
            )
        )
    view.stop()  # not stored in discord.py's view store
    return view


def _add_selects(view: discord.ui.View, msg: Message, dm_guild: str | None) -> None:
    """The buttons as select menus of up to 25 options, one per action row."""
    options = [
        discord.SelectOption(
            label=plain(named(button.label))[:100] or button.action_id[:100], value=action
        )
        for action, button in {b.action_id[:100]: b for b in msg.buttons}.items()
    ]
    for row in range(5):
        chunk = options[row * SELECT_OPTIONS : (row + 1) * SELECT_OPTIONS]
        if not chunk:
            break
        view.add_item(
            discord.ui.Select(
                custom_id=tag_for_dm(f"{CHOICE_PREFIX}{row}", dm_guild),
                placeholder=CHOICE_PLACEHOLDER,
                min_values=1,
                max_values=1,
                options=chunk,
                row=row,
            )
        )


def component_action(data: dict[str, Any]) -> str:
    """The Haven action of a component interaction: a button's ``custom_id``,
    or the option chosen in one of Haven's select menus (a DM tag removed)."""
    _, custom_id = split_dm_tag(str(data.get("custom_id", "")))
    if data.get("component_type") == 3 and custom_id.startswith(CHOICE_PREFIX):
        values = data.get("values") or []
        return str(values[0]) if values else ""
    return custom_id


def render(msg: Message, *, with_files: bool = True, dm_guild: str | None = None) -> dict[str, Any]:
    """Keyword arguments for ``send`` / ``send_message`` / ``edit``; ``dm_guild``
    when the message goes to a DM sent for that guild (see :func:`tag_for_dm`)."""
    content = content_of(msg)
    embeds: list[discord.Embed] = []
    if msg.preview is not None:
        # Discreet (bot.discretion): a notification shows the content, so the
        # content is the neutral line and the message itself is the embed.
        embeds.append(discord.Embed(description=_cut(content, EMBED_LIMIT)))
        content = named(msg.preview)
    elif len(content) > CONTENT_LIMIT:
        embeds.append(discord.Embed(description=_cut(content, EMBED_LIMIT)))
        content = ""
    if msg.fields:
        embed = discord.Embed()
        for field in msg.fields[:25]:
            embed.add_field(
                name=_cut(native(named(field.name)), 256),
                value=_cut(native(named(field.value)), 1024),
                inline=field.inline,
            )
        embeds.append(embed)
    kwargs: dict[str, Any] = {
        "content": content or None,
        "embeds": embeds,
        "allowed_mentions": ALLOWED_MENTIONS,
    }
    view = view_of(msg, dm_guild)
    if view is not None:
        kwargs["view"] = view
    if with_files and msg.files:
        kwargs["files"] = [
            discord.File(io.BytesIO(f.data), filename=f.filename) for f in msg.files[:10]
        ]
    return kwargs


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
