"""bot.api is the whole engine surface a cog may use: every name it imports is
listed in ``__all__`` (nothing slips in unlisted), and every listed name exists."""

import bot.api


def test_bot_api_lists_exactly_what_it_offers():
    offered = {name for name in vars(bot.api) if not name.startswith("_")} - {"annotations"}
    assert offered == set(bot.api.__all__)
    assert len(bot.api.__all__) == len(set(bot.api.__all__))
