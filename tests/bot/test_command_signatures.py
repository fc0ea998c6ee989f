"""A command's options and its handler's parameters must agree, or the cog is
refused when it is loaded — never a TypeError when a member runs it."""

import pytest

from bot.options import Integer, Opt, Text
from bot.plugins import Cog, Registry, command, discover_cogs


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
