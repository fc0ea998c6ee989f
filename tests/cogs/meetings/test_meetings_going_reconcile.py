"""A going member's private reminder while answers change and the scheduler
looks for due work again and again (as ``haven run`` does between timers): one
reminder per time chosen.

The sequences are those a soak run flagged as "duplicated going reminders":
Haven sends each exactly once, at the lead last chosen (a button keeps it).
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

SETUP = """
:as mona mod
/mod channel announcements #announcements
/meeting add title:Monday circle day:mon time:18:00 tz:UTC
"""
BEFORE = datetime.fromisoformat("2026-11-23T17:50:00+00:00")


def going_dms(outputs) -> list[tuple[str, str]]:
    return [
        (o.at[:19], o.to) for o in outputs if o.kind == "dm" and "You said you're going" in o.text
    ]


async def step(h, until: datetime, every: int) -> list:
    """Advance to ``until``, looking for due work again after every ``every`` seconds."""
    out = []
    while h.clock.now() < until:
        out += await h.run(
            f":at {min(until, h.clock.now() + timedelta(seconds=every)).isoformat()}"
        )
        before = len(h.outputs)
        await h.app.scheduler.catch_up()
        out += h.outputs[before:]
    return out


SEQUENCES = {
    # Answered 94 s before the start, the last "going" keeps the 1-minute lead.
    "going remind:1, no, maybe, going": (
        [(-125, "/meeting rsvp 1 going remind:1"), (-120, "/meeting rsvp 1 no"),
         (-109, "/meeting rsvp 1 maybe"), (-94, "/meeting rsvp 1 going")],
        [("2026-11-23T17:59:00", "alice")],
    ),
    "going remind:1 twice, going, no, going": (
        [(-155, "/meeting rsvp 1 going remind:1"), (-127, "/meeting rsvp 1 going remind:1"),
         (-114, "/meeting rsvp 1 going"), (-111, "/meeting rsvp 1 no"),
         (-94, "/meeting rsvp 1 going")],
        [("2026-11-23T17:59:00", "alice")],
    ),
    # A new lead after the first reminder went: a second one, at the new time.
    "going remind:8, then remind:3 after it": (
        [(-540, "/meeting rsvp 1 going remind:8"), (-400, "/meeting rsvp 1 going remind:3")],
        [("2026-11-23T17:52:00", "alice"), ("2026-11-23T17:57:00", "alice")],
    ),
    # A lead already past when answered: no reminder, now or at a later pass.
    "going remind:3, then remind:8 when past": (
        [(-400, "/meeting rsvp 1 going remind:3"), (-390, "/meeting rsvp 1 going remind:8")],
        [],
    ),
    "going, maybe, going when past": (
        [(-700, "/meeting rsvp 1 going"), (-500, "/meeting rsvp 1 maybe"),
         (-490, "/meeting rsvp 1 going")],
        [("2026-11-23T17:50:00", "alice")],
    ),
}  # fmt: skip


@pytest.mark.parametrize("every", [7, 60])
@pytest.mark.parametrize("name", list(SEQUENCES))
async def test_one_going_reminder_per_time_chosen(make_harness, name, every):
    h = await make_harness(start=BEFORE - timedelta(minutes=5))
    await h.run(SETUP)
    await h.agree("alice")
    start = datetime.fromisoformat("2026-11-23T18:00:00+00:00")
    answers, expected = SEQUENCES[name]
    dms = []
    for seconds, line in answers:
        dms += going_dms(await step(h, start + timedelta(seconds=seconds), every))
        await h.run(f":as alice\n{line}")
    dms += going_dms(await step(h, start + timedelta(minutes=5), every))
    assert dms == expected
