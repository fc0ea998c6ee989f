"""Stop a real ``haven run`` with work due, start it again: every piece is
delivered exactly once — on SQLite and PostgreSQL, after SIGTERM and SIGKILL.

One scenario per database and signal (its steps below); each kind of work is
then checked on its own, so the matrix reads kind × signal × database:

1. one piece of every kind of scheduled work is due (:func:`support.seed`);
2. ``haven run`` starts, connects to the fake Discord and catches up: the
   daily prompt is delivered, the milestone DM is held at Discord's door;
3. Haven is stopped — SIGTERM, or SIGKILL — with the milestone in flight and
   the other kinds not yet started; the held message never reached Discord;
4. ``haven run`` starts again (the work is now later still, within its grace)
   and must deliver everything once: the prompt not again, the milestone's
   claim taken over once the stopped process's lease ran out, the rest caught
   up. Every message is counted as the fake Discord recorded it, and every
   piece of work must have one ledger row, ``sent``.
"""

from __future__ import annotations

import asyncio
import signal
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import TEST_KEY
from tests.restart.support import (
    KINDS,
    HavenProcess,
    Seeded,
    expected_places,
    haven_env,
    kill_all,
    ledger_rows,
    migrate,
    seed,
    seen_places,
    start_fake,
    until,
)

SIGNALS = {"SIGTERM": signal.SIGTERM, "SIGKILL": signal.SIGKILL}
#: Seconds to wait after everything arrived, for anything sent twice to show up.
SETTLE = 1.0
#: A clean stop may take this long (Haven lets running work finish).
STOP_WITHIN = 20


@dataclass
class Outcome:
    seeded: Seeded
    places: list[str]  # where each message the fake Discord accepted went
    rows: list  # the community's delivery ledger at the end
    first_exit: int | None  # the stopped process's exit code (-15: SIGTERM, -9: SIGKILL)
    dropped: int  # held messages that never reached Discord
    logs: str

    def __str__(self) -> str:
        return (
            f"messages: {self.places}\nfirst haven run exited {self.first_exit}; "
            f"held messages dropped: {self.dropped}\n{self.logs}"
        )

    def rows_of(self, kind: str) -> list:
        # Yesterday's occurrences of daily work are recorded as skipped at
        # start-up (beyond their grace); only this run's window counts here.
        since = self.seeded.seeded_at - timedelta(hours=3)
        jobs = self.seeded.jobs[kind]
        return [r for r in self.rows if r.job_id in jobs and r.scheduled_for >= since]


_outcomes: dict[tuple[str, str], Outcome] = {}


@pytest.fixture(autouse=True)
def _no_haven_left_running():
    yield
    kill_all()


async def run_scenario(
    url: str, postgres: bool, sig: signal.Signals, tmp: Path, *, accepted: bool = False
) -> Outcome:
    """Steps 1–4 above. ``accepted``: Discord has accepted the held message
    (the sender is waiting for the answer) when Haven is stopped."""
    fake = await start_fake()
    processes: list[HavenProcess] = []
    try:
        if postgres:
            await migrate(url)
        seeded = await seed(url, fake, datetime.now(UTC))
        env = haven_env(url, fake, TEST_KEY, tmp)
        expected = Counter(p for places in expected_places(seeded).values() for p in places)

        fake.allow = 1  # the prompt goes through; the milestone is held
        fake.accept_first = accepted
        first = await HavenProcess(env, tmp, tmp / "haven-1.log").start()
        processes.append(first)

        async def holding() -> bool:
            assert first.alive, f"haven run exited:\n{first.tail()}"
            return fake.held.is_set()

        await until(holding, 40, "the first haven run to deliver and then hold a message")
        in_flight = ["dm:pam", "dm:milo"] if accepted else ["dm:pam"]
        assert seen_places(fake, seeded) == in_flight, "catch-up runs missed work in time order"
        first.send(sig)
        code = await first.wait(2)
        fake.release()  # a process that is still stopping may finish what it holds
        if code is None:
            code = await first.wait(STOP_WITHIN)
        await first.kill()

        second = await HavenProcess(env, tmp, tmp / "haven-2.log").start()
        processes.append(second)
        jobs = [job for kind in KINDS for job in seeded.jobs[kind]]

        async def all_done() -> bool:
            assert second.alive, f"haven run exited:\n{second.tail()}"
            seen = Counter(seen_places(fake, seeded))
            if any(seen[place] < n for place, n in expected.items()):
                return False
            since = seeded.seeded_at - timedelta(hours=3)
            finished = {
                r.job_id
                for r in await ledger_rows(url, seeded.community_id)
                if r.scheduled_for >= since and r.status != "claimed"
            }
            return finished >= set(jobs)

        try:
            await until(all_done, 40, "every piece of work to be delivered after the restart")
        except AssertionError as exc:
            raise AssertionError(
                f"{exc}\nseen: {seen_places(fake, seeded)}\n"
                f"ledger: {await ledger_rows(url, seeded.community_id)}\n"
                f"--- haven run 2 ---\n{second.tail()}"
            ) from None
        await asyncio.sleep(SETTLE)
        second.send(signal.SIGTERM)
        await second.wait(STOP_WITHIN)
        await second.kill()
        return Outcome(
            seeded=seeded,
            places=seen_places(fake, seeded),
            rows=await ledger_rows(url, seeded.community_id),
            first_exit=code,
            dropped=fake.dropped,
            logs="\n".join(f"--- {p.log.name} ---\n{p.tail()}" for p in processes),
        )
    finally:
        for process in processes:
            await process.kill()
        await fake.close()
        assert fake.problems == [], fake.problems


@pytest.fixture
def scenario(request):
    """Runs the database × signal scenario once, for all of its kinds' tests."""
    params = request.node.callspec.params
    key = (params["database"], params["stop"])
    postgres = key[0] == "postgres"
    if key in _outcomes:
        url = tmp = None
    else:  # fixtures are set up here, before the test's event loop runs
        url = request.getfixturevalue("pg_migrated_url" if postgres else "db_url")
        tmp = request.getfixturevalue("tmp_path")

    async def get() -> Outcome:
        if key not in _outcomes:
            _outcomes[key] = await run_scenario(url, postgres, SIGNALS[key[1]], tmp)
        return _outcomes[key]

    return get


@pytest.mark.parametrize("kind", [*KINDS, "nothing else"])
@pytest.mark.parametrize("stop", list(SIGNALS))
@pytest.mark.parametrize("database", ["sqlite", "postgres"])
async def test_work_due_across_a_restart_is_delivered_exactly_once(scenario, database, stop, kind):
    outcome = await scenario()
    seeded = outcome.seeded
    places = Counter(outcome.places)
    if kind == "nothing else":
        expected = Counter(p for ps in expected_places(seeded).values() for p in ps)
        assert places == expected, str(outcome)
        since = seeded.seeded_at - timedelta(hours=3)
        unsent = [
            (r.key, r.status, r.note)
            for r in outcome.rows
            if r.status in ("claimed", "failed")
            or (r.status != "sent" and r.scheduled_for >= since)
        ]
        assert unsent == [], str(outcome)
        return
    wanted = expected_places(seeded)[kind]
    assert {p: places[p] for p in wanted} == dict.fromkeys(wanted, 1), str(outcome)
    rows = outcome.rows_of(kind)
    assert sorted((r.job_id, r.status, r.note) for r in rows) == sorted(
        (job, "sent", "") for job in seeded.jobs[kind]
    ), str(outcome)
    assert sorted(r.scheduled_for for r in rows) == sorted(seeded.due[kind])


async def test_sigterm_lets_the_delivery_in_flight_finish(db_url, tmp_path):
    """systemd, Docker and Kubernetes stop a service with SIGTERM, and
    docs/deploy.md promises that running jobs then finish and record their
    result. So a milestone DM that Discord has accepted, while Haven waits for
    the answer, is recorded as sent — and the restart does not send it again."""
    outcome = await run_scenario(db_url, False, signal.SIGTERM, tmp_path, accepted=True)
    assert Counter(outcome.places)["dm:milo"] == 1, str(outcome)
    assert [(r.status, r.note) for r in outcome.rows_of("milestone")] == [("sent", "")]
