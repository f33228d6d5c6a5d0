"""The Welsh and English rules (moot.governance.bilingual), property-tested."""

from hypothesis import given
from hypothesis import strategies as st

from moot.governance import bilingual

NATIONS = st.sampled_from(["england", "wales", "scotland", "northern_ireland"])
CHOICES = st.one_of(st.none(), st.sampled_from(["en", "cy", "fr", "", "CY"]), st.text(max_size=4))
TEXT = st.text(max_size=20)
FIELDS = st.dictionaries(st.sampled_from(["title", "reasons", "summary", "matter"]), TEXT)


@given(NATIONS, st.booleans())
def test_only_a_welsh_authority_bound_by_standards_is_bilingual(nation, standards):
    assert bilingual.bilingual(nation, standards) == (nation == "wales" and standards)


@given(CHOICES, CHOICES)
def test_an_english_only_authority_always_shows_english(asked, kept):
    assert bilingual.reader_language(asked, kept, is_bilingual=False) == "en"


@given(CHOICES, CHOICES)
def test_the_address_beats_the_cookie_and_unknown_choices_are_ignored(asked, kept):
    shown = bilingual.reader_language(asked, kept, is_bilingual=True)
    assert shown in bilingual.LANGUAGES
    if asked in bilingual.LANGUAGES:
        assert shown == asked
    elif kept in bilingual.LANGUAGES:
        assert shown == kept
    else:
        assert shown == "en"


@given(TEXT, TEXT, st.sampled_from(["en", "cy"]))
def test_welsh_never_shows_what_the_english_withholds(english, welsh, language):
    shown = bilingual.shown_text(english, welsh, language)
    if not english:
        assert shown == ""  # withheld in English: withheld in Welsh
    elif language == "cy" and welsh.strip():
        assert shown == welsh
    else:
        assert shown == english


@given(FIELDS, FIELDS)
def test_missing_welsh_names_exactly_the_english_fields_without_welsh(english, welsh):
    missing = bilingual.missing_welsh(english, welsh)
    for name, text in english.items():
        needs = bool(text.strip()) and not welsh.get(name, "").strip()
        assert (name in missing) == needs
    assert set(missing) <= set(english)
    assert missing == [n for n in english if n in missing]  # in the order given


def test_the_refusal_names_each_missing_field():
    message = bilingual.welsh_refusal("the agenda", ["Title (item 3)", "Name (the body)"])
    assert "'Title (item 3)'" in message and "'Name (the body)'" in message
    assert "Welsh language standards" in message and "Welsh and English" in message
