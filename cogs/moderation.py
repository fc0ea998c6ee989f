"""/mod — configuration at a glance, channels, the moderator role, resources,
counts and the audit trail. Moderators manage the community, not members'
inner lives: nothing here shows a member's content (PRIVACY.md P8)."""

from __future__ import annotations

from typing import Annotated, Literal

from sqlmodel import select

from bot.api import (
    SHIPPED_LANGUAGES,
    AuditLog,
    ChannelOpt,
    Choice,
    Cog,
    Context,
    CrisisText,
    EngineSettings,
    Help,
    MemberOpt,
    Message,
    NotFound,
    Rest,
    Text,
    UsageError,
    command,
    language_name,
    literal,
    normalize_language,
    timestamp,
)

PURPOSES = ("announcements", "milestones", "checkins", "moderators")
#: The countries /crisis has verified lines for (cogs/crisis/lines.py, whose
#: order they keep), named here because a command's choices are declared
#: before any cog runs; tests/cogs/test_moderation.py holds the two lists equal.
COUNTRIES = ("us", "ca", "gb", "ie", "au", "nz", "es", "mx", "br", "pt", "fr", "de", "off")
SMALL_GROUP = 5


def shown_count(ctx: Context, value: int) -> str:
    """Counts below five could point at a person: "fewer than 5", in the member's language."""
    if 0 < value < SMALL_GROUP:
        return ctx.t("mod-fewer-than", count=SMALL_GROUP)
    return ctx.format_number(value)


class Moderation(Cog):
    name = "moderation"
    description = "Community setup for moderators"

    @command(
        "mod setup",
        help="Current configuration at a glance",
        example="/mod setup",
        moderator=True,
        consent=False,
    )
    async def setup(self, ctx: Context) -> Message:
        engine, crisis = ctx.settings(EngineSettings), ctx.service(CrisisText)
        own_text, country = crisis.chosen(ctx) if crisis else (False, None)
        channels = engine.channels
        said = [
            ctx.t("mod-setup-channel", purpose=p, channel=channels[p])
            if p in channels
            else ctx.t("mod-setup-channel-unset", purpose=p)
            for p in PURPOSES
        ]
        role = engine.moderator_role
        said.append(
            ctx.t("mod-setup-role", role=literal(role)) if role else ctx.t("mod-setup-role-admins")
        )
        named = engine.moderator_users
        if named:
            said.append(ctx.t("mod-setup-named", members=", ".join(f"<@{m}>" for m in named)))
        said.append(ctx.t("mod-setup-resources-own" if own_text else "mod-setup-resources-default"))
        said.append(
            ctx.t("mod-setup-country", country=ctx.t(f"crisis-country-{country.code}"))
            if country
            else ctx.t("mod-setup-country-unset")
        )
        disabled = engine.disabled_cogs
        said.append(
            ctx.t("mod-setup-off", cogs=", ".join(disabled))
            if disabled
            else ctx.t("mod-setup-off-nothing")
        )
        lines = [f"- {line}" for line in said]
        lines.append(ctx.t("mod-setup-change"))
        return Message(text="\n".join(lines), title=ctx.t("mod-setup-title"))

    @command(
        "mod channel",
        help="Where Haven posts announcements, milestones, check-ins, moderator notes",
        example="/mod channel announcements #announcements",
        moderator=True,
        consent=False,
    )
    async def channel(
        self,
        ctx: Context,
        purpose: Annotated[str, Choice(choices=PURPOSES)],
        channel: Annotated[str, ChannelOpt()],
    ) -> Message:
        channels = ctx.settings(EngineSettings).channels
        ctx.update_settings(EngineSettings, channels={**channels, purpose: channel})
        return Message(text=ctx.t("mod-channel-set", purpose=purpose, channel=channel))

    @command(
        "mod role",
        help="Who counts as a moderator, besides server/workspace admins",
        example="/mod role Stewards",
        moderator=True,
        consent=False,
    )
    async def role(
        self, ctx: Context, role: Annotated[str, Text(max_length=100), Rest()]
    ) -> Message:
        role = role.strip().lstrip("@")
        ctx.update_settings(EngineSettings, moderator_role=role)
        return Message(text=ctx.t("mod-role-set", role=literal(role)))

    @command(
        "mod moderator",
        help="Name moderators one by one (for Slack, where there are no roles)",
        example="/mod moderator add @sam",
        moderator=True,
        consent=False,
    )
    async def moderator(
        self,
        ctx: Context,
        action: Literal["add", "remove"],
        member: Annotated[str, MemberOpt()],
    ) -> Message:
        if action == "add" and await ctx.find_member(member) is None:
            # A usage error, not a refusal: most often the mention was mistyped.
            raise UsageError(ctx.t("mod-moderator-unknown", member=literal(member)))
        ctx.audit_action, ctx.audit_target = f"mod moderator {action}", member
        named = [m for m in ctx.settings(EngineSettings).moderator_users if m != member]
        if action == "add":
            named.append(member)
        ctx.update_settings(EngineSettings, moderator_users=tuple(named))
        if action == "add":
            return Message(text=ctx.t("mod-moderator-added", member=member))
        return Message(text=ctx.t("mod-moderator-removed", member=member))

    @command(
        "mod resources",
        help="This community's own crisis and help resources, shown with /crisis",
        example="/mod resources Helsinki crisis line: 09 2525 0111",
        moderator=True,
        consent=False,
    )
    async def resources(
        self, ctx: Context, text: Annotated[str, Text(max_length=1500), Rest()]
    ) -> Message:
        crisis = ctx.service(CrisisText)
        if crisis is None:
            raise NotFound(ctx.t("mod-resources-no-crisis"))
        crisis.set_resources(ctx, text)
        return Message(text=ctx.t("mod-resources-saved"))

    @command(
        "mod country",
        help="The country whose emergency number and national helpline /crisis shows",
        example="/mod country gb",
        moderator=True,
        consent=False,
    )
    async def country(
        self, ctx: Context, code: Annotated[str, Choice(choices=COUNTRIES)]
    ) -> Message:
        crisis = ctx.service(CrisisText)
        if code == "off":
            if crisis:
                crisis.set_country(ctx, None)
            return Message(text=ctx.t("mod-country-off"))
        country = crisis.set_country(ctx, code) if crisis else None
        if country is None:
            raise NotFound(ctx.t("mod-country-no-crisis"))
        key = "mod-country-set" if country.has_helpline else "mod-country-set-no-helpline"
        return Message(text=ctx.t(key, country=ctx.t(f"crisis-country-{country.code}")))

    @command(
        "mod language",
        help="The community's language, for members who chose none",
        example="/mod language es",
        moderator=True,
        consent=False,
    )
    async def language(
        self,
        ctx: Context,
        code: Annotated[
            str,
            Choice(choices=tuple(c.lower() for c in SHIPPED_LANGUAGES)),
            Help("a language code (en, es, pt-br, fr, de)"),
        ],
    ) -> Message:
        """The community's default language (issue #22), said in that language."""
        ctx.language = normalize_language(code)
        ctx.update_settings(EngineSettings, language=ctx.language)
        return Message(
            text=ctx.t("language-community", language=language_name(ctx.language, ctx.language))
        )

    @command(
        "mod stats",
        help="Counts only; groups under 5 are hidden",
        example="/mod stats",
        moderator=True,
        consent=False,
    )
    async def stats_command(self, ctx: Context) -> Message:
        members = len(await ctx.consented_members())
        lines = [f"- {ctx.t('mod-stats-members', count=shown_count(ctx, members))}"]
        for label, value in await ctx.figures():  # each cog's label, in its own words
            lines.append(
                f"- {ctx.t('mod-stats-figure', label=label, count=shown_count(ctx, value))}"
            )
        return Message(text="\n".join(lines), title=ctx.t("mod-stats-title"))

    @command(
        "mod audit",
        help="Recent moderator actions and data requests — no content",
        example="/mod audit",
        moderator=True,
        consent=False,
    )
    async def audit_log(self, ctx: Context) -> Message:
        rows = (await ctx.db.exec(select(AuditLog).order_by(AuditLog.at.desc()).limit(25))).all()
        if not rows:
            return Message(text=ctx.t("mod-audit-empty"))
        lines = [
            "- "
            + ctx.t(
                "mod-audit-line-target" if r.target_id else "mod-audit-line",
                when=timestamp(r.at, "f"),
                actor=f"<@{r.actor_id}>",
                action=r.action,  # a command's path ("mod role"): said as typed
                target=f"<@{r.target_id}>",
                outcome=r.outcome,
            )
            for r in rows
        ]
        return Message(text="\n".join(lines), title=ctx.t("mod-audit-title"))


COG = Moderation
