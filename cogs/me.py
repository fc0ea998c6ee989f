"""/haven — the member's own settings and data: zone, export, erasure.

(Consent, and the erasure confirmation's buttons, are the engine's own:
bot/consent_handlers.py.)
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo

from sqlalchemy import or_
from sqlmodel import SQLModel, select

from bot.api import (
    SHIPPED_LANGUAGES,
    USE_ZONE_ACTION,
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
    confirm_erasure,
    erase,
    error,
    export_member,
    language_name,
    move_member,
    normalize_language,
    place,
)

EXPORT_ACTION = "me:export"
WITHHELD = "(withheld)"


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
            return error(ctx.t("me-zone-button-gone", example=ZONE_EXAMPLE))
        return await self._set_zone(ctx, zone)

    async def _set_zone(self, ctx: Context, zone: str) -> Message:
        """Set the zone; a command held until it was known runs next."""
        await move_member(ctx, ctx.member, zone)
        local = ctx.now().astimezone(ZoneInfo(zone))
        resume = ctx.resume_after_zone()
        text = ctx.t(
            "me-zone-set",
            zone=zone,
            time=f"{local:%H:%M}",
            weekday=ctx.format_date(local, "EEEE"),
            day=local.day,
            month=ctx.format_date(local, "MMMM"),
            resume="yes" if resume else "no",
        )
        return Message(text=text)

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
                text=ctx.t("me-export-warning", withheld=WITHHELD),
                buttons=(
                    Button(
                        f"{EXPORT_ACTION}:full", ctx.t("me-export-with-notes"), ButtonStyle.PRIMARY
                    ),
                    Button(f"{EXPORT_ACTION}:withheld", ctx.t("me-export-without-notes")),
                ),
            )
        return await self._export(ctx, withhold_notes=False)

    @action(EXPORT_ACTION)
    async def export_button(self, ctx: Context, choice: str = "") -> Message:
        if choice not in ("full", "withheld"):
            return error(ctx.t("me-export-button-gone"))
        return await self._export(ctx, withhold_notes=choice == "withheld")

    async def _export(self, ctx: Context, withhold_notes: bool) -> Message:
        data = await export_member(ctx, ctx.member)
        text = ctx.t("me-export-ready")
        if withhold_notes:
            data = withhold(data, await private_texts(ctx, ctx.member))
            text = ctx.t("me-export-ready-withheld", withheld=WITHHELD)
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
            return await erase(ctx)
        return confirm_erasure(ctx)

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
