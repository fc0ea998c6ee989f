"""Start-up's objects, out of the garbage collector's way.

Python's cyclic collector walks every object of its oldest generation on each
full collection. Once Haven has started that is everything start-up built and
keeps for the life of the process — modules, SQLAlchemy's mappers and
compiled statements, the message catalogues, the platform library's caches —
and a full collection took about 100 ms, a stall of the event loop in the
middle of a batch of due work or a member's command
(benchmarks/due_throughput.py). :func:`settle` collects once and then moves
what is left into the permanent generation that collections skip
(:func:`gc.freeze`), so later full collections walk only what was made since.

Once per process: a second Haven in the same process (tests) would otherwise
keep the first one's objects from ever being collected.
"""

from __future__ import annotations

import gc
import logging

log = logging.getLogger("haven.heap")

_settled = False


def settle() -> None:
    """Collect, then freeze what start-up left (the first call of the process only)."""
    global _settled
    if _settled:
        return
    _settled = True
    gc.collect()
    gc.freeze()
    log.debug("froze %d objects of start-up", gc.get_freeze_count())
