"""The adapter contract: what every platform adapter must do for cogs.

A tiny cog exercises each capability; a *driver* per adapter plays a member on
that platform and reports what the platform showed, as :class:`Seen` values.
The console driver is below; the Discord and Slack drivers live beside their
fakes and run the same tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from bot.context import Context
from bot.messages import Button, Form, FormField, Message, public
from bot.options import MemberOpt, Opt
from bot.plugins import Cog, action, command, form

FORM = Form(
    "contract:form",
    "How are you?",
    (FormField("mood", "Mood (1-500)", kind="int", min_value=1, max_value=500),),
)


class ContractCog(Cog):
    name = "contract"

    @command("contract ephemeral", consent=False)
    async def ephemeral(self, ctx: Context) -> Message:
        return Message(text="only you see this")

    @command("contract public", consent=False)
    async def public_reply(self, ctx: Context) -> Message:
        return public("everyone sees this")

    @command("contract dm", consent=False)
    async def dm(self, ctx: Context) -> Message:
        sent = await ctx.reach(ctx.user_id, Message(text="a private note"))
        return Message(text="sent you a DM" if sent else f"could not DM you ({sent.reason})")

    @command("contract button", consent=False)
    async def button(self, ctx: Context) -> Message:
        return Message(text="press it", buttons=(Button("contract:press:42", "Press"),))

    @action("contract:press", consent=False)
    async def press(self, ctx: Context, number: str) -> Message:
        return Message(text=f"pressed {number}")

    @command("contract form", consent=False)
    async def open(self, ctx: Context) -> None:
        await ctx.open_form(FORM)

    @form(FORM, consent=False)
    async def submitted(self, ctx: Context, values: dict) -> Message:
        return Message(text=f"mood {values['mood']}")

    @command("contract space", options=[Opt("other", MemberOpt())], consent=False)
    async def space(self, ctx: Context, other: str) -> Message:
        await ctx.create_space("pair", [ctx.user_id, other], Message(text="welcome, both"))
        return Message(text="space made")


@dataclass
class Seen:
    """What one member's platform showed after an action."""

    kind: str  # reply | message | dm | space | form
    text: str
    visible_to: list[str] | str
    ephemeral: bool = False
    error: bool = False
    buttons: list[str] = field(default_factory=list)


class Driver(Protocol):
    async def command(self, user: str, line: str) -> list[Seen]: ...

    async def click(self, user: str, label: str) -> list[Seen]: ...

    async def submit(self, user: str, values: dict[str, str]) -> list[Seen]: ...


class ConsoleDriver:
    def __init__(self, harness) -> None:
        self.harness = harness

    async def _run(self, user: str, line: str) -> list[Seen]:
        outputs = await self.harness.run(f":as {user}\n{line}")
        return [
            Seen(
                o.kind, o.text, o.visible_to, o.ephemeral, o.error, [a["label"] for a in o.actions]
            )
            for o in outputs
        ]

    async def command(self, user: str, line: str) -> list[Seen]:
        return await self._run(user, line)

    async def click(self, user: str, label: str) -> list[Seen]:
        return await self._run(user, f":click {label}")

    async def submit(self, user: str, values: dict[str, str]) -> list[Seen]:
        return await self._run(user, ":submit " + " ".join(f"{k}={v}" for k, v in values.items()))


class ContractSuite:
    """The contract tests. An adapter's test module subclasses this as
    ``TestXContract`` and provides a ``driver`` fixture for its platform."""

    async def test_ephemeral_reply_is_seen_by_the_asker_only(self, driver):
        [seen] = await driver.command("alice", "/contract ephemeral")
        assert seen.kind == "reply" and seen.ephemeral and seen.visible_to == ["alice"]

    async def test_public_reply_is_seen_by_everyone(self, driver):
        [seen] = await driver.command("alice", "/contract public")
        assert seen.visible_to == "all" and not seen.ephemeral

    async def test_dm_reaches_only_the_member(self, driver):
        seen = await driver.command("alice", "/contract dm")
        dms = [s for s in seen if s.kind == "dm"]
        assert [(d.text, d.visible_to) for d in dms] == [("a private note", ["alice"])]

    async def test_buttons_round_trip_to_the_cog(self, driver):
        [shown] = await driver.command("alice", "/contract button")
        assert shown.buttons == ["Press"]
        [pressed] = await driver.click("alice", "Press")
        assert pressed.text == "pressed 42" and pressed.visible_to == ["alice"]

    async def test_forms_open_and_submissions_are_validated(self, driver):
        [opened] = await driver.command("alice", "/contract form")
        assert opened.kind == "form" and opened.visible_to == ["alice"]
        [bad] = await driver.submit("alice", {"mood": "900"})
        assert bad.error and "Mood must be from 1 to 500." in bad.text
        [good] = await driver.submit("alice", {"mood": "4"})
        assert good.text == "mood 4" and not good.error

    async def test_private_space_is_visible_to_its_members_only(self, driver):
        seen = await driver.command("alice", "/contract space @bob")
        [space] = [s for s in seen if s.kind == "space"]
        assert sorted(space.visible_to) == ["alice", "bob"]
        assert space.text == "welcome, both"

    async def test_bad_input_is_a_private_usage_error(self, driver):
        [seen] = await driver.command("alice", "/contract space bob")
        assert seen.error and seen.ephemeral and "Usage:" in seen.text
