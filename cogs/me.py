"""/haven — the member's own settings and data: zone, consent, export, erasure."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo

from sqlalchemy import or_
from sqlmodel import SQLModel, select

from bot.api import (
    AGREE_ACTION,
    CONSENT_VERSION,
    DECLINE_ACTION,
    HELD_WAIT,
    SHIPPED_LANGUAGES,
    USE_ZONE_ACTION,
    WITHDRAW_ACTION,
    ZONE_EXAMPLE,
    Button,
    ButtonStyle,
    Capability,
    Choice,
    Cog,
    CommunityOwned,
    Context,
    EncryptedText,
    File,
    Help,
    Member,
    Message,
    NotAPlace,
    Positional,
    Zone,
    action,
    command,
    command_names,
    erase_member,
    error,
    export_member,
    language_name,
    move_member,
    normalize_language,
    notice,
    place,
    record_agreement,
)

EXPORT_ACTION = "me:export"
DELETE_ACTION = "me:delete"
WITHHELD = "(withheld)"
RETAINED_DMS_WARNING = (
    "Your export includes your private notes. Slack workspace owners on some plans can "
    "export files in DMs. Send it with your notes, or with each note replaced by "
    f"“{WITHHELD}”?"
)
ZONE_TIP = (
    "Tip: set your time zone so days count at your midnight: `/haven timezone Europe/Helsinki`"
)


class Me(Cog):
    name = "me"
    description = "Your time zone, privacy choices and data"

    @command(
        "haven timezone",
        direct=True,
        help="Set your time zone (days and reminders follow it)",
        example="/haven timezone Europe/Helsinki",
    )
    async def timezone(
        self, ctx: Context, zone: Annotated[str, Zone(), Help("an IANA zone name")]
    ) -> Message:
        return await self._set_zone(ctx, zone)

    @action(USE_ZONE_ACTION)
    async def use_zone(self, ctx: Context, zone: str = "") -> Message:
        """The one-tap answer to the zone question (the profile's zone)."""
        try:
            zone = place(zone, ctx.today())
        except NotAPlace:
            return error(f"That button no longer works. Type your zone: `{ZONE_EXAMPLE}`")
        return await self._set_zone(ctx, zone)

    async def _set_zone(self, ctx: Context, zone: str) -> Message:
        """Set the zone; a command held until it was known runs next."""
        await move_member(ctx, ctx.member, zone)
        local = ctx.now().astimezone(ZoneInfo(zone))
        text = (
            f"Your time zone is now **{zone}** — it's {local:%H:%M} on "
            f"{local:%A %d %B} there. Days and reminders follow it."
        )
        if ctx.app.resume_after_zone(ctx):
            text += " Now, what you asked for:"
        return Message(text=text)

    @command(
        "haven consent",
        direct=True,
        help="Read the privacy notice; agree, or withdraw (erases your data, after asking)",
        example="/haven consent agree",
        consent=False,
    )
    async def consent(
        self,
        ctx: Context,
        answer: Annotated[Literal["agree", "withdraw"] | None, Positional()] = None,
    ) -> Message:
        if answer == "agree":
            return await self._agree(ctx)
        if answer == "withdraw":
            return self._withdraw(ctx)
        agreed = ctx.member is not None and ctx.member.consented
        status = (
            f"You agreed to notice v{ctx.member.consent_version}."
            if agreed
            else "You have not agreed yet, so Haven stores nothing about you."
        )
        return notice(status, agreed=agreed)

    @action(AGREE_ACTION, consent=False)
    async def agree_button(self, ctx: Context) -> Message:
        return await self._agree(ctx)

    @action(WITHDRAW_ACTION, consent=False)
    async def withdraw_button(self, ctx: Context) -> Message:
        return self._withdraw(ctx)

    @action(DECLINE_ACTION, consent=False)
    async def decline_button(self, ctx: Context) -> Message:
        if ctx.member is not None and ctx.member.consented:
            # An older notice, answered after agreeing: asking first, never erasing.
            return self._withdraw(ctx)
        dropped = ctx.app.forget_awaiting_consent(ctx.community.id, ctx.user_id)
        if ctx.member is None:
            # Only the refusal itself is kept, so Haven does not keep asking.
            ctx.member = Member(community_id=ctx.community.id, platform_user_id=ctx.user_id)
        ctx.member.declined_at = ctx.now()
        ctx.db.add(ctx.member)
        text = (
            "No problem — Haven stores nothing about you. `/help` and `/crisis` still "
            "work, and you can agree later with `/haven consent agree`."
        )
        if dropped:
            text += f"\nSo I did not run {command_names(dropped)}."
        return Message(text=text)

    async def _agree(self, ctx: Context) -> Message:
        member = ctx.member
        if member is None:
            member = Member(community_id=ctx.community.id, platform_user_id=ctx.user_id)
        already = member.consented and member.consent_version == CONSENT_VERSION
        member.display_name = ctx.user_name[:200]
        record_agreement(member, ctx.now())
        ctx.db.add(member)
        ctx.member = member
        resumed = ctx.app.resume_after_consent(ctx)
        text = (
            "You're already in — thank you."
            if already
            else (
                "Thank you — you're in. Everything you share stays private unless you choose "
                "otherwise."
            )
        )
        if len(resumed.run) > 1:
            done = command_names(h.name for h in resumed.run)
            text += f"\nNow doing what you asked, in order: {done}."
        if resumed.lapsed:
            text += (
                f"\nNot done, as you asked over {HELD_WAIT.seconds // 60} minutes ago — please run "
                f"again: {command_names(resumed.lapsed)}."
            )
        if member.timezone is None and not resumed.run:
            text += "\n" + ZONE_TIP
        return Message(text=text)

    def _withdraw(self, ctx: Context) -> Message:
        """Withdrawing erases everything, so it asks first, exactly as /haven delete does."""
        if ctx.member is None or not ctx.member.consented:
            return Message(text="You had not agreed, so there is nothing of yours to erase.")
        return confirm_erasure(
            "Withdrawing your consent erases everything Haven holds about you here."
        )

    @command(
        "haven export",
        direct=True,
        help="Get all your data as a JSON file, privately",
        example="/haven export",
    )
    async def export(self, ctx: Context) -> Message:
        if ctx.has(Capability.RETAINED_DMS):
            # The file lands in the DM with Haven, which workspace owners may export (P9).
            return Message(
                text=RETAINED_DMS_WARNING,
                buttons=(
                    Button(f"{EXPORT_ACTION}:full", "Send with notes", ButtonStyle.PRIMARY),
                    Button(f"{EXPORT_ACTION}:withheld", "Send without notes"),
                ),
            )
        return await self._export(ctx, withhold_notes=False)

    @action(EXPORT_ACTION)
    async def export_button(self, ctx: Context, choice: str = "") -> Message:
        if choice not in ("full", "withheld"):
            return error("That button no longer does anything. Try `/haven export` again.")
        return await self._export(ctx, withhold_notes=choice == "withheld")

    async def _export(self, ctx: Context, withhold_notes: bool) -> Message:
        data = await export_member(ctx, ctx.member)
        text = "Here is everything Haven holds about you in this community. Only you see this."
        if withhold_notes:
            data = withhold(data, await private_texts(ctx, ctx.member))
            text += f" Your notes are replaced by “{WITHHELD}”."
        await ctx.audit("data export")
        payload = json.dumps(data, indent=2, ensure_ascii=False).encode()
        return Message(text=text, files=(File("haven-export.json", payload, "application/json"),))

    @command(
        "haven delete",
        direct=True,
        help="Erase everything about you in this community",
        example="/haven delete confirm",
    )
    async def delete(
        self, ctx: Context, confirm: Annotated[Literal["confirm"] | None, Positional()] = None
    ) -> Message:
        if confirm == "confirm":
            return await self._erase(ctx)
        return confirm_erasure()

    @action(DELETE_ACTION)
    async def delete_button(self, ctx: Context, choice: str = "") -> Message:
        if choice == "confirm":
            return await self._erase(ctx)
        if choice == "cancel":
            return Message(text="Nothing was erased.")
        return error("That button no longer does anything. Try `/haven delete` again.")

    async def _erase(self, ctx: Context) -> Message:
        await erase_member(ctx, ctx.member)
        await ctx.audit("data deletion")
        ctx.member = None
        return Message(
            text="Everything Haven held about you in this community is erased. "
            "Take care of yourself — you're welcome back any time."
        )

    @command(
        "haven language",
        direct=True,
        help="Choose the language Haven speaks to you (auto: your app's)",
        example="/haven language es",
    )
    async def language(
        self,
        ctx: Context,
        code: Annotated[
            str,
            Choice(choices=(*(c.lower() for c in SHIPPED_LANGUAGES), "auto")),
            Help("a language code (en, es, pt-br, fr, de), or auto"),
        ],
    ) -> Message:
        """The member's own language (issue #22); ``auto`` follows their app's.
        The answer is in the language now in force."""
        ctx.member.language = None if code == "auto" else normalize_language(code)
        ctx.db.add(ctx.member)
        ctx.language = ctx.resolve_language()
        key = "language-auto" if code == "auto" else "language-chosen"
        return Message(text=ctx.t(key, language=language_name(ctx.locale, ctx.locale)))


def confirm_erasure(lead: str = "") -> Message:
    """The one confirmation before erasure (/haven delete, withdrawing consent)."""
    text = (
        "This erases everything Haven holds about you here — counters, check-ins, "
        "RSVPs, partnerships — and cannot be undone."
    )
    return Message(
        text=f"{lead}\n{text}" if lead else text,
        buttons=(
            Button(f"{DELETE_ACTION}:confirm", "Erase everything", ButtonStyle.DANGER),
            Button(f"{DELETE_ACTION}:cancel", "Keep my data"),
        ),
    )


async def private_texts(ctx: Context, member: Member) -> set[str]:
    """Every free-text note the member wrote: the encrypted columns of every table
    whose rows point at them, so a new cog's notes are covered without a list."""
    texts: set[str] = set()
    for mapper in SQLModel._sa_registry.mappers:
        cls, table = mapper.class_, mapper.local_table
        if not issubclass(cls, CommunityOwned) or table is None:
            continue
        encrypted = [c.name for c in table.columns if isinstance(c.type, EncryptedText)]
        owners = [
            getattr(cls, c.name)
            for c in table.columns
            if any(fk.column.table.name == Member.__tablename__ for fk in c.foreign_keys)
        ]
        if not encrypted or not owners:
            continue
        rows = await ctx.db.exec(select(cls).where(or_(*(o == member.id for o in owners))))
        for row in rows.all():
            for name in encrypted:
                value = getattr(row, name)
                if isinstance(value, str) and value:
                    texts.add(value)
    return texts


def withhold(data: Any, texts: set[str]) -> Any:
    """``data`` with every string that is one of ``texts`` replaced by ``(withheld)``."""
    if isinstance(data, dict):
        return {key: withhold(value, texts) for key, value in data.items()}
    if isinstance(data, list):
        return [withhold(value, texts) for value in data]
    if isinstance(data, str) and data in texts:
        return WITHHELD
    return data


COG = Me
