"""/partner and /haven reasons declare on their handlers' parameters exactly
the options they declared by list before #20, so their Discord commands, Slack
manifest and usage lines are unchanged."""

from bot.options import Choice, Integer, MemberOpt, OneOf, Opt, Text, Time
from bot.plugins import Registry
from cogs.accountability.cog import Accountability, PodId
from cogs.accountability.schedule import DAYS

MEMBER = (Opt("member", MemberOpt()),)
BEFORE = {
    "partner request": MEMBER,
    "partner accept": MEMBER,
    "partner decline": MEMBER,
    "partner list": (),
    "partner leave": (Opt("who", OneOf(types=(PodId(), MemberOpt()))),),
    "partner pool": (Opt("choice", Choice(choices=("join", "leave"))),),
    "partner match": (Opt("size", Integer(min_value=2, max_value=4), required=False),),
    "partner schedule": (
        Opt("day", Choice(choices=(*DAYS, "off")), help="day of the week, or off"),
        Opt("time", Time(), required=False, positional=True, help="the community's local time"),
        Opt("size", Integer(min_value=2, max_value=4), required=False, help="pod size"),
    ),
    "sos": (),
    "haven reasons add": (Opt("reason", Text(max_length=200), rest=True),),
    "haven reasons list": (),
    "haven reasons remove": (Opt("number", Integer(min_value=1, max_value=10)),),
}


def test_accountability_declares_from_its_signatures_the_options_it_declared_by_list():
    reg = Registry()
    reg.add(Accountability(app=None))
    assert {spec.name: spec.options for spec in reg.commands.values()} == BEFORE
    assert all(not spec.renamed for spec in reg.commands.values())
