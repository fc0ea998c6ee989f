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

from bot.api import OptionError, OptionType, format_list, language_name, literal, translate

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
        def t(key: str, **args) -> str:
            return translate(pctx.locale, key, **args)

        parts = [p.strip() for p in str(raw).replace(" ", ",").split(",") if p.strip()]
        if not parts:
            raise OptionError(t("meetings-option-types-empty"))
        if len(parts) > self.max_items:
            raise OptionError(
                t("meetings-option-types-many", count=len(parts), most=self.max_items)
            )
        found, unknown = [], []
        for part in parts:
            code = code_of(part)
            (found if code else unknown).append(code or part)
        if unknown:
            shown = format_list([f"“{literal(u[:12])}”" for u in unknown[:3]], pctx.locale)
            examples = ", ".join(f"{code} ({type_name(code, t)})" for code in EXAMPLES)
            raise OptionError(
                t("meetings-option-types-unknown", count=len(unknown), codes=shown,
                  examples=examples)
            )  # fmt: skip
        return tuple(dict.fromkeys(found))


#: The codes a wrong type's error offers as examples, each with its name.
EXAMPLES = ("O", "C", "D", "SP", "BE", "W", "M", "ONL")


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
            translate(pctx.locale, "meetings-option-language", value=literal(str(raw)[:20]))
        )
