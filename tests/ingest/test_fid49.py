"""Round 49: who attended, the dev set's leftovers.

Each rule on small texts, each refused shape left unread, and Hypothesis: a mangled
document gives a whole reading or a clean refusal, never a traceback; the new functions
never give a name made of words the text does not hold."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse import parse_document
from moot.ingest.parse.minutes_attendance import (
    clerk_under_list,
    named_public,
    run_on_lines,
)
from moot.ingest.parse.name_lists import bracket_bare_clerk, split_name_list
from moot.ingest.parse.printed_minutes import present_line_within
from tests.ingest.mangling import MANGLING, read_or_refused, spliced

HEAD = "Minutes of the Meeting of Ashby Parish Council held on Tuesday 3rd March 2020 at 7pm"
ITEMS = "1. Apologies: Cllr Dee\n2. Minutes: The minutes were approved.\n"


def attendance(text: str):
    return parse_document(text).meetings[0].attendance


def names(people) -> list[str]:
    return [p.name for p in people]


# --- "Present were:" -------------------------------------------------------------------


def test_present_were_with_its_colon_opens_the_list():
    text = f"{HEAD}\nPresent were: Mr. A. Bee, Mrs C Cee and Mr E Eff.\n{ITEMS}"
    assert names(attendance(text).present) == ["Mr A. Bee", "Mrs C Cee", "Mr E Eff"]


def test_the_heading_ends_at_a_present_line_inside_its_sentence():
    text = "held at the Hall at 7p.m\nPresent were: Mr. A. Bee"
    at = text.find("7p.m")
    assert present_line_within(text, at, len(text)) == text.find("Present")
    # no label inside: the end as given
    assert present_line_within("held at the Hall\nMr Bee spoke", 0, 20) == 20
    assert present_line_within("held", -1, 4) == 4


# --- the clerk on the line under the present list --------------------------------------


def test_a_clerk_label_under_the_list_is_present():
    text = "Chairman: Cllr Prior Councillors: Mrs Bolton, Dipple\nClerk: Mrs Scriven Members of public: 3\n"
    assert clerk_under_list(text, text.find("\n")) == "Mrs Scriven (Clerk)"


def test_a_clerk_label_under_a_plain_list_is_a_label_of_its_own():
    text = "Present:     S Salmon (Chair), C Kenyon\nClerk:       R Nield\nApologies:  C Galpin\n"
    assert clerk_under_list(text, text.find("\n")) == ""


def test_a_name_with_the_clerks_office_in_brackets_under_the_list_is_present():
    text = "Councillors: Snelson and Homer.\nVictoria Morris (Clerk to the Council)\n"
    assert clerk_under_list(text, text.find("\n")) == "Victoria Morris (Clerk to the Council)"


def test_other_lines_under_the_list_are_no_clerk():
    for line in (
        "\n\nClerk: Mrs Scriven",  # a blank line between: not the list's line
        "\nClerk: the clerk was absent",  # words, not a name
        "\nThe Clerk read the minutes.",
        "\nVictoria Morris (Chair)",
        "\nClerk: Mrs Scriven said the hall was booked",
    ):
        text = "Councillors: A Bee, C Dee" + line
        assert clerk_under_list(text, len("Councillors: A Bee, C Dee")) == "", line


def test_the_clerk_line_joins_the_present_list_in_a_document():
    text = (
        f"{HEAD}\n\nPresent: Chairman: Cllr Mrs Prior Councillors: Mrs Bolton, Dipple, Harte\n"
        f"Clerk: Mrs Scriven Members of public: 3\n\n{ITEMS}"
    )
    got = names(attendance(text).present)
    assert got.count("Mrs Scriven") == 1
    assert "Mrs Bolton" in got and "Cllr Dipple" in got


# --- a bracketed note ends its line's entry ---------------------------------------------


def test_a_note_at_a_lines_end_ends_the_entry():
    segment = "Councillors Roger Davies (Chair)\nTony Berrow, John Blundell and Dan Wool."
    assert run_on_lines(segment).startswith("Councillors Roger Davies (Chair), Tony Berrow,")


def test_a_note_before_prose_is_not_run_on():
    segment = "Councillors Roger Davies (Chair)\nThe Council held a period of silence."
    assert run_on_lines(segment) == segment


def test_a_note_line_then_a_list_in_a_document():
    text = (
        f"{HEAD}\nPresent: Councillors: Roger Davies (Chair)\n"
        "Tony Berrow, John Paul Blundell and Dan Woolridge.\n"
        f"In Attendance: Jackie Griffin (Clerk).\n{ITEMS}"
    )
    got = names(attendance(text).present)
    assert len(got) == 4 and not any("Davies Tony" in n for n in got)


# --- the public named after their count --------------------------------------------------


def test_the_public_named_after_their_count_attended():
    part = "Councillors C. Langford and J. Jones. 2 members of the Public Miss S. Reynolds and Mr Jarvis."
    kept, found = named_public(part)
    assert kept == "Councillors C. Langford and J. Jones."
    assert names(found) == ["Miss S. Reynolds", "Mr Jarvis"]


def test_a_count_without_names_or_with_prose_is_left():
    for part in (
        "Cllrs A Bee and C Dee. 2 members of the public.",
        "Cllrs A Bee and C Dee. 2 members of the public Mr Jarvis spoke about the road.",
        "Cllrs A Bee and C Dee. 2 members of the public Jane Jarvis.",  # no honorific
        "Cllrs A Bee and C Dee 2 members of the public Mr Jarvis",  # no stop before the count
    ):
        assert named_public(part) == (part, []), part


def test_the_named_public_are_never_members_present_even_flattened():
    lines = (
        "The minutes of a Parish council meeting of Ashby Parish Council held on Tuesday "
        "March 3rd 2020 at 7 pm.\n\nPresent: Councillors C. Langford, G. Frost and J. Jones. "
        "2 members of the Public Miss S. Reynolds and Mr Jarvis.\n\n3/13 Apologies: There "
        "were no apologies for absence.\n3/14 Minutes: approved.\n"
    )
    for text in (lines, " ".join(lines.split())):
        a = attendance(text)
        assert not {"Miss S. Reynolds", "Mr Jarvis"} & set(names(a.present))
        assert set(names(a.in_attendance)) <= {"Miss S. Reynolds", "Mr Jarvis"}


# --- the clerk inside a list of councillors, no bracket ----------------------------------


def test_a_name_then_clerk_in_a_list_is_the_clerk():
    found = split_name_list(
        "Councillors Gwyndaf Rees (Chair), Lynda Price Jones Clerk and Eryl Williams"
    )
    assert [(p.name, p.role_text) for p in found] == [
        ("Cllr Gwyndaf Rees", "Chair"),
        ("Lynda Price Jones", "Clerk"),  # no councillor's honorific for the clerk
        ("Cllr Eryl Williams", ""),
    ]


def test_office_words_before_clerk_are_no_name():
    for piece in (
        "Joan Pryce-Town Clerk",
        "The Parish Clerk",
        "Deputy Town Clerk",
        "the Clerk",
        "Mark Lewis Clerk Jones",
    ):
        assert bracket_bare_clerk(piece) == piece
    assert bracket_bare_clerk("Mark Lewis Town Clerk") == "Mark Lewis (Town Clerk)"


def test_a_family_name_alone_with_the_clerks_bracket_keeps_the_plural():
    found = split_name_list("Councillors Rees, Lewis (Clerk)")
    assert [p.name for p in found] == ["Cllr Rees", "Cllr Lewis"]


# --- "Members present" on its own line under the office bearers --------------------------


def test_members_present_on_its_own_line_goes_on_with_the_list():
    text = (
        f"{HEAD}\n\nPresent:\n\nIn the chair\n\nStan Paterson\n\nSecretary\n\nCaroline Crawford\n\n"
        "Members present\n\nCallum Ford\nBeth Cook\n\nApologies:\n\nJudy Collier\n\n"
        "In attendance:\n\nConstable Roy Mitchell, Central Scotland Police\n\n1. Minutes: approved.\n"
    )
    a = attendance(text)
    assert {"Callum Ford", "Beth Cook"} <= set(names(a.present))
    assert "Judy Collier" not in names(a.present)
    assert not {"Callum Ford", "Beth Cook"} & set(names(a.apologies) + names(a.in_attendance))


# --- mangling ----------------------------------------------------------------------------

SEEDS = [
    f"{HEAD}\nPresent were: Mr. A. Bee, Mrs C Cee and Mr E Eff.\n{ITEMS}",
    f"{HEAD}\nPresent: Cllr A Bee, Cllr C Dee\nClerk: Mrs Scriven Members of public: 3\n{ITEMS}",
    f"{HEAD}\nPresent: Councillors: Snelson and Homer.\nVictoria Morris (Clerk to the Council)\n{ITEMS}",
    f"{HEAD}\nPresent: Councillors: Roger Davies (Chair)\nTony Berrow, Ian Spiller.\n{ITEMS}",
    f"{HEAD}\nPresent: Cllrs C. Brown and J. Jones. 2 members of the Public Miss S. Reynolds "
    f"and Mr Jarvis.\n{ITEMS}",
]


@MANGLING
@given(spliced(SEEDS))
def test_mangled_attendance_reads_whole_or_refuses(text):
    read_or_refused(parse_document, text)


@MANGLING
@given(spliced(SEEDS, alphabet="ClerkPresentwere:()Mrs .,\nmembersofthepublic23"))
def test_mangled_labels_read_whole_or_refuse(text):
    read_or_refused(parse_document, text)


@MANGLING
@given(st.text(max_size=200), st.integers(0, 200))
def test_clerk_under_list_names_only_the_texts_words(text, at):
    found = clerk_under_list(text, min(at, len(text)))
    if found:
        assert found.split(" (")[0] in text


@MANGLING
@given(spliced(["Councillors Gwyndaf Rees (Chair), Lynda Price Jones Clerk and Eryl Williams"]))
def test_bare_clerk_names_only_the_lists_words(text):
    for p in split_name_list(text):
        assert p.name.split()[-1].strip(".,") in text


@MANGLING
@given(spliced([s.split("\n")[1] for s in SEEDS]))
def test_named_public_keeps_every_word(part):
    kept, found = named_public(part)
    assert part.startswith(kept)
    assert all(p.name.split()[-1] in part for p in found)
