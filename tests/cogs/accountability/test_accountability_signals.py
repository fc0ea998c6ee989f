"""Partner signals: after three quiet days a member's partners get one
neutral private nudge per gap — only if the member shares check-ins with
partners, never while their prompts are paused, once across restarts."""

from __future__ import annotations

from datetime import date

from adapters.console.adapter import COMMUNITY
from cogs.accountability.signals import is_quiet, quiet_since

QUIET = "hasn't checked in for a few days"


def nudges(outputs):
    return [o for o in outputs if o.kind == "dm" and QUIET in o.text]


async def setup(console, share="partners"):
    """alice and bob are partners, carol is around; alice checks in on Sat 21 Nov."""
    for user in ("bob", "carol", "alice"):
        await console.agree(user)
    await console.run("/partner request @bob\n:as bob\n:click Accept\n:as alice")
    if share:
        await console.run(f"/checkin share {share}")
    await console.run("/checkin mood:3 craving:2")


async def test_nudge_after_three_quiet_days_to_partners_only_once_per_gap(console):
    await setup(console)
    # 22, 23 and 24 November pass without a check-in
    assert not nudges(await console.run(":at 2026-11-25T09:59:00+00:00"))
    out = await console.run(":at 2026-11-25T10:00:00+00:00")
    (nudge,) = nudges(out)
    assert nudge.to == "bob" and nudge.visible_to == ["bob"]
    assert nudge.text.startswith("alice hasn't checked in for a few days")
    assert "a friendly message might help" in nudge.text
    assert not [o for o in out if o.kind != "dm"]  # nothing public

    # not repeated the next days of the same gap
    assert not nudges(await console.run(":advance 3d"))

    # she checks in again (28 Nov); a new gap is told once more, on 2 Dec
    await console.run(":as alice\n/checkin mood:4 craving:1")
    assert not nudges(await console.run(":at 2026-12-02T09:00:00+00:00"))
    assert [o.to for o in nudges(await console.run(":at 2026-12-02T10:00:00+00:00"))] == ["bob"]


async def test_no_nudge_while_paused_and_the_gap_restarts_after(console):
    await setup(console)
    await console.run("/checkin pause 2026-11-28")
    assert not nudges(await console.run(":at 2026-11-30T12:00:00+00:00"))
    # prompts came back on the 28th; 28, 29 and 30 were quiet
    assert [o.to for o in nudges(await console.run(":at 2026-12-01T10:00:00+00:00"))] == ["bob"]


async def test_no_nudge_unless_shared_with_partners(console):
    await setup(console, share=None)  # private, the default
    assert not nudges(await console.run(":advance 6d"))
    await console.run(":as alice\n/checkin share anonymous")
    assert not nudges(await console.run(":advance 2d"))
    # choosing partners later tells them about the gap (still recent)
    await console.run(":as alice\n/checkin share partners")
    assert [o.to for o in nudges(await console.run(":advance 1d"))] == ["bob"]


async def test_nudged_once_across_a_restart(make_harness):
    first = await make_harness()
    await setup(first)
    out = await first.run(":at 2026-11-25T10:00:00+00:00")
    assert [o.to for o in nudges(out)] == ["bob"]
    # a restart at the same instant, then the next day's scan: no second nudge
    second = await make_harness(start=first.clock.now(), instance_id="second")
    community = await second.app.community(COMMUNITY)
    assert f"partner:quietscan:{community.id}" in (await second.app.scheduler.jobs())
    assert not nudges(second.outputs)
    assert not nudges(await second.run(":at 2026-11-26T10:00:00+00:00"))
    # ... while a new gap still reaches bob through the restarted Haven
    await second.run(":as alice\n/checkin mood:4 craving:1")
    assert [o.to for o in nudges(await second.run(":at 2026-11-30T10:00:00+00:00"))] == ["bob"]


async def test_leaving_the_partnership_ends_nudges(console):
    await setup(console)
    await console.run("/partner leave @bob")
    assert not nudges(await console.run(":advance 6d"))


def test_quiet_days_count_whole_local_days_after_the_last_checkin():
    last = date(2026, 11, 21)
    assert quiet_since(last, date(2026, 11, 24), None) == 2
    assert not is_quiet(last, date(2026, 11, 24), None)
    assert is_quiet(last, date(2026, 11, 25), None)
    assert quiet_since(last, date(2026, 11, 27), date(2026, 11, 28)) is None  # paused
    assert quiet_since(last, date(2026, 11, 28), date(2026, 11, 28)) == 0
    assert not is_quiet(last, date(2026, 12, 30), None)  # too old to be news


async def test_a_held_nudge_goes_with_the_member_who_erases_their_data(console):
    """bob's nudge about alice waits for his morning; alice erases her data
    meanwhile: nothing about her gap is sent or kept, in ``due`` or the ledger."""
    from sqlmodel import select

    from bot.models import Delivery, DueWork

    await setup(console)
    await console.run(":as bob\n/haven quiet 09:00-12:00")  # UTC: the 10:00 scan is inside
    assert not nudges(await console.run(":at 2026-11-25T10:00:00+00:00"))

    async def about_alice() -> list[str]:
        async with console.db.unscoped_session("test", readonly=True) as session:
            due = (await session.exec(select(DueWork.job_id))).all()
            keys = (await session.exec(select(Delivery.key))).all()
        return [k for k in (*due, *keys) if "quiet:" in k or "nudge:" in k]

    held = await about_alice()  # the gap's claim, bob's held claim and its one-off
    assert len(held) == 3 and any(k.startswith("held:partner:quiet:") for k in held), held
    await console.run(":as alice\n/haven delete confirm")
    assert await about_alice() == []
    assert not nudges(await console.run(":at 2026-11-25T13:00:00+00:00"))
