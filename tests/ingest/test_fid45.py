"""Round 45: decisions recorded in the minutes' own words (moot/ingest/parse/decisions.py,
read by ``common.agreed_decisions``): Welsh minutes' "Penderfynwyd", "Cytunwyd",
"Derbyniwyd y cofnodion", "Cynigiwyd ... ac eiliwyd ..." (a bilingual minute's English
translation not counted again), minutes "duly confirmed", "all others agreed", a minute closed
by ": agreed"; and what stays no decision (among it, "It was proposed by A seconded by B
that ..." with no outcome said)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse import parse_document
from moot.ingest.parse.common import agreed_decisions
from moot.ingest.parse.decisions import (
    is_decision,
    is_election_result,
    is_motion,
    is_welsh_decision,
    one_language,
)
from tests.ingest.mangling import MANGLING, read_or_refused, spliced

ACCEPTED = [
    # the general reader's wordings, still read
    "It was resolved that the Chairman sign these as a correct record.",
    "It was agreed that the Clerk would write to the Highways Authority.",
    "Council resolved to co-opt Mr Barber.",
    "Members approved the grant to the village hall.",
    "The minutes were approved and signed as a true record.",
    "Agreed – that a sign would be ordered.",
    "Proposed by Cllr Smith, seconded by Cllr Jones and unanimously agreed.",
    "Proposed by Cllr Smith and seconded by Cllr Jones. Carried.",
    "All in favour; carried.",
    # this round's wordings
    "Oherwydd anawsterau pellhau cymdeithasol, PENDERFYNWYD ei ohirio.",
    "Penderfynwyd rhoi'r llythyr ar wefan y Cyngor.",
    "Wedi trafodaeth, a phenderfynwyd talu'r anfoneb.",
    "Cytunwyd i ysgrifennu at y Cyngor Sir.",
    "Derbyniwyd y cofnodion fel rhai cywir ac fe'u llofnodwyd gan y Cadeirydd.",
    "Cadarnhawyd gofnodion y cyfarfod diwethaf fel rhai cywir.",
    "Cynigiwyd gan Cyng. C. Moses ac eiliwyd gan Cyng. A. Davies fod y cofnodion yn gywir.",
    "The minutes of the previous meeting were duly confirmed and adopted.",
    "BG accepted the position and all others agreed.",
    "Minutes for July 20th and August 24th (as amended): agreed.",
    "Invoices agreed for payment: A Smith £53.00.",
    "The following cheques were authorised by the council: Clerk's wages £287.60.",
    "In conclusion, Councillors approved the following recommendations: a leaflet drop.",
    "Following discussion, Council agreed to buy a bench.",
    # a report noted by the meeting's agreement is its decision (the corpus keys count "a
    # report noted" when the meeting agreed it)
    "It was agreed to note the report.",
]

REFUSED = [
    # opinions and other people's decisions
    "Councillors agreed that the development of the site was welcome.",
    "The County Council resolved to close the road.",
    "Cllr Smith agreed to speak to the contractor.",
    "The minutes were proposed as accurate by R. Edwards and seconded by M. Olsson.",
    # a motion moved and seconded, its outcome not said: it may have been lost
    "It was proposed by Mr. B Ball seconded by Mr. S Tyack that the payments be made.",
    "This will be resolved at the next meeting.",
    "To resolve the matter of the hedge.",
    "The item was not agreed.",
    "13) Payments approved",
    "The cheques were authorised by the Clerk.",
    "In conclusion, Councillors agreed that the event was a success.",
    # Welsh: no decision
    "Ni phenderfynwyd dim.",
    "Ni chytunwyd ar y cynnig.",
    "Derbyniwyd adroddiad gan y Cyng Gwenllian Hughes-Jones.",
    "Nodwyd mai taliad oedd hwn fel a nodwyd yn y cofnodion a dderbyniwyd gan GD Roberts.",
    "Cynigiodd C G Topps drefnu cyfarfod. Eiliwyd M T Smithurst.",
]


@pytest.mark.parametrize("text", ACCEPTED)
def test_each_accepted_wording_is_one_decision(text):
    assert len(agreed_decisions(text)) == 1, agreed_decisions(text)


@pytest.mark.parametrize("text", REFUSED)
def test_each_refused_wording_is_no_decision(text):
    assert agreed_decisions(text) == []


def test_motion_followed_by_its_vote_is_one_decision():
    text = (
        "It was proposed by Cllr Eaves and seconded by Cllr Penketh that Cllr Campion talks "
        "to the residents. All agreed, Resolution passed."
    )
    assert agreed_decisions(text) == ["All agreed, Resolution passed."]
    carried = "It was proposed by Cllr A and seconded by Cllr B that the fence be mended. Carried."
    assert len(agreed_decisions(carried)) == 1


def test_election_result_after_a_seconded_proposal_is_the_decision():
    text = "MW announced that he would stand. AF proposed, JF seconded. MW elected."
    assert agreed_decisions(text) == ["AF proposed, JF seconded. MW elected."]
    # an election's result alone, with no proposal before it, is no decision read here
    assert agreed_decisions("The Chairman spoke. MW elected.") == []
    assert is_election_result("Cllr Jones duly re-elected.")
    assert not is_election_result("The new hall was elected as the venue for the fete.")


def test_bilingual_minute_counts_its_decision_once():
    text = (
        "Cynigiwyd gan Cyng. C. Moses ac eiliwyd gan Cyng. A. Davies fod cofnodion y Cyfarfod "
        "Blynyddol yn cael eu derbyn fel cofnod cywir. It was proposed by Cllr. C. Moses and "
        "seconded by Cllr. A. Davies that the minutes be accepted as a correct record."
    )
    assert len(agreed_decisions(text)) == 1
    # the English printed first, the Welsh after it: one decision too
    english_first = (
        "It was agreed to write to the County Council. Cytunwyd i ysgrifennu at y Cyngor Sir."
    )
    assert len(agreed_decisions(english_first)) == 1
    # a third decision after the pair is one of its own
    three = english_first + " It was agreed to buy a bench."
    assert len(agreed_decisions(three)) == 2
    # two Welsh decisions in a row are two
    two = "Penderfynwyd talu'r anfoneb. Cytunwyd i ysgrifennu at y Cyngor Sir."
    assert len(agreed_decisions(two)) == 2


def test_bilingual_minute_in_two_paragraphs_counts_one_language():
    text = (
        "Derbyniwyd y cofnodion fel rhai cywir. Fe'u llofnodwyd gan y Cadeirydd. "
        "Penderfynwyd talu'r anfoneb. The minutes were approved as correct. They were signed "
        "by the Chair. It was resolved to pay the invoice."
    )
    assert len(agreed_decisions(text)) == 2
    assert one_language(["It was agreed to pay.", "It was agreed to write."]) == [
        "It was agreed to pay.",
        "It was agreed to write.",
    ]


def test_predicates():
    assert is_decision("PENDERFYNWYD ei ohirio")
    assert not is_decision("Ni phenderfynwyd dim")
    assert is_motion("Cynigiwyd gan A ac eiliwyd gan B fod ...")
    assert not is_motion("Cynigiodd A drefnu cyfarfod")
    assert is_welsh_decision("Cytunwyd i dalu")
    assert not is_welsh_decision("It was agreed to pay")


def test_minutes_with_welsh_decisions_import_them():
    text = (
        "CYNGOR CYMUNED LLANDDEWI COMMUNITY COUNCIL\n"
        "Cofnodion cyfarfod o Gyngor Cymuned Llanddewi a gynhaliwyd nos Lun 9 Mawrth 2020\n"
        "1. Cofnodion\n"
        "Derbyniwyd y cofnodion fel rhai cywir ac fe'u llofnodwyd gan y Cadeirydd.\n"
        "2. Arian\n"
        "Penderfynwyd talu'r anfoneb.\n"
    )
    result = read_or_refused(parse_document, text)
    if result is not None:
        found = sum(len(i.resolutions) for m in result.meetings for i in m.items)
        assert found <= 2


SEEDS = ACCEPTED + REFUSED + [" ".join(ACCEPTED), "\n".join(REFUSED + ACCEPTED)]


def _sentences_of(text):
    return " ".join(text.split())


@MANGLING
@given(spliced(SEEDS))
def test_decisions_found_are_the_texts_own_words(text):
    flat = _sentences_of(text)
    for decision in agreed_decisions(text):
        # each decision is a sentence of the text (or a vote's sentence with its proposal's)
        assert decision in flat


@MANGLING
@given(spliced(SEEDS, alphabet="PenderfynwydCytunwydeiliwydagreed.:;– \nAGREEDthat"))
def test_mangled_decisions_never_raise(text):
    assert isinstance(agreed_decisions(text), list)
    assert isinstance(is_motion(text), bool) and isinstance(is_decision(text), bool)


@MANGLING
@given(st.text(max_size=300))
def test_any_text_gives_decisions_or_none(text):
    for decision in agreed_decisions(text):
        assert decision.strip()
