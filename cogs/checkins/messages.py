"""What the check-in cog says, from its catalogue (``locales/``): each
function takes ``t``, the member's ``ctx.t`` (English by default). Supportive,
never judging; notes never leave the member's own private replies."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from bot.api import Button, ButtonStyle, Context, Form, FormField, Message

from .arithmetic import Period
from .models import CheckIn
from .triggers import word as triggers_word
from .words import Say, english

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
        noun="checkins-field-craving",
    ),
    FormField("sober", "Sober today", input="tick", required=False, noun="checkins-field-sober"),
    FormField(
        "note",
        "Note — only you can see it",
        required=False,
        multiline=True,
        max_length=1000,
        noun="checkins-field-note",
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
        noun="checkins-field-triggers",
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
            noun="checkins-field-mood",
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

#: Each field's label (and placeholder) in the catalogue, by field name.
_FIELD_KEYS = {
    "mood": "checkins-form-mood",
    "craving": "checkins-form-craving",
    "sober": "checkins-form-sober",
    "note": "checkins-form-note",
    "triggers": "checkins-form-triggers",
}


def in_language(form_: Form, t: Say) -> Form:
    """``form_`` as the member reads it: title, labels, the mood's words, the
    triggers' placeholder and the button. Values and checks stay the declared
    form's (:func:`bot.api.form` validates against that one)."""

    def field(fld: FormField) -> FormField:
        changed = replace(fld, label=t(_FIELD_KEYS[fld.name]))
        if fld.name == "mood":
            changed = replace(changed, words=mood_words(t))
        if fld.name == "triggers":
            changed = replace(changed, placeholder=t("checkins-form-triggers-placeholder"))
        return changed

    checkin = form_.form_id == CHECKIN_FORM.form_id
    return replace(
        form_,
        title=t("checkins-form-title" if checkin else "checkins-more-title"),
        fields=tuple(field(f) for f in form_.fields),
        submit_label=t("checkins-form-submit" if checkin else "checkins-more-submit"),
    )


def mood_words(t: Say = english) -> tuple[str, ...]:
    """The words for moods 1 to 5 ("very low" … "very good")."""
    return tuple(t(f"checkins-mood-{m}") for m in MOODS)


def describe(checkin: CheckIn, *, sober: bool = True, t: Say = english) -> str:
    """Mood and craving, and sober when given (and ``sober``) — never the note."""
    word = t(f"checkins-mood-{checkin.mood}")
    parts = [t("checkins-described-mood", mood=checkin.mood, word=word)]
    if checkin.craving is not None:
        parts.append(t("checkins-described-craving", craving=checkin.craving))
    if sober and checkin.sober is not None:
        parts.append(
            t("checkins-described-sober" if checkin.sober else "checkins-described-not-sober")
        )
    return ", ".join(parts)


def streak_line(days: int, t: Say = english) -> str:
    return t("checkins-streak-days", days=max(days, 1))


#: Which day a late answer was saved for: the catalogue key and the day.
Saved = tuple[str, date]


def checked_in(
    ctx: Context,
    checkin: CheckIn,
    *,
    updated: bool,
    streak: int | None,
    quick: bool = False,
    triggers: list[str] | None = None,
    more: bool = False,
    saved_for: Saved | None = None,
) -> Message:
    """``saved_for`` leads the reply instead when the day saved needs saying
    (a prompt answered the next day: "Saved for yesterday, Monday 30 November")."""
    t = ctx.t
    said = describe(checkin, t=t)
    if saved_for:
        key, day = saved_for
        head = t(key, date=day_month(day, ctx), checkin=said)
    elif more:
        head = t("checkins-added-today", checkin=said)
    elif updated:
        head = t("checkins-updated", checkin=said)
    else:
        head = t("checkins-checked-in", date=day_month(checkin.local_date, ctx), checkin=said)
    lines = [head]
    if checkin.note is not None:
        lines.append(t("checkins-note-saved"))
    if triggers:
        said_tags = ", ".join(triggers_word(tag, t) for tag in triggers)
        lines.append(t("checkins-triggers-noted", triggers=said_tags))
    if streak is not None:  # None: the member turned streak counts off
        lines.append(streak_line(streak, t))
    lines.extend(hard_day(checkin, t))
    buttons = (more_button(t, checkin.local_date if saved_for else None),) if quick else ()
    return Message(text="\n".join(lines), buttons=buttons)


def help_now(t: Say = english) -> str:
    return t("checkins-help-now")


def hard_day(checkin: CheckIn, t: Say = english) -> list[str]:
    """A kind word for a very low mood, a strong craving or a slip, then where
    help is — once, however many apply. Nothing is changed for the member: a
    sober counter restarts only if they choose to."""
    words = []
    if checkin.mood == 1:
        words.append(t("checkins-hard-very-low"))
    if checkin.craving is not None and checkin.craving >= HIGH_CRAVING:
        words.append(t("checkins-hard-craving"))
    if checkin.sober is False:
        words.append(t("checkins-hard-not-sober"))
    return [*words, help_now(t)] if words else []


def more_button(t: Say = english, day: date | None = None) -> Button:
    """ "Add craving and a note" — for ``day`` when that is not the day it is pressed."""
    button = replace(MORE_BUTTON, label=t("checkins-more-button"))
    if day is None:
        return button
    return replace(button, action_id=f"{MORE_BUTTON.action_id}:{day.isoformat()}")


def saved_on(day: date, today: date, *, more: bool = False) -> Saved:
    """Which day a late answer was saved for, as a catalogue key and the day."""
    if more:
        return "checkins-added-on", day
    if day == today - timedelta(days=1):
        return "checkins-saved-yesterday", day
    return ("checkins-saved-today" if day == today else "checkins-saved-on"), day


def prompt_message(late: bool, day: date | None = None, t: Say = english) -> Message:
    """The daily prompt; its buttons carry ``day``, the local date it asks about,
    so an answer the next morning is saved for the day asked about."""
    text = t("checkins-prompt")
    if late:
        text += "\n" + t("checkins-late")
    return Message(
        text=text,
        title=t("checkins-prompt-title"),
        buttons=tuple(
            Button(f"checkin:quick:{m}" + (f":{day.isoformat()}" if day else ""), str(m))
            for m in range(1, 6)
        ),
    )


def _avg(value: float | None, scale: int, t: Say) -> str:
    # Rounded here as the English "3.5/5" always was; the catalogue writes the decimal.
    return "—" if value is None else t("checkins-average", average=round(value, 1), scale=scale)


def summary_text(
    week: Period,
    month: Period,
    trend: str | None,
    streak: int | None,
    quarter: Period | None = None,
    t: Say = english,
) -> str:
    """``streak`` None or 0 says nothing of streaks (None: the member turned them off)."""
    periods = [(7, week), (30, month)] + ([(90, quarter)] if quarter is not None else [])
    lines = [
        t(
            "checkins-summary-period",
            days=days,
            count=period.checked_in,
            mood=_avg(period.mood, 5, t),
            craving=_avg(period.craving, 10, t),
        )
        for days, period in periods
    ]
    if trend in ("lower", "higher", "steady"):
        lines.append(t(f"checkins-trend-{trend}"))
    if streak:
        lines.append(streak_line(streak, t))
    return "\n".join(lines)


def partner_note(
    name: str, checkin: CheckIn, updated: bool, *, sober: bool = False, t: Say = english
) -> Message:
    """What a partner gets, in the partner's language: mood and craving; "sober
    today" only if the member opted in (``/checkin share partners sober:yes``)."""
    key = "checkins-partner-updated" if updated else "checkins-partner-checked-in"
    lines = [t(key, name=name, checkin=describe(checkin, sober=sober, t=t))]
    if checkin.craving is not None and checkin.craving >= HIGH_CRAVING:
        lines.append(t("checkins-partner-high", craving=checkin.craving))
    return Message(text="\n".join(lines), title=t("checkins-partner-title"))


def sharing_with_partners(sober: bool, t: Say = english) -> str:
    """The /checkin share partners reply: exactly what partners will see."""
    key = "checkins-share-partners-sober" if sober else "checkins-share-partners"
    return t(key, high=HIGH_CRAVING)


def channel_line(name: str | None, checkin: CheckIn, t: Say = english) -> str:
    """The check-in channel's line, in the community's language: mood and craving only."""
    parts = [t("checkins-described-mood-short", mood=checkin.mood)]
    if checkin.craving is not None:
        parts.append(t("checkins-described-craving", craving=checkin.craving))
    if name is None:
        return t("checkins-channel-anonymous", checkin=", ".join(parts))
    return t("checkins-channel-named", name=name, checkin=", ".join(parts))


def day_word(day: date, ctx: Context | None = None) -> str:
    """A date with its weekday: English as it always read ("Sunday 27 December
    2026"), other languages as Babel writes them in full."""
    if ctx is None or ctx.locale == "en":
        return f"{day:%A %d %B %Y}"
    return ctx.format_date(day, "full")


def day_month(day: date, ctx: Context | None = None) -> str:
    """A date with its weekday, the year left out in English ("Monday 07
    December"); other languages read Babel's full date."""
    if ctx is None or ctx.locale == "en":
        return f"{day:%A %d %B}"
    return ctx.format_date(day, "full")
