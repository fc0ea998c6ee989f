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
from bot.errors import LimitReached, NotFound, UsageError
from bot.messages import Button, Form, FormField, Message, public
from bot.options import MemberOpt, Opt
from bot.plugins import Cog, action, command, form

FORM = Form(
    "contract:form",
    "How are you?",
    (FormField("mood", "Mood (1-500)", input="int", min_value=1, max_value=500),),
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
        if values["mood"] == 13:
            raise LimitReached("13 is one too many; the most is 12", limit=12)
        if values["mood"] == 14:
            raise UsageError("14 reads like a typo")
        return Message(text=f"mood {values['mood']}")

    @command("contract missing", consent=False)
    async def missing(self, ctx: Context) -> Message:
        raise NotFound("there is no meeting #5; see `/meeting list`")

    @command("contract misuse", consent=False)
    async def misuse(self, ctx: Context) -> Message:
        raise UsageError("that is not how to say it")

    @command("contract refusals", consent=False)
    async def refusals(self, ctx: Context) -> Message:
        buttons = (
            Button("contract:refuse:missing", "Missing"),
            Button("contract:refuse:misuse", "Misuse"),
        )
        return Message(text="press one", buttons=buttons)

    @action("contract:refuse", consent=False)
    async def refuse(self, ctx: Context, which: str) -> Message:
        if which == "missing":
            raise NotFound("there is no meeting #5; see `/meeting list`")
        raise UsageError("that is not how to say it")

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

    async def test_a_refusal_is_plain_text_and_a_usage_error_shows_the_usage(self, driver):
        [refused] = await driver.command("alice", "/contract missing")
        assert refused.error and refused.ephemeral and refused.visible_to == ["alice"]
        assert refused.text == "there is no meeting #5; see `/meeting list`"
        [misused] = await driver.command("alice", "/contract misuse")
        assert misused.error and misused.ephemeral
        assert misused.text == (
            "that is not how to say it\nUsage: `/contract misuse`\nExample: `/contract misuse`"
        )

    async def test_buttons_and_forms_answer_errors_in_plain_text(self, driver):
        await driver.command("alice", "/contract refusals")
        [refused] = await driver.click("alice", "Missing")
        assert refused.error and refused.visible_to == ["alice"]
        assert refused.text == "there is no meeting #5; see `/meeting list`"
        [misused] = await driver.click("alice", "Misuse")
        assert misused.error and misused.text == "that is not how to say it"
        await driver.command("alice", "/contract form")
        [capped] = await driver.submit("alice", {"mood": "13"})
        assert capped.error and capped.text == "13 is one too many; the most is 12"
        await driver.command("alice", "/contract form")
        [typo] = await driver.submit("alice", {"mood": "14"})
        assert typo.error and typo.text == "14 reads like a typo"
