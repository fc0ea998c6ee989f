"""/haven reasons: up to 10 short private reasons of the member's own,
encrypted, shown to them with the helplines when they use /sos."""

from __future__ import annotations

import json

from bot.db import Database


async def test_add_list_remove_and_sos_shows_them_first(console):
    await console.agree("alice")
    added = await console.say(":as alice\n/haven reasons add My daughter's graduation in June")
    assert added.ephemeral and added.text.startswith("Kept (reason 1 of at most 10)")
    await console.run("/haven reasons add Waking up clear-headed")
    listed = await console.say("/haven reasons list")
    assert "1. My daughter's graduation in June" in listed.text
    assert "2. Waking up clear-headed" in listed.text and listed.ephemeral

    sos = await console.run("/sos")
    first = sos[0]
    assert "988" in first.text and first.visible_to == ["alice"]
    assert "**Your reasons:**" in first.text and "- Waking up clear-headed" in first.text

    removed = await console.say("/haven reasons remove 1")
    assert removed.text.startswith("Removed reason 1")
    listed = await console.say("/haven reasons list")
    assert "graduation" not in listed.text and "1. Waking up clear-headed" in listed.text


async def test_at_most_ten_and_a_number_not_kept_are_refused_plainly(console):
    """Neither is a typing mistake: no usage line, only what to do instead."""
    await console.agree("alice")
    for n in range(10):
        await console.run(f":as alice\n/haven reasons add reason number {n}")
    refused = await console.say("/haven reasons add one too many")
    assert refused.error and refused.visible_to == ["alice"]
    assert "you already keep 10 reasons; remove one first" in refused.text
    assert "Usage:" not in refused.text and "Example:" not in refused.text
    await console.run("/haven reasons remove 10")
    wrong = await console.say("/haven reasons remove 10")
    assert wrong.error and "you keep 9 reasons; `/haven reasons list`" in wrong.text
    assert "Usage:" not in wrong.text
    typo = await console.say("/haven reasons remove 11")  # over the cap: a typing mistake
    assert typo.error and "Usage:" in typo.text
    listed = await console.say("/haven reasons list")
    assert "9. reason number 8" in listed.text and "one too many" not in listed.text


async def test_reasons_are_private_exported_and_erased(console):
    await console.agree("alice")
    await console.agree("bob")
    await console.run(":as alice\n/haven reasons add walking the dog at dawn")
    bob_sos = await console.run(":as bob\n/sos")
    assert "walking the dog" not in bob_sos[0].text  # only ever the asker's own
    export = await console.run(":as alice\n/haven export")
    [file] = [f for o in export for f in o.files]
    data = json.loads(open(file).read())
    assert data["accountability"]["reasons"] == ["walking the dog at dawn"]
    await console.run("/haven delete confirm")
    listed = await console.say("/haven consent agree\n/haven reasons list")
    assert "walking the dog" not in listed.text


async def test_with_the_database_down_sos_gives_helplines_without_reasons(console, tmp_path):
    await console.agree("alice")
    await console.run(":as alice\n/haven reasons add the garden in spring")
    await console.app.database.dispose()
    console.app.database = Database(f"sqlite+aiosqlite:///{tmp_path}/missing/dir/haven.db")
    sos = await console.run("/sos")
    assert "988" in sos[0].text and "garden" not in sos[0].text
