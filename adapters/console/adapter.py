"""The console adapter: a simulated community printed to a terminal.

Every output of the bot becomes an :class:`Output` record — the JSON shape in
CONSOLE.md — kept in order (so ``:click`` can find buttons) and handed to a
printer. The platform as installed, which adds ``haven console`` and is what
``haven run`` starts when no other platform is configured, is
:class:`.main.Console`: it runs a console built on this adapter.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field
from itertools import count
from pathlib import Path

from bot.platform import (
    Capability,
    CommunityKey,
    Engine,
    Form,
    Invocation,
    Message,
    Platform,
    Ref,
    Visibility,
    plain,
)

from .files import save
from .render import render_markup

PLATFORM = "console"
COMMUNITY = CommunityKey(PLATFORM, "console", "", "Console community")


@dataclass
class Output:
    at: str
    kind: str  # reply | message | dm | space | form | role
    to: str
    visible_to: list[str] | str
    ephemeral: bool
    error: bool
    text: str
    actions: list[dict[str, str]] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    ref: str = ""
    form: Form | None = None
    #: ``text`` before escaped characters are unescaped: Haven's markup, for a
    #: terminal to render (someone else's ``**`` stays escaped, never bold).
    markup: str = ""
    #: The content type of each of ``files`` (images can be shown inline).
    media: list[str] = field(default_factory=list)

    PRIVATE = ("ref", "form", "markup", "media")

    def to_json(self) -> str:
        data = asdict(self)
        for private in self.PRIVATE:
            data.pop(private)
        return json.dumps(data, ensure_ascii=False)

    def visible(self, user: str) -> bool:
        return self.visible_to == "all" or user in self.visible_to


@dataclass
class Space:
    name: str
    members: list[str]
    closed: bool = False


ZoneLookup = Callable[[str], Awaitable[str]]


class ConsoleAdapter(Platform):
    name = PLATFORM
    title = "Console"
    capabilities = frozenset(
        {
            Capability.EDIT,
            Capability.FORMS,
            Capability.SPACES,
            Capability.ROLES,
            Capability.FILES,
        }
    )

    def __init__(
        self,
        engine: Engine,
        section: object = None,
        *,
        printer: Callable[[Output], None] | None = None,
        files_dir: Path | None = None,
        member_zones: bool = True,
    ) -> None:
        """``printer`` shows each output as it happens; ``member_zones`` False
        renders times in the default zone without asking the engine for each
        member's (load tests)."""
        super().__init__(engine, section)
        self.clock = engine.clock
        self.printer = printer or (lambda out: None)
        self.public_zone = engine.default_zone
        self.zone_of: ZoneLookup | None = None
        if member_zones:
            self.zone_of = lambda user: engine.member_zone(COMMUNITY, user)
        self.files_dir = files_dir
        self.outputs: list[Output] = []
        self.spaces: dict[str, Space] = {}
        self.roles: dict[str, set[str]] = {}
        #: Channels Haven may not post in (tests set it to simulate missing permissions).
        self.read_only_channels: set[str] = set()
        self._ids = count(1)

    # -- the protocol -----------------------------------------------------

    async def send(self, community: CommunityKey, channel_id: str, msg: Message) -> Ref:
        return await self._emit("message", f"#{channel_id}", "all", msg)

    async def send_dm(self, community: CommunityKey, user_id: str, msg: Message) -> Ref:
        return await self._emit("dm", user_id, [user_id], msg)

    async def reply(self, invocation: Invocation, msg: Message) -> Ref | None:
        where = f"#{invocation.channel_id}" if invocation.channel_id else invocation.user_id
        if invocation.channel_id in self.spaces:
            where = invocation.channel_id
        public = msg.visibility is Visibility.PUBLIC
        if msg.visibility is Visibility.DM:
            return await self.send_dm(invocation.community, invocation.user_id, msg)
        return await self._emit(
            "reply", where, "all" if public else [invocation.user_id], msg, ephemeral=not public
        )

    async def edit(self, ref: Ref, msg: Message) -> None:
        for out in self.outputs:
            if out.ref == ref.id:
                zone = await self._zone(out.visible_to)
                out.markup = render_markup(msg.text, zone, self.clock.now())
                out.text = plain(out.markup)
                out.actions = [{"id": b.action_id, "label": b.label} for b in msg.buttons]

    async def open_form(self, invocation: Invocation, form: Form) -> None:
        out = Output(
            at=self._now(),
            kind="form",
            to=invocation.user_id,
            visible_to=[invocation.user_id],
            ephemeral=True,
            error=False,
            text=form.title,
            actions=[{"id": f.name, "label": f.label + _hint(f)} for f in form.fields],
            ref=str(next(self._ids)),
            form=form,
        )
        self._record(out)

    async def create_private_space(
        self, community: CommunityKey, name: str, member_ids: list[str], welcome: Message
    ) -> Ref:
        space_id = _unique(name, self.spaces)
        self.spaces[space_id] = Space(space_id, list(member_ids))
        await self._emit("space", space_id, list(member_ids), welcome)
        return Ref(PLATFORM, community.workspace_id, space_id)

    async def post_in_space(self, space: Ref, msg: Message) -> Ref:
        members = self.spaces[space.id].members
        return await self._emit("space", space.id, list(members), msg)

    async def close_space(self, space: Ref) -> None:
        if space.id in self.spaces:
            self.spaces[space.id].closed = True

    async def grant_role(self, community: CommunityKey, user_id: str, role: str) -> None:
        self.roles.setdefault(user_id, set()).add(role)
        await self._emit("role", user_id, [user_id], Message(text=role))

    async def can_post(self, community: CommunityKey, channel_id: str) -> bool:
        return channel_id not in self.read_only_channels

    # -- recording --------------------------------------------------------

    async def _emit(
        self,
        kind: str,
        to: str,
        visible_to: list[str] | str,
        msg: Message,
        *,
        ephemeral: bool | None = None,
    ) -> Ref:
        zone = await self._zone(visible_to)
        markup = render_markup(msg.flat_text(), zone, self.clock.now())
        out = Output(
            at=self._now(),
            kind=kind,
            to=to,
            visible_to=visible_to,
            ephemeral=bool(ephemeral),
            error=msg.error,
            text=plain(markup),
            actions=[{"id": b.action_id, "label": b.label} for b in msg.buttons],
            files=self._save_files(msg),
            ref=str(next(self._ids)),
            markup=markup,
            media=[file.content_type for file in msg.files],
        )
        self._record(out)
        return Ref(PLATFORM, COMMUNITY.workspace_id, out.ref)

    def _record(self, out: Output) -> None:
        self.outputs.append(out)
        self.printer(out)

    async def _zone(self, visible_to: list[str] | str) -> str:
        if isinstance(visible_to, list) and len(visible_to) == 1 and self.zone_of:
            try:
                return await self.zone_of(visible_to[0])
            except Exception:  # storage away: /crisis and /sos must still show
                return self.public_zone
        return self.public_zone

    def _now(self) -> str:
        return self.clock.now().isoformat()

    def _save_files(self, msg: Message) -> list[str]:
        if not msg.files:
            return []
        if self.files_dir is None:
            self.files_dir = Path(tempfile.mkdtemp(prefix="haven-console-"))
        return [
            str(save(self.files_dir, f"{next(self._ids)}-{Path(file.filename).name}", file.data))
            for file in msg.files
        ]

    def last_visible(self, user: str, predicate: Callable[[Output], bool]) -> Output | None:
        for out in reversed(self.outputs):
            if out.visible(user) and predicate(out):
                return out
        return None


def _unique(name: str, taken: dict) -> str:
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name}-{n}", n + 1
    return candidate


def _hint(fld) -> str:
    """How to type a field the console cannot draw: yes or no, or a comma list."""
    if fld.input == "tick":
        return " (yes or no)"
    if fld.input == "multi":
        return f" (any of {', '.join(fld.choices)}, separated by commas)"
    return ""
