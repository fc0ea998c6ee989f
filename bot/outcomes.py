"""Recording what became of due work, many occurrences per transaction.

When an occurrence has run, two things are written together: its ledger
entry's outcome (sent, skipped, failed) and its ``due`` row's next occurrence
(or the row's removal, for a one-off that is its own data). Written one
occurrence per transaction, that is a commit per post. The
:class:`OutcomeWriter` is a *group commit*: whoever finishes first starts a
flush at once (no timer), and everything that finishes while a flush is being
written goes into the next one, so under load one transaction records many
posts and when idle a post waits for no one.

**The crash window.** A post is recorded once the flush that holds it commits:
between the platform call and that commit — the time of at most the flush
being written and its own — the occurrence's ledger entry is still ``claimed``
by this process, under its lease, as it was before a post was recorded one by
one. A process that dies in that window leaves the claim to its lease: when
the lease runs out another process takes the occurrence over and sends it
again (at least once at the moment of a crash, as before); a living process
keeps renewing the lease while it waits for the flush. A flush that fails is
reported to every occurrence in it, which each then record on their own, with
back-off (:meth:`bot.scheduler.Scheduler._finish`).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, bindparam, delete, update
from sqlalchemy.ext.asyncio import AsyncConnection

from bot import due
from bot.db import Database
from bot.ledger import Ledger


@dataclass(frozen=True)
class Next:
    """What becomes of the claimed ``due`` row: its next occurrence (``run_at``
    None: none left, the row stays for its declaration), or ``delete``."""

    row_id: int
    signature: str
    run_at: datetime | None
    fire_at: datetime | None
    delete: bool = False


@dataclass(frozen=True)
class Outcome:
    community_id: int
    key: str
    status: str
    note: str
    finished_at: datetime
    next: Next | None = None


class OutcomeWriter:
    """Writes outcomes in groups; see the module docstring."""

    def __init__(self, db: Database, ledger: Ledger) -> None:
        self.db = db
        self.ledger = ledger
        self._queue: list[tuple[Outcome, asyncio.Future]] = []
        self._flusher: asyncio.Task | None = None
        self._built: tuple[str, Any, Any, Any] | None = None
        #: Transactions written, and outcomes in them (for the benchmarks).
        self.flushes = 0
        self.written = 0

    async def record(self, outcome: Outcome) -> None:
        """Return once ``outcome`` is committed (with whatever else finished
        meanwhile); raise what the flush raised if it failed."""
        future = asyncio.get_running_loop().create_future()
        self._queue.append((outcome, future))
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush(), name="haven:outcomes")
        await future

    async def _flush(self) -> None:
        while self._queue:
            group, self._queue = self._queue, []
            try:
                async with self.db.begin() as conn:
                    await self.write(conn, [outcome for outcome, _ in group])
            except Exception as exc:
                for _, future in group:
                    if not future.done():
                        future.set_exception(exc)
                continue
            self.flushes += 1
            self.written += len(group)
            for _, future in group:
                if not future.done():
                    future.set_result(None)

    async def write(self, conn: AsyncConnection, outcomes: list[Outcome]) -> None:
        """The outcomes' ledger entries and rows, in ``conn``'s transaction."""
        finish, remove, advance = self._statements()
        await conn.execute(
            finish,
            [
                {"c": o.community_id, "k": o.key, "s": o.status, "at": o.finished_at,
                 "n": o.note[:200]}
                for o in outcomes
            ],
        )  # fmt: skip
        steps = [o.next for o in outcomes if o.next is not None]
        gone = [step.row_id for step in steps if step.delete]
        if gone:
            await conn.execute(remove, {"ids": gone})
        planned = [step for step in steps if not step.delete]
        if planned:
            await conn.execute(
                advance,
                [
                    {"i": s.row_id, "sig": s.signature, "r": s.run_at, "f": s.fire_at}
                    for s in planned
                ],
            )

    def _statements(self) -> tuple[Any, Any, Any]:
        """The ledger's finish, the rows' removal and their advance, built
        once per instance id (building a statement costs about what running
        it does)."""
        instance = self.ledger.instance_id
        if self._built is None or self._built[0] != instance:
            table = due.TABLE
            remove = delete(table).where(
                table.c.id.in_(bindparam("ids", expanding=True)), table.c.claimed_by == instance
            )
            advance = ADVANCE.where(table.c.claimed_by == instance)
            self._built = (instance, self.ledger.finish_many_statement(), remove, advance)
        return self._built[1:]


#: :func:`bot.due.advance_statement` for many rows (executemany).
ADVANCE = (
    update(due.TABLE)
    .where(and_(due.TABLE.c.id == bindparam("i"), due.TABLE.c.signature == bindparam("sig")))
    .values(run_at=bindparam("r"), fire_at=bindparam("f"), claimed_by="", lease_until=None)
)
