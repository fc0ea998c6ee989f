"""Pillar: consent → a sober-day counter → its milestone, delivered once."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from bot.consent import CONSENT_VERSION
from cogs.sober.models import SoberCounter, SoberRun
from tests.e2e.rows import members, rows_of


def milestone_dms(world, user: str, label: str) -> list[str]:
    return [p.text for p in world.dms(user) if label in p.text]


async def test_consent_then_counter_then_the_milestone_dm_arrives_once(world):
    # Before agreeing: the privacy notice, privately, and nothing stored.
    asked = await world.command("alice", "/sober set 2026-11-15")
    notice = asked.reply
    assert notice.ephemeral and not notice.error
    assert "privacy notice" in notice.text.lower()
    assert notice.buttons == ["Agree", "Decline"]
    assert "alice" not in await members(world)

    # Agreeing records the notice's version; the command she asked for counts
    # days in her zone, so it asks for that first, then runs.
    agreed = await world.press("alice", "Agree")
    texts = [s.text for s in agreed.replies]
    assert any("you're in" in t for t in texts), texts
    assert any("which time zone are you in" in t for t in texts), texts
    assert not any(s.error for s in agreed.replies), agreed.seen
    alice = (await members(world))["alice"]
    assert alice.consent_version == CONSENT_VERSION and alice.consented_at is not None
    assert await rows_of(world, SoberCounter, "alice") == []
    zoned = await world.command("alice", "/haven timezone UTC")
    assert any("counter is started" in s.text for s in zoned.replies), zoned.seen
    [counter] = await rows_of(world, SoberCounter, "alice")
    [run] = await rows_of(world, SoberRun, "alice")
    assert run.start_date.isoformat() == "2026-11-15"
    assert counter.label == "sobriety"

    # Two more members at the same moment: one shares milestones by name.
    await world.agree(world.mod, "bob", "carol")
    configured = await world.command(
        world.mod, f"/mod channel milestones {world.channel('milestones')}"
    )
    assert configured.ok, configured.seen
    set_up = await asyncio.gather(
        world.command("bob", "/sober set 2026-11-15"),
        world.command("carol", "/sober set 2026-11-21"),
    )
    assert all(outcome.ok for outcome in set_up), [o.seen for o in set_up]
    assert "6 days" in set_up[0].reply.text and "0 days" in set_up[1].reply.text
    shared = await world.command("bob", "/sober share named")
    assert shared.ok and "milestones channel" in shared.reply.text

    # Nothing is due yet; a week falls due on 2026-11-22 (09:00 local, UTC).
    assert milestone_dms(world, "alice", "1 week") == []
    await world.run_until(datetime(2026, 11, 23, 0, 0, tzinfo=UTC))
    assert len(milestone_dms(world, "alice", "1 week")) == 1
    assert len(milestone_dms(world, "bob", "1 week")) == 1
    assert len(milestone_dms(world, "carol", "1 day")) == 1
    assert milestone_dms(world, "carol", "1 week") == []
    # Only bob chose to be celebrated in the channel; nobody else appears there.
    posts = [world.plain(p.text) for p in world.posts("milestones")]
    assert len(posts) == 1 and "bob" in posts[0] and "1 week" in posts[0], posts
    assert not any("alice" in p or "carol" in p for p in posts)

    # Time goes on: the week is never congratulated again.
    await world.run_until(datetime(2026, 11, 25, 0, 0, tzinfo=UTC))
    assert len(milestone_dms(world, "alice", "1 week")) == 1
    assert len(milestone_dms(world, "bob", "1 week")) == 1
    assert len(world.posts("milestones")) == 1


async def test_a_milestone_role_goes_only_to_a_member_who_turned_roles_on(world):
    await world.agree(world.mod, "alice", "bob")
    for line in (
        f"/mod channel milestones {world.channel('milestones')}",
        "/sober roles 30d 30 days",
    ):
        assert (await world.command(world.mod, line)).ok
    for user, share in (("alice", "/sober share named roles:on"), ("bob", "/sober share named")):
        assert (await world.command(user, "/sober set 2026-10-23")).ok
        assert (await world.command(user, share)).ok
    await world.run_until(datetime(2026, 11, 23, 0, 0, tzinfo=UTC))
    posts = [world.plain(p.text) for p in world.posts("milestones")]
    assert len(posts) == 2 and all("30 days" in p for p in posts), posts
    if world.platform == "discord":  # Slack has no roles
        [role] = [rid for rid, r in world.fake.roles.items() if r["name"] == "30 days"]
        assert world.fake.member_roles[world.uid("alice")] == [role]
        assert world.fake.member_roles[world.uid("bob")] == []


async def test_a_new_start_is_not_announced_until_the_member_shares_again(world):
    await world.agree(world.mod, "alice")
    assert (
        await world.command(world.mod, f"/mod channel milestones {world.channel('milestones')}")
    ).ok
    assert (await world.command("alice", "/sober set 2025-11-22")).ok
    assert (await world.command("alice", "/sober share named")).ok
    await world.run_until(datetime(2026, 11, 22, 12, 0, tzinfo=UTC))
    assert ["1 year" in world.plain(p.text) for p in world.posts("milestones")] == [True]
    reset = await world.command("alice", "/sober reset")
    assert reset.ok and "Share your milestones again?" in reset.reply.text
    assert reset.reply.buttons == ["Yes", "No"]
    await world.run_until(datetime(2026, 11, 23, 12, 0, tzinfo=UTC))
    assert len(milestone_dms(world, "alice", "1 day")) == 1  # privately, as ever
    assert len(world.posts("milestones")) == 1  # no "reached 1 day" after "1 year"
    yes = await world.press("alice", "Yes")
    assert yes.ok and "milestones channel" in yes.reply.text
    await world.run_until(datetime(2026, 11, 30, 0, 0, tzinfo=UTC))
    posts = [world.plain(p.text) for p in world.posts("milestones")]
    assert len(posts) == 2 and "alice" in posts[1] and "1 week" in posts[1], posts


async def test_a_start_set_on_a_milestone_day_is_acknowledged_alike_at_any_hour(world):
    await world.agree("alice", "bob")
    morning = await world.command("alice", "/sober set 2026-11-14")  # 09:00, a week today
    await world.run_until(datetime(2026, 11, 21, 15, 0, tzinfo=UTC))
    afternoon = await world.command("bob", "/sober set 2026-11-14")
    for outcome in (morning, afternoon):
        first, *rest = world.plain(outcome.reply.text).replace("*", "").splitlines()
        assert outcome.ok and first.startswith("🎉 today is 1 week!"), outcome.seen
        assert any("next milestone: 30 days" in line for line in rest)
    await world.run_until(datetime(2026, 11, 23, 0, 0, tzinfo=UTC))
    assert milestone_dms(world, "alice", "1 week") == milestone_dms(world, "bob", "1 week") == []
    # ... and the milestone the replies promise is the next one to arrive.
    await world.run_until(datetime(2026, 12, 15, 0, 0, tzinfo=UTC))
    assert len(milestone_dms(world, "alice", "30 days")) == 1
    assert len(milestone_dms(world, "bob", "30 days")) == 1


#: /sober set's first line and the week's DM, in the language each platform's app is in.
IN_THEIR_LANGUAGE = {
    "discord": ("es-ES", "es", "Tu contador **sobriedad** ha empezado.", "Hoy llegas a"),
    "slack": ("pt-BR", "pt-br", "Seu contador *sobriedade* começou.", "Hoje você chega a"),
}


async def test_a_counter_answers_in_the_members_app_language_and_dms_in_their_choice(world):
    locale, code, started, reached = IN_THEIR_LANGUAGE[world.platform]
    key = "alice" if world.platform == "discord" else world.uid("alice")
    world.fake.locales[key] = locale
    await world.agree("alice")
    out = await world.command("alice", "/sober set 2026-11-15")
    assert out.ok and started in out.reply.text, out.seen
    # The milestone DM has no interaction: it follows her stored choice.
    assert (await world.command("alice", f"/haven language {code}")).ok
    await world.run_until(datetime(2026, 11, 23, 0, 0, tzinfo=UTC))
    [dm] = [p.text for p in world.dms("alice") if reached in p.text]
    assert "1 semana" in dm and "sobriedad" in dm  # the default counter, named in her language
    assert world.problems() == []
