"""bot.api is the whole engine surface a cog may use: every name it imports is
listed in ``__all__`` (nothing slips in unlisted), and every listed name exists."""

import bot.api


def test_bot_api_lists_exactly_what_it_offers():
    offered = {name for name in vars(bot.api) if not name.startswith("_")} - {"annotations"}
    assert offered == set(bot.api.__all__)
    assert len(bot.api.__all__) == len(set(bot.api.__all__))


def test_cogs_declare_their_community_settings_through_bot_api():
    from bot import community_settings

    assert bot.api.CommunitySettings is community_settings.CommunitySettings
    assert bot.api.EngineSettings is community_settings.EngineSettings
    assert bot.api.setting is community_settings.setting
