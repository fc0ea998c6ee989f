"""The adapter protocol: what a platform must offer Haven.

Adapters turn platform events into :class:`Invocation` values and render
:class:`~bot.messages.Message` values back. Cogs never see a platform: they ask
the context, which asks the adapter, and check :attr:`Adapter.capabilities`
instead of testing which platform they are on.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from bot.messages import Form, Message


@dataclass(frozen=True)
class Ref:
    """A platform object (user, channel, message, space) as plain values."""

    platform: str
    workspace: str
    id: str


@dataclass(frozen=True)
class CommunityKey:
    """Identifies a community: a guild, a workspace (Grid-aware) or the console."""

    platform: str
    workspace_id: str
    enterprise_id: str = ""
    name: str = ""


@dataclass
class Invocation:
    """A member did something: ran a command, pressed a button, sent a form.

    ``kind`` is ``command`` (``command`` names the path, ``text`` holds the
    arguments in text form or ``options`` the typed values), ``action``
    (``action_id``) or ``form`` (``form_id`` and ``values``). ``handle`` is the
    adapter's own object for replying (an interaction, a response URL).
    """

    community: CommunityKey
    user_id: str
    user_name: str = ""
    channel_id: str | None = None
    kind: str = "command"
    command: str = ""
    text: str = ""
    options: dict[str, Any] | None = None
    action_id: str = ""
    form_id: str = ""
    values: dict[str, str] = field(default_factory=dict)
    is_admin: bool = False
    roles: tuple[str, ...] = ()
    source_message: Ref | None = None
    handle: Any = None
    #: Work to do once the reply is shown (e.g. replaying a command after consent).
    after_reply: list[Callable[[], Awaitable[None]]] = field(default_factory=list)


@dataclass(frozen=True)
class FormErrors:
    """Per-field problems with a submitted form, shown inside the form."""

    errors: dict[str, str]


class Capability:
    EPHEMERAL = "ephemeral"
    EDIT = "edit"
    FORMS = "forms"
    SPACES = "spaces"
    ROLES = "roles"
    FILES = "files"


@runtime_checkable
class Adapter(Protocol):
    platform: str
    capabilities: frozenset[str]

    async def send(self, community: CommunityKey, channel_id: str, msg: Message) -> Ref: ...

    async def send_dm(self, community: CommunityKey, user_id: str, msg: Message) -> Ref: ...

    async def reply(self, invocation: Invocation, msg: Message) -> Ref | None: ...

    async def defer(self, invocation: Invocation, ephemeral: bool) -> None: ...

    async def edit(self, ref: Ref, msg: Message) -> None: ...

    async def open_form(self, invocation: Invocation, form: Form) -> None: ...

    async def create_private_space(
        self, community: CommunityKey, name: str, member_ids: list[str], welcome: Message
    ) -> Ref: ...

    async def post_in_space(self, space: Ref, msg: Message) -> Ref: ...

    async def close_space(self, space: Ref) -> None: ...

    async def grant_role(self, community: CommunityKey, user_id: str, role: str) -> None: ...

    async def resolve_user(self, community: CommunityKey, text: str) -> str | None: ...
