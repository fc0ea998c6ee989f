"""The delivery ledger: claim a piece of due work once, across processes.

A claim is an ``INSERT … ON CONFLICT DO NOTHING`` of the work's unique key,
committed before the work runs and held under a lease. Whoever inserts the row
owns the work; a second process or a restarted one finds the row and stays
quiet. If the owner dies before finishing, its lease runs out and the next
claim may take the work over (``UPDATE … WHERE lease_until <= now``), so
nothing claimed stays stuck much longer than one lease.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property

from sqlalchemy import and_, bindparam, tuple_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlmodel import select

from bot.db import Database
from bot.models import Delivery

CLAIMED, SENT, SKIPPED, FAILED = "claimed", "sent", "skipped", "failed"
SKIP_BATCH = 1000


@dataclass(frozen=True)
class Claim:
    community_id: int
    key: str
    job_id: str
    scheduled_for: datetime
    member_id: int | None = None


class Ledger:
    def __init__(self, db: Database, instance_id: str, lease: timedelta) -> None:
        self.db = db
        self.instance_id = instance_id
        self.lease = lease

    def _insert(self):
        dialect = postgresql if self.db.engine.dialect.name == "postgresql" else sqlite
        return dialect.insert(Delivery.__table__)

    def claim_many_statement(self):
        """:meth:`claim_many`'s insert, run as an executemany (SQLAlchemy sends
        it as one multi-row statement): given the rows as ``.values(rows)`` it
        would be compiled afresh for every batch."""
        table = Delivery.__table__
        return (
            self._insert()
            .on_conflict_do_nothing(index_elements=["community_id", "key"])
            .returning(table.c.community_id, table.c.key)
        )

    def _transaction(self, conn: AsyncConnection | None):
        """``conn``'s transaction when given (a handler's own: on SQLite a second
        connection would queue behind the write lock that handler holds), else
        a short one of the ledger's."""
        return nullcontext(conn) if conn is not None else self.db.begin()

    async def claim(
        self, claim: Claim, now: datetime, *, conn: AsyncConnection | None = None
    ) -> bool:
        """True when this process now owns the work named by ``claim.key``."""
        row = {
            "community_id": claim.community_id,
            "key": claim.key,
            "job_id": claim.job_id,
            "member_id": claim.member_id,
            "scheduled_for": claim.scheduled_for,
            "status": CLAIMED,
            "claimed_by": self.instance_id,
            "lease_until": now + self.lease,
            "note": "",
        }
        stmt = (
            self._insert()
            .values(**row)
            .on_conflict_do_nothing(index_elements=["community_id", "key"])
        )
        async with self._transaction(conn) as conn:
            result = await conn.execute(stmt)
            if result.rowcount == 1:
                return True
            # Taken: take it over only if its owner's lease has run out.
            takeover = (
                update(Delivery.__table__)
                .where(
                    and_(
                        Delivery.community_id == claim.community_id,
                        Delivery.key == claim.key,
                        Delivery.status == CLAIMED,
                        Delivery.lease_until <= now,
                    )
                )
                .values(claimed_by=self.instance_id, lease_until=now + self.lease)
            )
            result = await conn.execute(takeover)
            return result.rowcount == 1

    async def claim_many(
        self, claims: list[Claim], now: datetime, *, conn: AsyncConnection
    ) -> set[tuple[int, str]]:
        """:meth:`claim` for a whole batch in ``conn``'s transaction: one insert
        of every key, and one takeover of those whose owner's lease ran out.
        The (community id, key) pairs this process now owns."""
        if not claims:
            return set()
        rows = [
            {
                "community_id": c.community_id,
                "key": c.key,
                "job_id": c.job_id,
                "member_id": c.member_id,
                "scheduled_for": c.scheduled_for,
                "status": CLAIMED,
                "claimed_by": self.instance_id,
                "lease_until": now + self.lease,
                "note": "",
            }
            for c in claims
        ]
        table = Delivery.__table__
        pair = (table.c.community_id, table.c.key)
        owned = {tuple(row) for row in (await conn.execute(self._claim_many, rows)).all()}
        taken = [(c.community_id, c.key) for c in claims if (c.community_id, c.key) not in owned]
        if taken:
            takeover = (
                update(table)
                .where(
                    tuple_(*pair).in_(taken),
                    table.c.status == CLAIMED,
                    table.c.lease_until <= now,
                )
                .values(claimed_by=self.instance_id, lease_until=now + self.lease)
                .returning(*pair)
            )
            owned |= {tuple(row) for row in (await conn.execute(takeover)).all()}
        return owned

    @cached_property
    def _claim_many(self):
        return self.claim_many_statement()

    def finish_many_statement(self):
        """:meth:`finish` as one statement for many outcomes (executemany):
        parameters ``c``, ``k``, ``s``, ``at``, ``n`` (community, key, status,
        finished at, note)."""
        table = Delivery.__table__
        return (
            update(table)
            .where(
                table.c.community_id == bindparam("c"),
                table.c.key == bindparam("k"),
                table.c.claimed_by == self.instance_id,
            )
            .values(status=bindparam("s"), finished_at=bindparam("at"), lease_until=None,
                    note=bindparam("n"))
        )  # fmt: skip

    async def finish(
        self,
        community_id: int,
        key: str,
        status: str,
        now: datetime,
        note: str = "",
        *,
        conn: AsyncConnection | None = None,
    ) -> None:
        async with self._transaction(conn) as conn:
            await conn.execute(
                update(Delivery.__table__)
                .where(
                    and_(
                        Delivery.community_id == community_id,
                        Delivery.key == key,
                        Delivery.claimed_by == self.instance_id,
                    )
                )
                .values(status=status, finished_at=now, lease_until=None, note=note[:200])
            )

    async def renew(self, held: Iterable[tuple[int, str]], now: datetime) -> None:
        """Extend this process's claims on ``held`` (community id, key) pairs."""
        pairs = list(held)
        if not pairs:
            return
        async with self.db.begin() as conn:
            await conn.execute(
                update(Delivery.__table__)
                .where(
                    and_(
                        tuple_(Delivery.community_id, Delivery.key).in_(pairs),
                        Delivery.claimed_by == self.instance_id,
                        Delivery.status == CLAIMED,
                    )
                )
                .values(lease_until=now + self.lease)
            )

    async def busy_until(self, community_id: int, key: str, now: datetime) -> datetime | None:
        """When a live claim on ``key`` held by another process runs out (None:
        the work is finished, or free to take)."""
        async with self.db.unscoped_session("ledger look-up", readonly=True) as session:
            row = (
                await session.exec(
                    select(Delivery).where(
                        Delivery.community_id == community_id, Delivery.key == key
                    )
                )
            ).first()
        if row is None or row.status != CLAIMED or row.lease_until is None:
            return None
        return row.lease_until if row.lease_until > now else None

    async def record_skip(self, claim: Claim, now: datetime, note: str) -> bool:
        """Record work that will not be done (missed beyond the grace window)."""
        stmt = (
            self._insert()
            .values(
                community_id=claim.community_id,
                key=claim.key,
                job_id=claim.job_id,
                member_id=claim.member_id,
                scheduled_for=claim.scheduled_for,
                status=SKIPPED,
                claimed_by=self.instance_id,
                finished_at=now,
                note=note[:200],
            )
            .on_conflict_do_nothing(index_elements=["community_id", "key"])
        )
        async with self.db.begin() as conn:
            result = await conn.execute(stmt)
            return result.rowcount == 1

    async def record_skips(self, claims: list[Claim], now: datetime, note: str) -> None:
        """Record many skipped occurrences at once (start-up after downtime)."""
        rows = [
            {
                "community_id": c.community_id,
                "key": c.key,
                "job_id": c.job_id,
                "member_id": c.member_id,
                "scheduled_for": c.scheduled_for,
                "status": SKIPPED,
                "claimed_by": self.instance_id,
                "lease_until": None,
                "finished_at": now,
                "note": note[:200],
            }
            for c in claims
        ]
        stmt = self._insert().on_conflict_do_nothing(index_elements=["community_id", "key"])
        for start in range(0, len(rows), SKIP_BATCH):
            async with self.db.begin() as conn:
                await conn.execute(stmt, rows[start : start + SKIP_BATCH])
