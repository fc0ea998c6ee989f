"""Slack's settings (``SLACK_*``): one workspace's bot token or an OAuth app
for many, Socket Mode or HTTP, and the Web API address (the tests' fake Slack)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from bot.platform import (
    Secret,
    Section,
    config_error,
    described,
    read_choice,
    read_secret,
    read_url,
)


@dataclass(frozen=True)
class SlackSection(Section):
    name = "slack"
    variables = (
        "SLACK_BOT_TOKEN",
        "SLACK_APP_TOKEN",
        "SLACK_SIGNING_SECRET",
        "SLACK_CLIENT_ID",
        "SLACK_CLIENT_SECRET",
        "SLACK_MODE",
        "SLACK_API_URL",
    )
    shapes = (
        (re.compile(r"xox[a-z]-"), "a Slack token"),
        (re.compile(r"xapp-"), "a Slack app-level token"),
    )

    bot_token: Secret | None = None
    app_token: Secret | None = None
    signing_secret: Secret | None = None
    client_id: str | None = None
    client_secret: Secret | None = None
    mode: Literal["socket", "http"] = "socket"
    api_url: str = "https://slack.com/api/"

    def __post_init__(self) -> None:
        """Each mode's credentials: HTTP checks signatures, Socket Mode connects
        with an app-level token."""
        if self.mode == "http" and not self.signing_secret:
            raise config_error(
                "SLACK_SIGNING_SECRET",
                "is not set, but SLACK_MODE=http needs it to check that requests come from "
                "Slack (copy it from your Slack app's Basic Information page)",
                "SLACK_SIGNING_SECRET=<signing secret>",
            )
        if self.mode == "socket" and self.bot_token and not self.app_token:
            raise config_error(
                "SLACK_APP_TOKEN",
                "is missing, but SLACK_MODE=socket needs it; create an app-level token with "
                "the connections:write scope under Basic Information > App-Level Tokens in "
                "your Slack app (it starts with xapp-)",
                "SLACK_APP_TOKEN=xapp-1-...",
            )

    @classmethod
    def load(cls, values: Mapping[str, str]) -> SlackSection:
        return cls(
            bot_token=read_secret(
                values,
                "SLACK_BOT_TOKEN",
                "xoxb-",
                "the Bot User OAuth Token from OAuth & Permissions",
            ),
            app_token=read_secret(
                values, "SLACK_APP_TOKEN", "xapp-", "an app-level token from Basic Information"
            ),
            signing_secret=read_secret(values, "SLACK_SIGNING_SECRET"),
            client_id=_client_id(values),
            client_secret=read_secret(values, "SLACK_CLIENT_SECRET"),
            mode=read_choice(values, "SLACK_MODE", ("socket", "http"), "socket", "socket"),
            api_url=read_url(values, "SLACK_API_URL", "https://slack.com/api/", ("http", "https")),
        )

    @property
    def enabled(self) -> bool:
        """One workspace (SLACK_BOT_TOKEN) or many (SLACK_CLIENT_ID + SECRET: OAuth)."""
        return bool(self.bot_token or (self.client_id and self.client_secret))

    @property
    def shares_http_port(self) -> bool:
        return self.mode == "http"


def _client_id(values: Mapping[str, str]) -> str | None:
    """Slack's OAuth client ID (digits, a dot, digits): it is shown in install links."""
    raw = values.get("SLACK_CLIENT_ID")
    if raw is not None and not re.fullmatch(r"\d+\.\d+", raw):
        raise config_error(
            "SLACK_CLIENT_ID",
            f"{described(raw)} is not a Slack client ID (copy the Client ID from your Slack "
            "app's Basic Information page)",
            "SLACK_CLIENT_ID=1234567890.1234567890",
        )
    return raw
