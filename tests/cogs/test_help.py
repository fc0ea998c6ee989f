"""/help lists what this member may use, with an example each."""


async def test_members_see_member_commands_with_examples(console):
    out = await console.say("/help")
    assert "`/me timezone <zone>`" in out.text
    assert "(e.g. `/me timezone Europe/Helsinki`)" in out.text
    assert "/mod" not in out.text
    assert "not counselling" in out.text  # P10: what Haven is not


async def test_moderators_also_see_moderator_commands(console):
    out = await console.say(":as mona mod\n/help")
    assert "`/mod channel" in out.text


async def test_one_group(console):
    out = await console.say("/help me")
    assert "/me export" in out.text and "`/crisis` —" not in out.text


async def test_unknown_group_is_a_private_error_with_an_example(console):
    out = await console.say("/help nonsense")
    assert out.error and out.ephemeral and "Example: `/help sober`" in out.text


async def test_unknown_commands_point_to_help(console):
    out = await console.say("/frobnicate")
    assert out.error and "/help" in out.text
    out = await console.say("/me frobnicate")
    assert out.error and "/me timezone" in out.text
