"""Round fid58: a document saved with its website around it (menus, breadcrumbs, a cookie
notice, "Posted on DATE" lines, a footer) is read as the document alone; the page's dates
are never the meeting's."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse import detect_kind, parse_document
from moot.ingest.parse.site_chrome import strip_site_chrome
from tests.ingest.mangling import MANGLING, read_or_refused

MINUTES = """\
Minutes – 12th March 2019

Minutes of a meeting of Oakfold Parish Council on

Tuesday 12th March 2019 at 7.30pm.

Present: Cllr A Rowan (Chairman), Cllr B Hazel, Cllr C Thorn
In attendance: D Birch (Clerk)
1. Apologies for absence
Apologies were received from Cllr E Larch.
2. Declarations of interest
None.
3. Minutes of the last meeting
RESOLVED that the minutes of the meeting held on 12th February 2019 be signed as a true record.
4. Planning
No applications had been received.
5. Date of next meeting
9th April 2019.
Signed ............ Chairman
"""

HEADER = [
    "Skip to main content",
    "This site uses cookies. By carrying on you agree to our use of cookies.",
    "Accept cookies",
    "Menu",
    "Home",
    "About the Council",
    "Councillors",
    "Meetings",
    "Minutes",
    "Planning",
    "Contact us",
    "Search this site",
    "Home > Parish Council > Minutes > 2019",
    "Posted on 2nd May 2019 by the Clerk",
    "Share this page",
]

MENU = [
    "About us",
    "Your Councillors",
    "Meetings",
    "Agendas and Minutes",
    "Planning Applications",
    "Village News",
    "Useful Links",
    "Contact the Clerk",
]

FOOTER = [
    "Share this:",
    "Facebook",
    "Site map",
    "Accessibility statement",
    "Privacy notice",
    "The Clerk, 4 Church Lane, Oakfold",
    "© 2024 All rights reserved.",
    "Last updated: 3rd June 2019",
    "Back to top",
]


SIDEBAR = [
    "Posted in Minutes | Leave a comment",
    "Recent Posts",
    "Minutes – 9th April 2019",
    "Agenda – 9th April 2019",
    "Archives",
    "April 2019",
    "Categories",
    "Proudly powered by WordPress",
]


def _reading(result):
    (m,) = result.meetings
    return (
        m.body_name,
        m.date,
        m.start_time,
        [(i.number, i.title) for i in m.items],
        [p.name for p in m.attendance.present] if m.attendance else [],
        [p.name for p in m.attendance.apologies] if m.attendance else [],
        sum(len(i.resolutions) for i in m.items),
    )


PLAIN = _reading(parse_document(MINUTES))


def test_plain_minutes_read():
    assert PLAIN[1] == date(2019, 3, 12)
    assert len(PLAIN[3]) == 5


def test_minutes_under_a_sites_header_read_as_plain():
    text = "\n".join(HEADER) + "\n" + MINUTES
    assert detect_kind(text) == detect_kind(MINUTES)
    assert _reading(parse_document(text)) == PLAIN


def test_minutes_over_a_sites_footer_read_as_plain():
    text = MINUTES + "\n".join(FOOTER)
    assert _reading(parse_document(text)) == PLAIN


def test_minutes_with_header_and_footer_read_as_plain():
    text = "\n".join(HEADER) + "\n" + MINUTES + "\n".join(FOOTER)
    assert _reading(parse_document(text)) == PLAIN


def test_a_blogs_sidebar_after_the_minutes_is_the_sites():
    text = "Posted on 2nd May 2019 by clerk\n" + MINUTES + "\n".join(SIDEBAR)
    kept = strip_site_chrome(text)
    assert "Recent Posts" not in kept and "9th April 2019" not in kept.split("Signed")[-1]
    assert _reading(parse_document(text)) == PLAIN


def test_posted_and_updated_dates_are_never_the_meetings():
    # the heading gives no date: the page's dates must not stand in for it
    undated = MINUTES.replace("Tuesday 12th March 2019 at 7.30pm.", "").replace(
        "Minutes – 12th March 2019", ""
    )
    for line in ("Posted on 2nd May 2019 by the Clerk", "Last updated: 3rd June 2019"):
        text = line + "\n" + undated
        result = read_or_refused(parse_document, text)  # a refusal is a right answer
        for m in result.meetings if result else []:
            assert m.date not in (date(2019, 5, 2), date(2019, 6, 3))
    assert "Posted on" not in strip_site_chrome("Posted on 2nd May 2019 by the Clerk\n" + MINUTES)


def test_a_documents_own_short_title_lines_are_kept():
    # short lines over a heading, with nothing plainly a website's: left alone
    text = "OAKFOLD PARISH COUNCIL\nMINUTES\n" + MINUTES
    assert strip_site_chrome(text) == text


def test_a_flattened_document_mentioning_cookies_is_kept():
    # one long line (a document flattened): never taken for a cookie notice or a footer
    flat = " ".join((MINUTES + "The cookie stall raised £40. All rights reserved.").split())
    assert strip_site_chrome(flat) == flat


def test_a_menu_after_a_cookie_notice_is_the_sites():
    # no "Home" nor breadcrumb: a run of menu entries after the cookie notice is the site's
    text = "\n".join([HEADER[1], "OK", "Oakfold Parish Council", *MENU]) + "\n" + MINUTES
    assert strip_site_chrome(text).lstrip().startswith("Minutes – 12th March 2019")
    assert _reading(parse_document(text)) == PLAIN


def test_a_menus_last_line_naming_the_page_is_kept():
    text = "\n".join([HEADER[0], *MENU, "Agenda and minutes"]) + "\n" + MINUTES
    assert strip_site_chrome(text).startswith("Agenda and minutes\n")


def test_an_agendas_unnumbered_items_in_capitals_are_no_menu():
    # a notice's own short lines in capitals: kept, though made of a menu's words
    agenda = "ANYTOWN PARISH COUNCIL\nAGENDA\nMINUTES\nPLANNING\nFINANCE\nCOUNCILLORS\nMEETINGS\n"
    agenda += "PARISH COUNCIL\nMINUTES\nNOTICES\nThe meeting will be held on Monday 4 May 2020.\n"
    assert strip_site_chrome(agenda) == agenda


def test_an_agendas_short_items_are_never_the_sites():
    # short numbered items naming cookies or "Home" are the document's, not a site's lines
    agenda = (
        "Oakfold Parish Council\nAgenda\n1. Apologies\n2. Minutes\n"
        "3. Website: accept the cookies notice\nHome\nMenu\n"
        "The meeting will be held on Monday 4 May 2020 at 7pm.\n"
    )
    assert strip_site_chrome(agenda) == agenda
    listed = "Present: Cllr A Rowan\nSearch\nHome\n" + MINUTES
    assert strip_site_chrome(listed) == listed


@MANGLING
@given(
    st.lists(st.sampled_from(HEADER + MENU), max_size=16),
    st.lists(st.sampled_from(FOOTER + SIDEBAR), max_size=10),
)
def test_minutes_in_random_chrome_read_as_plain_or_refused(top, bottom):
    text = "\n".join(top) + "\n" + MINUTES + "\n".join(bottom)
    result = read_or_refused(parse_document, text)
    assert result is None or _reading(result) == PLAIN


def test_a_page_title_over_minutes_dated_in_their_title_is_no_committee():
    # the page's title left over the document ("Minutes"), then "Minutes – DATE": read as the
    # minutes they are, never as a ModernGov page of a committee named "Minutes"
    assert _reading(parse_document("Minutes\n" + MINUTES)) == PLAIN
    assert _reading(parse_document("Menu\nHome\nMinutes\n" + MINUTES)) == PLAIN
