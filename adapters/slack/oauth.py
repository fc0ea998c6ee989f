"""Multi-workspace OAuth: slack_sdk's async installation and state stores on
Haven's own database, and bolt's OAuth settings.

With ``SLACK_CLIENT_ID`` and ``SLACK_CLIENT_SECRET`` set, ``/slack/install``
sends the installer to Slack with a one-time ``state`` (also set as a cookie),
and ``/slack/oauth_redirect`` checks that state, exchanges the code
(``oauth.v2.access``) and stores the installation. From then on bolt's
``authorize`` finds each request's bot token here, and the adapter finds the
token of the workspace it sends to (reminders, prompts) the same way.

Rows are keyed by ``(enterprise_id, team_id)`` with ``""`` for none; an
Enterprise Grid org-wide install is ``(enterprise_id, "")`` and serves every
workspace of the org. One row per workspace holds its latest installation:
Haven asks for bot scopes only, so the bot and the installation are the same
row, and a new install replaces the old one.
"""

from __future__ import annotations

import logging
import re
import secrets
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from datetime import UTC, datetime, timedelta

from slack_bolt.authorization.async_authorize import (
    AsyncAuthorize,
    AsyncInstallationStoreAuthorize,
)
from slack_bolt.oauth.async_callback_options import (
    AsyncCallbackOptions,
    AsyncFailureArgs,
    AsyncSuccessArgs,
)
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_bolt.response import BoltResponse
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.oauth.installation_store.models.bot import Bot
from slack_sdk.oauth.installation_store.models.installation import Installation
from slack_sdk.oauth.state_store.async_state_store import AsyncOAuthStateStore
from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy import delete, func
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select

from bot.platform import Clock, Community, CommunityKey, Database, Limit, Settings, wait_words

from .models import SlackInstallation, SlackOAuthState
from .parse import PLATFORM
from .settings import SlackSection

log = logging.getLogger("haven.slack.oauth")

INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"
STATE_SECONDS = 600
#: One client address starts at most this many installs in the window.
INSTALLS_PER_CLIENT = Limit(times=10, per=timedelta(minutes=10))
#: Install states outstanding at most (all clients together).
MAX_STATES = 1000
#: Client addresses remembered for INSTALLS_PER_CLIENT.
MAX_CLIENTS = 10_000
REASON = "slack oauth"

_TOKEN_RE = re.compile(r"\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+")


class TokenMask(logging.Filter):
    """Masks Slack tokens (``xoxb-…``, ``xoxe-…``, ``xapp-…``) in a record.

    Per-workspace tokens are not in Settings, so the log redactor does not know
    them; at DEBUG level the SDK logs response bodies (``oauth.v2.access``
    answers with the new token). Every Slack client logs through a logger with
    this filter.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:
            return True
        if _TOKEN_RE.search(message):
            record.msg = _TOKEN_RE.sub("[redacted]", message)
            record.args = ()
        return True


def web_logger() -> logging.Logger:
    """The logger every Haven Slack Web API client uses (tokens masked)."""
    logger = logging.getLogger("haven.slack.web")
    if not any(isinstance(f, TokenMask) for f in logger.filters):
        logger.addFilter(TokenMask())
    return logger


def oauth_enabled(settings: Settings) -> bool:
    section = settings.section(SlackSection)
    return bool(section.client_id and section.client_secret)


def _key(
    enterprise_id: str | None, team_id: str | None, is_enterprise_install: bool | None = False
) -> tuple[str, str]:
    """``(enterprise_id, team_id)`` as stored: ``""`` for none; org-wide → no team."""
    enterprise = enterprise_id or ""
    team = "" if (is_enterprise_install and enterprise) else (team_id or "")
    return enterprise, team


def _when(value: float | int | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, tz=UTC)


def _scopes(value: Iterable[str] | str | None) -> str:
    if not value:
        return ""
    return value if isinstance(value, str) else ",".join(value)


def _bot_fields(bot: Bot | Installation) -> dict:
    return {
        "app_id": bot.app_id or "",
        "enterprise_name": bot.enterprise_name or "",
        "team_name": bot.team_name or "",
        "bot_token": bot.bot_token,
        "bot_id": bot.bot_id or "",
        "bot_user_id": bot.bot_user_id or "",
        "bot_scopes": _scopes(bot.bot_scopes),
        "bot_refresh_token": bot.bot_refresh_token,
        "bot_token_expires_at": _when(bot.bot_token_expires_at),
        "is_enterprise_install": bool(bot.is_enterprise_install),
    }


def _installation_fields(installation: Installation) -> dict:
    return {
        **_bot_fields(installation),
        "enterprise_url": installation.enterprise_url or "",
        "user_id": installation.user_id or "",
        "user_token": installation.user_token,
        "user_scopes": _scopes(installation.user_scopes),
        "user_refresh_token": installation.user_refresh_token,
        "user_token_expires_at": _when(installation.user_token_expires_at),
        "incoming_webhook_url": installation.incoming_webhook_url,
        "incoming_webhook_channel": installation.incoming_webhook_channel or "",
        "incoming_webhook_channel_id": installation.incoming_webhook_channel_id or "",
        "incoming_webhook_configuration_url": installation.incoming_webhook_configuration_url or "",
        "token_type": installation.token_type or "",
        "custom_values": dict(installation.custom_values or {}),
    }


def to_installation(row: SlackInstallation) -> Installation:
    return Installation(
        app_id=row.app_id or None,
        enterprise_id=row.enterprise_id or None,
        enterprise_name=row.enterprise_name or None,
        enterprise_url=row.enterprise_url or None,
        team_id=row.team_id or None,
        team_name=row.team_name or None,
        bot_token=row.bot_token,
        bot_id=row.bot_id or None,
        bot_user_id=row.bot_user_id or None,
        bot_scopes=row.bot_scopes,
        bot_refresh_token=row.bot_refresh_token,
        bot_token_expires_at=row.bot_token_expires_at,
        user_id=row.user_id,
        user_token=row.user_token,
        user_scopes=row.user_scopes,
        user_refresh_token=row.user_refresh_token,
        user_token_expires_at=row.user_token_expires_at,
        incoming_webhook_url=row.incoming_webhook_url,
        incoming_webhook_channel=row.incoming_webhook_channel or None,
        incoming_webhook_channel_id=row.incoming_webhook_channel_id or None,
        incoming_webhook_configuration_url=row.incoming_webhook_configuration_url or None,
        is_enterprise_install=row.is_enterprise_install,
        token_type=row.token_type or None,
        installed_at=row.installed_at,
        custom_values=dict(row.custom_values or {}),
    )


def to_bot(row: SlackInstallation) -> Bot:
    return Bot(
        app_id=row.app_id or None,
        enterprise_id=row.enterprise_id or None,
        enterprise_name=row.enterprise_name or None,
        team_id=row.team_id or None,
        team_name=row.team_name or None,
        bot_token=row.bot_token or "",
        bot_id=row.bot_id,
        bot_user_id=row.bot_user_id,
        bot_scopes=row.bot_scopes,
        bot_refresh_token=row.bot_refresh_token,
        bot_token_expires_at=row.bot_token_expires_at,
        is_enterprise_install=row.is_enterprise_install,
        installed_at=row.installed_at,
        custom_values=dict(row.custom_values or {}),
    )


class HavenInstallationStore(AsyncInstallationStore):
    """slack_sdk's async installation store on Haven's database.

    Lookups: the exact ``(enterprise_id, team_id)`` row first; for a workspace
    of a Grid org without its own row, the org-wide install ``(enterprise_id, "")``.
    ``is_enterprise_install=True`` always means the org-wide row.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self._logger = log
        #: called after every save or delete (the adapter drops cached tokens)
        self.listeners: list[Callable[[], None]] = []

    @property
    def logger(self) -> logging.Logger:
        return self._logger

    def _changed(self) -> None:
        for listener in self.listeners:
            listener()

    # -- saving -----------------------------------------------------------

    async def async_save(self, installation: Installation) -> None:
        enterprise, team = _key(
            installation.enterprise_id, installation.team_id, installation.is_enterprise_install
        )
        fields = _installation_fields(installation)
        fields["installed_at"] = _when(installation.installed_at)
        await self._upsert(enterprise, team, fields)
        log.info("Slack installation saved for %s", _where(enterprise, team))

    async def async_save_bot(self, bot: Bot) -> None:
        """A bot token changed (token rotation): update the bot part of the row."""
        enterprise, team = _key(bot.enterprise_id, bot.team_id, bot.is_enterprise_install)
        fields = _bot_fields(bot)
        fields["installed_at"] = _when(bot.installed_at)
        await self._upsert(enterprise, team, fields)

    async def _upsert(self, enterprise: str, team: str, fields: dict) -> None:
        for attempt in (1, 2):
            async with self.db.unscoped_session(REASON) as session:
                row = (await session.exec(self._exact(enterprise, team))).first()
                if row is None:
                    row = SlackInstallation(enterprise_id=enterprise, team_id=team, **fields)
                else:
                    for name, value in fields.items():
                        setattr(row, name, value)
                session.add(row)
                try:
                    await session.commit()
                    break
                except IntegrityError:  # saved by another process just now: update it
                    await session.rollback()
                    if attempt == 2:
                        raise
        self._changed()

    # -- finding ----------------------------------------------------------

    @staticmethod
    def _exact(enterprise: str, team: str):
        return select(SlackInstallation).where(
            SlackInstallation.enterprise_id == enterprise, SlackInstallation.team_id == team
        )

    async def _find(
        self, enterprise_id: str | None, team_id: str | None, is_enterprise_install: bool | None
    ) -> SlackInstallation | None:
        enterprise, team = _key(enterprise_id, team_id, is_enterprise_install)
        async with self.db.unscoped_session(REASON) as session:
            row = (await session.exec(self._exact(enterprise, team))).first()
            if row is None and enterprise and team:
                row = (await session.exec(self._exact(enterprise, ""))).first()
        return row

    async def async_find_bot(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        is_enterprise_install: bool | None = False,
    ) -> Bot | None:
        row = await self._find(enterprise_id, team_id, is_enterprise_install)
        if row is None or not row.bot_token:
            return None
        return to_bot(row)

    async def async_find_installation(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None = None,
        is_enterprise_install: bool | None = False,
    ) -> Installation | None:
        """The workspace's installation; with ``user_id``, only if that member
        installed it (Haven keeps no per-member installations)."""
        row = await self._find(enterprise_id, team_id, is_enterprise_install)
        if row is None or (user_id is not None and row.user_id != user_id):
            return None
        return to_installation(row)

    async def bot_token(self, team_id: str, enterprise_id: str = "") -> str | None:
        """The bot token for sending into ``team_id`` (the adapter's token source).

        Without the enterprise the team is looked up on its own; failing that,
        Haven's community row says which Grid org the team belongs to, whose
        org-wide install then serves it.
        """
        async with self.db.unscoped_session(REASON) as session:
            query = select(SlackInstallation).where(
                SlackInstallation.team_id == team_id, col(SlackInstallation.bot_token).is_not(None)
            )
            if enterprise_id:
                query = query.where(SlackInstallation.enterprise_id == enterprise_id)
            row = (await session.exec(query)).first() if team_id else None
            if row is None:
                enterprise = enterprise_id or await self._enterprise_of(session, team_id)
                if enterprise:
                    row = (await session.exec(self._exact(enterprise, ""))).first()
        return row.bot_token if row is not None else None

    @staticmethod
    async def _enterprise_of(session, team_id: str) -> str:
        if not team_id:
            return ""
        found = (
            await session.exec(
                select(Community.enterprise_id).where(
                    Community.platform == PLATFORM,
                    Community.workspace_id == team_id,
                    Community.enterprise_id != "",
                )
            )
        ).first()
        return found or ""

    async def communities(self, enterprise_id: str, team_id: str) -> list[CommunityKey]:
        """The communities an install covers: one workspace, or — org-wide —
        every workspace of the org Haven has met."""
        if team_id:
            return [CommunityKey(PLATFORM, team_id, enterprise_id)]
        if not enterprise_id:
            return []
        async with self.db.unscoped_session(REASON) as session:
            rows = (
                await session.exec(
                    select(Community).where(
                        Community.platform == PLATFORM, Community.enterprise_id == enterprise_id
                    )
                )
            ).all()
        return [CommunityKey(PLATFORM, c.workspace_id, c.enterprise_id) for c in rows]

    # -- deleting ---------------------------------------------------------

    async def async_delete_bot(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        """The bot token was revoked: without it Haven is not installed there,
        so the whole row goes."""
        await self._delete(enterprise_id, team_id)

    async def async_delete_installation(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None = None,
    ) -> None:
        """Without ``user_id``: the installation goes. With it: only that
        member's user token (if they installed Haven); the bot stays."""
        if user_id is None:
            await self._delete(enterprise_id, team_id)
            return
        enterprise, team = _key(enterprise_id, team_id)
        async with self.db.unscoped_session(REASON) as session:
            row = (await session.exec(self._exact(enterprise, team))).first()
            if row is None or row.user_id != user_id:
                return
            row.user_token = row.user_refresh_token = row.user_token_expires_at = None
            row.user_scopes = ""
            session.add(row)
            await session.commit()
        self._changed()

    async def async_delete_all(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        await self._delete(enterprise_id, team_id)

    async def _delete(self, enterprise_id: str | None, team_id: str | None) -> None:
        enterprise, team = _key(enterprise_id, team_id)
        async with self.db.unscoped_session(REASON) as session:
            await session.exec(
                delete(SlackInstallation).where(
                    SlackInstallation.enterprise_id == enterprise,
                    SlackInstallation.team_id == team,
                )
            )
            await session.commit()
        self._changed()
        log.info("Slack installation deleted for %s", _where(enterprise, team))


class HavenStateStore(AsyncOAuthStateStore):
    """OAuth ``state`` values: issued by ``/slack/install``, each valid once and
    for ``expiration_seconds`` of Haven's clock."""

    def __init__(self, db: Database, clock: Clock, expiration_seconds: int = STATE_SECONDS):
        self.db = db
        self.clock = clock
        self.expiration_seconds = expiration_seconds

    @property
    def logger(self) -> logging.Logger:
        return log

    async def async_issue(self, *args, **kwargs) -> str:
        state = secrets.token_urlsafe(32)
        now = self.clock.now()
        async with self.db.unscoped_session(REASON) as session:
            # Forget states nobody came back with.
            await session.exec(delete(SlackOAuthState).where(SlackOAuthState.expires_at < now))
            session.add(
                SlackOAuthState(
                    state=state, expires_at=now + timedelta(seconds=self.expiration_seconds)
                )
            )
            await session.commit()
        return state

    async def outstanding(self) -> int:
        """States issued and neither used nor expired."""
        async with self.db.unscoped_session(REASON, readonly=True) as session:
            found = await session.exec(
                select(func.count())
                .select_from(SlackOAuthState)
                .where(SlackOAuthState.expires_at >= self.clock.now())
            )
            return found.one()

    async def async_consume(self, state: str) -> bool:
        if not state:
            return False
        async with self.db.unscoped_session(REASON) as session:
            row = (
                await session.exec(select(SlackOAuthState).where(SlackOAuthState.state == state))
            ).first()
            if row is None:
                return False
            await session.delete(row)
            await session.commit()
        return row.expires_at > self.clock.now()


class InstallLimit:
    """``/slack/install`` stores a state per visit, so visits are limited: one
    client address starts at most :data:`INSTALLS_PER_CLIENT` installs (this
    process counts), and at most :data:`MAX_STATES` states are outstanding in
    all (the database counts; each expires after ``STATE_SECONDS``). Past
    either, the visit gets 429 and no row."""

    def __init__(self, states: HavenStateStore, clock: Clock) -> None:
        self.states = states
        self.clock = clock
        self._recent: dict[str, deque[datetime]] = {}

    async def refusal(self, client: str) -> str | None:
        """None when ``client`` may start an install now, else why not."""
        now = self.clock.now()
        recent = self._recent.setdefault(client, deque())
        while recent and recent[0] <= now - INSTALLS_PER_CLIENT.per:
            recent.popleft()
        retry_at = INSTALLS_PER_CLIENT.retry_at(recent, now)
        if retry_at is not None:
            return f"Too many installs started from here; try again {wait_words(retry_at, now)}."
        if await self.states.outstanding() >= MAX_STATES:
            log.warning("%d Slack installs are under way; refusing more for now", MAX_STATES)
            return "Too many installs are under way; try again in a few minutes."
        recent.append(now)
        self._forget_idle(now)
        return None

    def _forget_idle(self, now: datetime) -> None:
        if len(self._recent) <= MAX_CLIENTS:
            return
        since = now - INSTALLS_PER_CLIENT.per
        for client in [c for c, times in self._recent.items() if not times or times[-1] <= since]:
            del self._recent[client]
        while len(self._recent) > MAX_CLIENTS:  # all busy: the longest-known go first
            del self._recent[next(iter(self._recent))]


def authorization_url(api_url: str) -> str:
    """Slack's authorize page beside the Web API (``…/api/`` → ``…/oauth/v2/authorize``)."""
    base = api_url.rstrip("/")
    base = base[: -len("/api")] if base.endswith("/api") else base
    return base + "/oauth/v2/authorize"


def authorizer(
    settings: Settings, store: HavenInstallationStore, client: AsyncWebClient
) -> AsyncAuthorize:
    """bolt's installation-store ``authorize`` (bot tokens only), remembering each
    token's ``auth.test`` answer so a request costs one indexed lookup, not a
    call to Slack as well. A deleted install has no token to find, so nothing
    stale is ever used."""
    section = settings.section(SlackSection)
    assert section.client_id and section.client_secret
    return AsyncInstallationStoreAuthorize(
        logger=log,
        installation_store=store,
        client_id=section.client_id,
        client_secret=section.client_secret.get(),
        bot_only=True,
        cache_enabled=True,
        client=client,  # token rotation, if ever turned on, goes to SLACK_API_URL too
    )


def oauth_settings(
    settings: Settings,
    store: HavenInstallationStore,
    states: HavenStateStore,
    scopes: Iterable[str],
    *,
    installed: Callable[[Installation], Awaitable[None]] | None = None,
) -> AsyncOAuthSettings:
    """bolt's OAuth settings: ``/slack/install`` answers with a redirect to
    Slack (no install page), ``/slack/oauth_redirect`` stores the installation;
    ``installed`` runs after a successful install."""
    section = settings.section(SlackSection)
    assert section.client_id and section.client_secret

    async def success(args: AsyncSuccessArgs) -> BoltResponse:
        if installed is not None:
            try:
                await installed(args.installation)
            except Exception:
                log.exception("after-install work failed")
        return await args.default.success(args)

    async def failure(args: AsyncFailureArgs) -> BoltResponse:
        log.warning("Slack installation failed: %s", args.reason)
        return await args.default.failure(args)

    return AsyncOAuthSettings(
        client_id=section.client_id,
        client_secret=section.client_secret.get(),
        scopes=list(scopes),
        user_scopes=[],
        install_path=INSTALL_PATH,
        redirect_uri_path=REDIRECT_PATH,
        install_page_rendering_enabled=False,
        callback_options=AsyncCallbackOptions(success=success, failure=failure),
        authorization_url=authorization_url(section.api_url),
        installation_store=store,
        installation_store_bot_only=True,
        state_store=states,
        state_expiration_seconds=states.expiration_seconds,
        logger=log,
    )


def _where(enterprise: str, team: str) -> str:
    if enterprise and not team:
        return f"the org {enterprise} (org-wide)"
    return f"the workspace {team}" + (f" of the org {enterprise}" if enterprise else "")
