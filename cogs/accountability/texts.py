"""What the accountability cog says. Neutral wording throughout: nobody is
told why someone declined, left or was unavailable."""

from __future__ import annotations

from dataclasses import dataclass

from bot.api import Button, ButtonStyle, Member, Message, literal

SOS_ACTION = "partner:sos"
SOS_MOD_ACTION = "partner:sosmod"
SOS_HERE_ACTION = "partner:here"


def name(member: Member) -> str:
    """A member's display name as written (never markup), else a mention."""
    return literal(member.display_name) or f"<@{member.platform_user_id}>"


def names(members: list[Member]) -> str:
    shown = [name(m) for m in members]
    if len(shown) <= 1:
        return "".join(shown)
    return ", ".join(shown[:-1]) + " and " + shown[-1]


def request_sent(user_id: str) -> Message:
    """The answer to a new partner request, the same whoever was named: a
    member, someone who never joined, someone whose DMs are closed (issue 15 —
    no way to learn who uses a recovery bot). Mentions, never stored names."""
    return Message(
        text=f"If <@{user_id}> uses Haven here, they'll get your request privately — by DM, "
        "or in `/partner list`. Nothing is set up unless they accept, and I'll let you know "
        "when they answer."
    )


def already_asked(user_id: str) -> Message:
    return Message(
        text=f"You've already asked <@{user_id}>. If they use Haven here, they can answer "
        "any time in the two weeks a request stays open.",
        error=True,
    )


def request_dm(requester: Member, request_id: int) -> Message:
    return Message(
        text=f"{name(requester)} would like to be accountability partners with you. "
        "If you accept, Haven opens a private space just for the two of you. "
        "No reason is needed either way — if you decline, they only hear that you're "
        "not available right now.",
        title="A partner request",
        buttons=(
            Button(f"partner:accept:{request_id}", "Accept", ButtonStyle.PRIMARY),
            Button(f"partner:decline:{request_id}", "Decline"),
        ),
    )


def welcome(members: list[Member], pod: bool) -> Message:
    who = "pod" if pod else "partnership"
    return Message(
        title=f"Welcome to your {who}",
        text=f"This private space is for {names(members)} only.\n"
        "- What's said here stays here: please keep it confidential.\n"
        "- Peer support is not a substitute for professional help. "
        "In crisis? Use `/crisis` any time.\n"
        "- Anyone can step away at any time with `/partner leave`, no reason needed.\n"
        "- Need someone now? Press **SOS** or use `/sos` to alert your partners privately.\n"
        "Haven does not store or read what you write here.",
        buttons=(Button(SOS_ACTION, "SOS", ButtonStyle.DANGER),),
    )


NO_PARTNERS_BEFORE_CONSENT = "Partners you find with `/partner` are alerted when you use `/sos`."
PARTNERS_UNREACHABLE = (
    "I can't reach your partners right now — please call or text someone directly. "
    "The resources above are there any time."
)
WHY_NOT = {
    "closed": "their direct messages are closed",
    "gone": "their account is no longer active",
    "error": "the message didn't go through",
}


def why_not(reason: str) -> str:
    """Why a platform did not deliver a message, in a member's words."""
    return WHY_NOT.get(reason, WHY_NOT["error"])


@dataclass(frozen=True)
class SosOutcome:
    """How one partner was reached: ``dm``, ``space`` (a mention in the private
    space the two share) or None; ``why`` the DM did not go through."""

    partner: Member
    how: str | None
    why: str = ""


def sos_outcome(outcomes: list[SosOutcome], *, moderators: bool) -> str:
    """Exactly who was reached and how, and who was not — never "I've let X
    know" for an X the platform did not deliver to (PRIVACY.md P14)."""
    if not outcomes:
        lead = "You don't have partners yet, so no one was alerted."
        if moderators:
            lead += (
                " If you'd like, I can tell the moderators — only that someone asked "
                "for support, not who."
            )
        return lead
    lines = []
    by_dm = [o.partner for o in outcomes if o.how == "dm"]
    if by_dm:
        verb = "has" if len(by_dm) == 1 else "have"
        lines.append(f"{names(by_dm)} {verb} your alert by private message.")
    for o in outcomes:
        why = why_not(o.why)
        if o.how == "space":
            lines.append(
                f"I couldn't reach {name(o.partner)} by DM — {why} — so I posted in the "
                "private space you share, mentioning them."
            )
        elif o.how is None:
            lines.append(
                f"I couldn't reach {name(o.partner)} — {why} — and you share no private "
                "space where I could mention them."
            )
    if not by_dm and all(o.how is None for o in outcomes):
        lines.append("No one has your alert, so please call or text someone directly.")
        if moderators:
            lines.append(
                "If you'd like, I can tell the moderators — only that someone asked "
                "for support, not who."
            )
    return "\n".join(lines)


def sos_space_post(member: Member, partner: Member, alert_id: int) -> Message:
    return Message(
        text=f"<@{partner.platform_user_id}> — {name(member)} could use a call right now. "
        "A message or call from you could mean a lot. Press **I'm here** so they know.",
        buttons=(here_button(alert_id),),
    )


def here_note(partner: Member, first: bool) -> Message:
    """To the member who asked for support: a partner answered."""
    if first:
        return Message(text=f"{name(partner)} is here for you — they pressed **I'm here**.")
    return Message(text=f"{name(partner)} is here for you too.")


def no_answer_note(resources: Message, moderators: bool, alert_id: int) -> Message:
    """To the member, when no partner answered in time: helplines again, and
    — only if they choose — an anonymous note to the moderators."""
    lead = (
        "None of your partners has answered yet. You don't have to wait for them: "
        "these lines are there right now."
    )
    buttons = ()
    if moderators:
        lead += (
            " If you'd like, I can tell the moderators that someone asked for support — not who."
        )
        buttons = (
            Button(f"{SOS_MOD_ACTION}:{alert_id}", "Let a moderator know", ButtonStyle.PRIMARY),
        )
    return Message(title=resources.title, text=f"{lead}\n\n{resources.text}", buttons=buttons)


def here_button(alert_id: int) -> Button:
    return Button(f"{SOS_HERE_ACTION}:{alert_id}", "I'm here", ButtonStyle.PRIMARY)


def sos_dm(member: Member, alert_id: int) -> Message:
    return Message(
        text=f"{name(member)} could use a call right now. "
        "A message or call from you could mean a lot. Press **I'm here** so they know.",
        buttons=(here_button(alert_id),),
    )


def left_note(member: Member, kind: str, closed: bool) -> Message:
    text = f"{name(member)} has stepped away from your {'pod' if kind == 'pod' else 'partnership'}."
    if closed:
        text += " Your shared space is now closed. `/partner pool join` can match you again."
    return Message(text=text)


def moderators_note() -> Message:
    return Message(text="Someone asked for support.")


def matched_dm(others: list[Member], space_id: str | None) -> Message:
    where = f" Your private space: <#{space_id}>." if space_id else ""
    return Message(
        text=f"You've been matched into a pod with {names(others)}.{where} "
        "Say hello when you're ready; `/partner leave` steps away at any time, no reason needed."
    )


def no_new_pod_dm() -> Message:
    """For a pooled member no pod could take: never says who or why (a decline
    stays private)."""
    return Message(
        text="No new pod this week: everyone in the pool has already been in a pod with you "
        "or isn't available to you. You stay in the pool for the next match; "
        "`/partner pool leave` takes you out."
    )


def quiet_dm(member: Member) -> Message:
    return Message(
        text=f"{name(member)} hasn't checked in for a few days — a friendly message might help."
    )


def scheduled_match_note(summary: str, late: bool) -> Message:
    text = summary
    if late:
        text += " (This ran a little later than planned.)"
    return Message(title="Scheduled pod matching", text=text)
