"""Haven messages as Discord message parts."""

from adapters.discord.render import (
    CHOICE_PREFIX,
    component_action,
    render,
    split_dm_tag,
    tag_for_dm,
)
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
            buttons=tuple(Button(f"x:{n}", str(n)) for n in range(5)),
        )
    )
    assert parts["content"] == "⚠️ bad date"
    assert parts["embeds"][0].fields[0].name == "Usage"
    rows = parts["view"].to_components()
    assert [len(r["components"]) for r in rows] == [5]
    assert rows[0]["components"][0]["custom_id"] == "x:0"
    long = render(Message(text="x" * 2500))
    assert long["content"] is None and len(long["embeds"][0].description) == 2500


async def test_a_choice_list_of_more_than_five_buttons_is_a_select_menu():
    rows = render(Message(text="pick", buttons=tuple(Button(f"x:{n}", f"#{n}") for n in range(7))))[
        "view"
    ].to_components()
    [[select]] = [r["components"] for r in rows]
    assert select["type"] == 3 and select["custom_id"] == f"{CHOICE_PREFIX}0"
    assert [(o["label"], o["value"]) for o in select["options"]] == [
        (f"#{n}", f"x:{n}") for n in range(7)
    ]
    assert (select["min_values"], select["max_values"]) == (1, 1)
    many = render(Message(text="pick", buttons=tuple(Button(f"y:{n}", str(n)) for n in range(30))))
    rows = many["view"].to_components()
    assert [len(r["components"][0]["options"]) for r in rows] == [25, 5]
    assert (
        component_action(
            {"custom_id": f"{CHOICE_PREFIX}1", "component_type": 3, "values": ["y:27"]}
        )
        == "y:27"
    )
    assert component_action({"custom_id": "x:1", "component_type": 2}) == "x:1"


GUILD = "1234567890123456789"


async def test_components_of_a_dm_name_their_server_and_route_as_before():
    rows = render(Message(text="dm", buttons=(Button("x:1", "1"),)), dm_guild=GUILD)[
        "view"
    ].to_components()
    assert rows[0]["components"][0]["custom_id"] == f"@{GUILD}:x:1"
    assert component_action({"custom_id": f"@{GUILD}:x:1", "component_type": 2}) == "x:1"
    assert split_dm_tag(f"@{GUILD}:x:1") == (GUILD, "x:1")
    assert split_dm_tag("x:1") == (None, "x:1")  # sent before tags, or in a server
    many = render(
        Message(text="pick", buttons=tuple(Button(f"y:{n}", str(n)) for n in range(7))),
        dm_guild=GUILD,
    )
    [[select]] = [r["components"] for r in many["view"].to_components()]
    assert select["custom_id"] == f"@{GUILD}:{CHOICE_PREFIX}0"
    assert [o["value"] for o in select["options"]] == [f"y:{n}" for n in range(7)]
    chosen = {"custom_id": select["custom_id"], "component_type": 3, "values": ["y:6"]}
    assert component_action(chosen) == "y:6"
    # An id that cannot carry the server within Discord's 100 characters stays as it was.
    assert tag_for_dm("z" * 90, GUILD) == "z" * 90
    assert len(tag_for_dm("z" * 79, GUILD)) == 100
