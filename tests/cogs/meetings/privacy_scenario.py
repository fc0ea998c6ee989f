"""meetings' part of the privacy scenario (tests/privacy/scenario.py)."""

from sqlalchemy import select
from sqlmodel import SQLModel

from tests.privacy.scenario import Scenario


async def rsvp_in_other(console, community_id: int, run) -> None:
    """oscar answers tenant B's meeting, whose id only the database knows."""
    meeting = SQLModel.metadata.tables["meeting"]
    async with console.db.engine.connect() as conn:
        query = select(meeting.c.id).where(meeting.c.community_id == community_id)
        meeting_id = (await conn.execute(query)).scalar_one()
    await run("oscar", f"/meeting rsvp {meeting_id} going")


SCENARIO = Scenario(
    setup='/meeting add title:"Saturday circle" day:sat time:10:00 tz:UTC remind:60 '
    'about:"tea and talk" channel:#announcements\n',
    member="""\
/meeting rsvp 1 going remind:30
/meeting subscribe mine
""",
    other_setup='/meeting add title:"Harbour group" day:sun time:18:00 tz:UTC channel:#town\n',
    other_then=rsvp_in_other,
)
