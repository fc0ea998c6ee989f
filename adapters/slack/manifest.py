"""The Slack app manifest (YAML), generated from the plugin registry.

Written by hand rather than with a YAML library: it is a small fixed shape,
and every string is emitted as a JSON string, which YAML reads as a
double-quoted scalar.
"""

from __future__ import annotations

import json

from bot.platform import (
    CATALOGUES,
    ENGLISH,
    SHIPPED_LANGUAGES,
    CommandSpec,
    Registry,
    normalize_language,
    translate,
)

#: Bot scopes, each for one thing Haven does — and no more.
SCOPES = {
    "commands": "the slash commands (/sober, /checkin, …)",
    "chat:write": "replies, DMs, prompts, announcements and pod messages",
    "im:write": "opening a direct message with a member (conversations.open)",
    "mpim:write": "opening a group DM for a pod of up to 8 members",
    "groups:write": "a private channel for a pod of more than 8 members, archiving it",
    "users:read": "telling workspace admins and owners (moderators) from other members",
    "files:write": "files a member asks for: /haven export, /checkin summary, /meeting calendar",
    "dnd:read": "holding non-urgent DMs (daily prompts, summaries) while a member is in "
    "Do Not Disturb",
}
EVENTS = ("app_home_opened", "app_uninstalled", "tokens_revoked")
DESCRIPTION_LIMIT = 100
#: Slack's limits on the app's name and its short description.
NAME_LIMIT = 35
SHORT_DESCRIPTION_LIMIT = 140
DEFAULT_NAME = "Haven"
DEFAULT_DESCRIPTION = "Peer support for recovery: check-ins, sober days, meetings, partners."
HINT_LIMIT = 160


#: Slack's built-in slash commands: an app may not register them, and one in a
#: manifest makes Slack reject the whole slash_commands array. Some reports add
#: /help, so Haven treats it as reserved too (``/haven`` and ``/haven help``
#: show help on Slack). From Slack's help page "Use built-in slash commands".
RESERVED = frozenset(
    "me status away active dnd remind msg dm join open leave close part invite kick "
    "remove rename topic mute search s shrug who feed collapse expand shortcuts keys "
    "apps archive call feedback pro giphy help".split()
)


def slack_groups(registry) -> list:
    """The command groups Haven registers on Slack: every group but the reserved."""
    return [(g, specs) for g, specs in sorted(registry.groups().items()) if g not in RESERVED]


def _q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _group_text(group: str, specs: list[CommandSpec], language: str = ENGLISH) -> tuple[str, str]:
    """A slash command's description and usage hint; the description from the
    catalogues in ``language`` where one translates it (``cmd-crisis-description``)."""
    root = next((s for s in specs if s.path == (group,)), None)
    subs = sorted({s.path[1] for s in specs if len(s.path) > 1})
    key = f"cmd-{group}-description"
    if language != ENGLISH and root is not None and CATALOGUES.has(key, language):
        description = translate(language, key)
    elif root is not None and root.help:
        description = root.help
    elif root is not None and root.cog is not None and root.cog.description:
        description = root.cog.description
    else:
        cog = specs[0].cog
        description = (cog.description if cog and cog.description else "") or "; ".join(
            s.help for s in specs[:2] if s.help
        )
    if subs:
        hint = "[" + "|".join(subs) + "] …"
        if root is not None and root.options:
            hint = " ".join(o.usage() for o in root.options) + " or " + hint
    elif root is not None:
        hint = " ".join(o.usage() for o in root.options)
    else:
        hint = ""
    return _fit(description or f"/{group}", DESCRIPTION_LIMIT), _fit(hint, HINT_LIMIT)


def _fit(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def manifest(
    registry: Registry,
    *,
    mode: str = "socket",
    url: str = "https://haven.example.org",
    oauth: bool = False,
    name: str = DEFAULT_NAME,
    description: str | None = None,
    language: str | None = None,
) -> str:
    """The manifest for Socket Mode (no public URL) or HTTP (``url`` + /slack/events);
    ``oauth``: installs into several workspaces (``url`` + /slack/oauth_redirect).

    ``name`` and ``description``: what Slack shows of the app. Under a name
    other than Haven's the long description names no recovery either, so the
    app's page says nothing a colleague could read over a shoulder.

    ``language``: a shipped language (``es``) for the commands' descriptions,
    where the catalogues translate them; English by default. A manifest has one
    language: Slack shows every member the same descriptions."""
    if language is not None:
        found = normalize_language(language)
        if found is None:
            raise ValueError(f"--language must be one of {', '.join(SHIPPED_LANGUAGES)}")
        language = found
    name = " ".join(name.split())
    if not name or len(name) > NAME_LIMIT:
        raise ValueError(f"--name must be 1 to {NAME_LIMIT} characters")
    neutral = name != DEFAULT_NAME
    if description is None:
        description = "A private companion for your day." if neutral else DEFAULT_DESCRIPTION
    description = " ".join(description.split())
    if not description or len(description) > SHORT_DESCRIPTION_LIMIT:
        raise ValueError(f"--description must be 1 to {SHORT_DESCRIPTION_LIMIT} characters")
    long_description = (
        f"{name} is a private companion for your workspace: short daily check-ins, "
        "reminders and a buddy to keep in touch with. Personal answers are private "
        "(ephemeral replies or DMs), notifications show no details, and nothing a member "
        "writes is posted anywhere unless they choose to share it."
        if neutral
        else "Haven is a peer-recovery companion for your workspace: private daily check-ins, "
        "sober-day counters, meeting reminders and accountability partners. Personal "
        "answers are private (ephemeral replies or DMs); nothing a member writes is "
        "posted anywhere unless they choose to share it. Haven is peer support, not a "
        "crisis service: /crisis always lists helplines."
    )
    http = mode == "http"
    events_url = url.rstrip("/") + "/slack/events"
    lines = [
        "display_information:",
        f"  name: {_q(name)}",
        f"  description: {_q(description)}",
        f"  long_description: {_q(long_description)}",
        f"  background_color: {_q('#2f5d50')}",
        "features:",
        "  app_home:",
        "    home_tab_enabled: true",
        "    messages_tab_enabled: true",
        "    messages_tab_read_only_enabled: true",
        "  bot_user:",
        f"    display_name: {_q(name)}",
        "    always_online: true",
        "  slash_commands:",
    ]
    for group, specs in slack_groups(registry):
        description, hint = _group_text(group, specs, language or ENGLISH)
        lines.append(f"    - command: {_q('/' + group)}")
        if http:
            lines.append(f"      url: {_q(events_url)}")
        lines.append(f"      description: {_q(description)}")
        if hint:
            lines.append(f"      usage_hint: {_q(hint)}")
        lines.append("      should_escape: true")
    lines.append("oauth_config:")
    if oauth:
        lines += ["  redirect_urls:", f"    - {_q(url.rstrip('/') + '/slack/oauth_redirect')}"]
    lines += [
        "  scopes:",
        "    bot:",
        *(f"      - {_q(scope)}" for scope in SCOPES),
        "settings:",
        "  event_subscriptions:",
    ]
    if http:
        lines.append(f"    request_url: {_q(events_url)}")
    lines += [
        "    bot_events:",
        *(f"      - {_q(event)}" for event in EVENTS),
        "  interactivity:",
        "    is_enabled: true",
    ]
    if http:
        lines.append(f"    request_url: {_q(events_url)}")
    lines += [
        "  org_deploy_enabled: true",
        f"  socket_mode_enabled: {'false' if http else 'true'}",
        "  token_rotation_enabled: false",
    ]
    return "\n".join(lines) + "\n"
