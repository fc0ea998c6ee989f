"""Time zones are places: fixed offsets are refused with places to choose."""

from __future__ import annotations

from datetime import date

import pytest

from bot.context import Context
from bot.messages import Message
from bot.models import Community, Member
from bot.plugins import Cog, command
from bot.zones import NotAPlace, place, zone_of
from tests.support.harness import COMMUNITY

WINTER, SUMMER = date(2026, 12, 1), date(2026, 7, 1)


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Europe/Helsinki", "Europe/Helsinki"),
        ("america/new_york", "America/New_York"),
        ("UTC", "UTC"),
        ("Etc/UTC", "UTC"),
        ("US/Eastern", "America/New_York"),  # an older name of a place
        ("Australia/Sydney", "Australia/Sydney"),
    ],
)
def test_places_and_utc_are_taken(typed, zone):
    assert place(typed, WINTER) == zone


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        ("EST", "Did you mean America/New_York or America/Toronto?"),
        ("PST", "Did you mean America/Los_Angeles or America/Vancouver?"),
        ("CET", "Did you mean Europe/Berlin or Europe/Paris?"),
        ("AEST", "Did you mean Australia/Sydney or Australia/Brisbane?"),
    ],
)
def test_abbreviations_are_fixed_offsets_with_places_suggested(typed, suggested):
    with pytest.raises(NotAPlace) as refused:
        place(typed, WINTER)
    assert str(refused.value) == (
        f"“{typed}” is a fixed offset, not a place: it would not follow daylight saving "
        f"time. {suggested}"
    )


@pytest.mark.parametrize(
    ("typed", "day", "places"),
    [
        ("UTC+2", WINTER, "Europe/Helsinki, Europe/Athens, or Africa/Cairo"),
        ("UTC+2", SUMMER, "Europe/Berlin, Europe/Paris, or Africa/Johannesburg"),
        ("GMT-5", WINTER, "America/New_York or America/Bogota"),
        ("GMT-5", SUMMER, "America/Chicago or America/Bogota"),
        ("Etc/GMT+5", WINTER, "America/New_York or America/Bogota"),  # POSIX sign: UTC-5
        ("+05:30", SUMMER, "Asia/Kolkata"),
        ("UTC+10", SUMMER, "Australia/Sydney or Australia/Brisbane"),  # southern winter
        ("UTC+11", WINTER, "Australia/Sydney or Pacific/Noumea"),  # southern summer
    ],
)
def test_offsets_suggest_places_at_that_offset_that_day(typed, day, places):
    with pytest.raises(NotAPlace) as refused:
        place(typed, day)
    message = str(refused.value)
    assert message.endswith(f"Places at that offset today: {places}")
    assert "UTC" not in message.split("today:")[1]


def test_unknown_names_suggest_the_city_or_a_close_name():
    for typed, hint in [
        ("Helsinki", "Did you mean Europe/Helsinki?"),
        ("new york", "Did you mean America/New_York?"),
        ("Europe/Helsinky", "Did you mean Europe/Helsinki?"),
    ]:
        with pytest.raises(NotAPlace, match=hint):
            place(typed, WINTER)
    with pytest.raises(NotAPlace, match="is not a time zone name"):
        place("UTC+15", WINTER)


async def test_members_and_meetings_are_refused_fixed_offsets_privately(console):
    await console.agree("alice")
    refused = await console.say("/haven timezone EST")
    assert refused.error and refused.visible_to == ["alice"]
    assert "America/New_York" in refused.text and "/haven timezone" in refused.text
    kept = await console.say("/haven timezone Europe/Helsinki")
    assert not kept.error
    meeting = await console.say(
        ":as mona mod\n/meeting add title:Circle day:mon time:19:00 tz:GMT-5"
    )
    assert meeting.error and "Places at that offset today" in meeting.text


@pytest.mark.parametrize(
    ("member_zone", "community_zone", "expected"),
    [
        ("Asia/Tokyo", "Europe/Helsinki", "Asia/Tokyo"),
        (None, "Europe/Helsinki", "Europe/Helsinki"),
        (None, None, "America/Chicago"),
        ("Asia/Tokyo", None, "Asia/Tokyo"),
    ],
)
def test_a_members_zone_else_the_communitys_else_the_default(member_zone, community_zone, expected):
    member = Member(community_id=1, platform_user_id="alice", timezone=member_zone)
    settings = {"engine": {"timezone": community_zone}} if community_zone else {}
    community = Community(platform="console", workspace_id="w", settings=settings)
    assert zone_of(member, community, "America/Chicago") == expected
    assert zone_of(None, community, "America/Chicago") == (community_zone or "America/Chicago")
    assert zone_of(None, None, "America/Chicago") == "America/Chicago"


class Clock(Cog):
    name = "clockface"

    @command("clockface zones", consent=False)
    async def zones(self, ctx: Context) -> Message:
        return Message(text=f"{ctx.zone} {ctx.zone_of(None)} {ctx.today()}")


async def test_a_handler_reads_the_same_rule(make_harness):
    console = await make_harness(tz="America/Chicago", extra_cogs=[Clock])
    out = await console.say(":as alice\n/clockface zones")
    assert out.text == "America/Chicago America/Chicago 2026-11-21"
    community = await console.app.community(COMMUNITY)
    async with console.db.session(community.id) as session:
        # UTC-11: still yesterday
        community.settings = {"engine": {"timezone": "Pacific/Pago_Pago"}}
        session.add(community)
        await session.commit()
    out = await console.say("/clockface zones")
    assert out.text == "Pacific/Pago_Pago Pacific/Pago_Pago 2026-11-20"
    await console.agree("alice", zone="Asia/Tokyo")
    out = await console.say("/clockface zones")
    assert out.text == "Asia/Tokyo Pacific/Pago_Pago 2026-11-21"
