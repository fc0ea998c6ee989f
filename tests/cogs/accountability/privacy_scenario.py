"""accountability's part of the privacy scenario (tests/privacy/scenario.py)."""

from tests.privacy.scenario import Scenario

SCENARIO = Scenario(
    notes={"reason": "reason-daughters-graduation"},
    member="""\
/partner pool join
/haven reasons add {notes[reason]}
/sos
""",
    # alice and bob become partners; carol's request to alice stays open (a
    # request row that names alice as its target).
    together="""\
:as alice
/partner request @bob
:as bob
:click Accept
:as carol
/haven consent agree
/partner request @alice
""",
    other="/partner pool join\n",
)
