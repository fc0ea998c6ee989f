"""What Haven counts for its operator: Prometheus metrics (prometheus-client).

Counts only. A label names a command, a job kind, a platform, an outcome —
never a member, and never a community unless the operator opts in with
``HAVEN_METRICS_COMMUNITY_LABELS=1`` (then the ``community`` label is the
platform's own id of the guild or workspace). Whatever a member typed never
becomes a label: a command nobody registered is counted as ``unknown``.

The engine and the adapters feed the metrics through the small functions
below (:func:`command_handled`, :func:`delivery`, :func:`dm_failed`, …), so
code that counts something needs no reference to a registry. The operations
server (:mod:`bot.ops.server`) serves :func:`exposition` at ``/metrics``.

Each process has its own registry (not prometheus-client's global one): a
test can build several Havens in one process, and an operator scrapes each
process on its own.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from bot.adapters import FormErrors

__all__ = ["CONTENT_TYPE_LATEST", "Metrics"]

#: Handler latency, seconds: an interaction must be answered within 3 s on both platforms.
LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0)
#: Scheduler lag and rate-limit waits, seconds: from on time to a lost minute.
LAG_BUCKETS = (0.1, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0, 900.0, 1800.0)
WAIT_BUCKETS = (0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)

#: SOS outcome per partner: reached by DM, by a mention in a shared private space, not at all.
log = logging.getLogger("haven.metrics")

SOS_OUTCOMES = {"dm": "delivered", "space": "fallback", None: "unreached"}


class Metrics:
    """One process's metrics, in their own registry."""

    def __init__(self, *, community_labels: bool = False) -> None:
        self.community_labels = community_labels
        self.registry = CollectorRegistry(auto_describe=True)
        scope = ("community",) if community_labels else ()
        r = self.registry
        self.commands = Counter(
            "haven_commands",
            "Commands, buttons and forms handled, by command and outcome "
            "(ok, error: the member was told what to fix, failed: a bug, storage_away).",
            ("platform", "command", "outcome", *scope),
            registry=r,
        )
        self.latency = Histogram(
            "haven_command_seconds",
            "Time to handle a command, button or form (until the reply is ready).",
            ("platform", "command"),
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.deliveries = Counter(
            "haven_deliveries",
            "Scheduled work by job kind and final status (sent, skipped, failed).",
            ("kind", "status", *scope),
            registry=r,
        )
        self.dm_failures = Counter(
            "haven_dm_failures",
            "Direct messages the platform refused, by reason (closed, gone, ...).",
            ("platform", "reason"),
            registry=r,
        )
        self.sos = Counter(
            "haven_sos_outcomes",
            "Partners alerted by /sos: delivered (DM), fallback (shared space), unreached.",
            ("outcome",),
            registry=r,
        )
        self.lag = Histogram(
            "haven_scheduler_lag_seconds",
            "How late scheduled work started, after its due time.",
            buckets=LAG_BUCKETS,
            registry=r,
        )
        self.queue_depth = Gauge(
            "haven_scheduler_queue_depth",
            "Occurrences due now and not yet claimed by any process (read at scrape).",
            registry=r,
        )
        self.oldest_due = Gauge(
            "haven_scheduler_oldest_due_seconds",
            "Age of the oldest due-but-unclaimed occurrence; 0 when none (read at scrape).",
            registry=r,
        )
        self.rate_waits = Histogram(
            "haven_rate_limit_wait_seconds",
            "Time a platform call waited for its slot in the shared rate limiter.",
            ("platform",),
            buckets=WAIT_BUCKETS,
            registry=r,
        )
        self.rate_limited = Counter(
            "haven_rate_limited",
            "429 answers from a platform (each was retried after Retry-After).",
            ("platform",),
            registry=r,
        )
        self.database_errors = Counter(
            "haven_database_errors",
            "Database failures, by kind of error (never its text).",
            ("kind",),
            registry=r,
        )
        #: Turns Haven's community number into the label (the platform's id).
        self.community_of: Callable[[int], str] = str
        self._deliveries: dict[tuple[str, str, int | None], Any] = {}

    def delivered(self, kind: str, status: str, community_id: int | None) -> Any:
        """The deliveries counter of these labels, looked up once: every due
        post counts one, and ``labels()`` checks and sorts its labels each time."""
        key = (kind, status, community_id)
        child = self._deliveries.get(key)
        if child is None:
            child = self.deliveries.labels(kind=kind, status=status, **self.scope(community_id))
            self._deliveries[key] = child
        return child

    def scope(self, community: str | int | None) -> dict[str, str]:
        if not self.community_labels:
            return {}
        if isinstance(community, int):
            return {"community": self.community_of(community)}
        return {"community": community or ""}


_current = Metrics()


def current() -> Metrics:
    return _current


def configure(*, community_labels: bool, community_of: Callable[[int], str] | None = None):
    """Set the label policy (at start-up: a change of policy starts the counts afresh)."""
    global _current
    if community_labels != _current.community_labels:
        _current = Metrics(community_labels=community_labels)
    if community_of is not None:
        _current.community_of = community_of
        _current._deliveries.clear()  # their labels may read otherwise now
    return _current


def exposition() -> bytes:
    return generate_latest(_current.registry)


# -- what the engine and the adapters report --------------------------------


def _quietly(count: Callable[..., None]) -> Callable[..., None]:
    """Counting must never cost a member their answer or a delivery its record."""

    @functools.wraps(count)
    def safe(*args: Any, **kwargs: Any) -> None:
        try:
            count(*args, **kwargs)
        except Exception:
            log.exception("%s could not be counted", count.__name__)

    return safe


@_quietly
def command_handled(
    platform: str, command: str, outcome: str, seconds: float, community: str | None = None
) -> None:
    m = _current
    labels = {"platform": platform, "command": command, "outcome": outcome}
    m.commands.labels(**labels, **m.scope(community)).inc()
    m.latency.labels(platform, command).observe(seconds)


class Handling:
    """Times one invocation and counts its outcome under the command's
    registered name (``sober add``, ``button sos:here``, ``form checkin``) —
    ``unknown`` for anything not registered, so typed text never becomes a label."""

    def __init__(self, app: Any, invocation: Any) -> None:
        self.app, self.invocation = app, invocation
        self.started = time.perf_counter()
        #: The label, when the caller has already worked out the command.
        self.name: str | None = None

    def done(self, result: Any, outcome: str | None = None) -> Any:
        if outcome is None:
            refused = isinstance(result, FormErrors) or getattr(result, "error", False)
            outcome = "error" if refused else "ok"
        inv = self.invocation
        command_handled(
            inv.community.platform,
            self.label(),
            outcome,
            time.perf_counter() - self.started,
            inv.community.workspace_id,
        )
        return result

    def label(self) -> str:
        inv, app = self.invocation, self.app
        if self.name is not None:
            return self.name
        try:
            if inv.via == "command":
                found = app.resolve(inv)
                return found[0].name if found else "unknown"
            if inv.via == "action":
                found = app.registry.find_action(inv.action_id)
                return f"button {found[0].prefix}" if found else "unknown"
            if inv.via == "form":
                found = app.registry.find_form(inv.form_id)
                return f"form {found[0].form.form_id}" if found else "unknown"
        except Exception:
            pass
        return "unknown"


@_quietly
def delivery(kind: str, status: str, community_id: int | None = None) -> None:
    _current.delivered(kind, status, community_id).inc()


@_quietly
def dm_failed(platform: str, reason: str) -> None:
    _current.dm_failures.labels(platform, reason).inc()


@_quietly
def sos_outcome(how: str | None) -> None:
    """One partner's outcome of an /sos: ``dm``, ``space`` or None."""
    _current.sos.labels(SOS_OUTCOMES.get(how, "unreached")).inc()


@_quietly
def scheduler_lag(seconds: float) -> None:
    _current.lag.observe(max(0.0, seconds))


@_quietly
def backlog(depth: int, oldest_seconds: float) -> None:
    _current.queue_depth.set(depth)
    _current.oldest_due.set(max(0.0, oldest_seconds))


@_quietly
def rate_limit_wait(platform: str, seconds: float) -> None:
    _current.rate_waits.labels(platform).observe(max(0.0, seconds))


@_quietly
def rate_limited(platform: str) -> None:
    _current.rate_limited.labels(platform).inc()


@_quietly
def database_error(exc: BaseException) -> None:
    _current.database_errors.labels(type(exc).__name__).inc()
