"""What the check-in cog says. Supportive, never judging; notes never leave
the member's own private replies."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from bot.api import Button, ButtonStyle, Form, FormField, Message

from .arithmetic import Period
from .models import CheckIn

HIGH_CRAVING = 8  # partners who get check-ins are asked to reach out from here

MOODS = {1: "very low", 2: "low", 3: "okay", 4: "good", 5: "very good"}

#: Craving, sober today and the note: the whole form, and the "add the rest" one.
REST_OF_CHECKIN = (
    FormField(
        "craving",
        "Craving (0 none – 10 very strong)",
        input="int",
        min_value=0,
        max_value=10,
        placeholder="2",
    ),
    FormField("sober", "Sober today", input="tick", required=False),
    FormField(
        "note",
        "Note — only you can see it",
        required=False,
        multiline=True,
        max_length=1000,
        noun="the note",
    ),
    # The community's triggers fill its choices when the form opens
    # (triggers.form_field); declared without, a submission's picks are checked
    # against the community's list by the cog.
    FormField(
        "triggers",
        "Triggers today (optional, only you see them)",
        input="multi",
        required=False,
        placeholder="Anything that weighed on you?",
        noun="triggers",
    ),
)

CHECKIN_FORM = Form(
    form_id="checkin",
    title="Daily check-in",
    fields=(
        FormField(
            "mood",
            "Mood (1 very low – 5 very good)",
            input="int",
            min_value=1,
            max_value=5,
            placeholder="4",
            words=tuple(MOODS.values()),
        ),
        *REST_OF_CHECKIN,
    ),
    submit_label="Check in",
)

MORE_FORM = Form(
    form_id="checkin:more",
    title="The rest of today's check-in",
    fields=(*REST_OF_CHECKIN,),
    submit_label="Save",
)

MORE_BUTTON = Button("checkin:more", "Add craving and a note", ButtonStyle.PRIMARY)


def describe(checkin: CheckIn, *, sober: bool = True) -> str:
    """Mood and craving, and sober when given (and ``sober``) — never the note."""
    parts = [f"mood {checkin.mood}/5 ({MOODS[checkin.mood]})"]
    if checkin.craving is not None:
        parts.append(f"craving {checkin.craving}/10")
    if sober and checkin.sober is not None:
        parts.append("sober today" if checkin.sober else "not sober today")
    return ", ".join(parts)


def streak_line(days: int) -> str:
    if days <= 1:
        return "Day 1 of a streak — every check-in counts."
    return f"{days} days in a row — thank you for showing up for yourself."


def checked_in(
    checkin: CheckIn,
    *,
    updated: bool,
    streak: int | None,
    quick: bool = False,
    triggers: list[str] | None = None,
    more: bool = False,
    saved_for: str | None = None,
) -> Message:
    """``saved_for`` leads the reply instead when the day saved needs saying
    (a prompt answered the next day: "Saved for yesterday, Monday 30 November")."""
    day = f"{checkin.local_date:%A %d %B}"
    if saved_for:
        head = f"{saved_for}: {describe(checkin)}."
    elif more:
        head = f"Added to today's check-in: {describe(checkin)}."
    elif updated:
        head = f"You had already checked in today, so I updated it: {describe(checkin)}."
    else:
        head = f"Checked in for {day}: {describe(checkin)}."
    lines = [head]
    if checkin.note is not None:
        lines.append("Your note is saved privately.")
    if triggers:
        lines.append(f"Triggers noted, only for you: {', '.join(triggers)} (`/checkin patterns`).")
    if streak is not None:  # None: the member turned streak counts off
        lines.append(streak_line(streak))
    lines.extend(hard_day(checkin))
    buttons = (more_button(checkin.local_date if saved_for else None),) if quick else ()
    return Message(text="\n".join(lines), buttons=buttons)


HELP_NOW = "If you need someone now, `/sos` reaches your partners and `/crisis` lists helplines."


def hard_day(checkin: CheckIn) -> list[str]:
    """A kind word for a very low mood, a strong craving or a slip, then where
    help is — once, however many apply. Nothing is changed for the member: a
    sober counter restarts only if they choose to."""
    words = []
    if checkin.mood == 1:
        words.append("A very low day is hard, and you still checked in — that matters.")
    if checkin.craving is not None and checkin.craving >= HIGH_CRAVING:
        words.append("Cravings that strong are hard.")
    if checkin.sober is False:
        words.append(
            "Thank you for being honest. A slip is part of many recoveries and doesn't "
            "undo the days behind it. Your sober counter stays as it is unless you "
            "choose to restart it (`/sober reset`)."
        )
    return [*words, HELP_NOW] if words else []


def more_button(day: date | None = None) -> Button:
    """ "Add craving and a note" — for ``day`` when that is not the day it is pressed."""
    if day is None:
        return MORE_BUTTON
    return replace(MORE_BUTTON, action_id=f"{MORE_BUTTON.action_id}:{day.isoformat()}")


def saved_on(day: date, today: date, *, more: bool = False) -> str:
    """Which day a late answer was saved for, in words."""
    if more:
        return f"Added to {day:%A %d %B}'s check-in"
    when = "yesterday" if day == today - timedelta(days=1) else "today" if day == today else ""
    return f"Saved for {when + ', ' if when else ''}{day:%A %d %B}"


def prompt_message(late: bool, day: date | None = None) -> Message:
    """The daily prompt; its buttons carry ``day``, the local date it asks about,
    so an answer the next morning is saved for the day asked about."""
    text = (
        "How are you today? Tap your mood — 1 very low, 5 very good — or use `/checkin` "
        "for the full form."
    )
    if late:
        text += "\n(This comes a little late — Haven was away for a while.)"
    return Message(
        text=text,
        title="Daily check-in",
        buttons=tuple(
            Button(f"checkin:quick:{m}" + (f":{day.isoformat()}" if day else ""), str(m))
            for m in range(1, 6)
        ),
    )


def _avg(value: float | None, scale: int) -> str:
    return "—" if value is None else f"{value:.1f}/{scale}"


def summary_text(
    week: Period,
    month: Period,
    trend: str | None,
    streak: int | None,
    quarter: Period | None = None,
) -> str:
    """``streak`` None or 0 says nothing of streaks (None: the member turned them off)."""
    lines = [
        f"**Last 7 days:** checked in {week.checked_in} of 7 days · mood {_avg(week.mood, 5)}"
        f" · craving {_avg(week.craving, 10)}",
        f"**Last 30 days:** checked in {month.checked_in} of 30 days · mood "
        f"{_avg(month.mood, 5)} · craving {_avg(month.craving, 10)}",
    ]
    if quarter is not None:
        lines.append(
            f"**Last 90 days:** checked in {quarter.checked_in} of 90 days · mood "
            f"{_avg(quarter.mood, 5)} · craving {_avg(quarter.craving, 10)}"
        )
    if trend == "lower":
        lines.append("Cravings were lower this week than in the weeks before.")
    elif trend == "higher":
        lines.append(
            "Cravings were higher this week than in the weeks before — be gentle with "
            "yourself, and reach out if it helps."
        )
    elif trend == "steady":
        lines.append("Cravings were about the same this week as in the weeks before.")
    if streak:
        lines.append(streak_line(streak))
    return "\n".join(lines)


def partner_note(name: str, checkin: CheckIn, updated: bool, *, sober: bool = False) -> Message:
    """What a partner gets: mood and craving; "sober today" only if the member
    opted in (``/checkin share partners sober:yes``)."""
    verb = "updated today's check-in" if updated else "checked in"
    lines = [f"{name} {verb}: {describe(checkin, sober=sober)}."]
    if checkin.craving is not None and checkin.craving >= HIGH_CRAVING:
        lines.append(
            f"Their craving is high today ({checkin.craving}/10) — they may appreciate "
            "you reaching out."
        )
    return Message(text="\n".join(lines), title="Partner check-in")


def sharing_with_partners(sober: bool) -> str:
    """The /checkin share partners reply: exactly what partners will see."""
    if sober:
        seen = "your mood, your craving and whether you were sober today (when you say)"
        other = "`/checkin share partners` stops sharing whether you were sober."
    else:
        seen = "your mood and your craving — not whether you were sober today"
        other = "`/checkin share partners sober:yes` also tells them whether you were sober."
    return (
        f"After each check-in your accountability partners will get a private message "
        f"with {seen}. Your notes are never shared. When a craving is {HIGH_CRAVING} or "
        f"more, they are asked to reach out.\n{other}"
    )


def channel_line(name: str | None, checkin: CheckIn) -> str:
    who = name or "A member"
    parts = [f"mood {checkin.mood}/5"]
    if checkin.craving is not None:
        parts.append(f"craving {checkin.craving}/10")
    return f"{who} checked in today: {', '.join(parts)}."


def day_word(day: date) -> str:
    return f"{day:%A %d %B %Y}"
