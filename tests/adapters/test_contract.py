"""Every adapter passes the same contract (DESIGN.md, testing pyramid level 2)."""

import pytest

from tests.support.contract import ConsoleDriver, ContractCog


@pytest.fixture(params=["console"])
async def driver(request, make_harness):
    if request.param == "console":
        return ConsoleDriver(await make_harness(extra_cogs=[ContractCog]))
    raise AssertionError(request.param)  # pragma: no cover


async def test_ephemeral_reply_is_seen_by_the_asker_only(driver):
    [seen] = await driver.command("alice", "/contract ephemeral")
    assert seen.kind == "reply" and seen.ephemeral and seen.visible_to == ["alice"]


async def test_public_reply_is_seen_by_everyone(driver):
    [seen] = await driver.command("alice", "/contract public")
    assert seen.visible_to == "all" and not seen.ephemeral


async def test_dm_reaches_only_the_member(driver):
    seen = await driver.command("alice", "/contract dm")
    dms = [s for s in seen if s.kind == "dm"]
    assert [(d.text, d.visible_to) for d in dms] == [("a private note", ["alice"])]


async def test_buttons_round_trip_to_the_cog(driver):
    [shown] = await driver.command("alice", "/contract button")
    assert shown.buttons == ["Press"]
    [pressed] = await driver.click("alice", "Press")
    assert pressed.text == "pressed 42" and pressed.visible_to == ["alice"]


async def test_forms_open_and_submissions_are_validated(driver):
    [opened] = await driver.command("alice", "/contract form")
    assert opened.kind == "form" and opened.visible_to == ["alice"]
    [bad] = await driver.submit("alice", {"mood": "9"})
    assert bad.error and "from 1 to 5" in bad.text
    [good] = await driver.submit("alice", {"mood": "4"})
    assert good.text == "mood 4" and not good.error


async def test_private_space_is_visible_to_its_members_only(driver):
    seen = await driver.command("alice", "/contract space @bob")
    [space] = [s for s in seen if s.kind == "space"]
    assert sorted(space.visible_to) == ["alice", "bob"]
    assert space.text == "welcome, both"


async def test_bad_input_is_a_private_usage_error(driver):
    [seen] = await driver.command("alice", "/contract space bob")
    assert seen.error and seen.ephemeral and "Usage:" in seen.text


async def test_console_submit_reads_quoted_values(make_harness):
    harness = await make_harness(extra_cogs=[ContractCog])
    await harness.run(":as alice\n/contract form")
    out = await harness.say(':submit mood="4"')
    assert out.text == "mood 4"
