"""Every reply that says someone was told looks at what the platform answered
(PRIVACY.md P14): partner requests, answers to them and pod notices."""

from __future__ import annotations

from bot.adapters import Ref


def close_dms_of(console, *users: str) -> None:
    """The platform refuses DMs to ``users`` (closed DMs: a message with no id)."""
    adapter = console.adapter
    real = adapter.send_dm

    async def send_dm(community, user_id, msg):
        if user_id in users:
            return Ref(adapter.platform, community.workspace_id, "")
        return await real(community, user_id, msg)

    adapter.send_dm = send_dm


async def test_a_request_that_could_not_reach_its_target_claims_nothing(console):
    """Never "I've asked bob" when the DM failed — and never "bob's DMs are
    closed" either, which would tell alice that bob uses Haven (issue 15): the
    answer is the one anybody named gets, and bob finds it in /partner list."""
    for user in ("bob", "alice"):
        await console.agree(user)
    close_dms_of(console, "bob")
    out = await console.run(":as alice\n/partner request @bob")
    [reply] = [o for o in out if o.kind == "reply"]
    assert "I've asked" not in reply.text and "closed" not in reply.text
    assert reply.text.startswith("If @bob uses Haven here, they'll get your request privately")
    assert len(out) == 1  # no second message about the DM
    # the request stays open: bob sees it and can still accept it
    listing = await console.say(":as bob\n/partner list")
    assert "`/partner accept @alice`" in listing.text
    accepted = await console.run(":as bob\n/partner accept @alice")
    assert next(o.text for o in accepted if o.kind == "reply") == "You and alice are partners now."


async def test_accepting_says_when_the_requester_could_not_be_told(console):
    for user in ("bob", "alice"):
        await console.agree(user)
    await console.run(":as alice\n/partner request @bob")
    close_dms_of(console, "alice")
    out = await console.run(":as bob\n:click Accept")
    first, then = [o for o in out if o.kind == "reply"]
    assert first.text == "You and alice are partners now."
    assert "I couldn't tell alice by DM — their direct messages are closed" in then.text
    assert "knows you said yes" not in then.text


async def test_declining_never_claims_the_requester_heard(console):
    for user in ("bob", "alice"):
        await console.agree(user)
    await console.run(":as alice\n/partner request @bob")
    close_dms_of(console, "alice")
    reply = await console.say(":as bob\n:click Decline")
    assert reply.text == "Declined. I couldn't reach alice, so nothing was sent to them."


async def test_pod_match_counts_members_it_could_not_tell(console):
    for user in ("bob", "carol", "dan", "erin"):
        await console.agree(user)
        await console.run(f":as {user}\n/partner pool join")
    close_dms_of(console, "carol")
    reply = await console.say(":as mona mod\n/partner match size:2")
    assert "Formed 2 pods from the pool." in reply.text
    assert "1 matched member couldn't be told by DM; they'll find the pod" in reply.text
    assert "carol" not in reply.text  # counts only, never who
