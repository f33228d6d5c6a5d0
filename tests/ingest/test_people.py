"""People lists in their printed layouts."""

from moot.ingest.parse.people import (
    find_presenters,
    learn_places,
    parse_apologies,
    parse_people,
    starts_with_name,
)


def names(entries):
    return [e.name for e in entries]


def test_surname_first_lines():
    text = "Dempster, Vi (Councillor)\nBROWNE, Ivan (Dr) - Director of Public Health\nKhan, Amir"
    entries, warnings = parse_people(text)
    assert names(entries) == ["Councillor Vi Dempster", "Dr Ivan Browne", "Amir Khan"]
    assert entries[1].role_text == "Director of Public Health"
    assert warnings == []


def test_one_name_and_role_a_line():
    text = (
        "Councillor Ann Green, Cabinet Member for Housing (Chair)\n"
        "Dr Raj Patel – Clinical Lead, Northtown Primary Care Network\n"
        "Sam O'Neil, Chief Executive, Northtown Voluntary Action\n"
        "Chief Inspector, Kim Lee, Neighbourhood Policing\n"
        "2 Vacancies\n"
    )
    entries, _ = parse_people(text)
    assert names(entries) == [
        "Councillor Ann Green",
        "Dr Raj Patel",
        "Sam O'Neil",
        "Chief Inspector Kim Lee",
    ]
    assert entries[0].role_text == "Cabinet Member for Housing (Chair)"
    assert entries[1].role_text == "Clinical Lead, Northtown Primary Care Network"


def test_comma_list_with_plural_honorific():
    entries, _ = parse_people("Councillor Smith (Chair), Councillors Jones, Khan and Brown")
    assert names(entries) == [
        "Councillor Smith",
        "Councillor Jones",
        "Councillor Khan",
        "Councillor Brown",
    ]
    assert entries[0].role_text == "Chair"


def test_two_columns_run_together_with_role_before_name():
    text = (
        "Kevan Liles Chief Executive, Voluntary Action Northtown. Assistant Director of "
        "Strategy and Integration Hayley Jackson NHS England & NHS Improvement Gordon King "
        "Director of Mental Health, Northshire Partnership NHS Trust Councillor Rita Patel "
        "Assistant City Mayor, Communities\nCouncillor Piara Singh\n\nClair\n\nDeputy City Mayor"
    )
    places = learn_places(text + " Northshire County Council. City of Northtown.")
    entries, _ = parse_people(text, places)
    assert names(entries) == [
        "Kevan Liles",
        "Hayley Jackson",
        "Gordon King",
        "Councillor Rita Patel",
        "Councillor Piara Singh Clair",
    ]
    assert entries[0].role_text == "Chief Executive, Voluntary Action Northtown"
    assert entries[1].role_text == (
        "Assistant Director of Strategy and Integration, NHS England & NHS Improvement"
    )
    assert entries[2].role_text == "Director of Mental Health, Northshire Partnership NHS Trust"
    assert entries[4].role_text == "Deputy City Mayor"


def test_role_first_at_the_start_and_names_split_at_line_breaks():
    text = (
        "Acting Chief Executive University Hospitals Northtown Rebecca Browne\n"
        "Andrew Fry College Director of Research, Northtown University\n"
    )
    places = learn_places("the University of Northtown")
    entries, _ = parse_people(text, places)
    assert names(entries) == ["Rebecca Browne", "Andrew Fry"]
    assert entries[0].role_text == "Acting Chief Executive University Hospitals Northtown"
    assert entries[1].role_text == "College Director of Research, Northtown University"


def test_columns_from_a_web_page():
    text = (
        "Rebecca Browne\u00a0\u00a0\u00a0\u00a0  Acting Chief Executive\n"
        "\u00a0\n"
        "|Andrew Fry\u00a0\u00a0\u00a0\u00a0\u00a0 College Director of Research, Some University\n"
        "continued role text\n"
    )
    entries, _ = parse_people(text)
    assert [(e.name, e.role_text) for e in entries] == [
        ("Rebecca Browne", "Acting Chief Executive"),
        ("Andrew Fry", "College Director of Research, Some University continued role text"),
    ]


def test_places_learnt_from_the_document():
    places = learn_places(
        "Director of Public Health, Northtown City Council. Chair of Westshire Partnership "
        "NHS Trust. Services for Eastby. Councillor Vi Dempster. Andrew Fry College Director."
    )
    assert {"northtown", "westshire", "eastby"} <= places
    assert "vi" not in places
    assert "fry" not in places  # a job title follows "College"


def test_apologies_sentence_and_none():
    entries, _ = parse_apologies(
        ["Apologies for absence were received from Councillor Ann Green and Dr Bob White."],
        frozenset(),
    )
    assert names(entries) == ["Councillor Ann Green", "Dr Bob White"]
    entries, _ = parse_apologies(["There were no apologies for absence."], frozenset())
    assert entries == []


def test_presenters():
    assert find_presenters(
        "Sara Prema (Executive Director of Strategy) and Katherine Packham (Public Health "
        "Consultant, Northtown City Council) to give a presentation outlining the plan."
    ) == ["Sara Prema", "Katherine Packham"]
    assert find_presenters("Jo Bloggs, Head of Finance, will present a report.") == ["Jo Bloggs"]
    assert find_presenters("A presentation will be given by Dr Amy Wong.") == ["Dr Amy Wong"]
    assert find_presenters("Northtown Partnership Trust will give a presentation.") == []
    assert find_presenters("The Director of Public Health to present the report.") == []


def test_starts_with_name():
    assert starts_with_name("Councillor Jane Smith (Chair)")
    assert starts_with_name("Ivan Browne, Director Public Health")
    assert not starts_with_name("Enquiries to: Peter Clerk, Democratic Services")
    assert not starts_with_name("Information for members of the public")


def test_prose_gives_no_names():
    entries, warnings = parse_people("the meeting was held in public and all were welcome")
    assert entries == []
    assert warnings
