"""SQLite statements in one trip to aiosqlite's thread, not four.

aiosqlite runs every call on the SQLite connection in a thread of its own,
and each call is a trip there and back: a queue hand-off, a wake-up of the
event loop, the GIL passed twice — about 70 µs of CPU on this project's
machines, far more than SQLite takes to run a short statement. SQLAlchemy's
aiosqlite adapter makes four such trips for every statement (open a cursor,
execute, fetch the rows, close the cursor), and one more for the rollback the
pool sends after every commit, when there is no transaction left to roll back.

:class:`DBAPI` is the same adapter with a cursor that does all four steps in
one trip (the rows are read in full, as the adapter's own cursor reads them)
and a rollback that makes no trip when SQLite says no transaction is open;
a transaction's ``BEGIN`` (bot/db.py) goes with its first statement, and a
transaction that ran none commits or rolls back without a trip. It
is given to SQLAlchemy as the engine's DBAPI module (``create_engine``'s
documented ``module`` argument); everything else — errors, the connection's
life, server-side cursors — is SQLAlchemy's own.
Measured in ``benchmarks/due_throughput.py`` (see benchmarks/README.md).
"""

from __future__ import annotations

import collections
import sqlite3
from typing import Any

import aiosqlite
from sqlalchemy.dialects.sqlite.aiosqlite import (
    AsyncAdapt_aiosqlite_connection,
    AsyncAdapt_aiosqlite_cursor,
    AsyncAdapt_aiosqlite_dbapi,
    AsyncAdapt_aiosqlite_ss_cursor,
)
from sqlalchemy.util import EMPTY_DICT
from sqlalchemy.util.concurrency import await_


class Cursor(AsyncAdapt_aiosqlite_cursor):
    """A cursor whose statement runs, with its rows read, in one trip; it
    holds no driver cursor between statements."""

    __slots__ = ("_arraysize", "_description", "_lastrowid", "_rowcount")

    def __init__(self, adapt_connection: AsyncAdapt_aiosqlite_connection) -> None:
        self._adapt_connection = adapt_connection
        self._connection = adapt_connection._connection
        self._cursor = None  # none held: each statement opens and closes its own
        self._soft_closed_memoized = EMPTY_DICT
        self._rows = collections.deque()
        self._description = None
        self._rowcount = -1
        self._lastrowid = None
        self._arraysize = 1

    @property
    def description(self) -> Any:
        return self._description

    @property
    def rowcount(self) -> int:
        return self._rowcount

    @property
    def lastrowid(self) -> Any:
        return self._lastrowid

    @property
    def arraysize(self) -> int:
        return self._arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._arraysize = value

    async def _async_soft_close(self) -> None:
        """Nothing to close: the rows were read with the statement."""

    def close(self) -> None:
        self._rows.clear()

    def execute(self, operation: Any, parameters: Any = None) -> None:
        self._run(operation, parameters, many=False)

    def executemany(self, operation: Any, seq_of_parameters: Any) -> None:
        self._run(operation, seq_of_parameters, many=True)

    def _run(self, operation: Any, parameters: Any, *, many: bool) -> None:
        adapted: Connection = self._adapt_connection  # type: ignore[assignment]
        try:
            done = await_(adapted.call(_statement, operation, parameters, many))
        except Exception as error:
            adapted._handle_exception(error)
        self._description, rows, self._rowcount, self._lastrowid = done
        self._rows = collections.deque(rows)


def _statement(
    conn: sqlite3.Connection, begin: str | None, operation: str, parameters: Any, many: bool
) -> tuple:
    """In aiosqlite's thread: begin the transaction if this is its first
    statement, run the statement (once, or for each set of parameters) and
    read what it returns."""
    cursor = conn.cursor()
    try:
        if begin is not None:
            cursor.execute(begin)
        if many:
            cursor.executemany(operation, parameters)
        elif parameters is None:
            cursor.execute(operation)
        else:
            cursor.execute(operation, parameters)
        description = cursor.description
        rows = cursor.fetchall() if description and not many else ()
        return description, rows, cursor.rowcount, cursor.lastrowid
    finally:
        cursor.close()


class ServerSideCursor(AsyncAdapt_aiosqlite_ss_cursor):
    """SQLAlchemy's own streaming cursor, after any ``BEGIN`` still to be said."""

    __slots__ = ()

    def __init__(self, adapt_connection: Connection) -> None:
        adapt_connection.say_begin()
        super().__init__(adapt_connection)


class Connection(AsyncAdapt_aiosqlite_connection):
    __slots__ = ("_begin",)
    _cursor_cls = Cursor
    _ss_cursor_cls = ServerSideCursor

    def __init__(self, dbapi: Any, connection: aiosqlite.Connection) -> None:
        super().__init__(dbapi, connection)
        #: The ``BEGIN …`` a transaction starts with, not yet said: it goes
        #: with the transaction's first statement.
        self._begin: str | None = None

    async def call(self, step, *args: Any) -> Any:
        """``step(sqlite_connection, begin, *args)`` in aiosqlite's thread, one
        trip, with the pending ``BEGIN`` (or None) for it to say first."""
        async with self._execute_mutex:
            begin, self._begin = self._begin, None
            return await self._connection._execute(step, self._connection._conn, begin, *args)

    def begin(self, mode: str) -> None:
        """Start a transaction (``DEFERRED``, ``IMMEDIATE``) with the next statement."""
        self._begin = f"BEGIN {mode}"

    def say_begin(self) -> None:
        """Say the pending ``BEGIN`` now, on its own trip (a path other than
        this module's cursor is about to use the connection)."""
        begin, self._begin = self._begin, None
        if begin is not None:
            try:
                await_(self._connection.execute(begin))
            except Exception as error:
                self._handle_exception(error)

    def commit(self) -> None:
        if self._begin is not None:  # no statement ran: nothing was begun
            self._begin = None
            return
        super().commit()

    def rollback(self) -> None:
        """The pool rolls back every connection it takes back, a commit's too:
        with no transaction open there is nothing to undo and no trip to make.
        (Read in this thread while no call of this connection is under way:
        SQLAlchemy waits for each, and a call cancelled under way — a brief
        read given up — makes SQLAlchemy close the connection instead.)"""
        self._begin = None
        connection: aiosqlite.Connection = self._connection
        if connection._connection is not None and not connection._connection.in_transaction:
            return
        super().rollback()


class DBAPI(AsyncAdapt_aiosqlite_dbapi):
    """SQLAlchemy's aiosqlite adapter with :class:`Connection` for its connections."""

    def __init__(self) -> None:
        super().__init__(aiosqlite, sqlite3)

    def connect(self, *arg: Any, **kw: Any) -> Connection:
        adapted = super().connect(*arg, **kw)
        return Connection(self, adapted._connection)
