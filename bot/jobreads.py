"""What scheduled work starts with, read for every job starting at once.

Each piece of due work needs its community and, for a member's work, the
member. Read one job at a time, that is a transaction per post before the
handler has done anything. :class:`JobReads` reads them for every job that
starts while no read is under way, in one short read (no timer: the first job
to ask starts it at once, those asking meanwhile wait for the next). Each job
gets objects of its own, detached as if a session had read them (:func:`_own`);
the job's session, opened when its handler first uses the database
(:attr:`bot.context.Context.opens_session`), takes them in — a job that only
posts opens none.

The read is as fresh as the job's own read used to be: it happens as the job
starts, after it was claimed and after its worker slot came free.
"""

from __future__ import annotations

import asyncio
import functools
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import class_mapper, make_transient_to_detached
from sqlalchemy.orm.attributes import instance_state

from bot.db import Database
from bot.models import Community, Member

Pair = tuple[int, int | None]  # community id, member id
Found = tuple[dict | None, dict | None]  # their rows


class JobReads:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._asked: dict[Pair, list[asyncio.Future]] = {}
        self._reader: asyncio.Task | None = None

    async def read(self, community_id: int, member_id: int | None) -> tuple[Any, Any]:
        """The community and the member (None for either that is gone; the
        member only if they belong to that community), detached, this job's own."""
        future = asyncio.get_running_loop().create_future()
        self._asked.setdefault((community_id, member_id), []).append(future)
        if self._reader is None or self._reader.done():
            self._reader = asyncio.create_task(self._read_all(), name="haven:job-reads")
        community, member = await future
        return _own(Community, community), _own(Member, member)

    async def _read_all(self) -> None:
        while self._asked:
            asked, self._asked = self._asked, {}
            try:
                found = await self._rows(list(asked))
            except Exception as exc:
                for futures in asked.values():
                    for future in futures:
                        if not future.done():
                            future.set_exception(exc)
                continue
            for pair, futures in asked.items():
                for future in futures:
                    if not future.done():
                        future.set_result(found[pair])

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
