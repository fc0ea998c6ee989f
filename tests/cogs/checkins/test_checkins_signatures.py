"""/checkin declares its options on the handlers' parameters: the same options
it declared by list before #20, so its Discord commands, Slack manifest and
usage lines are unchanged."""

from bot.options import Boolean, Choice, Date, Integer, OneOf, Opt, Text, Time
from bot.plugins import Registry
from cogs.checkins import Checkins
from cogs.checkins.models import SHARE_CHOICES
from cogs.checkins.schedule import DAYS

BEFORE = {  # what cogs/checkins declared as options=[...] before #20
    "checkin": (
        Opt("mood", Integer(min_value=1, max_value=5), required=False, help="1 very low – 5"),
        Opt("craving", Integer(min_value=0, max_value=10), required=False, help="0 – 10"),
        Opt("sober", Boolean(), required=False, help="sober today, yes or no"),
        Opt("note", Text(max_length=1000), required=False, help="private, encrypted"),
        Opt(
            "triggers",
            Text(max_length=400),
            required=False,
            help="what weighed on you, comma separated (only you see them)",
        ),
    ),
    "checkin remind": (Opt("time", OneOf(types=(Time(), Choice(choices=("off",))))),),
    "checkin pause": (Opt("date", Date()),),
    "checkin resume": (),
    "checkin streak": (),
    "checkin summary": (),
    "checkin streaks": (Opt("choice", Choice(choices=("on", "off")), positional=True),),
    "checkin patterns": (
        Opt("days", Choice(choices=("30", "90")), required=False, positional=True),
    ),
    "mod triggers": (Opt("triggers", Text(max_length=1000), rest=True),),
    "checkin weekly": (Opt("day", Choice(choices=(*DAYS, "off"))),),
    "checkin share": (
        Opt("who", Choice(choices=SHARE_CHOICES)),
        Opt(
            "sober",
            Boolean(),
            required=False,
            help="partners also see if you were sober today (default no)",
        ),
    ),
    "checkin pledge": (Opt("time", OneOf(types=(Time(), Choice(choices=("off", "now"))))),),
    "checkin review": (Opt("time", OneOf(types=(Time(), Choice(choices=("off",))))),),
}


def test_checkins_declares_from_its_signatures_the_options_it_declared_by_list():
    reg = Registry()
    reg.add(Checkins(app=None))
    assert {spec.name: spec.options for spec in reg.commands.values()} == BEFORE
    assert all(not spec.renamed for spec in reg.commands.values())
