"""/mod: server-side permission checks, audit rows, configuration."""

from datetime import timedelta

from sqlmodel import select

from bot.adapters import Invocation
from bot.community_settings import EngineSettings
from bot.models import AuditLog, Community
from cogs.crisis.lines import LINES
from cogs.moderation import COUNTRIES
from tests.support.harness import COMMUNITY


async def audit(console) -> list[tuple[str, str, str]]:
    async with console.db.unscoped_session("test") as session:
        rows = await session.exec(select(AuditLog).order_by(AuditLog.id))
        return [(r.actor_id, r.action, r.outcome) for r in rows]


async def test_non_moderators_are_refused_and_the_attempt_audited(console):
    out = await console.say(":as alice\n/mod channel announcements #general")
    assert out.error and "for moderators" in out.text
    assert await audit(console) == [("alice", "mod channel", "denied")]
    async with console.db.unscoped_session("test") as session:
        community = (await session.exec(select(Community))).one()
    assert EngineSettings.from_stored(community.settings).channels == {}


async def test_moderators_configure_and_are_audited(console):
    await console.run(":as mona mod\n/mod channel milestones #wins")
    out = await console.say("/mod setup")
    assert "milestones: #wins" in out.text
    assert ("mona", "mod channel", "ok") in await audit(console)


async def test_a_configured_role_makes_moderators(console):
    await console.run(":as mona mod\n/mod role Stewards")
    steward = Invocation(
        community=COMMUNITY, user_id="sam", command="mod", text="setup", roles=("Stewards",)
    )
    out = await console.app.dispatch(steward)
    assert not out.error and "moderator role: Stewards" in out.text
    other = Invocation(community=COMMUNITY, user_id="kim", command="mod", text="setup")
    assert (await console.app.dispatch(other)).error


async def test_audit_view_shows_who_what_when_and_no_content(console):
    await console.run(":as mona mod\n/mod resources Call Anna on 040 123 4567")
    out = await console.say("/mod audit")
    assert "@mona mod resources (ok)" in out.text
    assert "040 123 4567" not in out.text


async def test_stats_hide_small_groups(console):
    for name in ("a", "b", "c"):
        await console.agree(name)
    out = await console.say(":as mona mod\n/mod stats")
    assert "members who use Haven: fewer than 5" in out.text
    for name in ("d", "e"):
        await console.agree(name)
    out = await console.say(":as mona mod\n/mod stats")
    assert "members who use Haven: 5" in out.text


async def test_bad_channel_purpose_is_a_usage_error(console):
    out = await console.say(":as mona mod\n/mod channel lobby #general")
    assert out.error and "Usage: `/mod channel" in out.text and "Example:" in out.text


async def test_removal_starts_the_purge_grace_period_and_return_cancels_it(console):
    await console.app.community_removed(COMMUNITY)
    community = await console.app.community(COMMUNITY)
    assert community.removed_at == console.clock.now()
    await console.app.community_returned(COMMUNITY)
    assert (await console.app.community(COMMUNITY)).removed_at is None


async def test_refusal_comes_before_argument_checks_and_is_audited(console):
    out = await console.say(":as alice\n/mod channel nonsense")
    assert out.error and "for moderators" in out.text and "Usage" not in out.text
    assert await audit(console) == [("alice", "mod channel", "denied")]


async def test_named_moderators_for_platforms_without_roles(console):
    await console.agree("kim")
    out = await console.say(":as kim\n/mod setup")
    assert out.error
    await console.run(":as mona mod\n/mod moderator add @kim")
    out = await console.say(":as kim\n/mod setup")
    assert not out.error and "named moderators: @kim" in out.text
    await console.run(":as mona mod\n/mod moderator remove @kim")
    assert (await console.say(":as kim\n/mod setup")).error


async def test_naming_an_unknown_member_a_moderator_is_refused_with_usage(console):
    out = await console.say(":as mona mod\n/mod moderator add @nobody")
    assert out.error and out.visible_to == ["mona"]
    assert "@nobody isn't a Haven member here" in out.text
    assert "Usage: `/mod moderator" in out.text and "Example: `/mod moderator add @sam`" in out.text
    assert (await console.say(":as nobody\n/mod setup")).error  # not a moderator
    assert "named moderators" not in (await console.say(":as mona mod\n/mod setup")).text
    assert ("mona", "mod moderator add", "ok") not in await audit(console)


async def test_the_audit_names_whom_a_moderator_was_named_or_removed(console):
    await console.agree("kim")
    await console.run(":as mona mod\n/mod moderator add @kim\n/mod moderator remove @kim")
    async with console.db.unscoped_session("test") as session:
        rows = (await session.exec(select(AuditLog).order_by(AuditLog.id))).all()
    assert [(r.action, r.target_id) for r in rows] == [
        ("mod moderator add", "kim"),
        ("mod moderator remove", "kim"),
    ]
    out = await console.say("/mod audit")
    assert "@mona mod moderator add @kim (ok)" in out.text
    assert "@mona mod moderator remove @kim (ok)" in out.text


async def test_a_refusal_repeated_within_the_hour_is_audited_once(console):
    for _ in range(5):
        out = await console.say(":as alice\n/mod channel announcements #general")
        assert out.error and "for moderators" in out.text  # every attempt is refused
    await console.say(":as alice\n/mod setup")  # another command: its own row
    assert await audit(console) == [
        ("alice", "mod channel", "denied"),
        ("alice", "mod setup", "denied"),
    ]
    console.clock.set(console.clock.now() + timedelta(hours=1, minutes=1))
    await console.say(":as alice\n/mod channel announcements #general")
    assert len(await audit(console)) == 3  # an hour on, recorded again


def test_mod_country_offers_exactly_the_countries_crisis_has_lines_for():
    """/mod country's choices are declared in moderation (choices exist before
    any cog runs); they must be crisis's countries, in crisis's order."""
    assert COUNTRIES == (*(code.lower() for code in LINES), "off")
