"""One console session: who is acting, where, and what each line does.

Lines are the script language of CONSOLE.md: ``:as``, ``:in``, ``:at``,
``:advance``, ``:click``, ``:submit``, ``# comments`` and slash commands.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta

from bot.platform import (
    COMMAND_ALIASES,
    ENGLISH,
    Haven,
    Invocation,
    UsageError,
    VirtualClock,
    error,
    tokenize,
    translate,
)

from .adapter import COMMUNITY, ConsoleAdapter
from .directives import NAMES, nearest

DURATION_RE = re.compile(r"(\d+)([smhdw])")
UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


class ScriptError(Exception):
    """A line that is not a valid directive, or one that cannot be carried out."""


def parse_duration(text: str) -> timedelta:
    """``1d12h`` → 1 day 12 hours. Units: s m h d w, combinable."""
    text = text.strip()
    if not text or DURATION_RE.sub("", text):
        raise ScriptError(f"{text!r} is not a duration like 1d12h (units s m h d w)")
    total = timedelta()
    for amount, unit in DURATION_RE.findall(text):
        total += timedelta(**{UNITS[unit]: int(amount)})
    return total


class ConsoleSession:
    def __init__(self, app: Haven, adapter: ConsoleAdapter, clock: VirtualClock) -> None:
        self.app = app
        self.adapter = adapter
        self.clock = clock
        self.user = "you"
        self.is_mod = False
        self.channel: str | None = "general"
        #: The "platform" language the console reports for its members (as
        #: Discord's interaction.locale would); None: none, as before (#22).
        self.locale: str | None = None
        #: Where the console's own hints go (a person's terminal; never --json).
        self.hint: Callable[[str], None] = lambda text: None
        #: What ``:help`` shows (the directives explained, on a person's terminal).
        self.explain: Callable[[], None] = lambda: None

    @property
    def prompt(self) -> str:
        where = f"#{self.channel}" if self.channel else "dm"
        return f"{self.user}{' (mod)' if self.is_mod else ''} @ {where}> "

    async def run_line(self, line: str) -> None:
        line = line.strip()
        if not line or line.startswith("#"):
            return
        if line.startswith("/"):
            await self.command(line[1:])
            return
        if not line.startswith(":"):
            guess = self.nearest_command(line) or self.suggest_directive(":" + line)
            meant = f" Did you mean {guess}?" if guess else ""
            raise ScriptError(f"commands start with / and directives with : (try :help).{meant}")
        name, _, rest = line[1:].partition(" ")
        handler = getattr(self, f"do_{name.lower()}", None)
        if name.lower() in ("quit", "exit", "q"):
            raise ScriptError(f":{name} ends the interactive console; a script ends at its end")
        if handler is None:
            guess = self.suggest_directive(line)
            meant = f"Did you mean {guess}? " if guess else ""
            raise ScriptError(
                f":{name} is not a directive. {meant}(:as :in :at :advance :click :submit; "
                ":help explains each)"
            )
        await handler(rest.strip())

    # -- suggestions ------------------------------------------------------

    def suggest_directive(self, line: str) -> str | None:
        name, _, rest = line.partition(" ")
        close = nearest(name, NAMES)
        return f"{close} {rest}".strip() if close else None

    def nearest_command(self, text: str) -> str | None:
        """The command ``text`` (without its /) most likely meant, whole, or None."""
        words = text.split()
        if not words:
            return None
        registry = self.app.registry
        groups = {*registry.groups(), *COMMAND_ALIASES}
        if words[0].lower() not in groups:
            close = nearest(words[0], sorted(groups))
            if close is None:
                return None
            words[0] = close
        head = COMMAND_ALIASES.get(words[0].lower(), words[0].lower())
        if registry.find_command([head, *words[1:]]) is None and len(words) > 1:
            subcommands = sorted(
                spec.path[1] for spec in registry.groups().get(head, []) if len(spec.path) > 1
            )
            close = nearest(words[1], subcommands)
            if close is None:
                return None
            words[1] = close
        return "/" + " ".join(words)

    # -- directives -------------------------------------------------------

    async def do_help(self, rest: str) -> None:
        self.explain()

    async def do_as(self, rest: str) -> None:
        parts = rest.split()
        if not parts or len(parts) > 2 or (len(parts) == 2 and parts[1] != "mod"):
            raise ScriptError("usage: :as NAME [mod]")
        if not re.fullmatch(r"[A-Za-z0-9_.-]{1,64}", parts[0]):
            raise ScriptError(f"{parts[0]!r} is not a member name (letters, digits, _ . -)")
        self.user, self.is_mod = parts[0], len(parts) == 2

    async def do_in(self, rest: str) -> None:
        if rest == "dm":
            self.channel = None
        elif re.fullmatch(r"#[A-Za-z0-9_.-]{1,80}", rest):
            self.channel = rest[1:]
        elif rest in self.adapter.spaces:
            self.channel = rest
        else:
            raise ScriptError("usage: :in #channel | :in dm | :in SPACE-NAME")

    async def do_at(self, rest: str) -> None:
        try:
            when = datetime.fromisoformat(rest)
        except ValueError:
            raise ScriptError(f"{rest!r} is not an ISO date-time with offset") from None
        if when.tzinfo is None:
            raise ScriptError("give the offset too, for example 2026-03-28T09:00:00+02:00")
        if when < self.clock.now():
            raise ScriptError("the clock never goes backwards")
        await self.app.scheduler.run_until(when)

    async def do_advance(self, rest: str) -> None:
        await self.app.scheduler.run_until(self.clock.now() + parse_duration(rest))

    async def do_click(self, rest: str) -> None:
        label = rest.strip().strip('"')
        if not label:
            raise ScriptError("usage: :click LABEL (or action id)")
        out = self.adapter.last_visible(
            self.user,
            lambda o: any(label in (a["label"], a["id"]) for a in o.actions) and o.kind != "form",
        )
        if out is None:
            raise ScriptError(f"no button {label!r} in anything {self.user} can see")
        action = next(a for a in out.actions if label in (a["label"], a["id"]))
        await self._dispatch(self._invocation(via="action", action_id=action["id"]))

    async def do_submit(self, rest: str) -> None:
        out = self.adapter.last_visible(self.user, lambda o: o.kind == "form")
        if out is None or out.form is None:
            raise ScriptError(f"no form is open for {self.user}")
        values: dict[str, str] = {}
        try:
            tokens = tokenize(rest, assign=":=")
        except UsageError as exc:
            raise ScriptError(str(exc)) from None
        for token in tokens:
            name, eq, value = token.partition("=")
            if not eq:
                raise ScriptError(f"{token!r}: write fields as name=value")
            values[name] = value
        await self._dispatch(self._invocation(via="form", form_id=out.form.form_id, values=values))

    # -- commands ---------------------------------------------------------

    async def command(self, text: str) -> None:
        name, _, rest = text.partition(" ")
        invocation = self._invocation(command=name.lower(), text=rest)
        unknown = self.app.resolve(invocation) is None
        await self._dispatch(invocation)
        guess = self.nearest_command(text) if unknown else None
        if guess and guess != "/" + text.strip():
            self.hint(f"Did you mean {guess}?")

    def _invocation(self, **kwargs) -> Invocation:
        return Invocation(
            community=COMMUNITY,
            user_id=self.user,
            user_name=self.user,
            channel_id=self.channel,
            is_admin=self.is_mod,
            locale=self.locale,
            **kwargs,
        )

    async def _dispatch(self, invocation: Invocation) -> None:
        problems = await self.app.handle(invocation)
        if problems is not None:
            heading = translate(invocation.language or ENGLISH, "form-problems")
            lines = [f"{name}: {reason}" for name, reason in problems.errors.items()]
            await self.adapter.reply(invocation, error("\n".join([heading, *lines])))
