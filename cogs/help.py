"""/help — the commands this member may use, with an example each."""

from __future__ import annotations

from typing import Annotated

from bot.api import (
    ENGINE_COGS,
    Cog,
    Context,
    CrisisText,
    EngineSettings,
    Message,
    NotFound,
    Permission,
    Positional,
    Text,
    command,
    literal,
)

#: The one option of /help and /haven help (optional: all groups).
Group = Annotated[str | None, Text(max_length=40, placeholder="group"), Positional()]


class Help(Cog):
    name = "help"
    description = "What Haven can do"

    @command(
        "help",
        direct=True,
        help="The commands you can use, with an example each",
        example="/help sober",
        consent=False,
    )
    async def help(self, ctx: Context, group: Group = None) -> Message:
        return self._help(ctx, group)

    @command(
        "haven help",
        direct=True,
        help="The commands you can use (also plain `/haven`; Slack has no /help for apps)",
        example="/haven help sober",
        consent=False,
    )
    async def haven_help(self, ctx: Context, group: Group = None) -> Message:
        return self._help(ctx, group)

    def _help(self, ctx: Context, group: str | None) -> Message:
        disabled = set(ctx.settings(EngineSettings).disabled_cogs) - ENGINE_COGS
        groups = {}
        for name, specs in sorted(ctx.command_groups().items()):
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
                raise NotFound(ctx.t("help-no-group", group=literal(wanted), groups=known))
            groups = {wanted: groups[wanted]}
        lines = []
        for name, specs in groups.items():
            lines.append(f"**/{name}**")
            for spec in sorted(specs, key=lambda s: s.path):
                help_line = ctx.t(
                    "help-command",
                    usage=spec.usage(),
                    help=spec.described(ctx.locale),
                    example=spec.example_in(ctx.locale),
                )
                lines.append(f"- {help_line}")
        crisis = ctx.service(CrisisText)
        if crisis is not None:
            lines.append("")
            lines.append(crisis.not_counselling(ctx))
        return Message(text="\n".join(lines), title=ctx.t("help-title"))


COG = Help
