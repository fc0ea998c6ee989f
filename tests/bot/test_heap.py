"""Start-up's objects are frozen out of the collector's way once per process
(bot/heap.py): a full collection then walks only what was made since."""

from __future__ import annotations

import gc

from bot import heap


def test_settling_freezes_what_start_up_left_and_only_once(monkeypatch):
    monkeypatch.setattr(heap, "_settled", False)
    gc.unfreeze()  # whatever an earlier test froze goes back to the collector
    assert gc.get_freeze_count() == 0
    collected = []
    monkeypatch.setattr(gc, "collect", lambda *args: collected.append(args) or 0)
    heap.settle()
    frozen = gc.get_freeze_count()
    assert frozen > 0 and collected == [()]
    heap.settle()  # a second Haven in the same process: nothing more is pinned
    assert gc.get_freeze_count() == frozen and collected == [()]
