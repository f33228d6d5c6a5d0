"""A folder holding more than one council's documents: each document's council read from
its heading, and the strays refused (one line naming the file and the reason, nothing of
them written). Invented councils and names."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot import cli
from moot.ingest.council import council_named, refusals
from moot.meetings.models import Meeting


@pytest.mark.parametrize(
    ("body", "text", "council"),
    [
        ("Groby Parish Council", "", "Groby Parish Council"),
        ("Argyll and Bute Council", "", "Argyll and Bute Council"),
        (
            "",
            "Minutes of the Meeting of Thame Town Council held on 27 April 2021",
            "Thame Town Council",
        ),
        (
            "",
            "MINUTES of the meeting of HONINGHAM PARISH COUNCIL held on Monday",
            "Honingham Parish Council",
        ),
        (
            "",
            "Agendas, reports and minutes\n\nHighland Council\n\nDate: 29 June 2023",
            "Highland Council",
        ),
        ("Health and Wellbeing Board", "Special Meeting, Health and Wellbeing Board", ""),
        ("", "approval by the Parish Council and the Full Council", ""),
        ("", "Cllr Penn took the forms to the Wiltshire Council Offices", ""),
        ("", "a meeting of Labour council leaders", ""),
    ],
)
def test_a_documents_council_is_the_one_its_heading_names(body, text, council):
    assert council_named(body, text) == council


def test_one_councils_folder_refuses_nothing_and_strays_are_named():
    assert (
        refusals({"a.txt": "Ashby Town Council", "b.txt": "", "c.txt": "ASHBY TOWN COUNCIL"}) == {}
    )
    refused = refusals(
        {
            "a.txt": "Ashby Town Council",
            "b.txt": "Ashby Town Council",
            "c.txt": "Barton Parish Council",
            "d.txt": "",
        }
    )
    assert set(refused) == {"c.txt", "d.txt"}
    assert refused["c.txt"].startswith("c.txt: a document of Barton Parish Council")
    assert "Ashby Town Council's (2 of 4 files)" in refused["c.txt"]
    assert refused["d.txt"].startswith("d.txt: names no council")


def test_no_council_with_most_files_refuses_the_folder():
    refused = refusals({"a.txt": "Ashby Town Council", "b.txt": "Barton Parish Council"})
    assert set(refused) == {"a.txt", "b.txt"}
    assert "--several-councils" in refused["a.txt"]


_COUNCILS = st.sampled_from(["", "Ashby Town Council", "Barton Parish Council", "Crewe Council"])


@given(st.dictionaries(st.text(min_size=1, max_size=8), _COUNCILS, max_size=12))
def test_the_councils_with_most_files_are_never_refused_alone(councils):
    refused = refusals(councils)
    named = {c for c in councils.values() if c}
    if len(named) <= 1:
        assert refused == {}
        return
    counts = {c: sum(1 for v in councils.values() if v == c) for c in named}
    top = max(counts.values())
    leaders = [c for c, n in counts.items() if n == top]
    for name, council in councils.items():
        refused_expected = len(leaders) > 1 or council != leaders[0]
        assert (name in refused) == refused_expected
        if name in refused:
            assert refused[name].startswith(f"{name}: ")


MINUTES = """Minutes of the Meeting of {council} held on the {day} at 7.15pm
at the Reading Room, Little Woldham.

Present:  Cllr Q Ashby (Chair), Cllr R Blewitt, Cllr T Crane & Cllr V Dunmore.

1.    To receive apologies for absence
•    Cllr Z Gorringe sent apologies.
2.    Minutes of the previous meeting
It was RESOLVED that the minutes be signed.
"""


@pytest.mark.django_db
def test_a_folder_import_refuses_another_councils_file_and_writes_none_of_it(tmp_path, capsys):
    for name, council, day in (
        ("a-june.txt", "Woldham Parish Council", "3rd June 2024"),
        ("b-july.txt", "Woldham Parish Council", "1st July 2024"),
        ("c-stray.txt", "Barton Town Council", "8th July 2024"),
    ):
        (tmp_path / name).write_text(MINUTES.format(council=council, day=day), encoding="utf-8")
    assert cli.main(["import", "folder", str(tmp_path), "--json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    (failed,) = payload["failed"]
    assert failed["file"] == "c-stray.txt"
    assert failed["error"].startswith("c-stray.txt: a document of Barton Town Council")
    assert payload["imported"] == 2
    dates = {m.date.isoformat() for m in Meeting.objects.filter(date__year=2024)}
    assert {"2024-06-03", "2024-07-01"} <= dates and "2024-07-08" not in dates
    # Said on purpose, the mix is imported.
    assert cli.main(["import", "folder", str(tmp_path), "--several-councils", "--json"]) == 0
    assert Meeting.objects.filter(date__year=2024, date__month=7, date__day=8).exists()
