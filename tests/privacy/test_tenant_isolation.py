"""Tenants never see each other (P7).

Two communities on one database, both full of data. Every registered command is
run in one of them — by a member who belongs to both (on Discord a user id is
the same in every guild) and by a moderator — with arguments that point at the
*other* community's meetings, pods and members. Then: nothing the other
community holds appears in any output, every output goes to the acting
community, and the other community's rows and jobs are exactly as they were.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import SQLModel

from adapters.console.adapter import COMMUNITY
from bot.adapters import CommunityKey
from bot.plugins import Permission
from tests.privacy.member_data_support import (
    NOTES,
    OTHER,
    OTHER_NOTE,
    OTHER_TRIGGER,
    counts_by_community,
    fill_other,
    run_in,
    run_scenario,
)

#: Arguments per command; ``{meeting}``/``{pod}`` are the *other* tenant's ids,
#: ``{member}`` a member of the other tenant only. Others use the spec's example.
ARGUMENTS = {
    "partner accept": "@{member}",
    "partner decline": "@{member}",
    "partner request": "@{member}",
    "partner leave": "pod:{pod}",
    "meeting rsvp": "{meeting} going",
    "meeting skip": "{meeting} 2026-12-26",
    "meeting remove": "{meeting}",
    "sober reset": 'note:"reset in this tenant"',
    "me delete": "confirm",
}
FIRST = ("sober set",)  # so that show, reset, history and remove have a counter
LAST = ("sober remove", "me consent", "me delete")  # these end data: run them last

MARKERS_OF_A = [*NOTES["alice"].values(), *NOTES["bob"].values(), "Saturday circle", "tea and talk"]
MARKERS_OF_B = [OTHER_NOTE, "Harbour group", OTHER_TRIGGER]


def tag_outputs(adapter) -> dict[int, CommunityKey]:
    """Record, for each output the console adapter makes, the community it was for."""
    tags: dict[int, CommunityKey] = {}

    def wrap(name, community_of):
        original = getattr(adapter, name)

        async def wrapped(*args, **kwargs):
            start = len(adapter.outputs)
            result = await original(*args, **kwargs)
            for index in range(start, len(adapter.outputs)):
                tags.setdefault(index, community_of(args))
            return result

        setattr(adapter, name, wrapped)

    for name in ("send", "send_dm", "create_private_space", "grant_role"):
        wrap(name, lambda args: args[0])
    for name in ("reply", "open_form"):
        wrap(name, lambda args: args[0].community)
    wrap("post_in_space", lambda args: args[0].workspace)
    return tags


async def first_id(console, table_name: str, key: CommunityKey) -> int:
    table = SQLModel.metadata.tables[table_name]
    community = await console.app.community(key)
    async with console.db.engine.connect() as conn:
        query = select(table.c.id).where(table.c.community_id == community.id)
        return (await conn.execute(query.order_by(table.c.id))).scalars().first()


def command_lines(app, placeholders: dict[str, object]) -> list[tuple[str, bool]]:
    specs = sorted(
        app.registry.commands.values(),
        key=lambda s: (-(s.name in FIRST), s.name.startswith(LAST), s.name),
    )
    lines = []
    for spec in specs:
        if spec.name in ARGUMENTS:
            line = f"/{spec.name} {ARGUMENTS[spec.name].format(**placeholders)}"
        else:
            line = spec.example
        lines.append((line, spec.permission is Permission.MODERATOR))
    return lines


def texts(outputs) -> list[str]:
    found = []
    for out in outputs:
        found.append(out.text)
        found.extend(a["label"] for a in out.actions)
        for path in out.files:
            found.append(Path(path).read_bytes().decode("utf-8", "replace"))
    return found


@pytest.mark.parametrize("acting", ["other", "console"])
async def test_every_command_stays_inside_its_own_community(console, acting):
    tags = tag_outputs(console.adapter)
    await run_scenario(console)
    await fill_other(console)
    await run_in(console, OTHER, "alice", "/haven consent agree\n/haven timezone Asia/Tokyo")
    if acting == "other":
        # carol's request to alice is open in the console community only
        actor, bystander, markers, other_member = OTHER, COMMUNITY, MARKERS_OF_A, "carol"
        own = "Harbour group"
    else:
        actor, bystander, markers, other_member = COMMUNITY, OTHER, MARKERS_OF_B, "oscar"
        own = "Saturday circle"
    bystander_id = (await console.app.community(bystander)).id
    placeholders = {
        "meeting": await first_id(console, "meeting", bystander),
        "pod": await first_id(console, "partner_pod", bystander) or 999,
        "member": other_member,
    }

    def mine(counts):
        return {t: n for (t, cid), n in counts.items() if cid == bystander_id}

    async def their_jobs():
        return {
            j
            for j, s in (await console.app.scheduler.jobs()).items()
            if s.community_id == bystander_id
        }

    before, jobs_before = mine(await counts_by_community(console)), (await their_jobs())
    assert before and jobs_before
    lines = command_lines(console.app, placeholders)
    assert len(lines) == len(console.app.registry.commands) >= 40

    seen: list[str] = []
    for line, moderator in lines:
        start = len(console.outputs)
        user = "olga" if moderator and actor == OTHER else "mona" if moderator else "alice"
        out = await run_in(console, actor, user, line, mod=moderator)
        assert out, f"{line} gave no answer"
        for index in range(start, len(console.outputs)):
            assert tags.get(index) in (actor, actor.workspace_id), (
                f"{line} in {actor.workspace_id} produced output for another community"
            )
        seen.extend(texts(out))
        leaked = [m for m in markers if any(m in text for text in texts(out))]
        assert not leaked, f"{line} showed the other community's {leaked}"
        assert mine(await counts_by_community(console)) == before, (
            f"{line} in {actor.workspace_id} changed the other community's rows"
        )
        assert (await their_jobs()) == jobs_before, f"{line} changed the other community's jobs"
    assert any(own in text for text in seen)  # the scan does see a community's own data


async def test_the_same_person_in_two_communities_has_two_separate_records(console):
    await run_scenario(console)
    await fill_other(console)
    await run_in(console, OTHER, "alice", "/haven consent agree\n/haven timezone UTC")
    out = await run_in(console, OTHER, "alice", "/haven export\n/sober show\n/checkin streak")
    exported = Path(out[0].files[0]).read_text()
    assert not [m for m in MARKERS_OF_A if m in exported]
    assert "Europe/Helsinki" not in exported  # her zone in the other community
    assert "you have no" in out[1].text.lower()  # her counter lives in the other community

    # erasing herself in B leaves her A data whole
    await run_in(console, OTHER, "alice", "/haven delete confirm")
    a_export = await console.run(":as alice\n/haven export")
    assert NOTES["alice"]["checkin"] in Path(a_export[-1].files[0]).read_text()
