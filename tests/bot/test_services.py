"""Services (bot/services.py): a cog asks for what another offers by type and
gets that cog, or None when it is absent or turned off; a cog that names a
service it does not implement is refused when it is registered."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.app import Haven
from bot.config import Settings
from bot.context import Context
from bot.messages import Button
from bot.plugins import Cog, Registry, discover_cogs
from bot.services import CheckinActivity, CrisisText, HomeSection, HomeSections, Partners
from tests.support.catalogues import bracketed, pseudo_locale


class Friends(Cog):
    name = "friends"
    provides = (Partners,)

    async def partners_of(self, ctx, member):
        return []


class Counters(Cog):
    name = "counters"
    provides = (HomeSections,)

    def home_sections(self):
        return (HomeSection("Counters", "count show", place=20),)


class Diary(Cog):
    name = "diary"
    provides = (HomeSections,)

    def home_sections(self):
        return (
            HomeSection("Today", "diary today", place=10, buttons=(Button("diary:new", "Write"),)),
            HomeSection("Also counted", "diary count", place=20),
        )


def asking(registry: Registry) -> Context:
    """A context whose app holds ``registry`` (service lookups need no more)."""
    return Context(SimpleNamespace(registry=registry), adapter=None, community=None, session=None)


def test_a_consumer_gets_the_cog_that_provides_the_service():
    registry = Registry()
    friends = Friends(app=None)
    registry.add(friends)
    assert asking(registry).service(Partners) is friends


def test_no_provider_means_none():
    registry = Registry()
    registry.add(Counters(app=None))
    assert asking(registry).service(Partners) is None
    assert asking(registry).services(CheckinActivity) == []


def test_a_dormant_provider_means_none():
    registry = Registry()
    registry.add(Friends(app=None), dormant=True)
    assert asking(registry).service(Partners) is None


def test_a_cog_that_names_a_service_it_does_not_implement_is_refused():
    class Boasts(Cog):
        name = "boasts"
        provides = (Partners,)

    with pytest.raises(TypeError, match=r"boasts provides Partners but has no partners_of\(\)"):
        Registry().add(Boasts(app=None))


def test_a_dormant_cog_is_checked_too():
    class Boasts(Cog):
        name = "boasts"
        provides = (CheckinActivity,)

        async def members_sharing(self, ctx, member_id=None):
            return []

    with pytest.raises(TypeError, match=r"has no last_checkin\(\)"):
        Registry().add(Boasts(app=None), dormant=True)


def test_a_method_must_be_async_where_the_service_waits_on_it():
    class Hasty(Cog):
        name = "hasty"
        provides = (Partners,)

        def partners_of(self, ctx, member):
            return []

    with pytest.raises(TypeError, match=r"Partners.partners_of\(\) must be async"):
        Registry().add(Hasty(app=None))


def test_only_a_protocol_of_bot_services_can_be_provided():
    class Odd(Cog):
        name = "odd"
        provides = (int,)

    with pytest.raises(TypeError, match="not a service protocol"):
        Registry().add(Odd(app=None))


def test_two_providers_of_a_one_provider_service_are_refused():
    class Others(Friends):
        name = "others"

    registry = Registry()
    registry.add(Friends(app=None))
    with pytest.raises(ValueError, match="Partners is provided by both friends and others"):
        registry.add(Others(app=None))


def test_home_sections_stand_by_place_then_registry_order():
    registry = Registry()
    registry.add(Counters(app=None))
    registry.add(Diary(app=None))
    titles = [s.heading("de") for s in registry.home_sections()]
    assert titles == ["Today", "Counters", "Also counted"]  # not keys: as written


def test_haven_s_cogs_provide_the_services_the_others_ask_for():
    registry = Registry()
    for cls in discover_cogs():
        registry.add(cls(app=None))
    assert registry.service(Partners) is registry.cogs["accountability"]
    assert registry.service(CheckinActivity) is registry.cogs["checkins"]
    assert registry.service(CrisisText) is registry.cogs["crisis"]
    assert [s.heading("en") for s in registry.home_sections()] == [
        "Sober days",
        "Today's check-in",
        "Next meetings",
        "Partners and pods",
    ]


def test_every_home_button_is_said_from_a_catalogue():
    """Each cog's App Home buttons (the check-in's "Mood 1" … "Mood 5") read in
    the member's language: in the pseudo-locale every label comes bracketed,
    and English still reads as recorded."""
    app = Haven(Settings())
    app.load_cogs()
    sections = app.registry.home_sections()

    def labels(locale: str) -> list[str]:
        return [b.label for section in sections for b in section.buttons_in(locale)]

    assert len(labels("en")) >= 5
    with pseudo_locale() as locale:
        assert all(bracketed(label) for label in labels(locale)), labels(locale)
        shown = [b.action_id for section in sections for b in section.buttons_in(locale)]
        assert shown == [b.action_id for section in sections for b in section.buttons]
    assert labels("en")[:5] == [f"Mood {m}" for m in range(1, 6)]
    assert labels("de")[:5] == [f"Stimmung {m}" for m in range(1, 6)]
    words = HomeSection("as written", "sober show", 1, (Button("x:y", "as written"),))
    assert words.buttons_in("de") == words.buttons  # not catalogue keys: as written
    assert words.heading("de") == "as written"
