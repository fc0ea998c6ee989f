"""checkins' part of the privacy scenario (tests/privacy/scenario.py)."""

from tests.privacy.scenario import Scenario

SCENARIO = Scenario(
    notes={"checkin": "note-checkin-long-walk"},
    member="""\
/checkin mood:4 craving:2 sober:yes note:"{notes[checkin]}" triggers:stress,people
/checkin streaks off
/checkin remind 08:30
/checkin pledge now
/checkin pledge 07:00
/checkin review 21:30
/checkin share partners
""",
    other_setup="/mod triggers {trigger}, loneliness\n",
    other="""\
/checkin mood:2 craving:7 note:"{note}" triggers:"{trigger}, loneliness"
/checkin remind 07:00
/checkin pledge now
""",
)
