"""PRIVACY.md P11, moderator side: every moderator command (found in the
registry, so a new one is covered without editing this file) is refused to a
member, server-side, changes nothing, and leaves an audit row — who, what,
when, never content.

Request verification is the adapters' part of P11: Slack's signature and
five-minute window (tampered or stale → 401, handler not run) are proven in
tests/adapters/slack/test_slack_http.py; Discord interactions arrive over the
authenticated gateway connection (no HTTP interactions endpoint), so there is
no Ed25519 signature to check.
"""

from __future__ import annotations

from sqlmodel import select

from bot.adapters import Invocation
from bot.models import AuditLog, Community
from bot.plugins import Permission
from tests.privacy.privacy_support import snapshot
from tests.support.harness import COMMUNITY


async def audit_rows(h) -> list[tuple[str, str, str]]:
    async with h.db.unscoped_session("test") as session:
        rows = await session.exec(select(AuditLog).order_by(AuditLog.id))
        return [(r.actor_id, r.action, r.outcome) for r in rows]


async def state(h) -> tuple[dict, dict]:
    """Every stored row but the audit log's, and the community's settings."""
    async with h.db.unscoped_session("test") as session:
        community = (await session.exec(select(Community))).one()
    return await snapshot(h.db), dict(community.settings)


def moderator_commands(h):
    specs = h.app.registry.commands.values()
    return sorted((s for s in specs if s.permission is Permission.MODERATOR), key=lambda s: s.name)


async def test_every_moderator_command_is_refused_to_members_and_audited(console):
    await console.run(":as mona mod\n/mod channel announcements #announcements")
    await console.run('/meeting add title:"Circle" day:mon time:18:00 tz:UTC')
    await console.agree("alice")
    specs = moderator_commands(console)
    assert {"mod setup", "mod stats", "mod audit", "meeting add", "partner match"} <= {
        s.name for s in specs
    }
    for spec in specs:
        before_rows, before_audit = await state(console), await audit_rows(console)
        out = await console.say(spec.example)
        assert out.error and "is for moderators" in out.text, (spec.name, out.text)
        assert out.visible_to == ["alice"]
        assert await state(console) == before_rows, f"/{spec.name} changed data"
        assert await audit_rows(console) == [*before_audit, ("alice", spec.name, "denied")]
        assert len(console.outputs) and not [
            o for o in console.outputs[-2:] if o.kind in ("message", "dm", "space")
        ]


async def test_refused_before_consent_and_for_other_roles(console):
    await console.run(":as mona mod\n/mod role Stewards")
    for spec in moderator_commands(console):
        out = await console.say(f":as newcomer\n{spec.example}")
        assert out.error and "is for moderators" in out.text
    inv = Invocation(COMMUNITY, "sam", command="mod", text="stats", roles=("Members",))
    assert (await console.app.dispatch(inv)).error
    assert ("sam", "mod stats", "denied") in await audit_rows(console)


async def test_moderator_buttons_are_refused_and_audited(console):
    """Any button declared for moderators only is refused to members (none may exist yet)."""
    await console.agree("alice")
    for prefix, spec in console.app.registry.actions.items():
        if spec.permission is not Permission.MODERATOR:
            continue
        inv = Invocation(COMMUNITY, "alice", via="action", action_id=f"{prefix}:1")
        out = await console.app.dispatch(inv)
        assert out.error
        assert ("alice", f"button {prefix}", "denied") in await audit_rows(console)
