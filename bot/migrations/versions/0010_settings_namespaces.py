"""settings_namespaces: each community's settings under their cog's namespace (issue 20)

``Community.settings`` was one flat object read by string keys; each cog now
declares its settings under a namespace of its own (bot/community_settings.py).
This moves every known flat key to its place — ``{"country": "GB"}`` becomes
``{"crisis": {"country": "GB"}}`` — and the downgrade moves them back. Keys
this list does not know are kept where they are. The list is written out here,
not read from the cogs: a migration describes the data as it was then.

Revision ID: 0010_settings_namespaces
Revises: 0009_due_planned
Create Date: 2026-12-02 14:30:00
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0010_settings_namespaces"
down_revision = "0009_due_planned"
branch_labels = None
depends_on = None

#: flat key -> (namespace, name in it)
MOVES = {
    "timezone": ("engine", "timezone"),
    "discreet": ("engine", "discreet"),
    "moderator_users": ("engine", "moderator_users"),
    "moderator_role": ("engine", "moderator_role"),
    "channels": ("engine", "channels"),
    "disabled_cogs": ("engine", "disabled_cogs"),
    "locale": ("engine", "locale"),
    "resources": ("crisis", "resources"),
    "country": ("crisis", "country"),
    "pod_matching": ("accountability", "pod_matching"),
    "checkin_triggers": ("checkins", "triggers"),
    "meeting_mirror": ("meetings", "mirror"),
    "milestone_roles": ("sober", "milestone_roles"),
}

COMMUNITY = sa.table("community", sa.column("id", sa.Integer), sa.column("settings", sa.JSON))


def namespaced(flat: dict[str, Any]) -> dict[str, Any]:
    """``flat`` with every known key moved into its namespace (an existing
    namespace that is not an object is left alone, and so are its keys)."""
    out = dict(flat)
    for key, (namespace, name) in MOVES.items():
        if key not in flat or not isinstance(out.get(namespace, {}), dict):
            continue
        out[namespace] = {**out.get(namespace, {}), name: out.pop(key)}
    return out


def flattened(nested: dict[str, Any]) -> dict[str, Any]:
    """``nested`` with every known key back at the top; a namespace left
    empty goes, one holding keys this list does not know stays."""
    out = dict(nested)
    for key, (namespace, name) in MOVES.items():
        section = out.get(namespace)
        if not isinstance(section, dict) or name not in section or key in out:
            continue
        section = dict(section)
        out[key] = section.pop(name)
        if section:
            out[namespace] = section
        else:
            del out[namespace]
    return out


def _rewrite(change) -> None:
    conn = op.get_bind()
    for row_id, settings in conn.execute(sa.select(COMMUNITY.c.id, COMMUNITY.c.settings)).all():
        if not isinstance(settings, dict):
            continue
        changed = change(settings)
        if changed != settings:
            conn.execute(
                COMMUNITY.update().where(COMMUNITY.c.id == row_id).values(settings=changed)
            )


def upgrade() -> None:
    _rewrite(namespaced)


def downgrade() -> None:
    _rewrite(flattened)
