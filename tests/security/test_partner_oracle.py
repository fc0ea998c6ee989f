"""``/partner request @X`` must not tell the asker whether X uses Haven
(issue #15, item 1): a colleague — the CEO — must not be found out as someone
in recovery by a command that answers "hasn't joined Haven here yet" for
everyone else.

Each test plays the same script for askers whose target is a member, someone
who never joined, someone who declined the privacy notice, or a member whose
DMs are closed, and compares everything the *asker* sees — the kind, who sees
it, whether it is private, whether it is an error, and the exact text with the
two names replaced. Only what the asker already knows may differ (that they
are partners, or that the other person asked or declined them: not tested
here, see tests/cogs/accountability).

Through the console harness, and through discord.py against the fake Discord
and bolt against the fake Slack, on a SQLite file and on PostgreSQL.
"""

from __future__ import annotations

import pytest

from bot.adapters import Ref
from cogs.accountability.cog import MAX_OPEN_REQUESTS, REQUEST_LIMIT
from tests.conftest import START
from tests.e2e.conftest import _quick_ready, database_url, world  # noqa: F401  (the e2e world)

#: What the target is, for the asker of the same name.
KINDS = ("member", "stranger", "declined", "closed")


# -- the console ------------------------------------------------------------


async def console_cast(console, helpers: int = 0) -> None:
    """For each kind, an asker ``ask_<kind>`` and a target ``who_<kind>``;
    ``helpers`` members ``h0…`` whom every asker may ask first."""
    for kind in KINDS:
        await console.agree(f"ask_{kind}")
        if kind in ("member", "closed"):
            await console.agree(f"who_{kind}")
    await console.run(":as who_declined\n/haven consent\n:click Decline")
    for n in range(helpers):
        await console.agree(f"h{n}")
    real = console.adapter.send_dm

    async def send_dm(community, user_id, msg):
        if user_id == "who_closed":  # the platform refuses: a message with no id
            return Ref(console.adapter.platform, community.workspace_id, "")
        return await real(community, user_id, msg)

    console.adapter.send_dm = send_dm


def seen_by(outputs, asker: str, kind: str) -> list[tuple]:
    """What ``asker`` saw, with the names made alike."""
    return [
        (
            o.kind,
            o.visible_to == [asker],
            o.ephemeral,
            o.error,
            o.text.replace(f"who_{kind}", "X").replace(asker, "A"),
        )
        for o in outputs
        if o.visible(asker)
    ]


async def play(console, lines: list[str]) -> dict[str, list[tuple]]:
    """``lines`` (``{who}`` the target) by each asker in turn; what each saw."""
    views = {}
    for kind in KINDS:
        asker = f"ask_{kind}"
        script = "\n".join(line.format(who=f"who_{kind}") for line in lines)
        views[kind] = seen_by(await console.run(f":as {asker}\n{script}"), asker, kind)
    return views


def assert_alike(views: dict[str, list[tuple]]) -> None:
    first = views["member"]
    assert first, "the asker saw nothing"
    for kind, view in views.items():
        assert view == first, f"{kind} differs from member:\n{view}\n{first}"


async def test_a_request_reads_the_same_whoever_is_asked(console):
    await console_cast(console)
    views = await play(console, ["/partner request @{who}"])
    assert_alike(views)
    [(kind, private, ephemeral, error, text)] = views["member"]
    assert (kind, private, ephemeral, error) == ("reply", True, True, False)
    assert text.startswith("If @X uses Haven here, they'll get your request privately")
    # …while the member was asked, and the closed DMs were tried
    assert [o.to for o in console.outputs if o.kind == "dm"] == ["who_member"]


async def test_asking_again_reads_the_same(console):
    await console_cast(console)
    await play(console, ["/partner request @{who}"])
    views = await play(console, ["/partner request @{who}", "/partner request @{who}"])
    assert_alike(views)
    assert all("You've already asked @X" in text for *_, text in views["member"])


async def test_the_cap_counts_everyone_and_comes_first(console):
    """A request to anyone takes one of the asker's three places: asking X,
    then members, reaches the cap at the same moment whoever X is — and at
    the cap, asking X reads the same too."""
    await console_cast(console, helpers=MAX_OPEN_REQUESTS)
    helpers = [f"/partner request @h{n}" for n in range(MAX_OPEN_REQUESTS)]
    views = await play(console, ["/partner request @{who}", *helpers])
    assert_alike(views)
    assert "requests waiting for an answer" in views["member"][-1][-1]


async def test_at_the_cap_every_target_reads_the_same(console):
    await console_cast(console, helpers=MAX_OPEN_REQUESTS)
    helpers = [f"/partner request @h{n}" for n in range(MAX_OPEN_REQUESTS)]
    views = await play(console, [*helpers, "/partner request @{who}"])
    assert_alike(views)
    assert f"You have {MAX_OPEN_REQUESTS} requests waiting" in views["member"][-1][-1]


async def test_the_daily_limit_reads_the_same(console):
    """Requests answered at once free their places; the daily limit still
    stops a member who keeps asking, whoever they name next."""
    await console_cast(console, helpers=REQUEST_LIMIT.times)
    for kind in KINDS:  # each helper is asked and declines at once
        for n in range(REQUEST_LIMIT.times):
            await console.run(f":as ask_{kind}\n/partner request @h{n}\n:as h{n}\n:click Decline")
    views = await play(console, ["/partner request @{who}"])
    assert_alike(views)
    [(*_, error, text)] = views["member"]
    assert error and f"You've sent {REQUEST_LIMIT.times} partner requests in the last day" in text


async def test_list_and_answers_naming_them_read_the_same(console):
    await console_cast(console)
    await play(console, ["/partner request @{who}"])
    views = await play(
        console,
        [
            "/partner list",
            "/partner accept @{who}",
            "/partner decline @{who}",
            "/partner leave @{who}",
        ],
    )
    assert_alike(views)
    assert "waiting for @X to answer your request" in views["member"][0][-1]


async def test_after_two_weeks_everyone_can_be_asked_again(console):
    await console_cast(console)
    await play(console, ["/partner request @{who}"])
    await console.run(":advance 14d1m")
    views = await play(console, ["/partner request @{who}", "/partner list"])
    assert_alike(views)
    assert views["member"][0][-1].startswith("If @X uses Haven here")


# -- the real adapters ----------------------------------------------------------


@pytest.mark.parametrize("closed", [False, True], ids=["dms-open", "dms-closed"])
async def test_through_discord_and_slack_a_member_and_a_stranger_read_the_same(
    world,  # noqa: F811  (the fixture imported above)
    closed,
):
    """alice asks bob (a member), carol asks dan (never joined): the same
    answer, privately — then again, then past the cap."""
    await world.agree("alice", "bob", "carol", "erin", "fay", "gus")
    if closed:
        world.refuse_dms("bob")

    def view(outcome, asker: str, target: str) -> list[tuple]:
        return [
            (s.kind, s.ephemeral, s.error, world.plain(s.text).replace(target, "X"))
            for s in outcome.mine()
        ]

    async def both(line: str) -> tuple[list, list]:
        member = await world.command("alice", line.format(who="bob"))
        stranger = await world.command("carol", line.format(who="dan"))
        return view(member, "alice", "bob"), view(stranger, "carol", "dan")

    first = await both("/partner request @{who}")
    assert first[0] == first[1], first
    [(kind, ephemeral, error, text)] = first[0]
    assert (kind, ephemeral, error) == ("reply", True, False)
    assert text.startswith("if X uses haven here, they'll get your request privately")
    asked = [p for p in world.dms("bob") if "Accept" in p.buttons]
    assert len(asked) == (0 if closed else 1)

    again = await both("/partner request @{who}")
    assert again[0] == again[1], again

    for helper in ("erin", "fay"):  # three open requests each: the cap
        await world.command("alice", f"/partner request @{helper}")
        await world.command("carol", f"/partner request @{helper}")
    capped = await both("/partner request @{who}")
    assert capped[0] == capped[1], capped
    capped_next = await world.command("alice", "/partner request @gus")
    assert "requests waiting for an answer" in capped_next.reply.text
    assert not [p for p in world.dms("gus") if "Accept" in p.buttons]


# -- the schema change behind it ----------------------------------------------------


@pytest.fixture(params=["sqlite", "postgres"])
def migrated_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'old.db'}"
    return request.getfixturevalue("pg_url")


async def test_requests_made_before_the_upgrade_keep_their_target(migrated_url):
    """accountability_0004 names each existing request's target by platform id."""
    from alembic import command
    from sqlalchemy import text

    from bot.db import Database
    from bot.migrate import alembic_config
    from tests.bot.test_migrations import cog_migration_dirs

    db = Database(migrated_url)

    def to(revision: str):
        def run(conn) -> None:
            cfg = alembic_config(cog_migration_dirs())
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)

        return run

    try:
        async with db.engine.begin() as conn:
            await conn.run_sync(to("accountability_0003"))
            await conn.execute(
                text(
                    "INSERT INTO community (id, platform, workspace_id, enterprise_id, name, "
                    "settings, created_at) VALUES (1, 'console', 'w', '', '', '{}', :at)"
                ),
                {"at": START},
            )
            for mid, uid in ((1, "alice"), (2, "bob")):
                await conn.execute(
                    text(
                        "INSERT INTO member (id, community_id, platform_user_id, display_name, "
                        "settings) VALUES (:id, 1, :uid, '', '{}')"
                    ),
                    {"id": mid, "uid": uid},
                )
            await conn.execute(
                text(
                    "INSERT INTO partner_request (id, community_id, requester_id, target_id, "
                    "status, created_at) VALUES (1, 1, 1, 2, 'open', :at)"
                ),
                {"at": START},
            )
        await db.upgrade(cog_migration_dirs())  # as `haven db upgrade` does it
        async with db.engine.begin() as conn:
            rows = await conn.execute(text("SELECT target_id, target_user_id FROM partner_request"))
            assert rows.all() == [(2, "bob")]
    finally:
        await db.dispose()
