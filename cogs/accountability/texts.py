"""What the accountability cog says. Neutral wording throughout: nobody is
told why someone declined, left or was unavailable.

Every word is in ``locales/<locale>/accountability.ftl`` (issue #22): each
function takes ``t`` — ``ctx.t``, or :meth:`Context.speaker` for whoever reads the
message (a partner's DM is in the partner's language)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.api import (
    Button,
    ButtonStyle,
    Member,
    Message,
    literal,
)

#: Says a catalogue key with its arguments, in one language (``ctx.t``).
Say = Callable[..., str]


SOS_ACTION = "partner:sos"
SOS_MOD_ACTION = "partner:sosmod"
SOS_HERE_ACTION = "partner:here"


def name(member: Member) -> str:
    """A member's display name as written (never markup), else a mention."""
    return literal(member.display_name) or f"<@{member.platform_user_id}>"


def names(members: list[Member], t: Say) -> str:
    shown = [name(m) for m in members]
    if len(shown) <= 1:
        return "".join(shown)
    return t("accountability-names", first=", ".join(shown[:-1]), last=shown[-1])


def request_sent(user_id: str, t: Say) -> Message:
    """The answer to a new partner request, the same whoever was named: a
    member, someone who never joined, someone whose DMs are closed (issue 15 —
    no way to learn who uses a recovery bot). Mentions, never stored names."""
    return Message(text=t("accountability-request-sent", mention=f"<@{user_id}>"))


def already_asked(user_id: str, t: Say) -> Message:
    return Message(text=t("accountability-request-asked", mention=f"<@{user_id}>"), error=True)


def request_dm(requester: Member, request_id: int, t: Say) -> Message:
    """To the member asked (``t``: theirs)."""
    return Message(
        text=t("accountability-request-dm", name=name(requester)),
        title=t("accountability-request-dm-title"),
        buttons=(
            Button(
                f"partner:accept:{request_id}",
                t("accountability-request-accept-button"),
                ButtonStyle.PRIMARY,
            ),
            Button(f"partner:decline:{request_id}", t("accountability-request-decline-button")),
        ),
    )


def welcome(members: list[Member], pod: bool, t: Say) -> Message:
    """The first message in a new private space (``t``: the community's)."""
    return Message(
        title=t("accountability-welcome-title", kind="pod" if pod else "pair"),
        text=t("accountability-welcome", names=names(members, t)),
        buttons=(Button(SOS_ACTION, t("accountability-welcome-sos-button"), ButtonStyle.DANGER),),
    )


WHY_NOT = ("closed", "gone", "error")


def why_not(reason: str, t: Say) -> str:
    """Why a platform did not deliver a message, in a member's words."""
    return t(f"accountability-why-{reason if reason in WHY_NOT else 'error'}")


@dataclass(frozen=True)
class SosOutcome:
    """How one partner was reached: ``dm``, ``space`` (a mention in the private
    space the two share) or None; ``why`` the DM did not go through."""

    partner: Member
    how: str | None
    why: str = ""


def sos_outcome(outcomes: list[SosOutcome], t: Say, *, moderators: bool) -> str:
    """Exactly who was reached and how, and who was not — never "I've let X
    know" for an X the platform did not deliver to (PRIVACY.md P14)."""
    if not outcomes:
        if moderators:
            return t("accountability-sos-no-partners-moderators")
        return t("accountability-sos-no-partners")
    lines = []
    by_dm = [o.partner for o in outcomes if o.how == "dm"]
    if by_dm:
        lines.append(t("accountability-sos-by-dm", count=len(by_dm), names=names(by_dm, t)))
    for o in outcomes:
        why = why_not(o.why, t)
        if o.how == "space":
            lines.append(t("accountability-sos-in-space", name=name(o.partner), why=why))
        elif o.how is None:
            lines.append(t("accountability-sos-not-reached", name=name(o.partner), why=why))
    if not by_dm and all(o.how is None for o in outcomes):
        lines.append(t("accountability-sos-no-one"))
        if moderators:
            lines.append(t("accountability-sos-offer-moderators"))
    return "\n".join(lines)


def moderator_button(alert_id: int, t: Say) -> Button:
    """The member's own choice to tell the moderators, anonymously."""
    return Button(
        f"{SOS_MOD_ACTION}:{alert_id}",
        t("accountability-sos-moderator-button"),
        ButtonStyle.PRIMARY,
    )


def sos_space_post(member: Member, partner: Member, alert_id: int, t: Say) -> Message:
    """In a space the two share, to a partner whose DMs are closed (``t``: theirs)."""
    text = t(
        "accountability-sos-space-post", mention=f"<@{partner.platform_user_id}>", name=name(member)
    )
    return Message(text=text, buttons=(here_button(alert_id, t),))


def here_note(partner: Member, first: bool, t: Say) -> Message:
    """To the member who asked for support: a partner answered."""
    if first:
        return Message(text=t("accountability-sos-here-first", name=name(partner)))
    return Message(text=t("accountability-sos-here-too", name=name(partner)))


def no_answer_note(resources: Message, moderators: bool, alert_id: int, t: Say) -> Message:
    """To the member, when no partner answered in time: helplines again, and
    — only if they choose — an anonymous note to the moderators."""
    if not moderators:
        lead = t("accountability-sos-no-answer")
        return Message(title=resources.title, text=f"{lead}\n\n{resources.text}")
    lead = t("accountability-sos-no-answer-moderators")
    return Message(
        title=resources.title,
        text=f"{lead}\n\n{resources.text}",
        buttons=(moderator_button(alert_id, t),),
    )


def here_button(alert_id: int, t: Say) -> Button:
    return Button(
        f"{SOS_HERE_ACTION}:{alert_id}", t("accountability-sos-here-button"), ButtonStyle.PRIMARY
    )


def sos_dm(member: Member, alert_id: int, t: Say) -> Message:
    """To a partner (``t``: theirs)."""
    return Message(
        text=t("accountability-sos-dm", name=name(member)), buttons=(here_button(alert_id, t),)
    )


def left_note(member: Member, kind: str, closed: bool, t: Say) -> Message:
    """To each of the others (``t``: theirs): who stepped away, never why."""
    key = "accountability-left-closed" if closed else "accountability-left"
    return Message(text=t(key, kind="pod" if kind == "pod" else "pair", name=name(member)))


def moderators_note(t: Say) -> Message:
    return Message(text=t("accountability-sos-moderators-note"))


def matched_dm(others: list[Member], space_id: str | None, t: Say) -> Message:
    """To each member matched (``t``: theirs)."""
    if space_id:
        space = f"<#{space_id}>"
        return Message(text=t("accountability-matched-space", names=names(others, t), space=space))
    return Message(text=t("accountability-matched", names=names(others, t)))


def no_new_pod_dm(t: Say) -> Message:
    """For a pooled member no pod could take: never says who or why (a decline
    stays private)."""
    return Message(text=t("accountability-no-new-pod"))


def quiet_dm(member: Member, t: Say) -> Message:
    """To a partner (``t``: theirs) about ``member``, gone quiet."""
    return Message(text=t("accountability-quiet-nudge", name=name(member)))


def scheduled_match_note(summary: str, late: bool, t: Say) -> Message:
    """To the moderators' channel (``t``: the community's): counts only."""
    text = summary
    if late:
        text += " " + t("accountability-match-late")
    return Message(title=t("accountability-match-scheduled-title"), text=text)
