"""The database: async engine, community-scoped sessions, migrations.

Every session is opened for one community and every ORM statement on a
:class:`~bot.models.CommunityOwned` table gets ``community_id = :id`` added
automatically (SQLAlchemy's ``with_loader_criteria`` multi-tenancy recipe).
Where that filter cannot reach — many rows written in one statement — the
session checks them: inserted rows are its community's (stamped when they name
none), and an ORM UPDATE by primary key names only its community's rows;
anything else is refused (:class:`ScopeError`). A Core SELECT, UPDATE or
DELETE on a model's ``__table__`` is not filtered: in a community's session,
use the model itself.
Work that spans communities — the scheduler's sweeps, tenant purges — opens an
explicitly *unscoped* session and says why.

**SQLite writers take the write lock first.** In WAL mode a transaction that
reads and then writes fails at once (``SQLITE_BUSY_SNAPSHOT``; the busy
timeout does not help) when another connection committed in between — with
members acting at the same moment, most of them. So every session that may
write begins ``BEGIN IMMEDIATE``: writers queue for the lock (up to the busy
timeout) instead of failing, the way Rails 7.1 runs SQLite. Sessions that only
read say ``readonly=True`` and begin deferred, so they never wait on a writer —
which matters because a handler holds its write transaction while it talks to
the platform. PostgreSQL needs none of this (``READ COMMITTED``, row locks).

**No round trip per checkout.** The pool does not ping a PostgreSQL
connection each time it hands it out (``pool_pre_ping`` costs a round trip
per transaction); it pings one that sat idle for ``IDLE_PING_SECONDS`` and
replaces a dead one, connections are recycled every half hour, and a
connection that dies in use invalidates the whole pool (SQLAlchemy's
disconnect handling): that transaction fails — degraded mode, below — and the
next one connects afresh. A command's first statement is retried once on a
fresh connection (``bot.app``), so a restarted server goes unnoticed.

**A database that does not answer is an error, not a hang.** PostgreSQL
connections give up after ``connect_timeout`` seconds and statements after
``statement_timeout`` (asyncpg's own timeouts; ``HAVEN_DB_*_TIMEOUT_SECONDS``),
raising :class:`DatabaseTimeout`, which says where and how long — so start-up
fails with that message and a running Haven falls back to its degraded mode
(bot/storage.py). SQLite is a local file: its busy timeout is all it needs.

**Files are private.** A SQLite database holds members' health data, so its
file is created readable by its owner only (0600) before SQLite opens it;
SQLite gives the ``-wal`` and ``-shm`` files it creates later the same mode.
A file that already exists and is readable by others is reported once, with
the ``chmod`` that fixes it (bot/filemodes.py).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Integer, bindparam, column, event, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine
from sqlalchemy.orm import Session, with_loader_criteria
from sqlalchemy.pool import StaticPool
from sqlmodel.ext.asyncio.session import AsyncSession

from bot import sqlite_trips
from bot.filemodes import create_private, warn_if_shared
from bot.models import CommunityOwned

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
#: How long a SQLite writer queues for the write lock before giving up.
BUSY_TIMEOUT_SECONDS = 30
#: PostgreSQL: how long to wait for a connection, and for one statement.
CONNECT_TIMEOUT_SECONDS = 10
STATEMENT_TIMEOUT_SECONDS = 60
#: PostgreSQL: a pooled connection unused this long is pinged before use (the
#: server may have restarted, a firewall may have dropped it); busier ones not.
IDLE_PING_SECONDS = 10.0
#: PostgreSQL: connections are replaced after this long, whatever their use.
POOL_RECYCLE_SECONDS = 1800
#: :meth:`Database.glance`'s connections begin no transaction.
AUTOCOMMIT = "AUTOCOMMIT"


class ScopeError(RuntimeError):
    """A query on community-owned rows ran without a community scope."""


#: PostgreSQL connections a process keeps, and as many more under load (24 in
#: all; three processes stay well within PostgreSQL's default 100). The
#: scheduler's handlers (16 at once) and its claim, job reads, group commit and
#: lease renewal (4) leave members' commands at least 4 even if every handler
#: read at the same instant — they seldom do: a handler holds a connection
#: only while it reads or writes.
POOL_SIZE = 12


class DatabaseTimeout(TimeoutError):
    """The database did not answer in time; the message says where and how long."""


class Database:
    def __init__(
        self,
        url: str,
        *,
        echo: bool = False,
        pool_size: int | None = None,
        connect_timeout: float = CONNECT_TIMEOUT_SECONDS,
        statement_timeout: float = STATEMENT_TIMEOUT_SECONDS,
    ) -> None:
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.connect_timeout, self.statement_timeout = connect_timeout, statement_timeout
        # SQL parameters are member data: never in logs nor in error messages.
        kwargs: dict = {"echo": echo, "hide_parameters": True}
        if self.is_sqlite:
            if self.in_memory:
                # One shared connection, or every session would see an empty DB.
                kwargs["poolclass"] = StaticPool
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_SECONDS}
            if self.url.get_driver_name() == "aiosqlite":  # a statement, one trip
                kwargs["module"] = sqlite_trips.DBAPI()
        else:
            # No ping on every checkout (a round trip per transaction): only
            # a connection idle for a while is pinged (_ping_if_idle), and a
            # connection found dead mid-use invalidates the pool (SQLAlchemy's
            # disconnect handling), so the next checkout connects afresh.
            kwargs["pool_pre_ping"] = False
            kwargs["pool_recycle"] = POOL_RECYCLE_SECONDS
            kwargs["connect_args"] = {
                "timeout": connect_timeout,
                "command_timeout": statement_timeout or None,  # 0: no limit
            }
            pool_size = POOL_SIZE if pool_size is None else pool_size
            kwargs.update(pool_size=pool_size, max_overflow=pool_size)
        self.engine: AsyncEngine = create_async_engine(self.url, **kwargs)
        sync_engine = self.engine.sync_engine
        if self.is_sqlite:
            if not self.in_memory and not self.url.query.get("uri"):  # a plain file name
                event.listen(sync_engine, "do_connect", self._sqlite_file)
            event.listen(sync_engine, "connect", _sqlite_connect)
            event.listen(sync_engine, "begin", _sqlite_begin)
            self._writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
            self._glancer = self.engine.execution_options(sqlite_begin=AUTOCOMMIT)
        else:
            event.listen(sync_engine, "do_connect", self._connect_in_time)
            event.listen(sync_engine, "checkin", _idle_since)
            event.listen(sync_engine, "checkout", self._ping_if_idle)
            event.listen(sync_engine, "handle_error", self._statement_in_time)
            self._writer = self.engine
            self._glancer = self.engine.execution_options(isolation_level=AUTOCOMMIT)
        self._files_checked = False
        self.extra_migration_dirs: list[Path] = []

    @property
    def where(self) -> str:
        """``host:port`` of a server database, for messages (never the password)."""
        return f"{self.url.host or 'localhost'}:{self.url.port or 5432}"

    @property
    def in_memory(self) -> bool:
        return self.is_sqlite and self.url.database in (None, "", ":memory:")

    def _bind(self, readonly: bool) -> AsyncEngine:
        return self.engine if readonly else self._writer

    @asynccontextmanager
    async def session(
        self, community_id: int, *, readonly: bool = False, bind: AsyncConnection | None = None
    ) -> AsyncIterator[AsyncSession]:
        """A session that sees and writes only ``community_id``'s rows (within
        ``bind``'s transaction, given one: it never commits that)."""
        async with AsyncSession(
            bind or self._bind(readonly),
            expire_on_commit=False,
            info={"community_id": community_id},
        ) as session:
            yield session

    def open_session(self, community_id: int) -> AsyncSession:
        """:meth:`session` for whoever opens it when first needed (a job's
        context, :attr:`bot.context.Context.opens_session`) and closes it."""
        return AsyncSession(
            self._writer, expire_on_commit=False, info={"community_id": community_id}
        )

    @asynccontextmanager
    async def unscoped_session(
        self, reason: str, *, readonly: bool = False, bind: AsyncConnection | None = None
    ) -> AsyncIterator[AsyncSession]:
        """A session across communities, for engine-level work only."""
        async with AsyncSession(
            bind or self._bind(readonly), expire_on_commit=False, info={"unscoped": reason}
        ) as session:
            yield session

    def begin(self):
        """A connection-level write transaction (``BEGIN IMMEDIATE`` on SQLite)."""
        return self._writer.begin()

    def glance(self):
        """A connection for reads that need no transaction of their own: each
        statement is its own (no ``BEGIN`` and ``ROLLBACK`` around it, a round
        trip each on PostgreSQL and a trip to aiosqlite's thread each on
        SQLite). For engine-level reads of one statement, or of several that
        need not agree with each other."""
        return self._glancer.connect()

    async def upgrade(
        self,
        extra_dirs: Iterable[Path] = (),
        plan: Callable[[AsyncConnection], Awaitable[Any]] | None = None,
    ) -> Any:
        """Apply every pending Alembic migration (engine and cogs), then
        ``plan(conn)`` in the same transaction; returns what ``plan`` does."""
        from bot.migrate import upgrade  # alembic loads lazily: start-up stays fast

        dirs = [*self.extra_migration_dirs, *extra_dirs]
        if not self.is_sqlite:
            async with self.engine.begin() as conn:
                return await conn.run_sync(upgrade, dirs, _on(plan, conn))
        async with self.engine.connect() as conn:
            return await conn.run_sync(_upgrade_sqlite, upgrade, dirs, _on(plan, conn))

    async def dispose(self) -> None:
        await self.engine.dispose()

    def _sqlite_file(self, _dialect, _record, _cargs, _cparams) -> None:
        """Before SQLite opens the file: create it private, or report it if it is not."""
        path = Path(self.url.database)
        create_private(path)
        if not self._files_checked:
            self._files_checked = True
            for name in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm"))):
                warn_if_shared(name)

    def _connect_in_time(self, dialect, _record, cargs, cparams):
        try:
            return dialect.connect(*cargs, **cparams)
        except TimeoutError:
            raise DatabaseTimeout(
                f"the database at {self.where} did not answer within "
                f"{self.connect_timeout:g} s (HAVEN_DB_CONNECT_TIMEOUT_SECONDS)"
            ) from None

    def _ping_if_idle(self, dbapi_connection, record, _proxy) -> None:
        """SQLAlchemy's pessimistic disconnect handling, for idle connections
        only: a dead one is discarded and the pool hands out (or opens) another."""
        idle_since = record.info.get("idle_since")
        if idle_since is None or time.monotonic() - idle_since < IDLE_PING_SECONDS:
            return
        try:
            self.engine.dialect.do_ping(dbapi_connection)
        except Exception as exc:
            raise DisconnectionError("a pooled connection did not answer a ping") from exc

    def _statement_in_time(self, context) -> BaseException | None:
        if isinstance(context.original_exception, TimeoutError):
            return DatabaseTimeout(
                f"the database at {self.where} did not finish a statement within "
                f"{self.statement_timeout:g} s (HAVEN_DB_STATEMENT_TIMEOUT_SECONDS)"
            )
        return None


def _idle_since(_dbapi_connection, record) -> None:
    record.info["idle_since"] = time.monotonic()


def _on(plan, conn: AsyncConnection):
    """``plan`` bound to the upgrade's own connection (bot/migrate.py awaits it)."""
    return None if plan is None else lambda: plan(conn)


def _upgrade_sqlite(conn, upgrade, dirs, plan=None) -> Any:
    """Migrate with foreign keys off, as Alembic's batch mode needs: rebuilding a
    table drops the old one, and with them on SQLite would cascade that drop into
    every child table's rows. The pragma only works outside a transaction; any
    violation the migration left is refused before anything is committed.

    A migration that encrypts a column must not leave the plaintext behind in
    freed pages or the write-ahead log: deleted content is zeroed while it runs
    (``secure_delete``) and the log is emptied after it.
    """
    raw = conn.connection.dbapi_connection.cursor()
    raw.execute("PRAGMA secure_delete")
    [secure_delete] = raw.fetchone()
    raw.execute("PRAGMA foreign_keys=OFF")
    raw.execute("PRAGMA secure_delete=ON")
    try:
        with conn.begin():
            planned = upgrade(conn, dirs, plan)
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
            if broken is not None:
                raise RuntimeError(f"a migration broke a foreign key of table {broken[0]}")
    finally:
        raw.execute(f"PRAGMA secure_delete={int(secure_delete)}")
        raw.execute("PRAGMA foreign_keys=ON")
    try:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # best effort: readers may hold it
    finally:
        raw.close()
    return planned


def _sqlite_connect(dbapi_connection, _record) -> None:
    # The driver's own implicit BEGIN is off: SQLAlchemy's "begin" event emits
    # it (SQLAlchemy's documented recipe; it also makes SAVEPOINTs reliable).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_SECONDS * 1000}")
    # Two connections switching a brand-new file to WAL at once: SQLite answers
    # "locked" at once, without its busy handler. (This runs in the driver's
    # own thread, so a short sleep blocks nobody.)
    for attempt in range(50):
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            break
        except sqlite3.OperationalError:
            if attempt == 49:
                raise
            time.sleep(0.05)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(conn) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    if mode == AUTOCOMMIT:  # Database.glance: each statement its own transaction
        return
    driver = conn.connection.dbapi_connection
    if isinstance(driver, sqlite_trips.Connection):
        # aiosqlite runs each call in its own thread: said with the
        # transaction's first statement, BEGIN costs no trip of its own.
        driver.begin(mode)
    else:
        conn.exec_driver_sql(f"BEGIN {mode}")


@event.listens_for(Session, "do_orm_execute")
def _scope_by_community(state) -> None:
    if state.is_column_load or state.is_relationship_load:
        return
    info = state.session.info
    community_id = info.get("community_id")
    if community_id is None:
        if info.get("unscoped") or not _touches_owned(state.statement):
            return
        raise ScopeError(
            "a query on community-owned rows needs db.session(community_id) "
            "(or db.unscoped_session(reason) for engine-level work)"
        )
    params = state.parameters
    if isinstance(params, list) and (state.is_insert or state.is_update):
        params = _checked_rows(state, community_id, params)
    state.statement = _scoped(state.statement)
    scope = {SCOPE_PARAMETER: community_id}
    if isinstance(params, list):
        state.parameters = [{**p, **scope} for p in params]
    else:
        state.parameters = {**(params or {}), **scope}


#: Each statement with the filter added, while the statement lives (weakly held).
_SCOPED_STATEMENTS: WeakKeyDictionary = WeakKeyDictionary()


def _scoped(statement):
    """``statement`` with the community filter, made once per statement object:
    a statement built once and run often (a module's constant, as the command
    path's reads are) then has one filtered copy, whose cache key SQLAlchemy
    works out once — not a new copy to key at every execution."""
    scoped = _SCOPED_STATEMENTS.get(statement)
    if scoped is None:
        scoped = _SCOPED_STATEMENTS[statement] = statement.options(_COMMUNITY_CRITERIA)
    return scoped


def _checked_rows(state, community_id: int, rows: list[dict]) -> list[dict]:
    """Many rows written at once, where the filter cannot reach: an INSERT's
    rows must be this community's (stamped when they name none, as objects
    added are: :func:`_stamp_community`), and an ORM UPDATE by primary key
    must name only this community's rows (one scoped read of their keys)."""
    table = getattr(state.statement, "table", None)
    if table is None or "community_id" not in table.c or not _owned_table(table):
        return rows
    if state.is_insert:
        if any(row.get("community_id", community_id) != community_id for row in rows):
            raise ScopeError("a row for another community was written in this session")
        return [{"community_id": community_id, **row} for row in rows]
    (key,) = table.primary_key.columns  # a community-owned table's key is its id
    if any(key.key not in row for row in rows):  # a Core UPDATE's own parameters
        raise ScopeError(
            f"many {table.name} rows updated by a statement the session cannot scope: "
            "update them by primary key (update(Model), a list of rows with their id)"
        )
    wanted = {row[key.key] for row in rows}
    found = state.session.execute(
        select(key).where(key.in_(wanted), table.c.community_id == community_id)
    )
    if len(found.all()) != len(wanted):
        raise ScopeError("rows of another community (or none) were named in this session")
    return rows


def _owned_table(table) -> bool:
    """Whether ``table`` (an ORM statement's annotated copy, or the table
    itself) holds a community-owned model's rows."""
    return any(
        mapper.local_table.name == table.name and issubclass(mapper.class_, CommunityOwned)
        for mapper in CommunityOwned._sa_registry.mappers
    )


#: Stands for the column while SQLAlchemy analyses the criteria against the
#: base class, which has no mapped column (SQLModel keeps fields off the class).
_ANY_COMMUNITY_ID = column("community_id", Integer)


def _community_column(cls):
    try:
        return cls.community_id
    except AttributeError:
        return _ANY_COMMUNITY_ID


#: The execution parameter that carries the session's community.
SCOPE_PARAMETER = "haven_community"
_SCOPE = bindparam(SCOPE_PARAMETER, type_=Integer())  # required: never run without it

#: The scoping option, one for every community: ``community_id =
#: :haven_community`` on every community-owned table however a statement
#: reaches it (joins, aliases, subqueries, ORM updates and deletes). One option
#: on the :class:`CommunityOwned` base covers every such table, a cog's
#: imported later included, and every community shares one compiled form of
#: each statement (SQLAlchemy's multi-tenancy recipe). The community comes as
#: an execution parameter (:func:`_scope_by_community`), not as a value the
#: lambda closes over: SQLAlchemy would extract that value from each
#: statement's cache key and match it to the criteria's copies on every
#: execution — a tenth of a command's CPU. A statement run without the
#: parameter fails (the bind is required); it never reads unscoped.
_COMMUNITY_CRITERIA = with_loader_criteria(
    CommunityOwned,
    lambda cls: _community_column(cls) == _SCOPE,
    include_aliases=True,
    track_closure_variables=False,
)


@event.listens_for(Session, "before_flush")
def _stamp_community(session, _context, _instances) -> None:
    community_id = session.info.get("community_id")
    if community_id is None:
        return
    for obj in session.new:
        if isinstance(obj, CommunityOwned):
            if obj.community_id is None:
                obj.community_id = community_id
            elif obj.community_id != community_id:
                raise ScopeError("a row for another community was added to this session")


def _touches_owned(statement) -> bool:
    for desc in getattr(statement, "column_descriptions", None) or []:
        entity = desc.get("entity")
        if isinstance(entity, type) and issubclass(entity, CommunityOwned):
            return True
    table = getattr(statement, "table", None)  # ORM update/delete
    entity = getattr(table, "entity_namespace", None)
    return isinstance(entity, type) and issubclass(entity, CommunityOwned)
