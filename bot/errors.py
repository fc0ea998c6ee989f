"""What a handler raises to answer a member with an error, in one vocabulary.

Every error a member may read is a :class:`HavenError`; the engine says it to
the member privately and rolls the handler's writes back::

    HavenError              said privately; the handler's writes roll back
    ├── Refusal             plain text: "there is no meeting #5; see /meeting list"
    │   ├── NotFound        the thing named does not exist (a meeting, a counter)
    │   ├── LimitReached    a cap is reached (counters, feeds); carries the limit
    │   ├── NotAllowed      not this member's to do; a command's is audited "denied"
    │   └── TooSoon         an abuse limit (bot.cooldown); carries when to try again
    └── UsageError          a command's reply adds "Usage: …  Example: …";
        │                   a button or a form gets the reason alone
        └── OptionError     one option's value, with the option's name

A refusal is about the world ("there is no meeting #5"): typing the command
differently would not help, so no usage line. A usage error is about what was
typed. Buttons and forms answer both in plain text (nothing was typed).

Not member-facing, and not here: ConfigError (the operator's settings), the
crypto, backup and database errors, Undeliverable, and a job's Skip.
"""

from __future__ import annotations

from datetime import datetime


class HavenError(Exception):
    """An answer to the member, not a failure: the message is what they read."""


class Refusal(HavenError):
    """The member asked for something Haven will not or cannot do; plain text."""


class NotFound(Refusal):
    """The thing the member named does not exist (here, for them)."""


class LimitReached(Refusal):
    """A cap is reached (``limit`` of them)."""

    def __init__(self, text: str, limit: int | None = None) -> None:
        super().__init__(text)
        self.limit = limit


class NotAllowed(Refusal):
    """Not this member's to do (a moderator's command, someone else's thing)."""


class TooSoon(Refusal):
    """An abuse limit is reached; another action is allowed from ``retry_at``.

    Without ``text`` the engine says ``error-too-soon`` in the member's language
    (when they may try again); ``str()`` is then the English, for logs and tests."""

    def __init__(self, retry_at: datetime, text: str | None = None) -> None:
        super().__init__(text or f"too soon; allowed again from {retry_at.isoformat()}")
        self.retry_at = retry_at
        self.text = text


class UsageError(HavenError):
    """What was typed could not be read; the message is the one-line reason."""


class OptionError(UsageError):
    """The value of one option is not acceptable; the message says why.

    ``named``: the message names the option already (the engine's option types
    say a whole sentence from the catalogue, :meth:`bot.options.ParseContext.refuse`);
    otherwise parsing puts the option's name before it (``option-reason``)."""

    def __init__(self, reason: str, *, named: bool = False) -> None:
        super().__init__(reason)
        self.named = named
