"""discretion's part of the privacy scenario (tests/privacy/scenario.py): its
choices live on the member's own row."""

from tests.privacy.scenario import Scenario

SCENARIO = Scenario(
    member="""\
/haven discreet on
/haven quiet 22:00-07:00
""",
)
