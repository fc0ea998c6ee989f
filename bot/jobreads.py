"""What scheduled work starts with, read for every job of a batch at once.

Each piece of due work needs its community and, for a member's work, the
member. Read one job at a time, that is a transaction per post before the
handler has done anything. :class:`JobReads` reads them together:

* **ahead, with the batch** — as the scheduler claims a batch, it asks for
  what the batch's jobs start with (:meth:`JobReads.ahead`), in one read
  started at once; the jobs of the batch, which wait for a worker slot one
  after another, then start without a read of their own;
* **as a job starts** — what no read under way or just made holds (a job that
  waited longer than ``FRESH_SECONDS`` for its worker, or was not read ahead)
  is read for every job starting while no read is under way (no timer: the
  first job to ask starts a read at once, those asking meanwhile wait for the
  next).

**How fresh.** A job starts with its community and member as they were at most
``FRESH_SECONDS`` before it started (measured from when the read began): a
change committed in that window — a member's settings, their erasure in
another process — is seen by the job's handler as if it had come a moment
later, as one committed while the handler runs always is. (The database
still checks: rows naming an erased member cannot be written, the member row
their foreign keys name is gone.) Virtual time (console, tests) never reads
ahead: a job there reads as it starts.

Each job gets objects of its own, detached as if a session had read them
(:func:`_own`); the job's session, opened when its handler first uses the
database (:attr:`bot.context.Context.opens_session`), takes them in — a job
that only posts opens none.
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import class_mapper, make_transient_to_detached
from sqlalchemy.orm.attributes import instance_state

from bot.db import Database
from bot.models import Community, Member

Pair = tuple[int, int | None]  # community id, member id
Found = tuple[dict | None, dict | None]  # their rows

#: How old (seconds) a read made ahead may be when a job starts with it. Long
#: enough for a batch's jobs to pass through their worker slots when posting
#: is quick; when it is slow (a platform's rate limit), a job reads again as
#: it starts, as it would without the read ahead.
FRESH_SECONDS = 0.25


class JobReads:
    def __init__(
        self,
        db: Database,
        *,
        fresh: float = FRESH_SECONDS,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.db = db
        self.fresh = fresh
        #: Elapsed time, not the time of day (a clock set back must not make
        #: old reads look new); injectable for tests.
        self._monotonic = monotonic
        self._asked: set[Pair] = set()  # for the next read
        self._answer: asyncio.Future | None = None  # the next read's
        self._reading: tuple[set[Pair], float, asyncio.Future] | None = None
        self._ahead: set[Pair] = set()  # asked ahead: kept once read
        self._kept: dict[Pair, tuple[float, Found]] = {}  # read ahead, and when
        self._reader: asyncio.Task | None = None

    def ahead(self, pairs: Iterable[Pair]) -> None:
        """Start reading what these jobs (community id, member id) start
        with, in one read, now: they are about to wait for their workers."""
        pairs = set(pairs)
        if pairs:
            self._ahead |= pairs
            self._ask(pairs)

    async def read(self, community_id: int, member_id: int | None) -> tuple[Any, Any]:
        """The community and the member (None for either that is gone; the
        member only if they belong to that community), detached, this job's own."""
        pair = (community_id, member_id)
        found = self._fresh(pair)
        if found is None:
            # shielded: one job cancelled does not cancel the read for the others
            found = (await asyncio.shield(self._answer_for(pair)))[pair]
        community, member = found
        return _own(Community, community), _own(Member, member)

    def _fresh(self, pair: Pair) -> Found | None:
        kept = self._kept.get(pair)
        if kept is None:
            return None
        if self._monotonic() - kept[0] > self.fresh:
            del self._kept[pair]
            return None
        return kept[1]

    def _answer_for(self, pair: Pair) -> asyncio.Future:
        """The read under way, if it holds ``pair`` and is fresh enough; else the next."""
        reading = self._reading
        if reading is not None and pair in reading[0]:
            if self._monotonic() - reading[1] <= self.fresh:
                return reading[2]
        return self._ask((pair,))

    def _ask(self, pairs: Iterable[Pair]) -> asyncio.Future:
        if self._answer is None:
            self._answer = asyncio.get_running_loop().create_future()
            self._answer.add_done_callback(_retrieved)
        self._asked.update(pairs)
        if self._reader is None or self._reader.done():
            self._reader = asyncio.create_task(self._read_all(), name="haven:job-reads")
        return self._answer

    async def _read_all(self) -> None:
        while self._asked:
            pairs, answer = self._asked, self._answer
            self._asked, self._answer = set(), None
            assert answer is not None
            ahead, self._ahead = self._ahead & pairs, self._ahead - pairs
            began = self._monotonic()
            self._reading = (pairs, began, answer)
            try:
                found = await self._rows(list(pairs))
            except Exception as exc:
                answer.set_exception(exc)
                continue
            finally:
                self._reading = None
            self._keep(found, ahead, began)
            answer.set_result(found)

    def _keep(self, found: dict[Pair, Found], ahead: set[Pair], began: float) -> None:
        """Keep what was read ahead; forget what is too old to serve a job."""
        kept = {pair: seen for pair, seen in self._kept.items() if began - seen[0] <= self.fresh}
        for pair in ahead:
            kept[pair] = (began, found[pair])
        self._kept = kept

    async def _rows(self, pairs: list[Pair]) -> dict[Pair, Found]:
        try:
            return await self._select(pairs)
        except DBAPIError as exc:  # a pooled connection found dead: once more, afresh
            if not exc.connection_invalidated:
                raise
            return await self._select(pairs)

    async def _select(self, pairs: list[Pair]) -> dict[Pair, Found]:
        community_ids = sorted({c for c, _ in pairs})
        member_ids = sorted({m for _, m in pairs if m is not None})
        async with self.db.glance() as conn:  # as fresh as a read in a transaction
            found = await conn.execute(COMMUNITIES, {"ids": community_ids})
            by_id = {row["id"]: dict(row) for row in found.mappings()}
            people = {}
            if member_ids:
                found = await conn.execute(MEMBERS, {"ids": member_ids})
                people = {row["id"]: dict(row) for row in found.mappings()}
        found: dict[Pair, Found] = {}
        for community_id, member_id in pairs:
            member = people.get(member_id) if member_id is not None else None
            if member is not None and member["community_id"] != community_id:
                member = None
            found[(community_id, member_id)] = (by_id.get(community_id), member)
        return found


def _by_ids(table):
    """Rows of ``table`` by a list of ids (parameter ``ids``), built once: an
    ``in_`` of the ids themselves is built and coerced anew, id by id, every read."""
    return select(table).where(table.c.id.in_(bindparam("ids", expanding=True)))


COMMUNITIES, MEMBERS = _by_ids(Community.__table__), _by_ids(Member.__table__)


def _own(cls: type, row: dict | None) -> Any:
    """A detached instance of ``row``, made the way a query makes one (no
    validation: the new instance's identity key set, every column loaded and
    committed), with nothing of it shared with another job's."""
    if row is None:
        return None
    mapper, columns, key = _shape(cls)
    obj = mapper.class_manager.new_instance()
    values = obj.__dict__
    for name, value in row.items():
        values[name] = _thawed(value) if isinstance(value, dict | list) else value
    if columns <= row.keys():
        instance_state(obj).key = mapper.identity_key_from_primary_key([row[k] for k in key])
    else:  # something unread: expired, as a query leaves it
        make_transient_to_detached(obj)
    return obj


def _thawed(value: Any) -> Any:
    """A copy of a JSON column's value (dicts, lists, and immutable scalars):
    what ``copy.deepcopy`` makes, at a third of its cost."""
    if isinstance(value, dict):
        return {key: _thawed(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_thawed(item) for item in value]
    return value


@functools.cache
def _shape(cls: type) -> tuple[Any, frozenset[str], tuple[str, ...]]:
    """``cls``'s mapper, the names of its mapped attributes and of its primary key."""
    mapper = class_mapper(cls)
    return mapper, frozenset(mapper.attrs.keys()), tuple(c.key for c in mapper.primary_key)


def _retrieved(answer: asyncio.Future) -> None:
    """A read made only ahead may fail with no job waiting for it: its error
    is taken here, not reported as never retrieved (the jobs read again)."""
    if not answer.cancelled():
        answer.exception()
