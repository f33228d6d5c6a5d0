"""ModernGov pages other than the seed: other layouts, labels and HTML."""

from datetime import date, time

import pytest

from moot.ingest.drafts import ParseError
from moot.ingest.parse import detect_kind, parse_document, parse_moderngov_page

CABINET = """\
Agenda, decisions and minutes

Cabinet - Tuesday, 4th October, 2022

Venue: Committee Room 1, Town Hall, High Street

Contact: Jo Bloggs, Democratic Services Officer Tel: 01234 567890 Email: jo.bloggs@example.gov.uk

Items
No. Item

1.

Declarations of interest

Decision:

None were declared.

2.

Budget monitoring report 2022/23 pdf icon PDF 1 MB

Report of the Director of Finance.

Additional documents:

Appendix 1 - Budget tables, item 2. pdf icon PDF 320 KB

Appendix 2 - Risk register, item 2. docx icon DOCX 45 KB

Decision:

RESOLVED that Cabinet:

(a) notes the forecast position;

(b) approves the virements set out in Appendix 1.

3.

Review of parking charges

Jane Doe, Head of Transport, will present the report. The review was agreed on 31 Febuary 2022.

Decision:

Deferred to the next meeting of Cabinet while ... view the full decision text for item 3.
"""


def test_decision_labels_and_no_time():
    m = parse_moderngov_page(CABINET).meetings[0]
    assert m.body_name == "Cabinet"
    assert m.kind == "ordinary"
    assert m.date == date(2022, 10, 4)
    assert m.start_time is None
    assert any("start time" in w for w in m.warnings)
    assert m.venue == "Committee Room 1, Town Hall, High Street"
    assert m.contact.name == "Jo Bloggs"
    assert m.contact.phone == "01234 567890"
    assert m.contact.email == "jo.bloggs@example.gov.uk"
    assert [i.number for i in m.items] == ["1", "2", "3"]
    assert [i.minutes_label for i in m.items] == ["Decision"] * 3
    assert m.item("1").minutes_text == "None were declared."


def test_documents_with_names_and_types():
    item = parse_moderngov_page(CABINET).meetings[0].item("2")
    assert item.title == "Budget monitoring report 2022/23"
    kinds = [(d.kind, d.title, d.file_type, d.size_bytes) for d in item.documents]
    assert kinds == [
        ("report", "Budget monitoring report 2022/23", "pdf", 1024 * 1024),
        ("additional", "Appendix 1 - Budget tables", "pdf", 320 * 1024),
        ("additional", "Appendix 2 - Risk register", "docx", 45 * 1024),
    ]
    assert item.resolutions == [
        "that Cabinet: notes the forecast position;",
        "that Cabinet: approves the virements set out in Appendix 1.",
    ]


def test_partial_decision_and_item_date_warning():
    item = parse_moderngov_page(CABINET).meetings[0].item("3")
    assert item.minutes_partial
    assert item.minutes_text == "Deferred to the next meeting of Cabinet while"
    assert item.presenters == ["Jane Doe"]
    assert any("31 Febuary 2022" in w for w in item.warnings)


def test_unreadable_meeting_date_raises():
    bad = CABINET.replace("Tuesday, 4th October, 2022", "Tuesday, 31st Febuary, 2022")
    with pytest.raises(ParseError, match="meeting date"):
        parse_moderngov_page(bad)


def test_not_a_page_raises():
    with pytest.raises(ParseError, match="expected"):
        parse_moderngov_page("Shopping list\n\nEggs\nMilk\n")


def test_inline_numbered_items_and_annual_kind():
    text = """\
Agenda and minutes

Annual Meeting, Council - Wednesday, 17 May 2023 7.00 pm

Venue: Council Chamber

Items

1. ELECTION OF THE MAYOR

Minutes:

Councillor Ann Green was elected Mayor.

2. APPOINTMENT OF COMMITTEES

Minutes:

RESOLVED:

That the committees be appointed as set out in the report.

The meeting ended at 8.15 pm.
"""
    m = parse_moderngov_page(text).meetings[0]
    assert m.kind == "annual"
    assert m.body_name == "Council"
    assert m.start_time == time(19, 0)
    assert [(i.number, i.title) for i in m.items] == [
        ("1", "ELECTION OF THE MAYOR"),
        ("2", "APPOINTMENT OF COMMITTEES"),
    ]
    assert m.item("2").resolutions == ["That the committees be appointed as set out in the report."]
    assert m.closed_at == time(20, 15)


def test_body_names_that_start_like_a_kind_are_kept():
    text = CABINET.replace("Cabinet - Tuesday", "Urgent Care Board - Tuesday")
    m = parse_moderngov_page(text).meetings[0]
    assert m.body_name == "Urgent Care Board"
    assert m.kind == "ordinary"


HTML = """<!DOCTYPE html>
<html><head><title>Agenda for Planning Committee on Wednesday, 12th January, 2022</title>
<script>var n = "17."; function x() { return "Minutes:"; }</script>
<style>.mgItemTable td { padding: 0 }</style></head>
<body>
<div id="nav"><ul><li><a href="/">Home</a></li><li><a href="mgListCommittees.aspx">Committees</a></li></ul></div>
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<h2 class="mgSubTitleTxt">Planning Committee - Wednesday, 12th January, 2022 6.30 pm</h2>
<p class="mgSubTitleTxt"><span class="mgSubTitleTitleTxt">Venue: </span>Council Chamber, Civic Centre</p>
<p><span>Contact: </span>Sam Smith, Committee Officer, Tel: 020 7946 0000,
 Email: <a href="mailto:sam.smith@example.gov.uk">sam.smith@example.gov.uk</a></p>
<h2>Media</h2>
<p><a href="https://example.public-i.tv/core/portal/webcast_interactive/123">Watch the meeting</a></p>
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable"><tr><th>No.</th><th>Item</th></tr>
<tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">1.</p></td>
<td><p class="mgAiTitleTxt">Apologies for absence</p>
<p class="mgSubItemTitleTxt">Minutes:</p>
<div class="mgWordPara"><p>Apologies for absence were received from:-</p>
<p>Councillor Ann Green&nbsp;&nbsp;&nbsp;&nbsp; Ward Councillor, North Ward</p>
<p>Councillor Bob White&nbsp;&nbsp;&nbsp;&nbsp; Vice-Chair</p></div></td></tr>
<tr><td class="mgItemNumberCell"><p>2.</p></td>
<td><p class="mgAiTitleTxt"><a href="mgIssueHistoryHome.aspx?IId=1">Minutes of the previous meeting</a>
<a href="documents/s1/Minutes.pdf"><img alt="pdf icon" src="pdf.gif"> PDF 180 KB</a></p>
<div class="mgWordPara"><p>To confirm the minutes of the meeting held on 8 December 2021.</p></div>
<p class="mgSubItemTitleTxt">Minutes:</p>
<div class="mgWordPara"><p>RESOLVED: That the minutes be approved.</p></div></td></tr>
<tr><td class="mgItemNumberCell"><p>3.</p></td>
<td><p class="mgAiTitleTxt">Land at Mill Lane (21/01234/FUL)
<a href="documents/s2/Report.pdf"><img alt="pdf icon" src="pdf.gif"> PDF 2 MB</a></p>
<p class="mgSubItemTitleTxt">Additional documents:</p>
<ul class="mgActionList"><li><a href="documents/s3/Plans.pdf">Plans, item 3. <img alt="pdf icon" src="pdf.gif"> PDF 3 MB</a></li></ul>
<p class="mgSubItemTitleTxt">Minutes:</p>
<div class="mgWordPara"><p>The Committee considered the application.</p>
<p>RESOLVED:</p><p>1) That planning permission be granted.</p>
<p>2) That the wording of conditions be delegated to the Head of Planning.</p>
<p>The meeting ended at 8.15 pm.</p></div></td></tr>
</table>
<div id="footer"><a href="/privacy">Privacy</a></div>
</body></html>
"""


def test_html_page():
    assert detect_kind(HTML) == "moderngov-page"
    m = parse_document(HTML).meetings[0]
    assert m.body_name == "Planning Committee"
    assert m.date == date(2022, 1, 12)
    assert m.start_time == time(18, 30)
    assert m.venue == "Council Chamber, Civic Centre"
    assert m.contact.name == "Sam Smith"
    assert m.contact.email == "sam.smith@example.gov.uk"
    assert m.webcast_url == "https://example.public-i.tv/core/portal/webcast_interactive/123"
    assert [i.number for i in m.items] == ["1", "2", "3"]
    assert m.item("2").title == "Minutes of the previous meeting"
    doc = m.item("2").documents[0]
    assert (doc.size_bytes, doc.file_type, doc.url) == (
        180 * 1024,
        "pdf",
        "documents/s1/Minutes.pdf",
    )
    three = m.item("3")
    assert three.title == "Land at Mill Lane (21/01234/FUL)"
    assert [(d.kind, d.title, d.size_bytes) for d in three.documents] == [
        ("report", "Land at Mill Lane (21/01234/FUL)", 2 * 1024 * 1024),
        ("additional", "Plans", 3 * 1024 * 1024),
    ]
    assert three.resolutions == [
        "That planning permission be granted.",
        "That the wording of conditions be delegated to the Head of Planning.",
    ]
    assert "\u27e6" not in three.minutes_text
    assert m.closed_at == time(20, 15)
    assert [(p.name, p.role_text) for p in m.attendance.apologies] == [
        ("Councillor Ann Green", "Ward Councillor, North Ward"),
        ("Councillor Bob White", "Vice-Chair"),
    ]


def _as_html(text: str) -> str:
    """The seed page as ModernGov might serve it: each line a paragraph, item numbers in
    their own table cells, non-breaking spaces as entities."""
    rows = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        body = line.replace("&", "&amp;").replace("<", "&lt;").replace("\u00a0", "&nbsp;")
        if line.strip().rstrip(".").isdigit():
            rows.append(f"</td></tr><tr><td class='mgItemNumberCell'>{body}</td><td>")
        else:
            rows.append(f"<p>{body}</p>")
    return "<html><body><table><tr><td>" + "\n".join(rows) + "</td></tr></table></body></html>"


def test_seed_page_as_html_reads_the_same(page_text):
    from_text = parse_moderngov_page(page_text).meetings[0]
    from_html = parse_moderngov_page(_as_html(page_text)).meetings[0]
    assert from_html.date == from_text.date
    assert from_html.kind == from_text.kind
    assert [(i.number, i.title, i.minutes_partial) for i in from_html.items] == [
        (i.number, i.title, i.minutes_partial) for i in from_text.items
    ]
    assert [i.resolutions for i in from_html.items] == [i.resolutions for i in from_text.items]
    assert [p.name for p in from_html.attendance.apologies] == [
        p.name for p in from_text.attendance.apologies
    ]


def test_numbers_in_tables_are_not_items():
    text = CABINET.replace(
        "None were declared.",
        "None were declared.\n\n120\n\nTotal responses\n\n7\n\nOf which online",
    )
    m = parse_moderngov_page(text).meetings[0]
    assert [i.number for i in m.items] == ["1", "2", "3"]
    assert "Total responses" in m.item("1").minutes_text
