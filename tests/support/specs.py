"""Where the platforms' published descriptions live: ``../shared/specs`` beside
the checkout. CI has the folder and must check against it; a local checkout
without it skips those checks with one clear message."""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path

import pytest

SPECS = Path(__file__).resolve().parents[2].parent / "shared" / "specs"


def spec_file(*parts: str) -> Path:
    path = SPECS.joinpath(*parts)
    if path.exists():
        return path
    if os.environ.get("CI"):
        pytest.fail(f"{path} is missing: CI must check against the platforms' specs", False)
    pytest.skip(f"{path} is missing: the platforms' specs are not beside this checkout")


@functools.cache
def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def slack_web_api() -> dict:
    """Slack's Web API description (OpenAPI 2, 2021)."""
    return _load(spec_file("slack", "web_openapi_v2.json"))
