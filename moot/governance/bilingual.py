"""Welsh and English: which language a reader sees, and what must be in Welsh before it is
published. Pure functions over plain values; nothing here touches the database.

Sources:

- Welsh Language (Wales) Measure 2011, and the Welsh Language Standards (No. 1)
  Regulations 2015 (SI 2015/996): a county or county borough council in Wales bound by
  the standards publishes its agendas, notices and other documents for the public in
  Welsh and English, and must not treat the Welsh less favourably than the English.
- Councils in England and Scotland are bound by no such standards: their pages stay in
  English and nothing here applies.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

ENGLISH = "en"
WELSH = "cy"
#: The languages a reader may choose, each named in itself (as a language switch shows).
LANGUAGES: dict[str, str] = {ENGLISH: "English", WELSH: "Cymraeg"}


def bilingual(nation: str, welsh_language_standards: bool) -> bool:
    """Whether the authority publishes in Welsh and English: only a Welsh authority, and
    only when its Welsh language standards require it (the authority's setting)."""
    return nation == "wales" and bool(welsh_language_standards)


def reader_language(asked: str | None, kept: str | None, *, is_bilingual: bool) -> str:
    """The language a page is shown in.

    ``asked`` is the language in the address (``?lang=cy``), ``kept`` the reader's earlier
    choice (a cookie). The address wins, so a link always shows what it names; an unknown
    value is ignored. An authority that does not publish in Welsh always shows English.
    """
    if not is_bilingual:
        return ENGLISH
    for choice in (asked, kept):
        if choice in LANGUAGES:
            return choice
    return ENGLISH


def shown_text(english: str, welsh: str, language: str) -> str:
    """The text a reader sees of one field.

    In Welsh, the Welsh text where there is one, else the English (better than nothing).
    Where the English is withheld from the public (empty: exempt, or not yet published)
    the Welsh is withheld too, so the Welsh page can never show more than the English.
    """
    if not english:
        return ""
    if language == WELSH and welsh.strip():
        return welsh
    return english


def missing_welsh(english: Mapping[str, str], welsh: Mapping[str, str]) -> list[str]:
    """The fields that have English text but no Welsh, in the order given.

    A field left empty in English needs no Welsh: the standards ask for the same text in
    both languages, not for more text in one.
    """
    return [
        name
        for name, text in english.items()
        if (text or "").strip() and not (welsh.get(name) or "").strip()
    ]


def welsh_refusal(what: str, missing_labels: Sequence[str]) -> str:
    """Why publication is refused, naming the fields still without Welsh text."""
    names = ", ".join(f"'{label}'" for label in missing_labels)
    return (
        f"The authority's Welsh language standards require {what} in Welsh and English: "
        f"add the Welsh text of {names} before publishing."
    )
