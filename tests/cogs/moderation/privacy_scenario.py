"""moderation's part of the privacy scenario (tests/privacy/scenario.py): the
channels the other cogs post in."""

from tests.privacy.scenario import Scenario

SCENARIO = Scenario(
    setup="""\
/mod channel announcements #announcements
/mod channel milestones #milestones
/mod channel moderators #mods
""",
    other_setup="/mod channel announcements #town\n",
)
