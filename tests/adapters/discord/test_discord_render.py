"""Haven messages as Discord message parts."""

from adapters.discord.render import render
from bot.messages import Button, Message, MessageField, error


async def test_timestamps_mentions_and_markdown_pass_through_natively():
    parts = render(Message(text="**Meeting** <t:1795000000:F> (<t:1795000000:R>) with <@42>"))
    assert parts["content"] == "**Meeting** <t:1795000000:F> (<t:1795000000:R>) with <@42>"
    assert parts["allowed_mentions"].everyone is False and parts["allowed_mentions"].roles is False


async def test_errors_fields_buttons_and_long_text():
    parts = render(
        error(
            "bad date",
            fields=(MessageField("Usage", "/sober set"),),
            buttons=tuple(Button(f"x:{n}", str(n)) for n in range(7)),
        )
    )
    assert parts["content"] == "⚠️ bad date"
    assert parts["embeds"][0].fields[0].name == "Usage"
    rows = parts["view"].to_components()
    assert [len(r["components"]) for r in rows] == [5, 2]
    assert rows[0]["components"][0]["custom_id"] == "x:0"
    long = render(Message(text="x" * 2500))
    assert long["content"] is None and len(long["embeds"][0].description) == 2500
