"""/partner schedule: moderators set a weekly local time; the pool is matched
then, members are told privately and moderators get counts only."""

from __future__ import annotations

from adapters.console.adapter import COMMUNITY

HELSINKI = "Europe/Helsinki"  # UTC+2 in November


def spaces(outputs):
    return [frozenset(o.visible_to) for o in outputs if o.kind == "space"]


async def job_ids(harness):
    community = await harness.app.community(COMMUNITY)
    return community.id, set(await harness.app.scheduler.jobs())


async def pool(harness, *users):
    for user in users:
        await harness.agree(user)
        await harness.run("/partner pool join")


async def test_scheduled_match_fires_at_the_local_time_and_forms_pods(make_harness):
    console = await make_harness(tz=HELSINKI)  # Sat 2026-11-21 11:00 in Helsinki
    out = await console.run(
        ":as mona mod\n/mod channel moderators #mods\n/partner schedule mon 18:00 size:2"
    )
    reply = out[-1]
    assert not reply.error and reply.visible_to == ["mona"]
    assert "every Monday at 18:00 (Europe/Helsinki)" in reply.text
    await pool(console, "alice", "bob", "carol", "dave", "eve")

    out = await console.run(":at 2026-11-23T17:59:00+02:00")
    assert not spaces(out)
    out = await console.run(":at 2026-11-23T18:00:00+02:00")
    formed = spaces(out)
    assert sorted(len(p) for p in formed) == [2, 3]
    assert set().union(*formed) == {"alice", "bob", "carol", "dave", "eve"}
    assert {o.at for o in out} == {"2026-11-23T16:00:00+00:00"}  # 18:00 in Helsinki

    dms = [o for o in out if o.kind == "dm"]
    assert sorted(o.to for o in dms) == ["alice", "bob", "carol", "dave", "eve"]
    assert all(o.visible_to == [o.to] for o in dms)
    assert all("matched into a pod with" in o.text for o in dms)
    posts = [o for o in out if o.kind == "message"]
    assert [p.to for p in posts] == ["#mods"]
    assert "Formed 2 pods from the pool" in posts[0].text
    for name in ("alice", "bob", "carol", "dave", "eve"):
        assert name not in posts[0].text
    # nothing else went anywhere public
    assert {o.kind for o in out} <= {"space", "dm", "message"}

    # next week, with an empty pool, nothing is formed or posted
    out = await console.run(":at 2026-11-30T18:01:00+02:00")
    assert not spaces(out) and not [o for o in out if o.kind == "message"]


async def test_schedule_off_removes_the_job(make_harness):
    console = await make_harness()
    await console.run(":as mona mod\n/partner schedule fri 09:00")
    cid, jobs = await job_ids(console)
    assert f"partner:match:{cid}" in jobs
    out = await console.run("/partner schedule off")
    assert "off" in out[-1].text and not out[-1].error
    _, jobs = await job_ids(console)
    assert f"partner:match:{cid}" not in jobs
    await pool(console, "alice", "bob")
    out = await console.run(":advance 8d")
    assert not spaces(out)
    out = await console.run(":as mona mod\n/partner schedule off")
    assert "wasn't scheduled" in out[-1].text

    # and a restart does not bring it back
    again = await make_harness(start=console.clock.now(), instance_id="again")
    assert f"partner:match:{cid}" not in (await again.app.scheduler.jobs())


async def test_schedule_is_for_moderators_and_needs_a_time(console):
    await console.agree("alice")
    out = await console.run("/partner schedule mon 18:00")
    assert out[-1].error and "moderators" in out[-1].text
    cid, jobs = await job_ids(console)
    assert f"partner:match:{cid}" not in jobs
    out = await console.run(":as mona mod\n/partner schedule mon")
    assert out[-1].error and "Usage:" in out[-1].text and "18:00" in out[-1].text
    out = await console.run("/partner schedule someday 18:00")
    assert out[-1].error and "Usage:" in out[-1].text
    _, jobs = await job_ids(console)
    assert f"partner:match:{cid}" not in jobs


async def test_schedule_survives_a_restart(make_harness):
    first = await make_harness(tz=HELSINKI)
    await first.run(":as mona mod\n/partner schedule sun 20:00")
    await pool(first, "alice", "bob")
    second = await make_harness(start=first.clock.now(), tz=HELSINKI, instance_id="second")
    cid, jobs = await job_ids(second)
    assert f"partner:match:{cid}" in jobs
    out = await second.run(":at 2026-11-22T20:00:00+02:00")
    assert spaces(out) == [frozenset({"alice", "bob"})]
