"""A command's options and its handler's parameters must agree, or the cog is
refused when it is loaded — never a TypeError when a member runs it."""

import builtins
import inspect
from datetime import date, time
from typing import Annotated, Literal

import pytest

from bot.consent_handlers import Consent
from bot.messages import Message
from bot.options import (
    Boolean,
    ChannelOpt,
    Choice,
    Date,
    Default,
    Help,
    Integer,
    MemberOpt,
    Name,
    Named,
    Opt,
    Positional,
    Rest,
    Text,
    Time,
    Zone,
)
from bot.plugins import Cog, Registry, command, discover_cogs
from cogs.crisis import Crisis
from cogs.discretion import Discretion, QuietRange
from cogs.help import Help as HelpCog
from cogs.me import Me
from cogs.moderation import Moderation
from cogs.sober import cost
from cogs.sober.cog import Sober
from cogs.sober.models import ROLES_CHOICES, SHARE_CHOICES
from cogs.sober.options import Label, MilestoneOpt


def refusal(cog_cls: type[Cog], *, dormant: bool = False) -> str:
    with pytest.raises(ValueError) as refused:
        Registry().add(cog_cls(app=None), dormant=dormant)
    return str(refused.value)


def test_an_option_must_name_a_parameter():
    class Typo(Cog):
        name = "typo"

        @command("typo add", options=[Opt("count", Integer())])
        async def add(self, ctx, amount):
            pass

    message = refusal(Typo)
    assert message.startswith("typo: /typo add (add): option 'count'")
    assert "names no parameter" in message


def test_a_required_option_takes_a_parameter_without_default():
    class Required(Cog):
        name = "required"

        @command("required add", options=[Opt("count", Integer())])
        async def add(self, ctx, count=1):
            pass

    assert "option 'count' is required but its parameter has a default" in refusal(Required)


def test_an_optional_option_takes_a_parameter_with_a_default():
    class Optional(Cog):
        name = "optional"

        @command("optional add", options=[Opt("note", Text(), required=False)])
        async def add(self, ctx, note):
            pass

    assert "option 'note' is optional but its parameter has no default" in refusal(Optional)


def test_every_other_parameter_has_a_default():
    class Forgotten(Cog):
        name = "forgotten"

        @command("forgotten add", options=[Opt("count", Integer())])
        async def add(self, ctx, count, label):
            pass

    assert "parameter 'label' is no option and has no default" in refusal(Forgotten)


def test_an_option_is_declared_once():
    class Twice(Cog):
        name = "twice"

        @command("twice add", options=[Opt("count", Integer()), Opt("count", Text())])
        async def add(self, ctx, count):
            pass

    assert "option 'count' is declared twice" in refusal(Twice)


def test_a_dormant_cog_is_checked_too():
    class Sleeping(Cog):
        name = "sleeping"

        @command("sleeping add", options=[Opt("count", Integer())])
        async def add(self, ctx):
            pass

    assert "names no parameter" in refusal(Sleeping, dormant=True)


def test_agreeing_declarations_load():
    class Fine(Cog):
        name = "fine"

        @command("fine add", options=[Opt("count", Integer()), Opt("note", required=False)])
        async def add(self, ctx, count, note=None, *, label="x"):
            pass

        @command("fine any", options=[Opt("count", Integer())])
        async def any(self, ctx, **values):
            pass

    reg = Registry()
    reg.add(Fine(app=None))
    assert ("fine", "add") in reg.commands and ("fine", "any") in reg.commands


def test_every_cog_of_haven_agrees():
    reg = Registry()
    for cog_cls in discover_cogs():
        reg.add(cog_cls(app=None))
    assert len(reg.commands) > 50


def test_no_handler_parameter_hides_a_builtin():
    """A parameter called ``id`` (or ``type``, ``format``…) hides the builtin in
    the handler and says nothing of what it names: call it ``meeting`` and let
    the option keep the word members type (``Name("id")``)."""
    reg = Registry()
    for cog_cls in discover_cogs():
        reg.add(cog_cls(app=None))
    specs = [*reg.commands.values(), *reg.actions.values(), *reg.forms.values(), *reg.jobs.values()]
    hiding = [
        f"{spec.handler.__qualname__}({name})"
        for spec in specs
        for name in inspect.signature(spec.handler).parameters
        if hasattr(builtins, name)
    ]
    assert len(specs) > 90 and hiding == []


# -- options declared once, on the handler's parameters (bot/signature.py) ----


class Signed(Cog):
    name = "signed"

    @command("signed rsvp", consent=False)
    async def rsvp(
        self,
        ctx,
        meeting: Annotated[int, Integer(min_value=1), Name("id"), Help("the meeting's number")],
        answer: Literal["going", "maybe", "no"],
        remind: Annotated[int | None, Integer(min_value=0), Named()] = None,
        when: date | None = None,
        at: time | None = None,
        loud: bool = False,
        note: str = "",
        also: Annotated[str | None, Positional()] = None,
        rest: Annotated[str, Text(max_length=50), Rest(), Default("none")] = "none",
    ) -> Message:
        return Message(text=f"{meeting} {answer} {remind} {rest}")


def test_each_parameter_after_ctx_is_an_option():
    options = Signed.rsvp.__haven_command__.options
    assert options == (
        Opt("id", Integer(min_value=1), help="the meeting's number"),
        Opt("answer", Choice(choices=("going", "maybe", "no"))),
        Opt("remind", Integer(min_value=0), required=False, positional=False),
        Opt("when", Date(), required=False),
        Opt("at", Time(), required=False),
        Opt("loud", Boolean(), required=False),
        Opt("note", Text(), required=False),
        Opt("also", Text(), required=False, positional=True),
        Opt("rest", Text(max_length=50), required=False, rest=True, default="none"),
    )
    assert Signed.rsvp.__haven_command__.usage() == (
        "/signed rsvp <number> <going|maybe|no> [remind:<number>] [when:<YYYY-MM-DD>] "
        "[at:<HH:MM>] [loud:<yes|no>] [note:<text>] [text] [rest:<text>]"
    )


async def test_an_option_named_otherwise_reaches_its_parameter(make_harness):
    console = await make_harness(extra_cogs=[Signed])
    out = await console.say(":as alice\n/signed rsvp 3 going remind:10 rest:in the hall")
    assert out.text == "3 going 10 in the hall" and not out.error
    out = await console.say("/signed rsvp id:4 answer:maybe")
    assert out.text == "4 maybe None none"
    out = await console.say("/signed rsvp 0 going")
    assert out.error and "id: 0 is below 1" in out.text


def test_a_parameter_without_an_option_type_is_refused_when_declared():
    with pytest.raises(ValueError, match=r"Odd.add, parameter 'ratio': no option type for"):

        class Odd(Cog):
            name = "odd"

            @command("odd add")
            async def add(self, ctx, ratio: float):
                pass


def test_a_name_only_imported_for_type_checking_is_refused_with_the_fix():
    namespace: dict = {}
    with pytest.raises(
        ValueError, match="name 'Unknown' is not defined; import it at module level"
    ):
        exec(  # a module whose annotation names what it imports only under TYPE_CHECKING
            "from __future__ import annotations\n"
            "from bot.plugins import Cog, command\n"
            "class Late(Cog):\n"
            "    name = 'late'\n"
            "    @command('late add')\n"
            "    async def add(self, ctx, when: Unknown):\n"
            "        pass\n",
            namespace,
        )


SOBER_BEFORE = {  # the options cogs/sober declared as options=[...] before #20
    "sober set": (
        Opt("date", Date(allow_future=False), help="your start date"),
        Opt("label", Label(), required=False, help="which counter (default sobriety)"),
        Opt("note", Text(max_length=500), required=False, help="a private note"),
    ),
    "sober show": (Opt("label", Label(), required=False, help="which counter (default sobriety)"),),
    "sober cost": (
        Opt("amount", cost.Amount(), help="what you spent a day, or off"),
        Opt("currency", cost.Currency(), required=False, help="ISO 4217 code, like EUR"),
        Opt("hours", cost.Hours(), required=False, help="hours a day it took"),
        Opt("label", Label(), required=False, help="which counter (default sobriety)"),
    ),
    "sober reset": (
        Opt("label", Label(), required=False, help="which counter (default sobriety)"),
        Opt("date", Date(allow_future=False), required=False, help="the new start"),
        Opt("note", Text(max_length=500), required=False, help="a private note"),
    ),
    "sober history": (
        Opt("label", Label(), required=False, help="which counter (default sobriety)"),
    ),
    "sober share": (
        Opt("choice", Choice(choices=SHARE_CHOICES), required=False, positional=True),
        Opt(
            "roles",
            Choice(choices=ROLES_CHOICES),
            required=False,
            help="whether you get the milestone roles moderators set (default off)",
        ),
    ),
    "sober remove": (
        Opt("label", Label(), positional=False, help="the counter to delete"),
        Opt("confirm", Choice(choices=("confirm",)), required=False, positional=True),
    ),
    "sober count": (Opt("convention", Choice(choices=("from-zero", "from-one"))),),
    "sober morning": (Opt("time", Time(), help="local time of milestone messages"),),
    "sober roles": (
        Opt("milestone", MilestoneOpt()),
        Opt("role", Text(max_length=100), help="a role name, or off", rest=True),
    ),
}


def test_sober_declares_from_its_signatures_the_options_it_declared_by_list():
    """So its Discord commands, Slack manifest and usage lines are unchanged."""
    reg = Registry()
    reg.add(Sober(app=None))
    assert {spec.name: spec.options for spec in reg.commands.values()} == SOBER_BEFORE
    assert all(not spec.renamed for spec in reg.commands.values())


GROUP = Opt("group", Text(max_length=40, placeholder="group"), required=False, positional=True)
SMALL_BEFORE = {  # what help, moderation, crisis, discretion and me declared by list before #20
    "help": (GROUP,),
    "haven help": (GROUP,),
    "mod setup": (),
    "mod channel": (
        Opt("purpose", Choice(choices=("announcements", "milestones", "checkins", "moderators"))),
        Opt("channel", ChannelOpt()),
    ),
    "mod role": (Opt("role", Text(max_length=100), rest=True),),
    "mod moderator": (Opt("action", Choice(choices=("add", "remove"))), Opt("member", MemberOpt())),
    "mod resources": (Opt("text", Text(max_length=1500), rest=True),),
    "mod country": (
        Opt("code", Choice(choices=(*"us ca gb ie au nz es mx br pt fr de".split(), "off"))),
    ),
    "mod stats": (),
    "mod audit": (),
    "crisis": (),
    "haven discreet": (Opt("mode", Choice(choices=("on", "off", "default"))),),
    "haven quiet": (Opt("hours", QuietRange()),),
    "mod discreet": (Opt("mode", Choice(choices=("on", "off"))),),
    "haven timezone": (Opt("zone", Zone(), help="an IANA zone name"),),
    "haven consent": (
        Opt("answer", Choice(choices=("agree", "withdraw")), required=False, positional=True),
    ),
    "haven export": (),
    "haven delete": (
        Opt("confirm", Choice(choices=("confirm",)), required=False, positional=True),
    ),
}
#: Declared since, from their signatures only: the language commands (#22).
SMALL_ADDED = {
    "haven language": (
        Opt(
            "code",
            Choice(choices=("en", "es", "pt-br", "fr", "de", "auto")),
            help="a language code (en, es, pt-br, fr, de), or auto",
        ),
    ),
    "mod language": (
        Opt(
            "code",
            Choice(choices=("en", "es", "pt-br", "fr", "de")),
            help="a language code (en, es, pt-br, fr, de)",
        ),
    ),
}


def test_the_small_cogs_declare_from_their_signatures_what_they_declared_by_list():
    """So their Discord commands, Slack manifest and usage lines are unchanged."""
    reg = Registry()
    for cog_cls in (HelpCog, Moderation, Crisis, Discretion, Me, Consent):
        reg.add(cog_cls(app=None))
    assert {spec.name: spec.options for spec in reg.commands.values()} == {
        **SMALL_BEFORE,
        **SMALL_ADDED,
    }
    assert all(not spec.renamed for spec in reg.commands.values())
