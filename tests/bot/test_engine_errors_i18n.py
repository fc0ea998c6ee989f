"""The engine's errors in the member's language (issue #22): every option
parse error and its usage line, an unknown command or group, a command turned
off, quiet hours typed wrongly, an unknown (expired) button or form, an abuse limit's default answer
(``TooSoon``) and the lock-screen line of a discreet member — each from a
catalogue (the pseudo-locale shows any string left in Python), and none of
their English in a Spanish scenario."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot import i18n
from bot.adapters import Invocation
from bot.context import Context
from bot.cooldown import Limit, wait_words
from bot.i18n import CATALOGUES
from bot.messages import Message
from bot.naming import private_notice
from bot.options import (
    Boolean,
    ChannelOpt,
    Choice,
    Date,
    Integer,
    ListOf,
    MemberOpt,
    OneOf,
    Opt,
    OptionError,
    OptionType,
    ParseContext,
    Text,
    Time,
    Zone,
)
from bot.parsing import UsageError, parse_args
from bot.plugins import Cog, command
from tests.support.catalogues import (
    CLOSE,
    OPEN,
    english_fragments,
    messages,
    outside,
    pseudo_locale,
    register_all,
    variables,
)
from tests.support.harness import COMMUNITY

register_all()
ROOT = Path(__file__).resolve().parents[2]
NOW_LIMIT = Limit(1, timedelta(minutes=10))


class Plain(OptionType):
    """A cog's own type whose reason names no option (parsing names it)."""

    def parse(self, raw, pctx):
        raise OptionError("not like that")


class Typed(Cog):
    name = "typed"

    @command(
        "typed all",
        help="Every option type",
        options=[
            Opt("count", Integer(1, 5), required=False),
            Opt("day", Date(allow_future=False, earliest=date(2000, 1, 1)), required=False),
            Opt("soon", Date(allow_past=False), required=False),
            Opt("at", Time(), required=False),
            Opt("zone", Zone(), required=False),
            Opt("kind", Choice(choices=("calm", "busy")), required=False),
            Opt("ok", Boolean(), required=False),
            Opt("who", MemberOpt(), required=False),
            Opt("where", ChannelOpt(), required=False),
            Opt("mins", ListOf(item=Integer(1, 10), max_items=2), required=False),
            Opt("when", OneOf(types=(Time(), Choice(choices=("off",)))), required=False),
            Opt("words", Text(max_length=5), required=False),
            Opt("plain", Plain(), required=False),
        ],
        consent=False,
    )
    async def all(
        self, ctx: Context, count=None, day=None, soon=None, at=None, zone=None, kind=None,
        ok=None, who=None, where=None, mins=None, when=None, words=None, plain=None,
    ) -> Message:  # fmt: skip
        return Message(text="read")

    @command("typed need", help="A required value", options=[Opt("what", Text())], consent=False)
    async def need(self, ctx: Context, what: str) -> Message:
        return Message(text="read")

    @command("typed bare", help="No options", consent=False)
    async def bare(self, ctx: Context) -> Message:
        return Message(text="read")

    @command("typed again", help="An abuse limit", consent=False)
    async def again(self, ctx: Context) -> Message:
        NOW_LIMIT.spend(ctx.now(), 1, ctx.now())  # raises TooSoon, no words of its own
        return Message(text="read")


#: A line for each parse error, and the key that must answer it.
BAD = {
    "/typed all count:lots": "option-not-whole-number",
    "/typed all count:0": "option-number-below",
    "/typed all count:9": "option-number-above",
    "/typed all day:soonish": "option-not-a-date",
    "/typed all day:2025-02-30": "option-not-a-calendar-day",
    "/typed all day:1999-12-31": "option-date-too-early",
    "/typed all day:2030-01-01": "option-date-in-future",
    "/typed all soon:2020-01-01": "option-date-passed",
    "/typed all at:8h": "option-not-a-time",
    "/typed all at:25:00": "option-not-a-time-of-day",
    "/typed all zone:EST": "option-reason zone-fixed-offset",
    "/typed all zone:UTC+2": "option-reason zone-offset-places",
    "/typed all zone:UTC+0:15": "option-reason zone-offset-nowhere",
    "/typed all zone:Helsinki": "option-reason zone-not-a-name-did-you-mean",
    "/typed all zone:Nowhere": "option-reason zone-not-a-name",
    "/typed all kind:loud": "option-not-a-choice",
    "/typed all ok:maybe": "option-not-yes-no",
    "/typed all who:sam": "option-not-a-member",
    "/typed all where:general": "option-not-a-channel",
    "/typed all mins:1,,2": "option-list-empty-item",
    "/typed all mins:1,2,3": "option-list-too-many",
    "/typed all when:soon": "option-none-fits",
    "/typed all words:toolong": "option-text-too-long",
    "/typed all plain:x": "option-reason not like that",
    "/sober set 2025-01-02 label:!!": "sober-option-not-a-label",
    "/sober cost lots": "sober-option-not-an-amount",
    "/sober cost 12 currency:XX": "sober-option-not-a-currency",
    "/sober cost 12 hours:99": "sober-option-not-hours",
    "/haven quiet later": "option-reason quiet-hours-shape",
    "/haven quiet 25:00-07:00": "option-reason quiet-hours-range",
    "/haven quiet 07:00-07:00": "option-reason quiet-hours-same",
    "/typed all colour:blue": "parse-not-an-option-known",
    "/typed bare colour:blue": "parse-not-an-option",
    "/typed all extra": "parse-word-too-many",
    "/typed all count:1 count:2": "parse-given-twice",
    '/typed all words:"open': "parse-quote-not-closed",
    "/typed need": "parse-missing",
    "/typed all words:" + "x" * 4001: "parse-too-long",
}


#: A made-up locale whose every message is its key (and the reason it carries).
KEYS = "en-XK"


def key_sources() -> list[str]:
    found = []
    for path in CATALOGUES.files(i18n.ENGLISH):
        for key, message in messages(path.read_text(encoding="utf-8")).items():
            found.append(
                f"{key} = {key}" + (" { $reason }" if "reason" in variables(message) else "")
            )
    return found


async def lock_screen(console, monkeypatch) -> str:
    """What a discreet member's phone shows of a reply (its preview)."""
    seen: list[Message] = []
    reply = console.adapter.reply

    async def spy(inv, msg):
        seen.append(msg)
        await reply(inv, msg)

    monkeypatch.setattr(console.adapter, "reply", spy)
    await console.run("/haven consent agree\n/haven discreet on\n/typed bare")
    return seen[-1].preview


async def test_each_line_gets_the_error_it_names(make_harness):
    """The table above is right, and each error is said from its own message."""
    CATALOGUES.add_locale(KEYS, key_sources())
    try:
        console = await make_harness(extra_cogs=[Typed])
        console.session.locale = KEYS
        await console.run(":as alice")
        for line, key in BAD.items():
            out = await console.say(line)
            assert out.text.splitlines()[0] == f"error-usage {key}", line
    finally:
        CATALOGUES.remove_locale(KEYS)


@pytest.fixture
async def typed(make_harness):
    console = await make_harness(extra_cogs=[Typed])
    await console.run(":as alice")
    return console


async def press(console, locale: str | None, **how) -> Message:
    """What Haven answers a button or form no handler knows (a retired one)."""
    before = len(console.outputs)
    inv = Invocation(community=COMMUNITY, user_id="alice", user_name="alice", locale=locale, **how)
    await console.app.handle(inv)
    [out] = console.outputs[before:]
    return out


async def test_the_pseudo_locale_shows_every_engine_error_came_from_a_catalogue(
    make_harness, settings, monkeypatch
):
    with pseudo_locale() as pseudo:
        off = replace(settings, disabled_cogs=frozenset({"meetings"}))
        console = await make_harness(settings=off, extra_cogs=[Typed])
        console.session.locale = pseudo
        await console.run(":as alice")
        for line in BAD:
            out = await console.say(line)
            assert out.error and out.visible_to == ["alice"], (line, out.text)
            # The reason, inside the usage error: every word from a catalogue.
            assert out.text.startswith(OPEN * 2), (line, out.text)
            assert outside(out.text).strip() == "", (line, out.text)
            reason = out.text.splitlines()[0]
            assert reason.endswith(CLOSE), (line, reason)
            # The usage example is kept.
            assert line.split()[0] + " " in out.text.splitlines()[-1], (line, out.text)
        for line in ("/nothing here", "/sober nothing", "/meeting list", "/typed again"):
            out = await console.say(line)
            assert out.error, (line, out.text)
            for said in out.text.splitlines():
                assert said.startswith(OPEN) and said.endswith(CLOSE), (line, said)
        for how in (
            {"via": "action", "action_id": "gone:1"},
            {"via": "form", "form_id": "gone:a:b"},
        ):
            out = await press(console, pseudo, **how)
            assert out.error and out.text.startswith(OPEN) and out.text.endswith(CLOSE), out.text
        # A discreet member's lock screen.
        preview = await lock_screen(console, monkeypatch)
        assert preview and preview.startswith(OPEN), preview
        assert preview.endswith(CLOSE) and "Haven" in preview
        assert CATALOGUES.missing == {}


#: The keys this area converted: their English must not show in Spanish.
OURS = ("option-", "parse-", "zone-fixed", "zone-offset", "zone-not", "unknown-", "error-too")
OURS += ("quiet-hours-",)
#: The cogs' option types converted here, in their own catalogues.
COGS = {
    "sober/locales/{}/sober.ftl": "sober-option-",
    "accountability/locales/{}/accountability.ftl": "accountability-option-",
}


def _english_words(locale: str) -> list[str]:
    english, other = (
        messages((ROOT / f"bot/locales/{lang}/haven.ftl").read_text(encoding="utf-8"))
        for lang in ("en", locale)
    )
    ours = {k: v for k, v in english.items() if k.startswith(OURS) or k == "private-notice"}
    found = english_fragments(ours, other)
    for path, prefix in COGS.items():
        english, other = (
            messages((ROOT / "cogs" / path.format(lang)).read_text(encoding="utf-8"))
            for lang in ("en", locale)
        )
        found += english_fragments(
            {k: v for k, v in english.items() if k.startswith(prefix)}, other
        )
    return found


def test_the_leak_check_knows_english_from_spanish():
    words = _english_words("es")
    assert "is not a whole number" in words
    assert "That button no longer does anything" in words
    assert "You have a private message from" in words
    assert "is not a counter name" in words


async def test_a_spanish_scenario_has_no_english_catalogue_text(typed, monkeypatch):
    console = typed
    await console.run(":as mona mod\n/mod language es\n:as alice")  # everyone's default
    outs = [await console.say(line) for line in BAD]
    outs += await console.run("/nothing here\n/sober nothing\n/typed again")
    outs += [await press(console, None, via="action", action_id="gone:1")]
    outs += [await press(console, None, via="form", form_id="gone:a:b")]
    shown = "\n".join(o.text for o in outs)
    for spanish in (
        "no es un número entero",
        "Uso: `/typed all",
        "No conozco el comando /nothing here",
        "Ese botón ya no hace nada",
        "dentro de 10 minutos",
        "¿Quisiste decir Europe/Helsinki?",
    ):
        assert spanish in shown, spanish
    preview = await lock_screen(console, monkeypatch)
    shown += "\n" + preview
    assert preview == "Tienes un mensaje privado de Haven"
    leaks = sorted({w for w in _english_words("es") if w in shown})
    assert leaks == [], leaks
    assert CATALOGUES.missing == {}


@pytest.mark.parametrize("locale", i18n.SHIPPED)
def test_the_lock_screen_line_is_discreet_in_every_language(locale):
    line = private_notice(locale)
    assert "Haven" in line and len(line) < 60
    telling = ("recovery", "sober", "crisis", "support", "recuper", "sobri", "crise", "apoio")
    telling += ("apoyo", "soutien", "Genesung", "Unterstützung", "nüchtern", "rétabl")
    for word in telling:
        assert word.lower() not in line.lower(), (locale, line)


def test_wait_words_says_the_wait_rounded_up_in_the_language():
    now = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
    assert wait_words(now + timedelta(seconds=10), now) == "in 1 minute"
    assert wait_words(now + timedelta(minutes=59, seconds=1), now) == "in 1 hour"
    assert wait_words(now + timedelta(minutes=3, seconds=1), now, "fr") == "dans 4 minutes"
    assert wait_words(now + timedelta(hours=47), now, "es") == "dentro de 47 horas"
    assert wait_words(now + timedelta(hours=49), now, "de") == "in 3 Tagen"
    assert wait_words(now + timedelta(days=2), now, "pt-BR") == "em 2 dias"


def test_a_parse_context_says_its_errors_in_its_language():
    french = ParseContext(today=date(2026, 11, 21), zone="Europe/Paris", locale="fr")
    with pytest.raises(UsageError) as refused:
        parse_args([Opt("at", Time())], "8h", french)
    assert str(refused.value) == (
        "at : “8h” n'est pas une heure ; écrivez-la sous la forme HH:MM, par exemple 08:30"
    )
    english = replace(french, locale="en")
    with pytest.raises(UsageError, match="at: “8h” is not a time; write it as HH:MM, like 08:30"):
        parse_args([Opt("at", Time())], "8h", english)


@pytest.mark.parametrize(
    "locale, example",
    [("es", "/haven reasons add La graduación de mi hija en junio"),
     ("de", "/haven reasons add Der Schulabschluss meiner Tochter im Juni"),
     ("en", "/haven reasons add My daughter's graduation in June")],
)  # fmt: skip
async def test_a_usage_errors_example_says_a_members_own_words_in_their_language(
    console, locale, example
):
    """A command typed without what it needs answers with its example; the
    member's own words in it are in their language, the command as typed."""
    await console.agree("alice")
    console.session.locale = locale
    out = await console.say("/haven reasons add")
    assert out.error and example in out.text, out.text
    listed = await console.say("/help haven")
    assert example in listed.text, listed.text
