"""bolt's :class:`AsyncApp`, wired to Haven.

One listener per command group (``/sober``, ``/checkin``, …), one for every
button (Haven action ids are the Block Kit action_ids) and one for every modal
(callback_id = Haven form id). Each acks first — Slack wants it within 3 s —
and works after the ack; bolt (``process_before_response=False``) answers the
HTTP request or Socket Mode envelope as soon as ``ack()`` is called.

The one exception is a modal with bad fields: Slack shows field errors only
from the ack itself (``response_action: errors``), so the fields are validated
(quickly, without the database) before acking.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.authorization.async_authorize import AsyncAuthorize
from slack_bolt.context.async_context import AsyncBoltContext
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_bolt.response import BoltResponse
from slack_sdk.web.async_client import AsyncWebClient
from sqlmodel import select

from bot.platform import (
    ENGLISH,
    CommunityKey,
    EngineSettings,
    Haven,
    Invocation,
    Member,
    Message,
    choose_language,
    error,
    named,
    read_community_settings,
    translate,
    validate_form,
)

from .adapter import SlackAdapter
from .manifest import slack_groups
from .oauth import HavenInstallationStore
from .parse import (
    SlackHandle,
    action_invocation,
    command_invocation,
    event_community,
    form_invocation,
    problem,
    request_community,
)
from .presence import REMOVAL_EVENTS, Presence
from .render import home

log = logging.getLogger("haven.slack")

OTHER_WORKSPACE = (
    "This Haven serves another Slack workspace, so it can't help here. "
    "Ask your workspace's admins about installing Haven for this one."
)


def build_bolt(
    haven: Haven,
    adapter: SlackAdapter,
    client: AsyncWebClient,
    signing_secret: str,
    *,
    oauth: AsyncOAuthSettings | None = None,
    installations: HavenInstallationStore | None = None,
    authorize: AsyncAuthorize | None = None,
) -> AsyncApp:
    """``oauth``: multi-workspace installs — bolt's ``authorize`` then finds each
    request's bot token in the installation store."""
    bolt = AsyncApp(
        client=client,
        signing_secret=signing_secret,
        oauth_settings=oauth,
        authorize=authorize,
        process_before_response=False,
        # Socket Mode envelopes come over an authenticated socket and carry no
        # signature; HTTP mode cannot start without a secret (Settings checks).
        request_verification_enabled=bool(signing_secret),
        logger=logging.getLogger("haven.slack.bolt"),
        name="haven",
    )
    home_viewers: set[tuple[str, str]] = set()
    presence = adapter.presence = Presence(haven, adapter)

    async def refuse_malformed(body: dict[str, Any], next) -> BoltResponse | None:
        """A command, press or submission without the fields Slack always sends
        (a user, a team, an action id, a view) is refused before it acts."""
        reason = problem(body)
        if reason is not None:
            log.warning("refused a malformed Slack request: %s", reason)
            return BoltResponse(status=400, body=reason)
        await next()
        return None

    bolt.use(refuse_malformed)
    if installations is None and authorize is None:
        home_team = HomeWorkspace(client)

        async def only_home_workspace(
            body: dict[str, Any], context: AsyncBoltContext, next
        ) -> BoltResponse | None:
            """With one bot token Haven serves that token's workspace (or Grid
            org) only: a request from any other gets a private refusal, and no
            community is made for it."""
            key = request_community(body)
            if key is None or await home_team.covers(key, context):
                await next()
                return None
            log.warning("refused a request from another Slack workspace (%s)", key.workspace_id)
            if "command" in body:
                return BoltResponse(
                    status=200,
                    body={"response_type": "ephemeral", "text": named(OTHER_WORKSPACE)},
                )
            return BoltResponse(status=200, body="")

        bolt.use(only_home_workspace)

    async def note_presence(body: dict[str, Any], next) -> None:
        """Every authenticated request (bolt ran its authorization first) from
        a workspace that was marked removed, other than the removal itself,
        shows Haven is installed there again (adapters/slack/presence.py)."""
        event = body.get("event") if body.get("type") == "event_callback" else None
        if not (isinstance(event, dict) and event.get("type") in REMOVAL_EVENTS):
            key = request_community(body)
            if key is not None:
                presence.seen(key)
        await next()

    bolt.use(note_presence)

    async def run(invocation: Invocation) -> None:
        handle = invocation.handle
        team = handle.team_id if isinstance(handle, SlackHandle) else ""
        adapter.note(invocation.community)
        if haven.asks_who_moderates(invocation):  # users.info is paced: only when it matters
            invocation.is_admin = await adapter.is_admin(team, invocation.user_id)
        invocation.locale = await adapter.user_locale(team, invocation.user_id)
        problems = await haven.handle(invocation)
        if problems is not None:  # validated before the ack; only a race gets here
            heading = translate(invocation.language or ENGLISH, "form-problems")
            lines = [f"{name}: {reason}" for name, reason in problems.errors.items()]
            await adapter.reply(invocation, error("\n".join([heading, *lines])))
        key = (invocation.community.workspace_id, invocation.user_id)
        if key in home_viewers:
            await publish_home(invocation)

    def first_delivery(body: dict[str, Any]) -> bool:
        """False for a payload Haven already took. Slack delivers again what it
        did not hear acked (e.g. a Socket Mode connection that died before the
        ack got through), in a new envelope with the same payload; its
        trigger_id, unique to the member's action, tells the two apart."""
        trigger = body.get("trigger_id")
        return adapter.first_time(f"trigger:{trigger}" if trigger else None)

    async def on_command(ack, body: dict[str, Any]) -> None:
        async with adapter.tracker.work():
            await ack()
            if first_delivery(body):
                await run(command_invocation(body))

    for group, _ in slack_groups(haven.registry):
        bolt.command(f"/{group}")(on_command)

    async def on_action(ack, body: dict[str, Any]) -> None:
        async with adapter.tracker.work():
            await ack()
            if first_delivery(body):
                await run(action_invocation(body))

    bolt.action(re.compile(r".+"))(on_action)

    async def on_view(ack, body: dict[str, Any]) -> None:
        async with adapter.tracker.work():
            invocation = form_invocation(body)
            found = haven.registry.find_form(invocation.form_id)
            if found is not None:
                _, problems = validate_form(found[0].form, invocation.values)
                if problems:  # said again in the member's language, under each input
                    handle = invocation.handle
                    team = handle.team_id if isinstance(handle, SlackHandle) else ""
                    invocation.locale = await adapter.user_locale(team, invocation.user_id)
                    form = found[0].form
                    _, problems = await haven.form_problems(adapter, invocation, form)
                    await ack(response_action="errors", errors=problems)
                    return
            await ack()
            if first_delivery(body):
                await run(invocation)

    bolt.view(re.compile(r".+"))(on_view)

    async def publish_home(invocation: Invocation) -> None:
        await adapter.publish_home(
            invocation.community.workspace_id,
            invocation.user_id,
            await home_view(haven, invocation),
        )

    async def on_home(body: dict[str, Any], event: dict[str, Any]) -> None:
        if not adapter.first_time(body.get("event_id")) or event.get("tab") != "home":
            return
        async with adapter.tracker.work():
            community = event_community(body)
            adapter.note(community)
            user = event.get("user", "")
            home_viewers.add((community.workspace_id, user))
            invocation = Invocation(
                community=community,
                user_id=user,
                handle=SlackHandle(team_id=community.workspace_id),
            )
            invocation.is_admin = await adapter.is_admin(community.workspace_id, user)
            # The admin check's users.info has filled the locale: no second call.
            invocation.locale = await adapter.user_locale(community.workspace_id, user)
            await publish_home(invocation)

    bolt.event("app_home_opened")(on_home)

    async def on_removed(
        body: dict[str, Any], event: dict[str, Any], context: AsyncBoltContext
    ) -> None:
        if not adapter.first_time(body.get("event_id")):
            return
        tokens = event.get("tokens") or {}
        enterprise = context.enterprise_id or ""
        org_wide = bool(context.is_enterprise_install and enterprise)
        team = "" if org_wide else (context.team_id or "")
        if event.get("type") == "tokens_revoked" and not tokens.get("bot"):
            # Only user tokens were revoked: the bot is still installed.
            if installations is not None:
                for user in tokens.get("oauth") or []:
                    await installations.async_delete_installation(
                        enterprise_id=enterprise, team_id=team, user_id=user
                    )
            return
        async with adapter.tracker.work():
            if installations is None:
                key = event_community(body)
                await haven.community_removed(key)
                presence.removed(key)  # after the mark: a check in flight is void
                return
            # Uninstalled: the tenant purge starts for every workspace the
            # install covered (org-wide: each of the org's), and its token goes.
            covered = await installations.communities(enterprise, team)
            for key in covered or [event_community(body)]:
                await haven.community_removed(key)
                presence.removed(key)  # after the mark: a check in flight is void
            await installations.async_delete_all(enterprise_id=enterprise, team_id=team)

    bolt.event("app_uninstalled")(on_removed)
    bolt.event("tokens_revoked")(on_removed)
    return bolt


class HomeWorkspace:
    """The workspace (or Grid org, for an org-wide install) of the one bot
    token: bolt's own ``auth.test`` answer, remembered (asked here only if a
    request without one comes first)."""

    def __init__(self, client: AsyncWebClient) -> None:
        self.client = client
        self._home: tuple[str, str, bool] | None = None

    async def covers(self, key: CommunityKey, context: AsyncBoltContext) -> bool:
        if self._home is None:
            self._home = await self._ask(context)
            if self._home is None:
                return False
        team, enterprise, org_wide = self._home
        return key.workspace_id == team or (org_wide and key.enterprise_id == enterprise)

    async def _ask(self, context: AsyncBoltContext) -> tuple[str, str, bool] | None:
        result = context.authorize_result
        if result is not None and result.bot_id:  # from auth.test, not from the request
            team, enterprise = result.team_id or "", result.enterprise_id or ""
            return team, enterprise, bool(enterprise) and team in ("", enterprise)
        try:
            auth = await self.client.auth_test()
        except Exception as exc:  # not known yet: refuse, and ask again next time
            log.warning("auth.test failed (%s); request refused", type(exc).__name__)
            return None
        team, enterprise = auth.get("team_id") or "", auth.get("enterprise_id") or ""
        return team, enterprise, bool(auth.get("is_enterprise_install") and enterprise)


async def home_view(haven: Haven, base: Invocation) -> dict:
    """The member's App Home: the sections the cogs contribute
    (:class:`bot.services.HomeSections`), each read through the member's own
    command, so it shows exactly what that command would show them privately."""
    consented, locale = await _consented(haven, base)
    sections = [Message(text=translate(locale, "slack-home-intro"))]
    if not consented:
        sections.append(Message(text=translate(locale, "slack-home-consent")))
        return home(sections)
    for section in haven.registry.home_sections():
        group, _, text = section.command.partition(" ")
        invocation = Invocation(
            community=base.community,
            user_id=base.user_id,
            via="command",
            command=group,
            text=text,
            is_admin=base.is_admin,
            handle=SlackHandle(team_id=base.community.workspace_id),
            locale=base.locale,
        )
        result = await haven.dispatch(invocation)
        if not isinstance(result, Message) or result.error:
            continue
        title = section.heading(locale)
        buttons = section.buttons_in(locale)
        sections.append(Message(text=result.text, title=title, buttons=buttons))
    return home(sections)


async def _consented(haven: Haven, invocation: Invocation) -> tuple[bool, str]:
    """Whether the member agreed to the notice, and the language they read."""
    community = await haven.community(invocation.community)
    async with haven.database.session(community.id, readonly=True) as session:
        member = (
            await session.exec(select(Member).where(Member.platform_user_id == invocation.user_id))
        ).first()
    locale = choose_language(
        member.language if member else None,
        invocation.locale,
        read_community_settings(EngineSettings, community).language,
    )
    return bool(member and member.consented), locale
