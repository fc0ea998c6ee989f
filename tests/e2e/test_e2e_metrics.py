"""What an operator scrapes from ``/metrics`` after members used Haven through
discord.py and bolt: the right numbers — commands by name and outcome, SOS
outcomes, DM failures, deliveries, scheduler lag — and nothing about anyone:
no member name or id, no community id, nothing a member typed."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import aiohttp
from prometheus_client.parser import text_string_to_metric_families

from bot.ops.server import OpsServer
from tests.conftest import START

REASON = "walks with my sister Ruth"  # something a member typed


async def scrape(app) -> tuple[str, Counter]:
    """``/metrics`` over HTTP, and its samples as {(name, labels): value}."""
    ops = OpsServer(app, platforms=(), host="127.0.0.1")
    port = await ops.start()
    try:
        async with aiohttp.ClientSession() as session:
            async with session.get(f"http://127.0.0.1:{port}/metrics") as response:
                assert response.status == 200
                text = await response.text()
    finally:
        await ops.stop()
    samples: Counter = Counter()
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] += sample.value
    return text, samples


def delta(before: Counter, after: Counter, name: str, **labels: str) -> float:
    key = (name, tuple(sorted(labels.items())))
    return after[key] - before[key]


async def partners(world, a: str, b: str) -> None:
    asked = await world.command(a, f"/partner request @{b}")
    assert asked.ok, asked.seen
    accepted = await world.press(b, "Accept")
    assert accepted.ok, accepted.seen


async def test_metrics_count_a_scenario_and_name_no_one(world):
    platform = world.platform
    _, before = await scrape(world.app)

    await world.agree("alice", "bob", "carol", "dan")
    for other in ("bob", "carol", "dan"):
        await partners(world, "alice", other)
    kept = await world.command("alice", f"/haven reasons add {REASON}")
    assert kept.ok, kept.seen
    world.refuse_dms("carol")  # closed DMs: a mention in the shared space (fallback)
    world.refuse_dms("dan", gone=True)  # a deleted account: the shared space too
    sos = await world.command("alice", "/sos")
    assert "bob has your alert" in world.plain(sos.reply.text)
    refused = await world.command("bob", f"/mod channel moderators {world.channel('checkins')}")
    assert refused.reply.error
    # Nobody pressed "I'm here": the SOS check is due and sent.
    await world.run_until(START + timedelta(minutes=world.app.settings.sos_ack_minutes + 5))

    text, after = await scrape(world.app)

    def commands(command: str, outcome: str) -> float:
        return delta(
            before,
            after,
            "haven_commands_total",
            platform=platform,
            command=command,
            outcome=outcome,
        )

    assert commands("sos", "ok") == 1
    assert commands("partner request", "ok") == 3
    assert commands("haven consent", "ok") == 4
    assert commands("haven timezone", "ok") == 4
    assert commands("button partner:accept", "ok") == 3
    assert commands("haven reasons add", "ok") == 1
    assert commands("mod channel", "error") == 1  # refused, and told why
    assert commands("sos", "failed") == 0
    sos_timing = {"platform": platform, "command": "sos"}
    assert delta(before, after, "haven_command_seconds_count", **sos_timing) == 1
    assert delta(before, after, "haven_sos_outcomes_total", outcome="delivered") == 1
    assert delta(before, after, "haven_sos_outcomes_total", outcome="fallback") == 2
    assert delta(before, after, "haven_sos_outcomes_total", outcome="unreached") == 0
    failures = {
        reason: delta(before, after, "haven_dm_failures_total", platform=platform, reason=reason)
        for reason in ("closed", "gone")
    }
    assert failures == {"closed": 1, "gone": 1}
    sent = delta(before, after, "haven_deliveries_total", kind="partner:soscheck", status="sent")
    assert sent == 1
    assert delta(before, after, "haven_scheduler_lag_seconds_count") >= 1
    assert delta(before, after, "haven_database_errors_total", kind="OperationalError") == 0

    # Counts only: no one can be told apart, nothing anyone wrote is there.
    labels = {value for (_name, pairs) in after for _key, value in pairs}
    registered = {spec.name for spec in world.app.registry.commands.values()}
    for name, pairs in after:  # the series this scenario counted (not earlier tests')
        if name.startswith("haven_commands") and after[(name, pairs)] != before[(name, pairs)]:
            command = dict(pairs)["command"]
            assert (
                command in registered
                or command.startswith(("button ", "form "))
                or (command == "unknown")
            ), command
    for who in ("alice", "bob", "carol", "dan"):
        assert who not in text
    for who in ("alice", "bob", "carol", "dan", world.mod):
        assert world.uid(who) not in text
    assert world.key.workspace_id not in text  # no community unless the operator opts in
    assert "community" not in {key for (_name, pairs) in after for key, _value in pairs}
    assert REASON not in text and "Ruth" not in text
    assert not any(world.channel_id("checkins") in value for value in labels)
