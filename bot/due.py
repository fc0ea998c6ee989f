"""Due work as rows: the ``due`` table, kept equal to what the cogs declare.

A cog declares the jobs its data implies (:meth:`bot.plugins.Cog.jobs_for`);
it never adds or removes jobs itself. When a handler's transaction changes
data a declaration reads (a cog's ``job_sources``, a member's zone or consent,
the community's settings), the engine asks the cogs again for that *scope* —
those members, or the community's own jobs — and :func:`sync` writes the
difference into ``due`` in the same transaction, before it commits. Nothing
held in memory can disagree with it, so there is nothing to reconcile.

A row holds the job's next occurrence (``run_at``), computed with the job's
own APScheduler trigger, from now for a new or changed job and from the
previous occurrence after each run (bot/scheduler.py).
"""

from __future__ import annotations

import hashlib
import json
import pickle
from collections import namedtuple
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.date import DateTrigger
from sqlalchemy import and_, delete, event, inspect, or_, select, update
from sqlalchemy.orm import Session

from bot.community_settings import EngineSettings, read
from bot.config import partition_of
from bot.jobs import JobSpec
from bot.models import Community, DueWork, Member

MAX_STEPS = 24 * 60
TABLE = DueWork.__table__

#: What running a claimed row reads of it: not where or when it fires, which
#: process may deliver it, or its lease — the claim has settled those.
RUN_COLUMNS = tuple(
    column
    for column in TABLE.c
    if column.key not in ("fire_at", "platform", "shard_base", "claimed_by", "lease_until")
)
#: A claimed row, those columns by name. SQLAlchemy's ``Row`` looks a name up
#: in Python on each access — ten times a tuple's cost — and a row's columns
#: are read again and again as it runs.
Claimed = namedtuple("Claimed", [column.key for column in RUN_COLUMNS])


@dataclass(frozen=True)
class Scope:
    """Whose jobs to (re)declare: ``members`` (ids; None = every member) and,
    with ``community``, the community's own jobs (those of no member)."""

    members: frozenset[int] | None = frozenset()
    community: bool = False

    @property
    def empty(self) -> bool:
        return self.members is not None and not self.members and not self.community

    def holds(self, member_id: int | None) -> bool:
        if member_id is None:
            return self.community
        return self.members is None or member_id in self.members

    def where(self):
        """The same scope as a condition on ``due`` rows."""
        parts = []
        if self.members is None:
            parts.append(TABLE.c.member_id.is_not(None))
        elif self.members:
            parts.append(TABLE.c.member_id.in_(sorted(self.members)))
        if self.community:
            parts.append(TABLE.c.member_id.is_(None))
        return or_(*parts)

    def __or__(self, other: Scope) -> Scope:
        members = (
            None if self.members is None or other.members is None else self.members | other.members
        )
        return Scope(members, self.community or other.community)


EVERYTHING = Scope(None, True)


def next_occurrence(trigger: Any, after: datetime, *, inclusive: bool = False) -> datetime | None:
    """The trigger's first occurrence after ``after`` (or at it, ``inclusive``), in UTC."""
    if isinstance(trigger, DateTrigger):
        run_date = trigger.run_date
        hit = run_date >= after if inclusive else run_date > after
        return run_date.astimezone(UTC) if hit else None
    start = after if inclusive else after + timedelta(seconds=1)
    # Across a DST fall-back, a wall-clock trigger can answer with an instant
    # before the one asked from (the repeated hour); step until it moves on.
    for _ in range(MAX_STEPS):
        when = trigger.get_next_fire_time(None, start)
        if when is None:
            return None
        if when > after or (inclusive and when == after):
            return when.astimezone(UTC)
        start += timedelta(minutes=1)
    raise RuntimeError(f"trigger {trigger} does not move forward")


def _seconds(delta: timedelta | None) -> int | None:
    return None if delta is None else int(delta.total_seconds())


def frozen(spec: Any) -> bytes:
    return pickle.dumps(spec.trigger, protocol=4)


def signature(spec: Any, trigger: bytes | None = None) -> str:
    """What makes a job the same job: same work, timed the same way."""
    digest = hashlib.sha256(trigger if trigger is not None else frozen(spec))
    rest = (
        spec.kind,
        spec.member_id,
        spec.payload,
        _seconds(spec.grace),
        spec.once_key,
        spec.daily_in,
        _seconds(spec.spread),
        spec.run_if_past,
    )
    digest.update(json.dumps(rest, sort_keys=True, default=str).encode())
    return digest.hexdigest()[:64]


@dataclass(frozen=True)
class Route:
    """Which processes can deliver a community's work: those running its
    platform and, where the platform partitions its communities between
    processes, serving its partition (``shard_base``, see
    :meth:`bot.platform.Platform.partition`)."""

    platform: str
    shard_base: int | None

    @classmethod
    def of(cls, community: Community) -> Route:
        base = partition_of(community.platform, community.workspace_id)
        return cls(community.platform, base)


def row_for(spec: Any, route: Route, now: datetime, *, declared: bool = True) -> dict:
    """The ``due`` row of a new or changed job: its first occurrence from now."""
    trigger = frozen(spec)
    run_at = next_occurrence(spec.trigger, now, inclusive=True)
    if run_at is None and spec.run_if_past and isinstance(spec.trigger, DateTrigger):
        if now - spec.trigger.run_date <= (spec.grace or timedelta(0)):
            run_at = now  # due at once (a change made it due): not late
    return {
        "community_id": spec.community_id,
        "job_id": spec.job_id,
        "kind": spec.kind,
        "member_id": spec.member_id,
        "run_at": run_at,
        "fire_at": None if run_at is None else run_at + spec.offset,
        "payload": spec.payload,
        "trigger": trigger,
        "grace_seconds": _seconds(spec.grace),
        "once_key": spec.once_key,
        "daily_in": spec.daily_in,
        "spread_seconds": _seconds(spec.spread),
        "signature": signature(spec, trigger),
        "declared": declared,
        "platform": route.platform,
        "shard_base": route.shard_base,
        "claimed_by": "",
        "lease_until": None,
    }


@lru_cache(maxsize=1024)
def _trigger(stored: bytes) -> BaseTrigger:
    """A stored trigger, read once for every row that stores the same one
    (members' daily prompts at the same time in the same zone): unpickling a
    CronTrigger costs about a post's handler. Triggers are never changed once
    made, so rows may share one."""
    return pickle.loads(stored)


def spec_of(row: Any) -> JobSpec:
    """The :class:`~bot.jobs.JobSpec` a ``due`` row stores."""

    def delta(seconds: int | None) -> timedelta | None:
        return None if seconds is None else timedelta(seconds=seconds)

    return JobSpec(
        job_id=row.job_id,
        kind=row.kind,
        trigger=_trigger(bytes(row.trigger)),
        community_id=row.community_id,
        member_id=row.member_id,
        payload=dict(row.payload or {}),
        grace=delta(row.grace_seconds),
        once_key=row.once_key,
        daily_in=row.daily_in,
        spread=delta(row.spread_seconds),
    )


@dataclass
class Changes:
    added: int = 0
    changed: int = 0
    removed: int = 0
    #: The earliest ``fire_at`` written, to wake a scheduler sleeping past it.
    earliest: datetime | None = None

    def saw(self, fire_at: datetime | None) -> None:
        if fire_at is not None and (self.earliest is None or fire_at < self.earliest):
            self.earliest = fire_at


async def sync(
    conn: Any,
    community: Community,
    kinds: Iterable[str],
    declared: Iterable[Any],
    scope: Scope,
    now: datetime,
    changes: Changes | None = None,
) -> Changes:
    """Make the ``due`` rows of ``kinds`` within ``scope`` equal ``declared``.

    ``conn`` is the handler's own (session or connection): the rows change in
    its transaction. Unchanged jobs keep their row and its planned occurrence;
    changed ones are re-planned from now; jobs no longer declared go.
    """
    changes = changes or Changes()
    kinds = sorted(set(kinds))
    if not kinds or scope.empty:
        return changes
    wanted = {
        spec.job_id: spec
        for spec in declared
        if spec.kind in kinds and spec.community_id == community.id and scope.holds(spec.member_id)
    }
    rows = await conn.execute(
        select(TABLE.c.id, TABLE.c.job_id, TABLE.c.signature).where(
            TABLE.c.community_id == community.id,
            TABLE.c.kind.in_(kinds),
            TABLE.c.declared.is_(True),
            scope.where(),
        )
    )
    have = {job_id: (row_id, sig) for row_id, job_id, sig in rows.all()}
    doomed = [row_id for job_id, (row_id, _) in have.items() if job_id not in wanted]
    if doomed:
        await conn.execute(delete(TABLE).where(TABLE.c.id.in_(doomed)))
        changes.removed += len(doomed)
    route = Route.of(community)
    fresh = []
    for job_id, spec in wanted.items():
        old = have.get(job_id)
        if old is not None and old[1] == signature(spec):
            continue
        values = row_for(spec, route, now)
        changes.saw(values["fire_at"])
        if old is None:
            fresh.append(values)
            changes.added += 1
        else:
            await conn.execute(update(TABLE).where(TABLE.c.id == old[0]).values(**values))
            changes.changed += 1
    if fresh:
        await conn.execute(TABLE.insert(), fresh)
    return changes


async def put(conn: Any, community: Community, spec: Any, now: datetime) -> datetime | None:
    """Write a one-off (or any job) that is its own data, replacing one of the
    same id; returns its ``fire_at``."""
    values = row_for(spec, Route.of(community), now, declared=False)
    await conn.execute(
        delete(TABLE).where(TABLE.c.community_id == community.id, TABLE.c.job_id == spec.job_id)
    )
    if values["run_at"] is not None:
        await conn.execute(TABLE.insert(), [values])
    return values["fire_at"]


# -- what a transaction touched ------------------------------------------------

#: ``session.info`` key of the :class:`Touched` of a handler's transaction.
INFO_KEY = "due_touched"


@dataclass
class Touched:
    """What a handler's transaction changed that declarations may read."""

    sources: dict[type, Scope] = field(default_factory=dict)  # per model class
    members: Scope = field(default_factory=Scope)  # a member's zone or consent changed
    community: Scope = field(default_factory=Scope)  # the community's settings changed

    def __bool__(self) -> bool:
        return bool(self.sources) or not self.members.empty or not self.community.empty

    def note(self, cls: type, scope: Scope) -> None:
        self.sources[cls] = self.sources.get(cls, Scope()) | scope


def track(session: Any) -> Touched:
    """Start noting what ``session`` (an AsyncSession) changes; see :class:`Touched`."""
    touched = Touched()
    session.info[INFO_KEY] = touched
    return touched


def _scope_of(obj: Any) -> Scope:
    member_id = getattr(obj, "member_id", None)
    if member_id is not None:
        return Scope(frozenset({member_id}))
    return Scope(frozenset(), True)


def _changed(obj: Any, *names: str) -> bool:
    state = inspect(obj)
    return any(state.attrs[name].history.has_changes() for name in names)


@event.listens_for(Session, "before_flush")
def _note_flush(session, _context, _instances) -> None:
    touched = session.info.get(INFO_KEY)
    if touched is None:
        return
    for obj in (*session.new, *session.deleted):
        if isinstance(obj, Member):
            if obj.id is not None:
                touched.members |= Scope(frozenset({obj.id}))
        elif not isinstance(obj, Community):
            touched.note(type(obj), _scope_of(obj))
    for obj in session.dirty:
        if not session.is_modified(obj):
            continue
        if isinstance(obj, Member):
            if _changed(obj, "timezone", "consent_version"):
                touched.members |= Scope(frozenset({obj.id}))
        elif isinstance(obj, Community):
            touched.community |= _community_change(obj)
        else:
            touched.note(type(obj), _scope_of(obj))


def _community_change(community: Community) -> Scope:
    """A settings change re-declares the community's own jobs, and every
    member's when the community's zone (the default of theirs) changed."""
    history = inspect(community).attrs.settings.history
    before = EngineSettings.from_stored((history.deleted or [{}])[0])
    after = read(EngineSettings, community)
    zone_moved = before.timezone != after.timezone
    return Scope(None if zone_moved else frozenset(), True)


@event.listens_for(Session, "do_orm_execute")
def _note_bulk(state) -> None:
    """``update()``/``delete()`` statements on a model: which rows is unknown,
    so the whole of it in the community is re-declared (rare: erasure, removal)."""
    if not (state.is_update or state.is_delete):
        return
    touched = state.session.info.get(INFO_KEY)
    if touched is None:
        return
    for mapper in state.all_mappers:
        cls = mapper.class_
        if cls is Member:
            touched.members |= EVERYTHING
        elif cls is not Community and cls is not DueWork:
            touched.note(cls, EVERYTHING)


def releasing(instance: str):
    """Clear this process's claim on a row (keeps ``run_at``)."""
    return TABLE.c.claimed_by == instance


def advance_statement(row_id: int, sig: str, instance: str, run_at, fire_at):
    return (
        update(TABLE)
        .where(and_(TABLE.c.id == row_id, TABLE.c.signature == sig, TABLE.c.claimed_by == instance))
        .values(run_at=run_at, fire_at=fire_at, claimed_by="", lease_until=None)
    )


#: ``session.info`` key of the :class:`Changes` written in a handler's transaction.
WRITTEN_KEY = "due_written"
