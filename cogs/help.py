"""/help — the commands this member may use, with an example each."""

from __future__ import annotations

from bot.context import Context
from bot.messages import Message, error, literal
from bot.options import Opt, Text
from bot.plugins import ENGINE_COGS, Cog, Permission, command

from .crisis import NOT_COUNSELLING

GROUP = Opt("group", Text(max_length=40, placeholder="group"), required=False, positional=True)


class Help(Cog):
    name = "help"
    description = "What Haven can do"

    @command(
        "help",
        direct=True,
        options=[GROUP],
        help="The commands you can use, with an example each",
        example="/help sober",
        consent=False,
    )
    async def help(self, ctx: Context, group: str | None = None) -> Message:
        return self._help(ctx, group)

    @command(
        "haven help",
        direct=True,
        options=[GROUP],
        help="The commands you can use (also plain `/haven`; Slack has no /help for apps)",
        example="/haven help sober",
        consent=False,
    )
    async def haven_help(self, ctx: Context, group: str | None = None) -> Message:
        return self._help(ctx, group)

    def _help(self, ctx: Context, group: str | None) -> Message:
        disabled = set(ctx.setting("disabled_cogs", [])) - ENGINE_COGS
        groups = {}
        for name, specs in sorted(self.app.registry.groups().items()):
            usable = [
                s
                for s in specs
                if (s.permission is Permission.MEMBER or ctx.is_moderator)
                and (s.cog is None or s.cog.name not in disabled)
            ]
            if usable:
                groups[name] = usable
        if group is not None:
            wanted = group.lower().lstrip("/")
            if wanted not in groups:
                known = ", ".join(groups)
                return error(
                    f"There is no /{literal(wanted)} group. Groups: {known}.\n"
                    "Example: `/help sober`"
                )
            groups = {wanted: groups[wanted]}
        lines = []
        for name, specs in groups.items():
            lines.append(f"**/{name}**")
            for spec in sorted(specs, key=lambda s: s.path):
                lines.append(f"- `{spec.usage()}` — {spec.help} (e.g. `{spec.example}`)")
        lines.append("")
        lines.append(NOT_COUNSELLING)
        return Message(text="\n".join(lines), title="Haven commands")


COG = Help
