"""Slack payloads (slash commands, block_actions, view_submission, events)
turned into Haven :class:`~bot.adapters.Invocation` values."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from bot.adapters import CommunityKey, Invocation, Ref

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
        kind="command",
        command=body.get("command", "").lstrip("/").lower(),
        text=body.get("text", "") or "",
        handle=SlackHandle(
            team_id=team_id,
            response_url=body.get("response_url"),
            trigger_id=body.get("trigger_id"),
            channel_id=channel,
        ),
    )


def _team(body: dict[str, Any]) -> tuple[str, str]:
    team = (body.get("team") or {}).get("id") or (body.get("user") or {}).get("team_id") or ""
    enterprise = (body.get("enterprise") or {}).get("id") or ""
    return team, enterprise


def action_invocation(body: dict[str, Any]) -> Invocation:
    """A button in a message (or in App Home) was pressed."""
    team_id, enterprise_id = _team(body)
    action = (body.get("actions") or [{}])[0]
    container = body.get("container") or {}
    channel = container.get("channel_id") or (body.get("channel") or {}).get("id")
    source = None
    ts = container.get("message_ts")
    if channel and ts and not container.get("is_ephemeral"):
        source = Ref(PLATFORM, team_id, f"{channel}:{ts}")
    user = body.get("user") or {}
    return Invocation(
        community=community_key(team_id, enterprise_id),
        user_id=user.get("id", ""),
        user_name=user.get("username") or user.get("name") or "",
        channel_id=channel,
        kind="action",
        action_id=action.get("action_id", ""),
        source_message=source,
        handle=SlackHandle(
            team_id=team_id,
            response_url=body.get("response_url"),
            trigger_id=body.get("trigger_id"),
            channel_id=channel,
        ),
    )


def form_invocation(body: dict[str, Any]) -> Invocation:
    """A modal was submitted; its private_metadata says where to answer."""
    team_id, enterprise_id = _team(body)
    view = body.get("view") or {}
    try:
        meta = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        meta = {}
    if not isinstance(meta, dict):
        meta = {}
    user = body.get("user") or {}
    channel = meta.get("c") or None
    return Invocation(
        community=community_key(team_id, enterprise_id),
        user_id=user.get("id", ""),
        user_name=user.get("username") or user.get("name") or "",
        channel_id=channel,
        kind="form",
        form_id=view.get("callback_id", ""),
        values=form_values(view),
        handle=SlackHandle(
            team_id=team_id,
            response_url=meta.get("r") or None,
            trigger_id=body.get("trigger_id"),
            channel_id=channel,
        ),
    )


def event_community(body: dict[str, Any]) -> CommunityKey:
    """The workspace an Events API envelope is about (Grid: enterprise + team)."""
    team_id = body.get("team_id") or ""
    enterprise_id = body.get("enterprise_id") or ""
    if not team_id:
        for auth in body.get("authorizations") or []:
            team_id = auth.get("team_id") or team_id
            enterprise_id = enterprise_id or auth.get("enterprise_id") or ""
    return community_key(team_id, enterprise_id)


def request_community(body: dict[str, Any]) -> CommunityKey | None:
    """The workspace any request is from, keyed as its handler keys it (a
    command, an interaction payload or an Events API envelope); None if it
    names none."""
    if body.get("type") == "event_callback":
        key = event_community(body)
    elif "command" in body:
        key = community_key(body.get("team_id"), body.get("enterprise_id"))
    else:
        key = community_key(*_team(body))
    return key if key.workspace_id else None
