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
    (FormField("mood", "Mood (1-5)", kind="int", min_value=1, max_value=5),),
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
        await ctx.send_dm(ctx.user_id, Message(text="a private note"))
        return Message(text="sent you a DM")

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
            Seen(o.kind, o.text, o.visible_to, o.ephemeral, o.error,
                 [a["label"] for a in o.actions])
            for o in outputs
        ]

    async def command(self, user: str, line: str) -> list[Seen]:
        return await self._run(user, line)

    async def click(self, user: str, label: str) -> list[Seen]:
        return await self._run(user, f":click {label}")

    async def submit(self, user: str, values: dict[str, str]) -> list[Seen]:
        return await self._run(user, ":submit " + " ".join(f"{k}={v}" for k, v in values.items()))
