"""The engine's errors in the member's app language, through discord.py and
bolt (issue #22): a member whose app is in French types a date Haven cannot
read and is told why in French, with the command's usage and its example; an
unknown command is answered in French (Slack: Discord's client offers only the
registered ones); and a button Haven no longer knows (a
retired one, still on screen) says so in French."""

from __future__ import annotations

from tests.e2e.test_e2e_language import partners, speaks

#: How each platform names French.
FRENCH = {"discord": "fr", "slack": "fr-FR"}


async def test_a_french_member_reads_a_bad_option_and_an_expired_button_in_french(
    world, monkeypatch
):
    speaks(world, "alice", FRENCH[world.platform])
    await world.agree("alice", "bob")

    bad = await world.command("alice", "/sober set soonish")
    assert not bad.ok and bad.reply.error and bad.reply.visible_to == ["alice"], bad.seen
    said = bad.reply.text
    assert "date : “soonish” n'est pas une date ; écrivez-la sous la forme YYYY-MM-DD" in said
    assert "Utilisation : `/sober set " in said, said
    assert "Exemple : `/sober set 2025-01-02" in said, said  # the usage example is kept
    assert "is not a date" not in said and "Usage:" not in said and "Example:" not in said

    if world.platform == "slack":  # Discord's client offers only the registered commands
        unknown = await world.command("alice", "/haven nothing")
        assert unknown.reply.error and "/haven" in unknown.reply.text, unknown.seen
        assert "Je ne connais pas la commande /haven nothing." in unknown.reply.text
        assert "Les commandes /haven :" in unknown.reply.text
        assert "not a command I know" not in unknown.reply.text

    # The privacy notice's buttons are on alice's screen; a newer Haven no
    # longer has their handler (a retired button).
    assert (await world.command("alice", "/haven consent")).ok
    monkeypatch.delitem(world.app.registry.actions, "consent:withdraw")
    expired = await world.press("alice", "Retirer…")
    assert expired.reply.error and expired.reply.visible_to == ["alice"], expired.seen
    assert expired.reply.text == "Ce bouton ne fait plus rien. Relancez la commande.", expired.seen
    monkeypatch.undo()

    await partners(world, "alice", "bob")  # a DM: every world sends through the limiter
    assert world.problems() == []
