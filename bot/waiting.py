"""Commands waiting on the privacy notice: run, in the order issued, once the
member agrees (held in memory only, never stored: the member has not agreed).

Each member may leave :data:`LIMIT` commands waiting; a further one is not held
and the notice says so. A command waits :data:`WAIT` at most — Discord's
interaction token lasts 15 minutes, so an older one could not be answered —
and the reply to Agree names any that lapsed, to be run again.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.adapters import Invocation

LIMIT = 5
WAIT = timedelta(minutes=15)
#: A member's held commands are forgotten this long after their last one
#: (someone who never answers the notice does not cost memory for ever).
KEEP = timedelta(days=1)

Key = tuple[int, str]  # community id, platform user id


@dataclass(frozen=True)
class Held:
    name: str  # the command's path, e.g. "sober set" (never its text: members' words)
    invocation: Invocation
    at: datetime


@dataclass
class Queue:
    last: datetime  # when the member last left a command waiting
    held: list[Held] = field(default_factory=list)
    lapsed: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Resumed:
    """What Agree does with the waiting commands."""

    run: tuple[Held, ...] = ()
    lapsed: tuple[str, ...] = ()


class Waiting(OrderedDict[Key, Queue]):
    """Every member's waiting commands, least recently used first."""

    def hold(self, key: Key, name: str, invocation: Invocation, now: datetime) -> list[str] | None:
        """Hold ``invocation`` for ``key``; None when held, else the names of
        the :data:`LIMIT` commands already waiting (this one is not held)."""
        self._forget_older_than(now - KEEP)
        queue = self.setdefault(key, Queue(now))
        queue.last = now
        self.move_to_end(key)
        for held in [h for h in queue.held if now - h.at > WAIT]:
            queue.held.remove(held)
            queue.lapsed = [*queue.lapsed, held.name][-LIMIT:]
        same = [h for h in queue.held if _same(h.invocation, invocation)]
        for held in same:  # asked again: one run, at its latest place
            queue.held.remove(held)
        if len(queue.held) >= LIMIT:
            return [h.name for h in queue.held]
        queue.held.append(Held(name, invocation, now))
        return None

    def waiting(self, key: Key) -> list[str]:
        queue = self.get(key)
        return [h.name for h in queue.held] if queue else []

    def resume(self, key: Key, now: datetime) -> Resumed:
        """Take ``key``'s commands: those to run, in order, and the lapsed ones."""
        queue = self.pop(key, None)
        if queue is None:
            return Resumed()
        run = tuple(h for h in queue.held if now - h.at <= WAIT)
        lapsed = [*queue.lapsed, *(h.name for h in queue.held if now - h.at > WAIT)]
        return Resumed(run, tuple(lapsed))

    def forget(self, key: Key) -> list[str]:
        """Drop ``key``'s commands (the member declined); their names."""
        queue = self.pop(key, None)
        return [h.name for h in queue.held] if queue else []

    def _forget_older_than(self, cutoff: datetime) -> None:
        while self:
            key, queue = next(iter(self.items()))
            if queue.last > cutoff:
                return
            del self[key]


def _same(a: Invocation, b: Invocation) -> bool:
    return (a.command, a.text, a.options, a.channel_id) == (
        b.command,
        b.text,
        b.options,
        b.channel_id,
    )


def names(commands: Iterable[str]) -> str:
    """Command paths as members type them: ``/sober set``, ``/checkin``."""
    return ", ".join(f"`/{name}`" for name in commands)
