"""Whether Haven can reach its database, and getting it back without a restart.

Haven answers ``/crisis``, ``/sos`` and ``/help`` without the database, so it
must not stop when the database does (PRIVACY.md P10): at start-up with the
database unreachable it connects to the platforms anyway, and while it is away
every other command gets :data:`STORAGE_AWAY` (a catalogue key: said in the
member's app language, as no stored choice can be read) instead of a generic failure.
A :class:`StorageWatch` tries the database again with backoff and, once it
answers, runs what was waiting for it (migrations, jobs, scheduling). Each
change of state is logged once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from bot import metrics
from bot.db import Database, DatabaseTimeout

log = logging.getLogger("haven.storage")

#: "Haven can't reach its storage right now; nothing was lost. …" (bot/locales).
STORAGE_AWAY = "storage-away"
#: Seconds between tries while the database is away: 1, 2, 4 … up to a minute.
FIRST_RETRY, LONGEST_RETRY = 1.0, 60.0
PING_TIMEOUT = 2.0


def is_database_error(exc: BaseException) -> bool:
    """An error that certainly came from the database or its connection pool."""
    if isinstance(exc, OperationalError | InterfaceError | PoolTimeout | DatabaseTimeout):
        return True
    return isinstance(exc, DBAPIError) and exc.connection_invalidated


async def reachable(db: Database) -> bool:
    """Whether the database answers a trivial query within a couple of seconds."""
    try:
        async with asyncio.timeout(PING_TIMEOUT):
            async with db.engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
        return True
    except Exception:
        return False


class StorageWatch:
    """Notices the database going away and brings Haven back when it returns."""

    def __init__(self, db: Callable[[], Database], recover: Callable[[], Awaitable[None]]) -> None:
        self._db = db
        #: What to do once the database answers (it may raise: tried again later).
        self.recover = recover
        self.down = False
        self._up = asyncio.Event()
        self._up.set()
        self._task: asyncio.Task | None = None

    async def wait_until_up(self) -> None:
        await self._up.wait()

    async def is_storage_error(self, exc: BaseException) -> bool:
        """``exc`` came from the database — or is a connection error (which a
        platform call can raise too) while the database does not answer."""
        if is_database_error(exc):
            return True
        if isinstance(exc, OSError | TimeoutError):
            return not await reachable(self._db())
        return False

    def lost(self, exc: BaseException) -> None:
        """The database failed: log it once and keep trying until it is back."""
        metrics.database_error(exc)
        if self.down:
            return
        self.down = True
        self._up.clear()
        # A timeout says where and how long (never the password); others, their kind.
        reason = str(exc) if isinstance(exc, DatabaseTimeout) else type(exc).__name__
        log.error(
            "Haven can't reach its database (%s); /crisis, /sos and /help still answer, "
            "everything else says storage is away. Trying again.",
            reason,
        )
        self._task = asyncio.create_task(self._retry())

    async def _retry(self) -> None:
        delay = FIRST_RETRY
        while True:
            await asyncio.sleep(delay)
            try:
                await self.recover()
            except Exception as exc:
                log.debug("the database is still away: %s", type(exc).__name__)
                delay = min(delay * 2, LONGEST_RETRY)
                continue
            self.down = False
            self._up.set()
            log.warning("Haven's database answers again; back to normal")
            return

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
