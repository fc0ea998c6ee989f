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
from .messages import Say
from .models import ListedMeeting, MeetingFeed
from .readers import read_feed
from .types import split

#: Why an entry was not listed (the readers' reasons) → its ``meetings-feed-skip-reason``.
REASONS = {
    "inactive": "inactive", "temporarily closed": "temporarily-closed", "no name": "no-name",
    "no valid day": "no-valid-day", "no valid time": "no-valid-time", "no slug": "no-slug",
    "unknown time zone": "unknown-zone", "no time zone (give tz:<zone> to import these)": "no-zone",
    "not a meeting": "not-a-meeting", "listed twice": "listed-twice",
    "outside your filter": "outside-filter",
}  # fmt: skip

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

    def line(self, t: Say) -> str:
        """What the sync did, said by ``t``: ``2 added, 0 updated, …; 1 skipped (1 inactive)``."""
        counts = {"added": self.added, "updated": self.updated, "removed": self.removed,
                  "unchanged": self.unchanged}  # fmt: skip
        if not self.skipped:
            return t("meetings-feed-result", **counts)
        reasons = "; ".join(
            t("meetings-feed-skip-reason", count=n, reason=REASONS.get(why, "outside-filter"))
            for why, n in self.skipped.most_common()
        )
        return t("meetings-feed-result-skipped", skipped=sum(self.skipped.values()),
                 reasons=reasons, **counts)  # fmt: skip


def filters_of(feed: MeetingFeed) -> Filters:
    return Filters(zone=feed.zone, types=split(feed.types), within=feed.within)


async def fetch_and_read(ctx: Context, feed: MeetingFeed) -> Read:
    """The feed's meetings; a :class:`~.fetch.FeedError` when it cannot be read."""
    data = await fetch_json(feed.url, key=feed.key, allow_private=ctx.config.feed_allow_private)
    return read_feed(data, filters_of(feed))


async def apply(ctx: Context, feed: MeetingFeed, read: Read, kept: Say) -> Report:
    """Store ``read`` as the feed's meetings: add, update, remove; return the counts.
    ``kept`` says the outcome kept for ``/meeting feeds`` (the community's language)."""
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
    feed.last_result = report.line(kept)
    ctx.db.add(feed)
    await ctx.db.flush()
    return report
