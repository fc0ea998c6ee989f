async def test_help_lists_commands(console):
    out = await console.say("/help")
    assert "/me timezone" in out.text and out.ephemeral and out.visible_to == ["you"]
