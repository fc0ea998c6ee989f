"""The moderators' /meeting in their own language through discord.py and bolt
(issue #22): a moderator whose Discord app is in German, or whose Slack is in
French, adds a meeting, cancels one date of it (and mistypes another), lists
it in the public feed and removes it — and reads every reply in their
language, while alice, in English, answers in English."""

from __future__ import annotations

from tests.e2e.test_e2e_language import speaks

#: What the moderator reads, in order, in each language (bold aside: each
#: platform marks it its own way).
SAID = {
    "de": {
        "added": "(#1) angelegt: mon um 18:00 Europe/London, jede Woche; angekündigt in",
        "first": "Erstes Meeting: ",
        "cancelled": "abgesagt. Ein kurzer Hinweis ersetzt die Erinnerung.",
        "wrong day": "findet am Dienstag, 1. Dezember 2026 nicht statt",
        "public": "steht im öffentlichen Feed (sein Zugangscode nie).",
        "removed": "(#1) und seine ausstehenden Erinnerungen gelöscht.",
        "told": "1 Mitglied hatte zugesagt: per privater Nachricht benachrichtigt.",
    },
    "fr": {
        "added": "(#1) ajoutée : mon à 18:00 Europe/London, chaque semaine ; annoncée dans",
        "first": "Première réunion : ",
        "cancelled": "est annulée. Une courte note remplace son rappel.",
        "wrong day": "n'a pas lieu le mardi 1 décembre 2026",
        "public": "est dans le flux public (son code d'accès, jamais).",
        "removed": "(#1) est supprimée, avec ses rappels en attente.",
        "told": "1 membre avait dit venir : prévenu par message privé.",
    },
}
#: The same replies in English, none of which the moderator may read.
ENGLISH = ("Added ", "First meeting", "A short note replaces", "does not meet", "Removed ")


async def test_a_moderator_manages_a_meeting_in_their_app_language(world):
    locale, language = {"discord": ("de", "de"), "slack": ("fr-FR", "fr")}[world.platform]
    said = SAID[language]
    speaks(world, world.mod, locale)
    await world.agree("alice")
    configured = await world.command(
        world.mod, f"/mod channel announcements {world.channel('announcements')}"
    )
    assert configured.ok, configured.seen

    added = await world.command(
        world.mod,
        '/meeting add title:"Monday circle" day:mon time:18:00 tz:Europe/London passcode:tea',
    )
    assert added.ok, added.seen
    assert said["added"] in added.reply.text and said["first"] in added.reply.text
    cancelled = await world.command(world.mod, "/meeting skip 1 2026-11-30")
    assert cancelled.ok, cancelled.seen
    assert said["cancelled"] in cancelled.reply.text
    wrong = await world.command(world.mod, "/meeting skip 1 2026-12-01")
    assert wrong.reply.error and said["wrong day"] in wrong.reply.text
    listed = await world.command(world.mod, "/meeting public 1 yes")
    assert listed.ok and said["public"] in listed.reply.text, listed.seen

    going = await world.command("alice", "/meeting rsvp 1 going")
    assert going.ok and going.reply.text.startswith("You're going to "), going.seen
    removed = await world.command(world.mod, "/meeting remove 1")
    assert removed.ok, removed.seen
    assert said["removed"] in removed.reply.text and said["told"] in removed.reply.text

    replies = [
        r.text for outcome in (added, cancelled, wrong, listed, removed) for r in outcome.replies
    ]
    assert not [e for e in ENGLISH for text in replies if e in text], replies
    assert world.problems() == []
