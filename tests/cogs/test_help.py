"""/help lists what this member may use, with an example each."""


async def test_members_see_member_commands_with_examples(console):
    out = await console.say("/help")
    assert "`/haven timezone <zone>`" in out.text
    assert "(e.g. `/haven timezone Europe/Helsinki`)" in out.text
    assert "/mod" not in out.text
    assert "not counselling" in out.text  # P10: what Haven is not


async def test_moderators_also_see_moderator_commands(console):
    out = await console.say(":as mona mod\n/help")
    assert "`/mod channel" in out.text


async def test_one_group(console):
    out = await console.say("/help haven")
    assert "/haven export" in out.text and "`/crisis` —" not in out.text


async def test_unknown_group_is_a_private_error_with_an_example(console):
    out = await console.say("/help nonsense")
    assert out.error and out.ephemeral and "Example: `/help sober`" in out.text
    assert "There is no /nonsense group. Groups: " in out.text
    assert "Usage:" not in out.text  # a group that does not exist is not a typing mistake


async def test_unknown_commands_point_to_help(console):
    out = await console.say("/frobnicate")
    assert out.error and "/help" in out.text
    out = await console.say("/haven frobnicate")
    assert out.error and "/haven timezone" in out.text


async def test_bare_haven_and_haven_help_show_help_where_help_is_reserved(console):
    for line in ("/haven", "/haven help"):
        out = await console.say(line)
        assert out.ephemeral and not out.error
        assert "/crisis" in out.text and "/haven export" in out.text


async def test_the_old_me_name_still_works_in_text(console):
    agreed = await console.run(":as alice\n/me consent agree")
    assert not agreed[-1].error
    status = await console.say("/me consent")
    assert "You agreed to notice v1." in status.text
    out = await console.say("/me timezone Europe/Helsinki")
    assert "Europe/Helsinki" in out.text and not out.error
