"""Recorded votes and declarations of interest read from minutes (pure functions), and what
the import writes of them: a vote on its resolution, a declaration at its item, only what
the file states, never a guessed person; importing again changes nothing."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.governance import selectors as gov_selectors
from moot.governance.models import Body, Person
from moot.ingest.drafts import ItemDraft, MeetingDraft
from moot.ingest.recorded import declarations_in, read_recorded, split_names, votes_in
from moot.ingest.services import import_text
from moot.meetings.models import Declaration, Vote
from tests.helpers import PAGE_SEED
from tests.ingest.helpers import BODY, MARCH, meeting_report, row_counts
from tests.ingest.test_apply_rules import variant


def test_counts_after_their_labels_are_a_vote():
    (vote,) = votes_in("RESOLVED: that the plan be approved (For 9, Against 2, Abstentions 1).")
    assert (vote.votes_for, vote.against, vote.abstain) == (9, 2, 1)
    assert not vote.named_for


def test_counts_before_their_words_are_a_vote():
    (vote,) = votes_in("On being put to the vote, 10 votes in favour, 3 against and 1 abstention.")
    assert (vote.votes_for, vote.against, vote.abstain) == (10, 3, 1)


def test_a_count_not_printed_is_none_and_none_against_is_nought():
    (vote,) = votes_in("The motion was carried with 12 for and none against.")
    assert (vote.votes_for, vote.against, vote.abstain) == (12, 0, None)


def test_named_lists_are_a_vote_counted_by_their_names():
    text = (
        "A recorded vote was taken.\n"
        "For: Councillors Ann Green, Bob Hale and Cara Ives\n"
        "Against: Councillor Dan Jones\n"
    )
    (vote,) = votes_in(text)
    assert vote.named_for == ["Councillor Ann Green", "Councillor Bob Hale", "Councillor Cara Ives"]
    assert vote.named_against == ["Councillor Dan Jones"]
    assert (vote.votes_for, vote.against, vote.abstain) == (3, 1, None)


def test_two_votes_in_one_item_are_two():
    text = "The amendment was lost (For 4, Against 8). The motion was carried (For 8, Against 4)."
    assert [(v.votes_for, v.against) for v in votes_in(text)] == [(4, 8), (8, 4)]


def test_one_way_alone_or_prose_is_no_vote():
    assert votes_in("The board voted for 2 years of funding.") == []
    assert votes_in("RESOLVED unanimously that the report be noted.") == []
    assert votes_in("Members argued for 3 options and against the fourth.") == []


def test_split_names_keeps_the_honorific_on_each_name():
    assert split_names("Cllrs P Batty, J Batty & Beck") == [
        "Cllr P Batty",
        "Cllr J Batty",
        "Cllr Beck",
    ]


def test_a_declaration_says_its_kind_action_and_item_only_when_printed():
    (d,) = declarations_in(
        "Councillor Ann Green declared a disclosable pecuniary interest in item 7 as the owner "
        "of land named in the report. She left the room for the item."
    )
    assert (d.name, d.kind, d.action, d.item) == ("Councillor Ann Green", "dpi", "left_room", "7")
    (old,) = declarations_in(
        "Cllr Beck declared a personal interest in item 11 as a Borough Councillor."
    )
    assert (old.name, old.kind, old.action, old.item) == ("Cllr Beck", "", "", "11")


def test_no_declarations_received_is_none():
    assert declarations_in("No such declarations were received.") == []
    assert declarations_in("Members were asked to declare any interests they may have.") == []


def test_a_declaration_naming_another_item_moves_there():
    meeting = MeetingDraft(
        "Board",
        items=[
            ItemDraft(
                "3",
                "Declarations of interest",
                minutes_text="Councillor Ann Green declared an other registrable interest in "
                "item 5 as a governor of the school and remained in the meeting.",
            ),
            ItemDraft("5", "School places"),
        ],
    )
    read_recorded(meeting)
    assert meeting.items[0].declarations == []
    (d,) = meeting.items[1].declarations
    assert (d.kind, d.action) == ("other_registrable", "stayed")


# Any text without digits around a printed count: the count is always read.
_WORDS = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Nd")), max_size=300
)


@given(_WORDS, _WORDS)
def test_reading_any_text_never_fails_and_every_vote_states_two_ways(before, after):
    text = before + " (For 7, Against 3) " + after
    votes = votes_in(text)
    assert any(v.votes_for == 7 for v in votes)
    for vote in votes_in(before) + votes:
        stated = [x for x in (vote.votes_for, vote.against, vote.abstain) if x is not None]
        assert len(stated) >= 2
    for declaration in declarations_in(before + after):
        assert declaration.kind in ("", "dpi", "other_registrable", "non_registrable")


# --- what the import writes ------------------------------------------------------------------

PAGE = PAGE_SEED.read_text(encoding="utf-8")
CONFIRMED = "be confirmed as a correct record."
FRAMEWORK = "The purpose of the Framework was to:-"


def _member(day: date) -> Person:
    """A member of the board on ``day`` (the example's)."""
    terms = gov_selectors.terms_in_force(Body.objects.get(slug=BODY), day)
    return min((m.person for m in gov_selectors.memberships_on(terms, day)), key=str)


def _page(member: Person, vote: str) -> str:
    text = variant(PAGE, CONFIRMED, f"{CONFIRMED} {vote}")
    return variant(
        text,
        FRAMEWORK,
        FRAMEWORK.replace(
            "The purpose",
            f"{member.name} declared a disclosable pecuniary interest in the item as an "
            "employee of a trust named in the report and left the room.\n\n"
            "Councillor Zebedee Quantock declared an other registrable interest in item 22 "
            "and remained in the meeting.\n\nThe purpose",
        ),
    )


@pytest.mark.django_db
def test_a_printed_vote_and_declaration_are_written_once(fresh):
    member = _member(date(2021, 3, 25))
    text = _page(member, "(For 9, Against 0, Abstentions 1)")
    report = import_text(text, name="page.txt", body=BODY)
    items = {i["number"]: i for i in meeting_report(report, MARCH)["items"]}
    (vote_row,) = items["20"]["votes"]
    assert vote_row["recorded"] and (vote_row["for"], vote_row["against"]) == (9, 0)
    vote = Vote.objects.get(resolution__item__meeting__body__slug=BODY)
    assert (vote.votes_for, vote.votes_against, vote.abstentions) == (9, 0, 1)
    assert vote.outcome == Vote.Outcome.CARRIED and not vote.recorded
    (declared,) = items["21"]["declarations"]
    assert declared["recorded"] and declared["kind"] == "dpi"
    declaration = Declaration.objects.get()
    assert declaration.person == member and declaration.item.minute_number == 21
    assert declaration.action == Declaration.Action.LEFT_ROOM
    # Named in item 22, by nobody the record knows: reported, neither written nor created.
    (unknown,) = items["22"]["declarations"]
    assert not unknown["recorded"] and unknown["kind"] == "other_registrable"
    assert not Person.objects.filter(name__contains="Quantock").exists()
    assert any("Zebedee Quantock is not recorded" in w for w in report["warnings"])
    counts = row_counts()
    again = import_text(text, name="page.txt", body=BODY)
    assert not again["changed"] and row_counts() == counts
    assert meeting_report(again, MARCH)["items"][3]["votes"][0]["recorded"]


@pytest.mark.django_db
def test_a_named_vote_with_a_name_nobody_holds_is_written_as_counts(fresh):
    member = _member(date(2021, 3, 25))
    vote = f"A recorded vote was taken.\n\nFor: {member.name} and Councillor Zebedee Quantock\n\nAgainst: none"
    report = import_text(_page(member, vote), name="page.txt", body=BODY)
    stored = Vote.objects.get()
    assert (stored.votes_for, stored.votes_against, stored.recorded) == (2, 0, False)
    assert not stored.person_votes.exists()
    assert any("could not be matched" in w for w in report["warnings"])


@pytest.mark.django_db
def test_votes_that_cannot_be_paired_with_resolutions_are_not_written(fresh):
    text = variant(PAGE, CONFIRMED, f"{CONFIRMED} (For 9, Against 0) (For 3, Against 5)")
    report = import_text(text, name="page.txt", body=BODY)
    assert not Vote.objects.exists()
    votes = meeting_report(report, MARCH)["items"][3]["votes"]
    assert len(votes) == 2 and not any(v["recorded"] for v in votes)
