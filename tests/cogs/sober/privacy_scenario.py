"""sober's part of the privacy scenario (tests/privacy/scenario.py)."""

from tests.privacy.scenario import Scenario

SCENARIO = Scenario(
    notes={"sober": "note-first-day-sunrise", "reset": "note-reset-rainy-evening"},
    member="""\
/sober set 2025-01-02 label:alcohol note:"{notes[sober]}"
/sober reset label:alcohol date:2026-11-20 note:"{notes[reset]}"
/sober share anonymous
/sober morning 07:30
/sober cost 12.50 currency:EUR hours:2 label:alcohol
""",
    other="""\
/sober set 2024-05-05 note:"{note}"
/sober cost 4 currency:JPY
""",
)
