"""Slack payloads (slash commands, block_actions, view_submission, events)
turned into Haven :class:`~bot.adapters.Invocation` values."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from bot.platform import CommunityKey, Invocation

from .render import form_values

PLATFORM = "slack"


@dataclass
class SlackHandle:
    """What the adapter needs to answer one invocation."""

    team_id: str
    response_url: str | None = None
    trigger_id: str | None = None
    channel_id: str | None = None


def community_key(team_id: str | None, enterprise_id: str | None) -> CommunityKey:
    """Grid-aware: an org-wide install still keys each workspace by its team."""
    return CommunityKey(
        platform=PLATFORM, workspace_id=team_id or "", enterprise_id=enterprise_id or ""
    )


def command_invocation(body: dict[str, Any]) -> Invocation:
    """``/sober set 2025-01-02`` → command ``sober``, text ``set 2025-01-02``."""
    team_id = body.get("team_id", "")
    channel = body.get("channel_id") or None
    return Invocation(
        community=community_key(team_id, body.get("enterprise_id")),
        user_id=body.get("user_id", ""),
        user_name=body.get("user_name", ""),
        channel_id=channel,
        via="command",
        command=body.get("command", "").lstrip("/").lower(),
        text=body.get("text", "") or "",
        handle=SlackHandle(
            team_id=team_id,
            response_url=body.get("response_url"),
            trigger_id=body.get("trigger_id"),
            channel_id=channel,
        ),
    )


def _obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _team(body: dict[str, Any]) -> tuple[str, str]:
    team = _text(_obj(body.get("team")).get("id")) or _text(_obj(body.get("user")).get("team_id"))
    enterprise = _text(_obj(body.get("enterprise")).get("id"))
    return team, enterprise


#: The payload types Haven reads; any other is named "a request" in a reason.
PAYLOAD_TYPES = frozenset({"event_callback", "view_submission", "view_closed", "block_actions"})


def problem(body: dict[str, Any]) -> str | None:
    """Why a request cannot be read (None: it can).

    Slack always sends these fields; a request without them was not made by
    Slack's clients, and is refused before anything acts on it — and before
    bolt, which indexes some of them without looking (``event.type``,
    ``view.type``, ``actions[0]``)."""
    if "command" in body:
        missing = [f for f in ("command", "team_id", "user_id") if not _text(body.get(f))]
        return f"a slash command without {', '.join(missing)}" if missing else None
    payload_type = body.get("type")
    if payload_type not in PAYLOAD_TYPES:  # the reason is logged: never the sender's own text
        payload_type = "a request"
    if "event" in body or payload_type == "event_callback":
        return None if _text(_obj(body.get("event")).get("type")) else "an event without a type"
    if payload_type in ("view_submission", "view_closed"):
        view = _obj(body.get("view"))
        if not (_text(view.get("type")) and _text(view.get("callback_id"))):
            return f"{payload_type} without a view"
    if "actions" in body or payload_type == "block_actions":
        actions = body.get("actions")
        if not (isinstance(actions, list) and actions):
            return f"{payload_type} without actions"
        if not all(_text(_obj(a).get("action_id")) for a in actions):
            return f"{payload_type} with an action without an action_id"
    if payload_type in ("block_actions", "view_submission"):
        if not _text(_obj(body.get("user")).get("id")):
            return f"{payload_type} without a user"
        if not _team(body)[0]:
            return f"{payload_type} without a team"
    return None


def action_invocation(body: dict[str, Any]) -> Invocation:
    """A button in a message (or in App Home) was pressed."""
    team_id, enterprise_id = _team(body)
    action = _obj((body.get("actions") or [{}])[0])
    container = _obj(body.get("container"))
    channel = _text(container.get("channel_id")) or _text(_obj(body.get("channel")).get("id"))
    user = _obj(body.get("user"))
    return Invocation(
        community=community_key(team_id, enterprise_id),
        user_id=_text(user.get("id")),
        user_name=_text(user.get("username")) or _text(user.get("name")),
        channel_id=channel or None,
        via="action",
        action_id=_text(action.get("action_id")),
        handle=SlackHandle(
            team_id=team_id,
            response_url=_text(body.get("response_url")) or None,
            trigger_id=_text(body.get("trigger_id")) or None,
            channel_id=channel or None,
        ),
    )


def form_invocation(body: dict[str, Any]) -> Invocation:
    """A modal was submitted; its private_metadata says where to answer."""
    team_id, enterprise_id = _team(body)
    view = _obj(body.get("view"))
    try:
        meta = _obj(json.loads(_text(view.get("private_metadata")) or "{}"))
    except ValueError:
        meta = {}
    user = _obj(body.get("user"))
    channel = _text(meta.get("c")) or None
    return Invocation(
        community=community_key(team_id, enterprise_id),
        user_id=_text(user.get("id")),
        user_name=_text(user.get("username")) or _text(user.get("name")),
        channel_id=channel,
        via="form",
        form_id=_text(view.get("callback_id")),
        values=form_values(view),
        handle=SlackHandle(
            team_id=team_id,
            response_url=_text(meta.get("r")) or None,
            trigger_id=_text(body.get("trigger_id")) or None,
            channel_id=channel,
        ),
    )


def event_community(body: dict[str, Any]) -> CommunityKey:
    """The workspace an Events API envelope is about (Grid: enterprise + team)."""
    team_id = _text(body.get("team_id"))
    enterprise_id = _text(body.get("enterprise_id"))
    authorizations = body.get("authorizations")
    if not team_id and isinstance(authorizations, list):
        for auth in map(_obj, authorizations):
            team_id = _text(auth.get("team_id")) or team_id
            enterprise_id = enterprise_id or _text(auth.get("enterprise_id"))
    return community_key(team_id, enterprise_id)


def request_community(body: dict[str, Any]) -> CommunityKey | None:
    """The workspace any request is from, keyed as its handler keys it (a
    command, an interaction payload or an Events API envelope); None if it
    names none."""
    if body.get("type") == "event_callback":
        key = event_community(body)
    elif "command" in body:
        key = community_key(_text(body.get("team_id")), _text(body.get("enterprise_id")))
    else:
        key = community_key(*_team(body))
    return key if key.workspace_id else None
