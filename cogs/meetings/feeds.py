"""Imported feeds: fetch, read, and bring the stored directory in line — idempotently.

A sync compares each meeting the feed lists (by its own id: ``slug`` or
``id_bigint``) with what an earlier sync stored: new ones are added, changed
ones updated, and ones the feed no longer lists removed; a meeting that did
not change is not written at all, so syncing twice in a row changes nothing.
Everything is read and checked before the first row is written, so a feed that
cannot be read, or is not a feed, leaves the directory as it was.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import delete, update
from sqlmodel import select

from bot.api import Context

from .fetch import fetch_json
from .listing import Filters, Read
from .models import ListedMeeting, MeetingFeed
from .readers import read_feed
from .types import split

#: Rows written per statement (PostgreSQL allows 32,767 parameters a statement).
BATCH = 1000


@dataclass
class Report:
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: Counter = field(default_factory=Counter)

    @property
    def listed(self) -> int:
        return self.added + self.updated + self.unchanged

    def line(self) -> str:
        text = (
            f"{self.added} added, {self.updated} updated, {self.removed} removed, "
            f"{self.unchanged} unchanged"
        )
        if self.skipped:
            reasons = "; ".join(f"{n} {why}" for why, n in self.skipped.most_common())
            text += f"; {sum(self.skipped.values())} skipped ({reasons})"
        return text


def filters_of(feed: MeetingFeed) -> Filters:
    return Filters(zone=feed.zone, types=split(feed.types), within=feed.within)


async def fetch_and_read(ctx: Context, feed: MeetingFeed) -> Read:
    """The feed's meetings; a :class:`~.fetch.FeedError` when it cannot be read."""
    data = await fetch_json(feed.url, key=feed.key, allow_private=ctx.config.feed_allow_private)
    return read_feed(data, filters_of(feed))


async def apply(ctx: Context, feed: MeetingFeed, read: Read) -> Report:
    """Store ``read`` as the feed's meetings: add, update, remove; return the counts."""
    report = Report(skipped=read.skipped)
    stored = {
        external_id: (row_id, fingerprint)
        for row_id, external_id, fingerprint in (
            await ctx.db.exec(
                select(ListedMeeting.id, ListedMeeting.external_id, ListedMeeting.fingerprint)
                .where(ListedMeeting.feed_id == feed.id)
            )
        ).all()
    }  # fmt: skip
    new, changed = [], []
    for listing in read.listings:
        row = listing.row()
        known = stored.pop(listing.external_id, None)
        if known is None:
            new.append({**row, "feed_id": feed.id, "community_id": ctx.community.id})
        elif known[1] != row["fingerprint"]:
            changed.append({**row, "id": known[0]})
        else:
            report.unchanged += 1
    gone = [row_id for row_id, _ in stored.values()]
    for start in range(0, len(gone), BATCH):
        await ctx.db.exec(
            delete(ListedMeeting).where(ListedMeeting.id.in_(gone[start : start + BATCH]))
        )
    for start in range(0, len(new), BATCH):
        # Core insert: one executemany, without the ORM's per-row bookkeeping.
        await ctx.db.exec(ListedMeeting.__table__.insert(), params=new[start : start + BATCH])
    for start in range(0, len(changed), BATCH):
        await ctx.db.exec(update(ListedMeeting), params=changed[start : start + BATCH])
    report.added, report.updated, report.removed = len(new), len(changed), len(gone)
    feed.synced_at = ctx.now()
    feed.last_result = report.line()
    ctx.db.add(feed)
    await ctx.db.flush()
    return report
