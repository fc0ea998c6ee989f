"""A form's problems in the member's own language through discord.py and bolt
(issue #22): a member whose app is in Spanish submits the check-in form with a
mood it does not offer and reads why in Spanish — on Slack under the input,
on Discord in the private reply (its heading and button too)."""

from __future__ import annotations

from cogs.checkins.models import CheckIn
from tests.e2e.rows import rows_of
from tests.e2e.test_e2e_language import partners, speaks

MOOD_PROBLEM = "El campo «Ánimo» debe estar entre 1 y 5."


async def test_a_wrong_mood_is_explained_in_the_members_language(world):
    speaks(world, "alice", "es-ES")
    await world.agree("alice", "bob")
    opened = await world.command("alice", "/checkin")
    assert opened.reply.kind == "form", opened.seen

    bad = await world.submit("alice", {"mood": "9", "craving": "2"}, forged=True)
    assert bad.reply.error and MOOD_PROBLEM in bad.reply.text, bad.seen
    assert "Mood" not in bad.reply.text and "must be" not in bad.reply.text
    if world.platform == "discord":  # a private reply: its heading and button are Spanish too
        assert "Hay respuestas que conviene revisar:" in bad.reply.text
        assert bad.reply.buttons == ["Intentar de nuevo"]
    assert await rows_of(world, CheckIn, "alice") == []  # nothing stored

    # Put right, the same form checks in.
    done = await world.submit("alice", {"mood": "4", "craving": "2"})
    assert done.ok and "ánimo 4/5 (bien)" in done.reply.text, done.seen
    await partners(world, "alice", "bob")  # a DM: every world sends through the limiter
    assert world.problems() == []
