"""Consent, export and erasure cover every table that holds member data (P1, P4, P5).

The tables come from the metadata — every table with a foreign key to
``member.id`` — so a new cog table is checked without anyone remembering to
add it here: if the scenario never writes to it, or export or erasure misses
it, a test below fails and names the table. The scenario is assembled from
each cog's own part (``tests/cogs/<cog>/privacy_scenario.py``), and a cog
whose tables hold member data must have one, and a line in the notice.
"""

from __future__ import annotations

import json
from pathlib import Path

from bot.plugins import Permission
from tests.privacy.member_data_support import (
    NOTES,
    counts_by_community,
    member_id,
    member_tables,
    rows_about,
    run_scenario,
)
from tests.privacy.scenario import module_of, scenario_of


def cog_of_table(app, table) -> str | None:
    """The cog that defines ``table`` (None for the engine's own tables)."""
    for mapper in _mappers():
        if mapper.local_table is table:
            package = ".".join(mapper.class_.__module__.split(".")[:2])
            for name, cog in app.registry.cogs.items():
                module = type(cog).__module__
                if module == package or module.startswith(package + "."):
                    return name
    return None


def _mappers():
    from sqlmodel.main import default_registry

    return list(default_registry.mappers)


async def export_of(console, user: str) -> tuple[dict, str]:
    out = await console.run(f":as {user}\n/haven export")
    [path] = out[-1].files
    raw = Path(path).read_text()
    return json.loads(raw), raw


async def test_the_scenario_writes_every_member_table_for_alice(console):
    await run_scenario(console)
    alice = await member_id(console, "alice")
    rows = await rows_about(console, alice)
    empty = sorted(name for name, found in rows.items() if not found)
    assert not empty, (
        f"no row for alice in {empty}: extend the owning cog's part of the scenario "
        "(tests/cogs/<cog>/privacy_scenario.py) so it writes to every table holding member "
        "data (then export and erasure are checked)"
    )
    assert len(rows) >= 10  # the walk found the cogs' tables, not just the engine's


def test_every_cog_that_holds_member_data_says_so_and_has_its_part_of_the_scenario(console):
    """A cog's tables that point at members make its ``privacy`` line (what the
    notice lists) and its part of the scenario (what export and erasure are
    checked against) required."""
    holders = {cog_of_table(console.app, table) for table, _ in member_tables()} - {None}
    assert holders >= {"sober", "checkins", "meetings", "accountability"}
    for name in sorted(holders):
        cog = console.app.registry.cogs[name]
        assert cog.privacy, f"{name} stores member data but sets no Cog.privacy line"
        assert scenario_of(name) is not None, f"{name} holds member data: add {module_of(name)}"


async def test_export_holds_every_cog_with_member_data_and_nothing_of_bob(console):
    await run_scenario(console)
    data, raw = await export_of(console, "alice")
    cogs = {cog_of_table(console.app, table) for table, _ in member_tables()} - {None}
    assert cogs >= {"sober", "checkins", "meetings", "accountability"}
    missing = sorted(name for name in cogs if not data.get(name))
    assert not missing, f"alice's export has nothing from {missing}, which hold her rows"
    for note in NOTES["alice"].values():  # free text comes back decrypted
        assert note in raw
    for note in NOTES["bob"].values():  # and nothing another member wrote
        assert note not in raw
    assert data["member"]["user_id"] == "alice"


async def test_export_holds_every_column_of_the_member_row(console):
    """The member's own settings (zone, discretion, quiet hours, …) are theirs
    too: a column added to ``member`` must be in the export (erasure deletes the
    whole row, below)."""
    from bot.models import Member

    await run_scenario(console)
    data, _ = await export_of(console, "alice")
    internal = {"id", "community_id", "platform_user_id", "declined_at"}
    columns = {c.name for c in Member.__table__.columns} - internal
    missing = sorted(columns - set(data["member"]))
    assert not missing, f"the export leaves out member columns {missing}"
    assert data["member"]["discreet"] is True
    assert data["member"]["quiet_hours"] == "22:00-07:00"


async def test_erasure_removes_every_row_and_job_of_alice_and_leaves_bob_alone(console):
    await run_scenario(console)
    alice = await member_id(console, "alice")
    bob = await member_id(console, "bob")
    assert await rows_about(console, alice)  # sanity: she has data
    assert any(spec.member_id == alice for spec in (await console.app.scheduler.jobs()).values())
    bob_before = await rows_about(console, bob)

    out = await console.run(":as alice\n/haven delete confirm")
    assert not out[-1].error and "erased" in out[-1].text

    assert await member_id(console, "alice") is None
    left = {name: rows for name, rows in (await rows_about(console, alice)).items() if rows}
    assert not left, f"erasure left alice's rows in {sorted(left)}"
    jobs = [
        job_id for job_id, s in (await console.app.scheduler.jobs()).items() if s.member_id == alice
    ]
    assert not jobs, f"erasure left alice's jobs {jobs}"

    # bob keeps every row of his own (a partnership with alice is closed, not erased)
    columns = {table.name: names for table, names in member_tables()}
    bob_after = await rows_about(console, bob)
    for name, rows in bob_before.items():
        own = [r["id"] for r in rows if not any(r[c] == alice for c in columns[name])]
        kept = [r["id"] for r in bob_after[name]]
        assert kept == own, f"erasing alice took bob's rows in {name}"
    assert any(bob_after.values())
    assert any(s.member_id == bob for s in (await console.app.scheduler.jobs()).values())
    _, raw = await export_of(console, "bob")
    for note in NOTES["bob"].values():
        assert note in raw


async def test_withdrawing_consent_erases_the_same_way(console):
    await run_scenario(console)
    alice = await member_id(console, "alice")
    await console.run(":as alice\n/haven consent withdraw\n:click Erase everything")
    left = {name: rows for name, rows in (await rows_about(console, alice)).items() if rows}
    assert not left, f"withdrawing consent left alice's rows in {sorted(left)}"
    assert not [s for s in (await console.app.scheduler.jobs()).values() if s.member_id == alice]


async def test_no_data_command_stores_anything_before_consent(console):
    """P1: every member command, run by someone who has not agreed, stores nothing."""
    await console.run(
        ":as mona mod\n/meeting add title:Circle day:mon time:19:00 tz:UTC channel:#general"
    )
    before = await counts_by_community(console)
    jobs_before = set(await console.app.scheduler.jobs())
    specs = [
        spec
        for spec in console.app.registry.commands.values()
        if spec.consent and spec.permission is Permission.MEMBER
    ]
    assert len(specs) >= 20
    for spec in specs:
        out = await console.run(f":as newcomer\n{spec.example}")
        assert "privacy" in out[-1].text.lower(), f"{spec.example} ran before consent"
        assert await counts_by_community(console) == before, f"{spec.example} stored rows"
    assert set(await console.app.scheduler.jobs()) == jobs_before
    assert await member_id(console, "newcomer") is None
