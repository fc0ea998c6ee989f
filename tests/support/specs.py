"""The platforms' published descriptions for tests that read them directly
(see :mod:`tests.fakes.conformance`: mandatory in CI, skipped locally when
``../shared/specs`` is not beside the checkout)."""

from __future__ import annotations

import pytest

from tests.fakes import conformance


def slack_web_api() -> dict:
    """Slack's Web API description (OpenAPI 2, 2021)."""
    spec = conformance.load("slack/web_openapi_v2.json")
    if spec is None:
        pytest.skip(f"the platforms' specs are not beside this checkout ({conformance.SPECS})")
    return spec
