"""Meeting types: the Meeting Guide spec's type codes, and the words members read.

The codes are code4recovery's Meeting Guide API list (the same ones 12 Step
Meeting List and the Meeting Guide app use). Members type codes (``O,D,ONL``)
and read words ("Open, Discussion, Online") in their own language: the
catalogue's ``meetings-type-name-<code>`` keys, whose Spanish, French and
Portuguese are the spec's own translations (code4recovery/spec
``data/types.json``, commit 404117a), its European Portuguese adapted to
Brazilian usage where the two differ; ONL (not in the spec) and every German
name (the spec has no German) are Haven's. A few codes name the meeting's
language; :data:`LANGUAGE_TYPES` ties them to ISO 639 language codes, so an
imported ``S`` meeting is a Spanish-language meeting and an exported ``es``
meeting carries ``S``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.api import OptionError, OptionType, language_name, literal

#: Code → the spec's English name (the ``meetings-type-name-<code>`` keys say it
#: in each language; a test keeps the English catalogue equal to this).
TYPES: dict[str, str] = {
    "11": "11th Step Meditation", "12x12": "12 Steps & 12 Traditions", "A": "Secular",
    "ABSI": "As Bill Sees It", "AL": "Concurrent with Alateen",
    "AL-AN": "Concurrent with Al-Anon", "ASL": "American Sign Language", "B": "Big Book",
    "BA": "Babysitting Available", "BE": "Newcomer", "BI": "Bisexual", "BRK": "Breakfast",
    "C": "Closed", "CAN": "Candlelight", "CF": "Child-Friendly", "D": "Discussion",
    "DB": "Digital Basket", "DD": "Dual Diagnosis", "DR": "Daily Reflections",
    "EN": "English", "FF": "Fragrance Free", "FR": "French", "G": "Gay", "GER": "German",
    "GR": "Grapevine", "H": "Birthday", "HE": "Hebrew", "ITA": "Italian", "JA": "Japanese",
    "KOR": "Korean", "L": "Lesbian", "LGBTQ": "LGBTQ", "LIT": "Literature",
    "LS": "Living Sober", "M": "Men", "MED": "Meditation", "N": "Native American",
    "NDG": "Indigenous", "O": "Open", "ONL": "Online", "OUT": "Outdoor", "P": "Professionals",
    "POA": "Proof of Attendance", "POC": "People of Color", "POL": "Polish",
    "POR": "Portuguese", "PUN": "Punjabi", "RUS": "Russian", "S": "Spanish",
    "SEN": "Seniors", "SM": "Smoking Permitted", "SP": "Speaker", "ST": "Step Study",
    "T": "Transgender", "TC": "Location Temporarily Closed", "TR": "Tradition Study",
    "W": "Women", "X": "Wheelchair Access", "XB": "Wheelchair-Accessible Bathroom",
    "XT": "Cross Talk Permitted", "Y": "Young People",
}  # fmt: skip
#: Codes looked up without regard to case (``onl`` is ``ONL``).
_BY_UPPER = {code.upper(): code for code in TYPES}

#: Type code → ISO 639-1 language code, for the codes that name a language.
LANGUAGE_TYPES = {
    "EN": "en", "S": "es", "FR": "fr", "GER": "de", "POR": "pt", "ITA": "it", "JA": "ja",
    "KOR": "ko", "POL": "pl", "RUS": "ru", "HE": "he", "PUN": "pa",
}  # fmt: skip
TYPE_OF_LANGUAGE = {lang: code for code, lang in LANGUAGE_TYPES.items()}
LANGUAGES = {
    "en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese",
    "it": "Italian", "ja": "Japanese", "ko": "Korean", "pl": "Polish", "ru": "Russian",
    "he": "Hebrew", "pa": "Punjabi", "fi": "Finnish", "sv": "Swedish", "nl": "Dutch",
    "da": "Danish", "no": "Norwegian", "nb": "Norwegian", "uk": "Ukrainian", "ar": "Arabic",
    "zh": "Chinese", "hi": "Hindi", "tr": "Turkish", "el": "Greek", "cs": "Czech",
    "hu": "Hungarian", "ro": "Romanian", "is": "Icelandic", "fa": "Persian", "vi": "Vietnamese",
    "tl": "Tagalog", "ga": "Irish", "cy": "Welsh", "et": "Estonian", "lt": "Lithuanian",
    "lv": "Latvian", "asl": "American Sign Language",
}  # fmt: skip


def code_of(text: str) -> str | None:
    """The spec's spelling of a type code, or None when it is not one."""
    return _BY_UPPER.get(text.strip().upper())


def type_name(code: str, t: Callable[..., str]) -> str:
    """One type's name in ``t``'s language; a code the spec's list does not
    have (an imported feed's own) as it is."""
    return t(f"meetings-type-name-{code}") if code in TYPES else code


def words(codes: str | tuple[str, ...] | list[str], t: Callable[..., str]) -> str:
    """``O,D,ONL`` as a member reads it, in ``t``'s language (``ctx.t``):
    ``Open, Discussion, Online``; ``Abierta, Discusión, Online``."""
    items = codes.split(",") if isinstance(codes, str) else list(codes)
    return ", ".join(type_name(code, t) for code in items if code)


def language_words(code: str | None, locale: str = "en") -> str:
    """A meeting's language as ``locale`` names it (``es``: Spanish, español,
    Spanisch); in English, and for a language Babel does not know by that code
    (``asl``), :data:`LANGUAGES`' English name."""
    if not code:
        return ""
    english = LANGUAGES.get(code, code)
    if locale.startswith("en") or language_name(code, "en") != english:
        return english
    return language_name(code, locale)


def split(codes: str | None) -> tuple[str, ...]:
    return tuple(code for code in (codes or "").split(",") if code)


@dataclass(frozen=True)
class TypeCodes(OptionType):
    """``O,D,ONL``: Meeting Guide type codes, each checked against the spec's list."""

    presented_as = "text"
    placeholder = "codes"
    example = "O,D,ONL"
    max_items: int = 20

    def parse(self, raw, pctx) -> tuple[str, ...]:
        parts = [p.strip() for p in str(raw).replace(" ", ",").split(",") if p.strip()]
        if not parts:
            raise OptionError("this needs type codes, for example O,D,ONL")
        if len(parts) > self.max_items:
            raise OptionError(f"that is {len(parts)} types; the most is {self.max_items}")
        found, unknown = [], []
        for part in parts:
            code = code_of(part)
            (found if code else unknown).append(code or part)
        if unknown:
            shown = ", ".join(f"“{literal(u[:12])}”" for u in unknown[:3])
            verb = "is not a meeting type" if len(unknown) == 1 else "are not meeting types"
            raise OptionError(
                f"{shown} {verb}; use Meeting Guide codes such as O (Open), C (Closed), "
                "D (Discussion), SP (Speaker), BE (Newcomer), W (Women), M (Men), ONL (Online) — "
                "`/meeting types` lists them all"
            )
        return tuple(dict.fromkeys(found))


@dataclass(frozen=True)
class LanguageCode(OptionType):
    """An ISO 639 language code: ``en``, ``es``, ``fi``."""

    presented_as = "text"
    placeholder = "code"
    example = "en"

    def parse(self, raw, pctx) -> str:
        text = str(raw).strip().lower()
        if text in LANGUAGES or (text.isascii() and text.isalpha() and len(text) in (2, 3)):
            return text
        by_name = {name.lower(): code for code, name in LANGUAGES.items()}
        if text in by_name:
            return by_name[text]
        raise OptionError(
            f"“{literal(str(raw)[:20])}” is not a language code; write it like en, es or fi"
        )
