"""Triggers: what was going on around a check-in (``stress``, ``people`` ...).

Each community has a list moderators set (``/mod triggers``), with sensible
defaults; a member names any of them with a check-in (``triggers:`` or the
form's multi-select). What a member names is theirs alone: it feeds their own
``/checkin patterns``, and moderators see a trigger only as a count, only once
at least :data:`SMALL_GROUP` members named it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import func
from sqlmodel import delete, select

from bot.api import CommunitySettings, Context, Form, UsageError, literal

from .models import CheckIn, CheckinTrigger
from .words import Say, english

DEFAULT_TRIGGERS = (
    "stress",
    "loneliness",
    "conflict",
    "celebration",
    "boredom",
    "tiredness",
    "place",
    "people",
)
#: A Discord select holds 25 options; Slack's 100. The shorter list wins.
MAX_TRIGGERS = 25
TAG_RE = re.compile(r"[^\W_][\w' -]{0,31}")
#: Fewer members than this naming a trigger could point at one of them.
SMALL_GROUP = 5
STATS_DAYS = 30


class CheckinSettings(CommunitySettings, namespace="checkins"):
    """``/mod triggers``: the community's own list (empty: the defaults)."""

    triggers: tuple[str, ...] = ()


def word(tag: str, t: Say = english) -> str:
    """A trigger as the reader says it: a default one ("loneliness", stored so)
    in their language ("Einsamkeit"); one a community wrote, as written."""
    return t(f"checkins-trigger-{tag}") if tag in DEFAULT_TRIGGERS else tag


def words(tags: Iterable[str], t: Say = english) -> list[str]:
    return [word(tag, t) for tag in tags]


def community_triggers(ctx: Context) -> tuple[str, ...]:
    """The community's list, or the defaults until moderators set one."""
    return ctx.settings(CheckinSettings).triggers or DEFAULT_TRIGGERS


def parse_list(text: str, t: Say = english) -> tuple[str, ...]:
    """A moderator's comma list: each tag lower-cased, spaces tidied, in order,
    without repeats; a clear error names what does not fit."""
    tags: list[str] = []
    for raw in text.split(","):
        tag = " ".join(raw.split()).lower()
        if not tag:
            continue
        if not TAG_RE.fullmatch(tag):
            shown = tag if len(tag) <= 32 else tag[:29] + "..."
            raise UsageError(t("checkins-triggers-bad-name", tag=literal(shown)))
        if tag not in tags:
            tags.append(tag)
    if not tags:
        raise UsageError(t("checkins-triggers-empty"))
    if len(tags) > MAX_TRIGGERS:
        raise UsageError(t("checkins-triggers-too-many", count=len(tags), most=MAX_TRIGGERS))
    return tuple(tags)


def pick(text: str | None, offered: Iterable[str], t: Say = english) -> list[str] | None:
    """The triggers a member named (``stress, people``), each one from the
    community's list — a default one also as their language says it
    (``Einsamkeit``), and kept as stored (``loneliness``); None when none were given."""
    if text is None:
        return None
    offered = tuple(offered)
    said = {word(tag, t).lower(): tag for tag in offered}
    picked: list[str] = []
    for raw in re.split(r"[,;]", text):
        tag = " ".join(raw.split()).lower()
        if not tag:
            continue
        tag = tag if tag in offered else said.get(tag, "")
        if not tag:
            shown = words(offered, t)
            raise UsageError(
                t(
                    "checkins-triggers-not-offered",
                    tag=literal(" ".join(raw.split()).lower()[:32]),
                    offered=", ".join(shown),
                    first=shown[0],
                    last=shown[-1],
                )
            )
        if tag not in picked:
            picked.append(tag)
    return picked


def with_choices(form: Form, offered: tuple[str, ...], t: Say = english) -> Form:
    """``form`` with its triggers multi-select offering the community's list,
    as ``t``'s language says it (:func:`pick` takes the words back)."""
    shown = tuple(words(offered, t))
    fields = tuple(
        replace(fld, choices=shown) if fld.name == "triggers" else fld for fld in form.fields
    )
    return replace(form, fields=fields)


async def replace_tags(ctx: Context, row: CheckIn, tags: list[str]) -> None:
    """The check-in's triggers become ``tags`` (an update says them all again)."""
    await ctx.db.exec(delete(CheckinTrigger).where(CheckinTrigger.checkin_id == row.id))
    for tag in tags:
        ctx.db.add(
            CheckinTrigger(
                community_id=row.community_id,
                member_id=row.member_id,
                checkin_id=row.id,
                local_date=row.local_date,
                tag=tag,
            )
        )


async def tags_of(ctx: Context, member_id: int, since: date | None = None) -> dict[date, list[str]]:
    """The member's triggers by local day (from ``since``)."""
    query = select(CheckinTrigger.local_date, CheckinTrigger.tag).where(
        CheckinTrigger.member_id == member_id
    )
    if since is not None:
        query = query.where(CheckinTrigger.local_date >= since)
    found: dict[date, list[str]] = {}
    for day, tag in (await ctx.db.exec(query.order_by(CheckinTrigger.id))).all():
        found.setdefault(day, []).append(tag)
    return found


async def community_counts(ctx: Context) -> dict[str, int]:
    """Check-ins naming each trigger in the last :data:`STATS_DAYS` days — only
    triggers at least :data:`SMALL_GROUP` different members named."""
    since = ctx.today() - timedelta(days=STATS_DAYS - 1)
    rows = await ctx.db.exec(
        select(
            CheckinTrigger.tag,
            func.count(CheckinTrigger.id),
            func.count(func.distinct(CheckinTrigger.member_id)),
        )
        .where(
            CheckinTrigger.community_id == ctx.community.id,
            CheckinTrigger.local_date >= since,
        )
        .group_by(CheckinTrigger.tag)
    )
    return {
        ctx.t("checkins-figure-trigger", tag=literal(word(tag, ctx.t)), days=STATS_DAYS): int(count)
        for tag, count, members in sorted(rows.all())
        if members >= SMALL_GROUP and count >= SMALL_GROUP
    }
