"""Caps hold when members act at the same moment (issue #15, item 9), on a
SQLite file and on PostgreSQL: everything below is fired at once with
``asyncio.gather`` through Haven's own dispatch, and every member still gets a
normal answer — a refusal that says why, never "Something went wrong".

Before the fix, 10 requests at once on PostgreSQL left 10 open requests (the
cap is 3): each handler counted before any of the others had written."""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest
from sqlmodel import select

from adapters.console.adapter import COMMUNITY
from bot.adapters import Invocation
from bot.config import Settings
from cogs.accountability.cog import MAX_OPEN_REQUESTS, MAX_REASONS
from cogs.accountability.models import OPEN, PartnerRequest, PodMember, Reason
from tests.conftest import START
from tests.support.harness import Harness, build_harness

WENT_WRONG = "Something went wrong"
SENT = "uses Haven here, they'll get your request privately"
AT_CAP = f"You have {MAX_OPEN_REQUESTS} requests waiting for an answer"


@pytest.fixture(params=["sqlite", "postgres"])
def race_db_url(request) -> str:
    return request.getfixturevalue("db_url" if request.param == "sqlite" else "pg_migrated_url")


@pytest.fixture
async def racing(race_db_url, tmp_path) -> Harness:
    """Haven on the console, on a SQLite file or on PostgreSQL."""
    settings = Settings(database_url=race_db_url)
    harness = await build_harness(settings, start=START, files_dir=tmp_path)
    yield harness
    await harness.close()


def command(user: str, line: str, *, mod: bool = False) -> Invocation:
    name, _, text = line.lstrip("/").partition(" ")
    return Invocation(
        community=COMMUNITY, user_id=user, user_name=user, channel_id="general",
        command=name, text=text, is_admin=mod,
    )  # fmt: skip


def press(user: str, action_id: str) -> Invocation:
    return Invocation(
        community=COMMUNITY, user_id=user, user_name=user, via="action", action_id=action_id
    )


async def at_once(harness: Harness, invocations: list[Invocation]) -> dict[str, list]:
    """Handle all at once; each member's private answers, in order."""
    before = len(harness.outputs)
    await asyncio.gather(*(harness.app.handle(inv) for inv in invocations))
    answers: dict[str, list] = {}
    for out in harness.outputs[before:]:
        assert WENT_WRONG not in out.text, out
        if out.kind == "reply":
            assert len(out.visible_to) == 1 and out.ephemeral, out
            answers.setdefault(out.visible_to[0], []).append(out)
    return answers


async def rows(harness: Harness, model) -> list:
    async with harness.db.unscoped_session("test", readonly=True) as session:
        return list((await session.exec(select(model))).all())


async def test_requests_sent_at_once_never_exceed_the_cap(racing):
    """Four members each ask five people at the same moment — some of them each
    other, some people who never joined: three open requests each, at most,
    and no two members asking each other both left open."""
    askers = ["a0", "a1", "a2", "a3"]
    members = ["t0", "t1", "t2"]
    for user in (*members, *askers):
        await racing.agree(user)
    others = {asker: [a for a in askers if a != asker][:2] for asker in askers}
    plans = {asker: [*others[asker], "t0", "t1", "nobody"] for asker in askers}
    answers = await at_once(
        racing, [command(a, f"/partner request @{t}") for a, ts in plans.items() for t in ts]
    )

    requests = [r for r in await rows(racing, PartnerRequest) if r.status == OPEN]
    by_asker = Counter(r.requester_id for r in requests)
    assert max(by_asker.values()) <= MAX_OPEN_REQUESTS, by_asker
    pairs = {(r.requester_id, r.target_id) for r in requests}
    assert not {(b, a) for a, b in pairs} & pairs  # never both ways
    for asker in askers:
        texts = [o.text for o in answers[asker]]
        assert len(texts) == 5, texts  # one answer per request
        sent = [t for t in texts if SENT in t]
        assert len(sent) == by_asker[await member_id(racing, asker)], texts
        for text in texts:
            assert SENT in text or AT_CAP in text or "has already asked you" in text, text


async def test_ten_requests_at_once_from_one_member_leave_three_open(racing):
    """The issue's case: one member, ten people, one moment."""
    targets = [f"t{i}" for i in range(10)]
    for user in (*targets, "alice"):
        await racing.agree(user)
    answers = await at_once(racing, [command("alice", f"/partner request @{t}") for t in targets])

    assert len([r for r in await rows(racing, PartnerRequest) if r.status == OPEN]) == 3
    texts = [o.text for o in answers["alice"]]
    assert len(texts) == 10
    assert sum(SENT in t for t in texts) == 3
    assert sum(AT_CAP in t for t in texts) == 7
    asked = [o for o in racing.outputs if o.kind == "dm" and "would like to be" in o.text]
    assert len(asked) == 3  # nobody beyond the cap was disturbed


async def test_reasons_added_at_once_stop_at_ten(racing):
    await racing.agree("alice")
    for n in range(MAX_REASONS - 2):
        await racing.run(f"/haven reasons add reason {n}")
    answers = await at_once(
        racing, [command("alice", f"/haven reasons add at once {n}") for n in range(8)]
    )

    assert len(await rows(racing, Reason)) == MAX_REASONS
    texts = [o.text for o in answers["alice"]]
    assert len(texts) == 8
    assert sum(t.startswith("Kept") for t in texts) == 2
    assert sum(f"you already keep {MAX_REASONS} reasons" in t for t in texts) == 6


async def test_a_request_accepted_twice_at_once_forms_one_partnership(racing):
    await racing.agree("bob")
    await racing.agree("alice")
    await racing.run(":as alice\n/partner request @bob")
    [request] = await rows(racing, PartnerRequest)
    answers = await at_once(
        racing, [press("bob", f"partner:accept:{request.id}") for _ in range(4)]
    )

    assert len(await rows(racing, PodMember)) == 2  # one pair
    texts = [o.text for o in answers["bob"]]
    assert texts.count("You and alice are partners now.") == 1
    assert texts.count("That request is no longer open.") == 3


async def test_two_matches_at_once_place_each_member_in_one_pod(racing):
    pool = ["p0", "p1", "p2", "p3", "p4", "p5"]
    for user in pool:
        await racing.agree(user)
        await racing.run(f":as {user}\n/partner pool join")
    answers = await at_once(
        racing, [command("mod", "/partner match size:2", mod=True) for _ in range(3)]
    )

    placed = Counter(row.member_id for row in await rows(racing, PodMember))
    assert sorted(placed.values()) == [1] * len(pool), placed
    summaries = [o.text for o in answers["mod"]]
    assert len(summaries) == 3
    assert sum("Formed 3 pods" in t for t in summaries) == 1, summaries


async def member_id(harness: Harness, user: str) -> int:
    from bot.models import Member

    async with harness.db.unscoped_session("test", readonly=True) as session:
        return (await session.exec(select(Member.id).where(Member.platform_user_id == user))).one()


async def test_sos_pressed_twice_at_once_alerts_partners_once(racing):
    """One alert per ten minutes: the second /sos of the same moment gets the
    helplines and "your last alert went out…", and the partner one DM."""
    await racing.agree("bob")
    await racing.agree("alice")
    await racing.run(":as alice\n/partner request @bob\n:as bob\n:click Accept")
    answers = await at_once(racing, [command("alice", "/sos") for _ in range(3)])

    alerts = [o for o in racing.outputs if o.kind == "dm" and "could use a call" in o.text]
    assert [o.to for o in alerts] == ["bob"]
    texts = [o.text for o in answers["alice"]]
    assert sum("988" in t for t in texts) == 3  # helplines for every press, at once
    assert sum("bob has your alert" in t for t in texts) == 1
    assert sum("Your last alert went out" in t for t in texts) == 2
