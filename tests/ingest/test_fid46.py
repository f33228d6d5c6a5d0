"""Round 46: names in attendance lists (``split_name_list`` and its neighbours).

Each rule on small texts, each refused shape left unread, and Hypothesis: every name read
is made of the list's own words (an honorific aside), no name is empty, and a mangled list
gives a reading or nothing, never a traceback."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.names import fold, normalise_name
from moot.ingest.parse import parse_document
from moot.ingest.parse.name_lists import (
    HONORIFIC,
    reads_as_person,
    split_name_list,
)
from tests.ingest.mangling import MANGLING, spliced


def names(text: str) -> list[str]:
    return [e.name for e in split_name_list(text)]


def families(text: str) -> list[str]:
    return [normalise_name(e.name).family for e in split_name_list(text)]


# --- rules -----------------------------------------------------------------------------


def test_an_honorific_run_into_an_initial_is_parted_from_it():
    assert names("CllrsJ Crockett (Holiday); S Hills (Business)") == [
        "Cllr J Crockett",
        "Cllr S Hills",
    ]
    assert names("Cllr T R Sturgis; MrsE. Blacker;") == ["Cllr T R Sturgis", "Mrs E. Blacker"]


def test_a_welsh_honorific_repeated_without_a_comma_opens_the_next_person():
    assert names("Cyng. A Jones Cyng. B Evans") == ["Cyng A Jones", "Cyng B Evans"]


def test_a_time_after_a_name_is_no_part_of_it():
    assert names("Councillor George Farlow (GF), PC Ian Gollan at 7.15pm") == [
        "Councillor George Farlow",
        "PC Ian Gollan",
    ]
    assert names("Cllr A Bee, Cllr C Dee arrived 7.40pm") == ["Cllr A Bee", "Cllr C Dee"]
    assert names("Cllr A Bee, Cllr C Dee from 19.45 hrs") == ["Cllr A Bee", "Cllr C Dee"]


def test_lower_case_particles_belong_to_the_family_name():
    assert families("Mr A. de Costa, Mr R. Cooke") == ["de Costa", "Cooke"]
    assert families("Cllr Le Poidevin, Cllr van der Berg, Cllr St John") == [
        "Le Poidevin",
        "van der Berg",
        "St John",
    ]
    assert normalise_name("van der Berg").family == "van der Berg"


def test_initials_pairs_may_end_in_a_two_word_family_name():
    assert names("S. Mumford J. Pughe Roberts") == ["S. Mumford", "J. Pughe Roberts"]


def test_a_lone_initial_parted_from_its_family_name_by_a_comma_is_joined_to_it():
    assert names("R Miller, M. Brown, D, Watson") == ["R Miller", "M. Brown", "D Watson"]


def test_a_name_then_a_bodys_letters_and_an_office():
    found = split_name_list("Ian Todd CSU Manager and Hilary Mott")
    assert [e.name for e in found] == ["Ian Todd", "Hilary Mott"]
    assert found[0].role_text == "CSU Manager"


def test_family_names_with_their_initials_after_them():
    assert names("Smith J, Jones K A") == ["J Smith", "K A Jones"]
    assert names("SMITH, John; JONES, Mary") == ["John SMITH", "Mary JONES"]
    assert families("SMITH, John") == ["Smith"]


def test_four_words_are_two_people_where_every_other_entry_is_two_words():
    assert names("Andrew Hassan, Paul Johnston Jim Gifford") == [
        "Andrew Hassan",
        "Paul Johnston",
        "Jim Gifford",
    ]
    assert names("Simon Smith, Cllr Ros Surtees Kirsty Peden, Hazel Kerr ( & Council)") == [
        "Simon Smith",
        "Cllr Ros Surtees",
        "Kirsty Peden",
        "Hazel Kerr",
    ]


def test_an_office_label_with_its_colon_opens_the_next_entry():
    assert names("WDC Cllr A Rhead Parish Clerk: Mrs Jennifer Bendall Public: None") == [
        "Cllr A Rhead",
        "Mrs Jennifer Bendall",
    ]
    assert names("Cllr A Bee Note: Smith") == ["Cllr A Bee"]


def test_an_honorific_and_ward_is_a_family_name():
    assert reads_as_person("Cllr Ward") and reads_as_person("Mrs Ward")
    assert not reads_as_person("Ward") and not reads_as_person("Ward Councillor")
    assert not reads_as_person("Cllr Head")  # "Head" may open a post's title
    assert "Cllr Ward" in names("Councillors Tompsett, Ward and Webb")


def test_roles_and_organisations_mixed_in():
    found = split_name_list("John Smith (Chair), Mary Jones – Clerk, PCSO Brown (Police)")
    assert [e.name for e in found] == ["John Smith", "Mary Jones", "PCSO Brown"]
    assert [e.role_text for e in found] == ["Chair", "Clerk", "Police"]


# --- refused shapes --------------------------------------------------------------------


def test_a_plural_honorific_before_one_run_of_words_reads_nobody():
    assert names("Cllrs Smith Jones Brown") == []
    assert names("Councillors Smith Jones") == []
    # with commas the plural carries over as before
    assert names("Cllrs Smith, Jones and Brown") == ["Cllr Smith", "Cllr Jones", "Cllr Brown"]


def test_a_title_without_a_name_reads_nobody():
    assert names("the MSP") == []
    assert names("the Clerk and 5 members of the public") == []


def test_three_or_five_words_run_together_are_left_whole_or_unread():
    # "Jill Powlett Brown" may be one person: never parted
    assert names("Arne Strid, Jill Powlett Brown") == ["Arne Strid", "Jill Powlett Brown"]
    assert names("Mrs Pat Jones John Hedley Jones, Mrs Susan Northam") == ["Mrs Susan Northam"]


def test_four_words_are_not_parted_where_the_list_has_other_shapes():
    # another entry with initials: where the names part cannot be told
    assert "Paul Johnston" not in names("A. Hassan, Paul Johnston Jim Gifford")
    assert names("Paul Johnston Jim Gifford") == []


def test_a_family_name_before_initials_alone_is_not_turned_round():
    assert names("Smith J") == []
    assert names("Smith J, Mrs A Jones") == ["Mrs A Jones"]


def test_a_double_barrelled_name_without_a_hyphen_is_not_parted():
    assert names("B Cabbell Manners – Cromer Town Ward") == ["B Cabbell Manners"]


def test_a_word_before_a_colon_that_names_no_office_is_no_label():
    assert names("Cllr A Bee Notes: Mr C Dee") == ["Cllr A Bee"]


def test_an_office_label_after_a_full_stop_or_before_no_name_opens_nothing():
    # "Officer:" after a sentence's stop begins another list, read by its own label
    assert names("Cllr J Wilson. Officer: Mrs K Woods") == ["Cllr J Wilson"]
    # "Parish Clerk: Absent." names no one
    assert names("Councillors: B.Felstead, C. Beeson-Jones Parish Clerk: Absent. Later") == [
        "Cllr B. Felstead",
        "Cllr C. Beeson-Jones",
    ]


# --- Hypothesis ------------------------------------------------------------------------

_HONORIFIC_WORD = re.compile(rf"^(?:{HONORIFIC})\.?$", re.IGNORECASE)
_SEEDS = [
    "Cllr P Morgan (Chair), Cllr S Mills, Cllr J Penn & Cllr J Clark.",
    "Andrew Hassan, Paul Johnston Jim Gifford",
    "Councillor George Farlow (GF), PC Ian Gollan at 7.15pm",
    "Cyng. A Jones Cyng. B Evans",
    "Mr A. de Costa, Mr R. Cooke, Cllr van der Berg",
    "Smith J, Jones K A",
    "SMITH, John; JONES, Mary",
    "WDC Cllr A Rhead Parish Clerk: Mrs Jennifer Bendall Public: None",
    "CllrsJ Crockett (Holiday); S Hills (Business); MrsE. Blacker;",
    "R Miller, M. Brown, D, Watson",
    "Ian Todd CSU Manager and Hilary Mott, (taking the Minutes)",
    "Councillors Tompsett, Ward and Webb",
    "S. Mumford J. Pughe Roberts",
]
_WORDS = st.sampled_from(
    [
        "Cllr",
        "Cllrs",
        "Mrs",
        "Cyng.",
        "A",
        "B.",
        "Smith",
        "JONES",
        "de",
        "van",
        "Ward",
        "Clerk",
        "Clerk:",
        "(Chair)",
        ",",
        ";",
        "and",
        "&",
        "at",
        "7.15pm",
        "–",
        "Ann",
        "Bee",
        "CSU",
    ]
)


def _from_the_list(name: str, text: str) -> bool:
    """Every word of ``name`` but its honorifics is one of the list's own words."""
    source = fold(text).split()
    joined = fold(text).replace(" ", "")
    for word in name.split():
        if _HONORIFIC_WORD.match(word):
            continue
        w = fold(word)
        if w and w not in source and w not in joined:
            return False
    return True


def _holds(text: str) -> None:
    for entry in split_name_list(text):
        assert entry.name.strip(), text
        assert _from_the_list(entry.name, text), (entry.name, text)


@MANGLING
@given(spliced(_SEEDS))
def test_mangled_lists_give_names_of_their_own_words_and_never_raise(text):
    _holds(text)


@MANGLING
@given(st.lists(_WORDS, max_size=14).map(" ".join))
def test_lists_of_list_words_give_names_of_their_own_words(text):
    _holds(text)


# --- Pencombe's shapes, read by the lead after the round (its document back in the corpus) --

SUB_MINUTES = """Minutes of the Ordinary Meeting of Anyplace Group Parish Council held on
Tuesday 26th March 2019
Anyplace Parish Hall at 7.30pm

Councillors Present;
Cllr A. Bee (Chairman)
Cllr C. Dee
Cllr E. Fox

In Attendance: J. Gee (Parish Clerk)

216/19 Apologies for absence
RESOLVED: apologies were received from Cllr H. Ives.

220/19 Open session:
220.1/19 Ward Councillor K. Lee gave a brief verbal update.
220.2.1/19 The noticeboard is no longer weatherproof.

221/19 Finance – to receive an update.
221.1/19 Bank balances were noted.
"""


def test_a_label_without_a_colon_over_its_list_and_paragraph_numbers_under_minutes():
    for text in (SUB_MINUTES, " ".join(SUB_MINUTES.split())):
        (m,) = parse_document(text).meetings
        # "220.1/19" and "220.2.1/19" number paragraphs of minute 220/19, not minutes
        assert [i.number for i in m.items] == ["216/19", "220/19", "221/19"]
    (m,) = parse_document(SUB_MINUTES).meetings
    # "Councillors Present;" (a semicolon for the colon) stands over its list
    assert [p.name for p in m.attendance.present] == ["Cllr A. Bee", "Cllr C. Dee", "Cllr E. Fox"]
    assert [p.name for p in m.attendance.in_attendance] == ["J. Gee"]


def test_sub_minute_of():
    from moot.ingest.parse.minutes_items import sub_minute_of

    assert sub_minute_of("220.1/19", ["219/19", "220/19"])
    assert sub_minute_of("220.2.1/19", ["220/19"])
    # no such minute before it, or another year's: left alone
    assert not sub_minute_of("220.1/19", ["219/19"])
    assert not sub_minute_of("220.1/19", ["220/18"])
    assert not sub_minute_of("220/19", ["220/19"])
