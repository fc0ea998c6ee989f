"""The platforms' published API descriptions, and what broke them in a test.

The fakes check every request Haven makes against Slack's and Discord's own
OpenAPI descriptions (``../shared/specs/`` beside the checkout, never copied
into the project). A request they refuse is answered as the platform would
answer it *and* recorded here; an autouse fixture (``tests/conftest.py``)
fails the test that made it, naming the call and the problem.

Where the specs are missing: in CI (``CI=true``) that is an error; locally the
checks are skipped with one warning and the rest of the suite runs.
"""

from __future__ import annotations

import json
import os
import warnings
from functools import cache
from pathlib import Path
from typing import Any

#: ``<repo>/../shared/specs`` — CI lays ``shared/`` beside the checkout.
SPECS = Path(__file__).resolve().parents[2] / ".." / "shared" / "specs"

#: Violations recorded since the last :func:`take` ("platform: call: problem").
_VIOLATIONS: list[str] = []
#: Every (platform, operation) the fakes checked and found conforming, in this process.
VALIDATED: set[tuple[str, str]] = set()


class SpecsMissing(RuntimeError):
    """CI runs without ``../shared/specs``: the platform checks are mandatory there."""


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@cache
def load(relative: str) -> dict[str, Any] | None:
    """A spec document under ``SPECS``; None (and one warning) when the folder
    is missing locally; :class:`SpecsMissing` when it is missing in CI."""
    path = SPECS / relative
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8"))
    message = (
        f"platform specs not found at {SPECS.resolve()}: requests to the fake Slack "
        "and Discord are not checked against the platforms' published specs"
    )
    if in_ci():
        raise SpecsMissing(message + " (mandatory in CI)")
    if not _warned:
        _warned.append(True)
        warnings.warn(message, stacklevel=2)
    return None


_warned: list[bool] = []


def record(platform: str, call: str, problems: list[str]) -> None:
    """Keep a refused request for the test that made it."""
    _VIOLATIONS.extend(f"{platform}: {call}: {problem}" for problem in problems)


def validated(platform: str, call: str) -> None:
    """A request that conforms: counted for the run's summary."""
    VALIDATED.add((platform, call))


def take() -> list[str]:
    """The violations recorded so far, forgetting them (a test that provokes one
    on purpose takes it, so the autouse check does not fail it)."""
    found = list(_VIOLATIONS)
    _VIOLATIONS.clear()
    return found
