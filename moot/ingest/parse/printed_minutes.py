"""Printed minutes of any council's template, as text (a PDF's text, a web page's text,
flattened or not): "Minutes of the [Annual] Meeting of BODY held [at TIME] on DATE [at
VENUE]", a "Present:" list, apologies, "In attendance", and numbered minutes.

Generic rules, not one council's wording:

* The heading is the first "Minutes of (the|a) ... meeting of BODY held ..." in the first
  part of the document; the date and clock time are read from the words after "held" (up to
  the end of that sentence or 250 characters); no date there refuses the document.
* Minutes whose heading names only the kind of council ("MINUTES FROM THE PARISH COUNCIL
  MEETING HELD ON JULY 18th 2023") give that kind as the body's name ("Parish Council"),
  which the importer matches to the council's own body (``mark_kind_only``); minutes naming
  no body ("Minutes of the meeting held on ..."), followed by an attendance list before any
  numbered minute, are read with no body and a warning: whose they are is never guessed,
  and the import asks for ``--body``.
* Minute numbers are any of ``17``, ``17.``, ``17a``, ``21.44``, ``77/21``,
  ``Cou/285/07-08`` (a word, a slash, digits) starting a line, or, in flattened text, the
  slash styles anywhere. A minute's title is its heading line, or in flattened text the
  run of capitalised words after the number (cut at a repeat of its first word, at an
  honorific, at a colon).
* "Present:" (or "Present Members:") lists people until the next label; "arrived at 7.01pm"
  and other bracketed notes are taken off the names. Apologies are read from an
  "Apologies:" list or "apologies ... received from ..."; "Absent:" lists are not apologies
  and are not read. "In attendance:" lines are read only when each is a name with an
  honorific ("Mr W Grosvenor Clerk ...") and the role is split off; "one member of the
  public" is nobody.
* Resolutions are the "RESOLVED" blocks of each minute.
* A file of several meetings' minutes one after another (a year's in one PDF) gives each
  meeting, in the order printed: the text is cut at each later heading of the first's form
  at a line's start (not an item's "To approve the" then another meeting's heading) naming
  another date (and the first's body, or any over a list of who attended: "Minutes of the
  meeting of the Finance Committee held on DATE - noted" is an item's words), or naming no
  date its line shows but over a list of who attended, and each
  part is read as minutes of its own. A part whose date cannot be read, is read as another
  date than its heading's line shows, repeats a date read before, or names no body or
  another body than the first's, is left out and said (the import takes one body a file);
  one naming only the kind of council the first's body is, is the first's body's, and said.

Pure: text in, drafts out; ``ParseError`` for a document that is not such minutes.
"""

from __future__ import annotations

import re
from datetime import date, time

from moot.ingest.council import bodies_of_kind, council_key
from moot.ingest.drafts import (
    ASKS_FOR_BODY,
    AttendanceDraft,
    ItemDraft,
    MeetingDraft,
    ParseError,
    ParseResult,
    PersonEntry,
)
from moot.ingest.parse.common import _month_number as month_number
from moot.ingest.parse.common import (
    agreed_decisions,
    council_kind,
    english_council_name,
    english_welsh_dates,
    extract_resolutions,
    find_dates,
    heading_venue,
    opening_time,
    paragraphs,
    parse_date,
    parse_time,
    tidy_body_name,
    tidy_line,
    title_case_capitals,
)
from moot.ingest.parse.minutes_attendance import (
    _ALSO_IN_LIST_RE,
    _BRACKETS_RE,
    _CLERK_PARAGRAPH_RE,
    _FIRST_MINUTE_RE,
    _LABEL_RE,
    _also_in_sentence,
    _also_present,
    _apologies_sentence,
    _before_minutes,
    _coded_register,
    _in_attendance,
    _initialled,
    _item_apologies,
    _labelled,
    _list_paragraph,
    _opening_apologies,
    _people,
    _present_minute,
    _sub_labelled,
    _unlabelled,
    chair_then_present,
    clerk_in_addition,
    clerk_line,
    closed_by_public_count,
    cut_at_heading_line,
    flat_body_rows,
    initialled_table,
    list_before_prose,
    officers_after_present,
    one_name_a_line,
    other_apologies,
    untable_body_column,
    untable_body_rows,
    untable_label_rows,
    untable_minute_rows,
    were_present_lines,
)
from moot.ingest.parse.minutes_numbers import _LINE_ITEM_RE, _SLASH_NUMBER, minute_numbers
from moot.ingest.parse.name_lists import attended_in_brackets, cut_at_other_councillor
from moot.ingest.parse.principal_minutes import principal_headings, strip_tag_debris
from moot.ingest.parse.unflatten import flat_title, is_flattened, is_year_span, unflatten

# "Minutes for an Extra-ordinary meeting of the Council on Tuesday 20th August 2019 at
# 7.15pm": "for" and "on WEEKDAY" for "of" and "held" (only together: "the minutes of the
# meeting of the Council on ..." is a reference to another meeting's minutes)
HEAD_RE = re.compile(
    r"\b(?P<mw>minutes)\s+(?:of|(?P<for>for))\s+(?P<article>(?:the|a|an)\s+)?"
    r"(?!(?:previous|last|next|that|this)\b)"
    r"(?P<pre>(?:[\w-]+\s+){0,3}?)meeting\s+of\s+(?:the\s+)?"
    r"(?P<body>[A-Z][^\n]{2,120}?)\s+(?:held\b|(?(for)(?=on\s+[A-Z][a-z]+day\b)|(?!)))"
    r"(?P<rest>[^\n]{0,250})",
    re.IGNORECASE,
)
# Town and parish minutes name the meeting in fewer words, at the start of a line:
# "Minutes of the PARISH COUNCIL MEETING held on the 22nd March 2021 at 7.30pm",
# "Minutes of the Town Council Meeting 27th April 2021", "Minutes of Parish Council
# 22 November 2023", "Draft Minutes of Annual Ordinary Parish Council meeting 9th May 2016".
SHORT_HEAD_RE = re.compile(
    r"(?im)^[ \t]*(?:(?:draft|approved|unconfirmed|signed|confirmed)\s+)?minutes?\s+of\s+"
    # ("Minutes of a scheduled meeting of the Parish Council on": nor "scheduled meeting of")
    r"(?!(?:(?:the|a|an)\s+)?scheduled\s+meeting\s+of\b)"
    r"(?:the\s+|a\s+|an\s+)?(?!(?:previous|last|next|that|this|meeting)\b)"
    r"(?P<pre>(?:(?:annual|ordinary|special|extraordinary|extra-ordinary|statutory|general)\s+)*)"
    # "Minutes of Annual Meeting of Parish Council": "Meeting of" opens no body's name
    r"(?!meeting\s+of\b)"
    # ("MINUTES OF THE ANNUAL GENERAL MEETING OF THE COMMUNITY COUNCIL 20 MAY 2015": nor a
    # kind of meeting left over, "GENERAL MEETING OF ...", the body's name)
    r"(?!(?:(?:the|a|an)\s+)?(?:(?:annual|ordinary|special|extraordinary|statutory|general)\s+)+"
    r"meeting\s+of\b)"
    # "Minutes of the Cabinet meeting held on Wednesday 12 September 2012": a principal
    # council's executive named before "meeting" (only with "meeting" after it)
    r"(?P<body>(?:[A-Za-z][A-Za-z&'’ -]{0,80}?\s)?(?:parish(?=\s+meeting)|council|committee|"
    r"board|sub-committee|(?:cabinet|executive)(?=\s+meeting\b)|"
    # "Minutes of the Consulting Panel held Wednesday, 13th of June 2018": a council's panel,
    # a body of its own (only before "meeting" or "held")
    r"panel(?=\s+(?:meeting|held)\b)))"
    # "Minute of the Kirkton Community Council (KCC) Meeting held on ...": its initials
    r"(?:\s+\((?-i:[A-Z]{2,8})\)(?=\s+meeting\b))?"
    r"(?P<after>(?:\s+(?:annual|ordinary|special|extraordinary|general|virtual|remote|online|"
    r"hybrid))*\s+meeting\b|)"
    r"(?P<rest>[^\n]{0,250})"
)
# "THE MORAY COUNCIL MINUTE OF MEETING OF THE ENVIRONMENTAL SERVICES COMMITTEE 12 FEBRUARY
# 2003": a Scottish minute's heading, the date right after the body's name
MINUTE_HEAD_RE = re.compile(
    r"\b(?P<mw>minutes?)\s+of\s+(?:the\s+|a\s+)?"
    # ("... OF THE ANNUAL GENERAL MEETING OF THE COMMUNITY COUNCIL 20 MAY 2015")
    r"(?P<pre>(?:(?:special|annual|ordinary|extraordinary)\s+)?(?:general\s+)?)"
    r"meeting\s+of\s+(?:the\s+)?(?P<body>[A-Z][^\n.;:\d]{2,120}?)(?<!\sof)\s+(?:held\s+(?:on\s+)?)?"
    r"(?=(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,10}\s+\d{4})(?P<rest>[^\n]{0,250})",
    re.IGNORECASE,
)
# "At a Meeting of the FULL COUNCIL held at The Gwenllian Centre, Kidwelly on Thursday,
# 14th January 2010 at 2.00pm.", "At a Meeting of Town Council held at the Pater Hall ...":
# the minutes' opening words at the start of a line (inside an item's text, "at a meeting
# of the Planning Committee held on ..." is a reference to another meeting)
AT_HEAD_RE = re.compile(
    r"(?m)(?:^[ \t]*|(?<=\s))[Aa][tT]\s+(?i:an?|the)\s+(?P<pre>(?:[\w-]+\s+){0,3}?)"
    r"(?i:meeting\s+of\s+(?:the\s+)?)(?P<body>[A-Z][^\n]{2,120}?)(?:,?\s+(?i:which\s+was))?"
    r"\s+(?i:held)\b(?P<rest>[^\n]{0,250})"
)
# "Wrockwardine Parish Council Minutes of the Parish Council Meeting held on Wednesday 13 th
# February 2019 ...": the council's name printed before minutes that name only its kind
# (on the same line or the line above)
_COUNCIL_NAME = (
    r"(?P<body>(?:[A-Z][\w'’&-]*,?[ \t]+(?:(?i:and|&|cum|on|upon|in|under|with)[ \t]+)?){1,5}"
    r"(?i:parish|town|community|village)[ \t]+(?i:council))"
)
BODY_FIRST_HEAD_RE = re.compile(
    rf"(?m)^[ \t]*{_COUNCIL_NAME}[ \t.:,–-]*(?:\n[ \t]*)?"
    r"(?:(?i:draft|approved|unconfirmed)[ \t]+)?(?i:minutes)[ \t]+(?i:of)[ \t]+(?i:(?:the|a|an)[ \t]+)?"
    r"(?P<pre>(?:(?i:annual|ordinary|special|extraordinary|statutory|general)[ \t]+)*)"
    r"(?i:(?:parish|town|community|village)[ \t]+)?(?i:council[ \t]+)?(?i:meeting)\b(?P<rest>[^\n]{0,250})"
)
# "LITTLE WENLOCK PARISH COUNCIL" on a line of its own, then "8th March, 2010 AT 7.30 p.m.
# IN THE VILLAGE HALL": the council's name over the date of the meeting
BODY_OVER_DATE_RE = re.compile(
    rf"(?m)^[ \t]*{_COUNCIL_NAME}[ \t]*\n(?:[ \t]*\n)?[ \t]*(?P<pre>)(?P<rest>(?:[A-Z][a-z]+day,?[ \t]+)?"
    r"\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Za-z]{3,10},?[ \t]+\d{4}\b[^\n]{0,200})"
)
# "Annual General Meeting of the Westshire Community Council Forum" over "Wednesday 4th
# June 2025 @ 19:00 in the Centre": a title line naming the kind of meeting and the body
# (a council, forum, association...) over a line that opens with the date. Like the other
# titles, a heading only where an attendance list follows it (``find_heading``).
MEETING_OF_BODY_OVER_DATE_RE = re.compile(
    r"(?m)^[ \t]*(?P<pre>(?:(?i:annual|ordinary|special|extraordinary|general|monthly)[ \t]+)*)"
    r"(?i:meeting)[ \t]+of[ \t]+(?:the[ \t]+)?(?P<body>(?:[A-Z][\w&'’-]*[ \t]+){1,6}?"
    r"(?:Council|Forum|Association|Committee|Partnership|Board))"
    # ("Meeting of Full Council (remote due to Covid19)" over "18.5.2020", blank lines
    # between: a remark in brackets after the body, the date in figures on its own line)
    r"(?:[ \t]+\([^()\n]{1,60}\))?[ \t]*\n(?:[ \t]*\n)*[ \t]*"
    r"(?P<rest>(?:[A-Z][a-z]+day,?[ \t]+)?\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2,9},?[ \t]+\d{4}\b"
    r"[^\n]{0,200}|\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d(?![\d./])[^\n]{0,200})"
)
# "Pembrey and Burry Port Town Council Monthly Meeting Wednesday 15 th January 2014": a
# title line that names the body, the word "Meeting" and the date, and nothing else
TITLE_HEAD_RE = re.compile(
    r"(?m)^[ \t]*(?:\S+[ \t]+){0,3}?(?P<body>(?:[A-Z][\w&'’-]*[ \t]+){0,4}?"
    r"(?:Council|Committee|Sub-Committee))[ \t]+"
    r"(?P<pre>(?:(?i:monthly|annual|ordinary|special|extraordinary|full|general)[ \t]+)*)"
    r"(?i:meeting)[ \t]*[,–-]?[ \t]+(?P<rest>(?:(?i:held[ \t]+)?(?i:on[ \t]+))?"
    r"(?:[A-Z][a-z]+day,?[ \t]+)?\d{1,2}[ \t]?(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+[ \t]+\d{4})[ \t]*$"
)
# "MINUTES FROM THE PARISH COUNCIL MEETING HELD ON JULY 18th 2023", "Minutes of the meeting
# held on Thursday 6 June 2019, 7.30pm": minutes opening a line that name only the kind of
# council (or no body at all) and say when the meeting was held. Whose they are the text does
# not say (a web address may have): the body is left empty, never guessed, and the import asks
# for --body. Read only where no heading naming a body fits (the title rules aside) and an
# attendance list follows it.
UNNAMED_HEAD_RE = re.compile(
    # "DRAFT: Minutes for an Extra Ordinary Parish Council Meeting held on" (its date on the
    # line under it, joined by ``join_wrapped_heading``)
    r"(?im)^[ \t]*(?:the[ \t]+)?(?P<named>(?:(?:amended|draft|approved|unconfirmed|signed|confirmed)"
    r"[ \t]*:?[ \t]+)*minutes?"
    r"[ \t]+(?:of|from|for)[ \t]+(?:(?:the|a|an)[ \t]+)?"
    r"(?P<pre>(?:(?:annual|ordinary|special|extraordinary|extra[ \t-]?ordinary|statutory|general|"
    r"monthly|scheduled)[ \t]+)*)"
    # "Minutes of the Joint Planning Committee and Full Parish Council Meeting held on ...":
    # a committee's meeting held jointly with the whole council, of the kind named after it
    r"(?:(?:joint[ \t]+)?(?:[A-Za-z&]+[ \t]+){1,3}committee[ \t]+and[ \t]+(?:(?:the|full)[ \t]+)*"
    r"(?=(?:parish|town|community|village)[ \t]+council[ \t]))?"
    r"(?:(?:parish|town|community|village)[ \t]+)?(?:council[ \t]+)?"
    # "the Community Council virtual meeting": how the meeting was held is no part of it
    r"(?:(?:virtual|remote|online|hybrid|zoom)[ \t]+)?meeting"
    # "Minutes of a scheduled meeting of the Parish Council on" (its date on the line under
    # it): the kind of council after the meeting
    r"(?:[ \t]+of[ \t]+the[ \t]+(?:parish|town|community|village)[ \t]+council)?)"
    r"(?P<body>)[ \t]+(?P<rest>(?:held\b|on[ \t]+(?=(?:[A-Z][a-z]+day,?[ \t]+)?\d)|"
    # "Amended Draft Minutes of Meeting 7.30pm Monday 12th November 2018": its time, then
    # its day
    r"\d{1,2}[.:]\d\d[ \t]*[ap]\.?m\.?[ \t]+(?=[A-Z][a-z]+day,?[ \t]+\d)|"
    # "Minutes of Meeting – Tuesday 20th February 2024, 7pm", "MINUTES of MEETING – 15th
    # April 2019 @ WHITE HORSE INN.": a dash, then the day it met
    r"[–—-][ \t]+(?=(?:[A-Z][a-z]+day,?[ \t]+)?\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Za-z]{3,10}\b))"
    r"[^\n]{0,250})"
)
# "The Parish Council met on Tuesday, 7th March in the Evangelical Hall, at 7.30pm": a
# sentence at a line's start naming the kind of council and the day it met; read like a
# heading naming no body (only where an attendance list follows it before any minute)
MET_HEAD_RE = re.compile(
    r"(?im)^[ \t]*the[ \t]+(?P<named>(?:parish|town|community|village)[ \t]+council)"
    r"(?P<pre>)(?P<body>)[ \t]+met[ \t]+(?P<rest>on[ \t]+[^\n]{0,250})"
)
# "Community Council Minutes of Wednesday 1st August 2018 in Pandy Tudur at 7.30pm": a line
# opening with the kind of council, "Minutes of" and the day it met; read like a heading
# naming no body (only where an attendance list follows it before any minute)
KIND_MINUTES_HEAD_RE = re.compile(
    r"(?im)^[ \t]*(?P<named>(?:parish|town|community|village)[ \t]+council)(?P<pre>)(?P<body>)"
    r"[ \t]+minutes[ \t]+(?P<rest>of[ \t]+(?:[A-Z][a-z]+day,?[ \t]+)?\d[^\n]{0,250})"
)
# "MINUTES Parish Council Meeting Wednesday 24th June 2020 Virtual Meeting ~ 7.30 pm": the
# word "Minutes" (on the line or the line above), the kind of council, "Meeting" and the
# day it met, nothing between; read like a heading naming no body (only where an
# attendance list follows it before any minute)
MINUTES_KIND_MEETING_HEAD_RE = re.compile(
    r"(?im)^[ \t]*(?:draft[ \t]+)?minutes[ \t]*(?:\n[ \t]*)?[ \t]"
    r"(?P<named>(?:parish|town|community|village)[ \t]+council)(?P<pre>)(?P<body>)[ \t]+"
    r"(?:(?:annual|ordinary|extraordinary|extra-ordinary|special|monthly)[ \t]+)?meeting[ \t]+"
    r"(?P<rest>(?:(?:held[ \t]+)?on[ \t]+)?(?:[A-Z][a-z]+day,?[ \t]+)?\d[^\n]{0,250})"
)
# "Meeting of the Parish Council at 7.30pm on Monday 25th June 2018 in Brook Village
# Hall": a line opening with the meeting of the kind of council and when it met (the place
# named only in the venue, which is not the council's name); read like a heading naming no
# body (only where an attendance list follows it before any minute)
MEETING_OF_KIND_HEAD_RE = re.compile(
    r"(?im)^[ \t]*(?:(?:the|a|an)[ \t]+)?"
    r"(?P<pre>(?:(?:annual|ordinary|special|extraordinary|extra-ordinary)[ \t]+)*)meeting[ \t]+of"
    r"[ \t]+the[ \t]+(?P<named>(?:parish|town|community|village)[ \t]+council)(?P<body>)[ \t]+"
    r"(?P<rest>(?:held[ \t]+)?(?:at|on)[ \t]+[^\n]{0,250})"
)
# "CYNGOR CYMUNED COMMUNITY COUNCIL" (a Welsh council's heading, its place's name lost)
# over "Neuadd y Pentref, Drefach am 7.30yh 5ed o Dachwedd 2013 Drefach Village Hall, 7.30pm
# 5th of November 2013" over "Yn bresennol/Present: ...": the kind of council on a line of
# its own, the line under it saying where and when, and the list of those present (its
# label, English or bilingual, opening the next line); read like a heading naming no body
KIND_OVER_DATE_HEAD_RE = re.compile(
    r"(?m)^[ \t]*(?:(?i:cyngor)[ \t]+(?i:cymuned|tref)[ \t]+)?"
    r"(?P<named>(?i:parish|town|community|village)[ \t]+(?i:council))(?P<pre>)(?P<body>)[ \t]*\n"
    # ("The Institute, Corris, ... Clerk: Sarah Mumford" then "Minutes of the Meeting 13 May
    # / May 2021 via Zoom": one line of the council's address between, at most)
    r"(?:[ \t]*\n)*(?:[ \t]*[^\n]{10,250}\n(?:[ \t]*\n)*)??[ \t]*(?P<rest>[^\n]{10,250})\n(?:[ \t]*\n)*"
    r"(?=[ \t]*(?:[^\n:/]{1,25}/[ \t]*)?(?i:present)[ \t]*:|[ \t]*(?i:presennol)\b)"
)
# "Publow with Pensford Parish Council Extra Ordinary meeting." over "Held at Publow
# Memorial Hall at 19:45 on 21st March 2018": a title line naming the council and the
# meeting, over a line saying where and when it was held (past tense: a notice says "to be
# held"); read only where the record of who attended follows (``_attendance_follows``)
# "CARMARTHEN TOWN COUNCIL" then "MONTHLY MEETING OF THE COUNCIL" then "HELD ON 27TH APRIL
# 2016", each on a line of its own: the same, the council's name over the meeting's title;
# "231 CARMARTHEN TOWN COUNCIL MONTHLY MEETING OF THE COUNCIL HELD ON 27TH APRIL 2016 ..."
# (a page's number before it): the same words on one line (text flattened), "of the
# council" after "meeting" saying the council's name is the body's
COUNCIL_OVER_HELD_HEAD_RE = re.compile(
    rf"(?m)^[ \t]*(?:\d{{1,4}}[ \t]+)?{_COUNCIL_NAME}(?:[ \t]+|[ \t]*\n(?:[ \t]*\n)*[ \t]*)"
    r"(?P<pre>(?:(?i:annual|ordinary|special|extraordinary|extra[ \t-]?ordinary|monthly|full|general)"
    r"[ \t]+)*)(?i:meeting)(?P<ofc>[ \t]+(?i:of[ \t]+the[ \t]+council))?"
    r"(?:[ \t.:]*\n(?:[ \t]*\n)*[ \t]*|(?(ofc)[ \t]+|(?!)))"
    r"(?P<rest>(?i:held)[ \t]+(?i:at|on|in)\b[^\n]{0,250})"
)
# "Bayford Parish Council." on a line of its own over "Annual Meeting, Bayford JMI School,
# 8:00pm 11th May 2009": the council's name over a line opening with the meeting (and its
# kind), then a comma and where and when, with no "held"; read only where the record of who
# attended follows
COUNCIL_OVER_MEETING_LINE_RE = re.compile(
    rf"(?m)^[ \t]*{_COUNCIL_NAME}[ \t.]*\n(?:[ \t]*\n)*[ \t]*"
    r"(?P<pre>(?:(?i:annual|ordinary|special|extraordinary|extra[ \t-]?ordinary|monthly|full|general)"
    r"[ \t]+)*)(?i:meeting)[ \t]*[,:–-][ \t]*(?P<rest>[^\n]{0,250})"
)
# "Holland Fen with Brothertoft Parish Council annual parish meeting held at Brothertoft
# Village Hall on Tuesday 22nd June 2021 at 7:30pm.": a line opening with the council's name,
# the meeting ("annual parish meeting": the parish's own meeting, not the council's) and
# where and when it was held; read only where the record of who attended follows
COUNCIL_MEETING_HELD_HEAD_RE = re.compile(
    rf"(?m)^[ \t]*{_COUNCIL_NAME}[ \t]+"
    r"(?P<pre>(?:(?i:annual|ordinary|special|extraordinary|extra[ \t-]?ordinary|monthly|full|general)"
    r"[ \t]+)*)(?P<parish>(?i:parish)[ \t]+)?(?i:meeting)[ \t]+"
    r"(?P<rest>(?i:held)[ \t]+(?i:at|on|in)\b[^\n]{0,250})"
)
# "The Monthly Meeting of the Council was held on Thursday 13th January 2022 at 6pm at the
# Community Centre": a sentence opening the minutes at a line's start, the body named after
# "of" and "was held" after it; read only where the record of who attended follows and no
# numbered minute comes before it (in an item's text it speaks of another meeting)
WAS_HELD_HEAD_RE = re.compile(
    r"(?m)^[ \t]*(?i:the|an?)[ \t]+"
    r"(?P<pre>(?:(?i:monthly|annual|ordinary|special|extraordinary|extra[ \t-]?ordinary|full|general)"
    r"[ \t]+)*)(?i:meeting)[ \t]+(?i:of)[ \t]+(?:(?i:the)[ \t]+)?"
    r"(?P<body>[A-Z][\w'’&-]*(?:[ \t]+(?:[A-Z][\w'’&-]*|(?i:and|of|on|upon|cum|with)))*?)"
    r"[ \t]+(?i:was)[ \t]+(?i:held)\b(?P<rest>[^\n]{0,250})"
)
# "Annual Parish Meeting held on Monday 13th May 2019.", "The Annual Parish Meeting
# (Village) was held on Tuesday 11 May 2021 at 7.00 pm at the Village Hall, Ludford.": a
# line opening with the parish meeting (the parish's own meeting, its body "Parish
# Meeting") and when it was held; read only where it opens the minutes and the record of
# who attended follows (``_opening_heading``)
PARISH_MEETING_HELD_HEAD_RE = re.compile(
    r"(?m)^[ \t]*(?:(?i:the)[ \t]+)?(?P<pre>(?:(?i:annual)[ \t]+)?)"
    r"(?P<body>(?i:parish)[ \t]+(?i:meeting))(?:[ \t]+\([A-Za-z \t]{1,20}\))?[ \t]+"
    r"(?:(?i:was)[ \t]+)?(?P<rest>(?i:held)[ \t]+(?i:at|on|in)\b[^\n]{0,250})"
)
# the record of who attended, after a heading: an attendance label (``_LABEL_RE``), a line
# opening with "Present" ("Present/ Presennol"), or apologies said to have been received
_RECORDED_ATTENDANCE_RE = re.compile(
    r"(?im)^[ \t]*present\b|\bapologies(?:[ \t]+for[ \t]+absence)?[ \t]+(?:were|was|had[ \t]+been)"
    r"[ \t]+(?:received|given|offered|tendered)\b"
)


# "Parish Council Minutes 6th December 2012", "Parish Council Minutes January 2016": a
# title naming only the kind of council, over minutes whose heading names no body
_KIND_TITLE_RE = re.compile(
    # ("Parish Council Minutes – January 2019": a dash before the date)
    # ("Community Council Minutes, November 2024": a comma after "Minutes")
    r"(?im)^[ \t]*(?P<kind>(?:parish|town|community|village)[ \t]+council)[ \t]+minutes,?[ \t]+"
    r"(?:[–—-][ \t]+)?(?P<when>[^\n]{3,40}?)[ \t]*$"
)
# "May 2019 Minutes": a month and its year printed before the heading
_MONTH_YEAR_RE = re.compile(r"\b(?P<m>[A-Za-z]{3,10})\.?,?\s+(?P<y>(?:19|20)\d{2})\b")
_KIND_NAMED_RE = re.compile(r"(?i)\b(?:(?:parish|town|community|village)\s+)?council\b")
HEAD_WITHIN = 1500


_KINDS = (
    (re.compile(r"\bannual\b", re.I), "annual"),
    (re.compile(r"\b(?:special|extraordinary|extra[\s-]?ordinary)\b", re.I), "special"),
)


# "To approve the Minutes of the Annual Parish Meeting on 2nd May 2018": minutes an agenda
# item refers to (their words broken off onto a line of their own when flattened text was
# unflattened), not the heading of these minutes
_REFERRED_TO_RE = re.compile(
    r"(?i)\b(?:approve|confirm|receive|adopt|accept|sign|agree|note|read)\s+(?:the\s+)?\Z"
)


# "To confirm the attached Minutes of the meeting of the Committee held on 22 May 2024.",
# "The Minutes of the meeting of the Sub-Committee held on 7 May 2024 were received": an
# item's words about another meeting's minutes (a verb of approving before them in the same
# sentence, or "were/was/be ..." after their date), not these minutes' heading
_REFERRING_VERB_RE = re.compile(
    r"(?i)\b(?:approve[ds]?|confirm(?:ed|s)?|receive[ds]?|adopt(?:ed|s)?|accept(?:ed|s)?|"
    r"sign(?:ed|s)?|agree[ds]?|note[ds]?|read|consider(?:ed|s)?)"
    r"(?:\s+(?:the|a|attached|draft|enclosed|circulated|printed|previous|signed|said))*\s*\Z"
)
_REFERRED_AFTER_RE = re.compile(
    r"(?i)^[^.;:\n]{0,60}?\d{4}\b[^.;:\n]{0,20}?\b(?:were|was|be|are|is|had\s+been|having\s+been)\b"
)


def _minutes_referred_to(flat: str, m: re.Match[str]) -> bool:
    """Does a "Minutes of the meeting of X held on DATE" match speak of another meeting's
    minutes (see ``_REFERRING_VERB_RE``)? ``flat`` is the text with its whitespace
    collapsed, ``m`` a match in it."""
    before = flat[max(0, m.start() - 60) : m.start()]
    before = re.split(r"[.;:|]\s", before)[-1]
    if _REFERRING_VERB_RE.search(before):
        return True
    return _REFERRED_AFTER_RE.match(m.group("rest")) is not None


_COUNCIL_LINE_RE = re.compile(rf"[ \t]*{_COUNCIL_NAME}[ \t.:,]*")


def _council_over_heading(text: str, kind: str) -> str:
    """The council's name printed on a line of its own before the first line that speaks
    of minutes or a meeting, when it is a council of the heading's ``kind`` ("" otherwise):
    the heading's own council, not one named further down."""
    found = ""
    for line in text[:HEAD_WITHIN].splitlines():
        # ("Cyngor Tref Aberteifi :: Cardigan Town Council": its English name)
        m = _COUNCIL_LINE_RE.fullmatch(line) or _COUNCIL_LINE_RE.fullmatch(
            english_council_name(line.strip())
        )
        if m and bodies_of_kind(kind, [m.group("body")]):
            found = english_council_name(tidy_body_name(m.group("body")))
        elif re.search(r"(?i)\b(?:minutes?|meeting)\b", line):
            break
    return found


_NEXT_LINE_MINUTES_RE = re.compile(r"(?i)[ \t]*\n(?:[ \t]*\n)?[ \t]*minutes[ \t]+of\b")


_BODY_DATED_RE = re.compile(
    r"(?i)\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"\s+(?:19|20)\d\d\b"
)


# a minute's number closing the text before a heading ("... TechnicalServices161.")
_NUMBER_BEFORE_RE = re.compile(r"(?<![\d.,/])\d{1,3}\.[ \t]*\n?[ \t\n]*\Z")


def find_heading(text: str) -> re.Match[str] | None:
    """The "Minutes of ... meeting of BODY held ..." heading near the start, or the shorter
    town and parish heading (``SHORT_HEAD_RE``) that names a date; or None."""
    flat = " ".join((text or "")[: HEAD_WITHIN * 2].split())
    for m in HEAD_RE.finditer(flat):
        if m.start() > HEAD_WITHIN:
            break
        if _minutes_referred_to(flat, m) or (
            _BODY_DATED_RE.search(m.group("body"))
            and heading_date(_heading_sentence(m.group("rest"))) is None
        ):
            # ("Minutes of a scheduled meeting of the Parish Council on" then "Monday 12th
            # October 2020 at 19.00 hrs." then "... the meeting was held remotely.": a
            # body's name holds no date; the words up to a later "held" that names no date
            # are no name)
            continue
        if not m.group("article") and not (
            m.group("mw").isupper()
            or _starts_a_line(text, m.group(0))
            or _starts_a_line(text, m.group(0), marked=True)
        ):
            # "Minutes of Annual Meeting of Parish Council held on ...": without its
            # article, a heading only where printed in capitals or at a line's start (not
            # "the Minutes of Meeting of the Council held on 9 May" in an item's text)
            continue
        return m
    first = BODY_FIRST_HEAD_RE.search((text or "")[:HEAD_WITHIN])
    if first and heading_date(_heading_sentence(first.group("rest"))):
        return first
    at = AT_HEAD_RE.search((text or "")[:HEAD_WITHIN])
    if at and _opens_the_text(text, at) and heading_date(_heading_sentence(at.group("rest"))):
        return at
    for short in SHORT_HEAD_RE.finditer((text or "")[:HEAD_WITHIN]):
        if _REFERRED_TO_RE.search(text[: short.start()]):
            continue  # "1. To approve the" then "Minutes of the Annual Parish Meeting on ..."
        if _NUMBER_BEFORE_RE.search(text[: short.start()]):
            # "161." then "MINUTES OF THE CABINET MEETING HELD ON 11 FEBRUARY 2013": a
            # minute's title (its number on the line before, in flattened text put back on
            # lines), the minutes of another meeting
            continue
        if re.match(r"(?i)meetings\b", short.group("body")) or _REFERRED_AFTER_RE.match(
            short.group("rest")
        ):
            # "the Minutes of the meetings of the Sub-Committee held on 31st May, ... 2005
            # be noted": other meetings' minutes, spoken of
            continue
        if _NEXT_LINE_MINUTES_RE.match(text, short.end()):
            # "Minutes of the Parish Meeting 13 October 2025" (the page's title) over
            # "Minutes of the Parish Council Meeting held in ...": the heading is the second
            continue
        if short.group("after") or _DATE_START_RE.match(short.group("rest")):
            return short
    unnamed = (
        _unnamed_heading(text or "")
        or _unnamed_heading(text or "", MET_HEAD_RE)
        or _unnamed_heading(text or "", KIND_MINUTES_HEAD_RE)
        or _unnamed_heading(text or "", MINUTES_KIND_MEETING_HEAD_RE)
        or _unnamed_heading(text or "", MEETING_OF_KIND_HEAD_RE)
        or _unnamed_heading(text or "", KIND_OVER_DATE_HEAD_RE)
    )
    if unnamed:
        # "Minutes from the Parish Council meeting held on 1 May 2021": the minutes' own
        # heading, before the title rule reads "Parish Council" in it as a body's name
        return unnamed
    for pattern in (
        COUNCIL_OVER_HELD_HEAD_RE,
        COUNCIL_MEETING_HELD_HEAD_RE,
        WAS_HELD_HEAD_RE,
        PARISH_MEETING_HELD_HEAD_RE,
        COUNCIL_OVER_MEETING_LINE_RE,
    ):
        opening = _opening_heading(text or "", pattern)
        if (
            opening
            and pattern is COUNCIL_MEETING_HELD_HEAD_RE
            and not is_council_name(opening.group("body"))
        ):
            # "MINUTES FROM THE PARISH COUNCIL MEETING HELD ON ...": words in capitals
            # about minutes, not a council's name (read by the rules for those headings)
            opening = None
        if opening:
            return opening
    for title in (
        TITLE_HEAD_RE.search((text or "")[:HEAD_WITHIN]),
        BODY_OVER_DATE_RE.search((text or "")[:HEAD_WITHIN]),
        MEETING_OF_BODY_OVER_DATE_RE.search((text or "")[:HEAD_WITHIN]),
    ):
        if title and _LABEL_RE.search(text[title.end() : title.end() + HEAD_WITHIN]):
            # a title is the minutes' heading only where an attendance list follows it (an
            # agenda notice has a title too, but no one attended it yet)
            return title
    m = MINUTE_HEAD_RE.search(flat)
    while m and m.start() <= HEAD_WITHIN:
        if m.group("mw").isupper() or _starts_a_line(text, m.group(0)):
            # a heading, not "the Minutes of Meeting of the Council held on 9 May" in an
            # agenda item's text nor "- Minute of Meeting of X of 25 April" in a list
            return m
        m = MINUTE_HEAD_RE.search(flat, m.start() + 1)
    return None


def next_meeting_start(text: str, heading: re.Match[str], day: date) -> int | None:
    """Where the minutes of another meeting begin in ``text``, after those whose heading is
    ``heading`` (of the meeting on ``day``): the start of the line of the next heading of
    the same form, printed at a line's start, naming another date and not spoken of by an
    item ("To approve the Minutes of the meeting held on ..."). None where there is none."""
    starts = meeting_starts(text, heading, day)
    return starts[0][0] if starts else None


def meeting_starts(text: str, heading: re.Match[str], day: date) -> list[tuple[int, date | None]]:
    """Where each later meeting's minutes begin in ``text`` after those whose heading is
    ``heading`` (of the meeting on ``day``), with the date each heading names, in the order
    printed: each the start of the line of a heading of the same form, printed at a line's
    start, not spoken of by an item, naming a date other than the meeting's before it (see
    ``next_meeting_start``, the first of them)."""
    start = min(heading.end(), len(text))
    if heading.string != text[: len(heading.string)]:
        # a heading found in the text with its whitespace collapsed (``find_heading``): its
        # match runs on over the next lines, so the search starts after its first line
        start = _flat_to_text(text, heading.start())
        start = text.find("\n", start) + 1 or len(text)
    found = [(m.start(), m) for m in heading.re.finditer(text, start)]
    for w in _WRAPPED_HEADING_RE.finditer(text, start):
        # "MINUTE OF THE MEETING" then "held at 7.00pm on ...": joined as the first was
        cut = w.end("head") if w.group("head") is not None else w.end("dated")
        eol = text.find("\n", w.end())
        joined = text[w.start() : cut] + " " + text[w.end() : eol if eol >= 0 else len(text)]
        m = heading.re.match(joined)
        if m is not None:
            found.append((w.start(), m))
    starts: list[tuple[int, date | None]] = []
    for at, m in sorted(found, key=lambda f: f[0]):
        line_start = text.rfind("\n", 0, at) + 1
        if text[line_start:at].strip() or (m.string is not text and m.string[: m.start()].strip()):
            # inside a line: an item's words, not a heading (a wrapped heading's match is
            # in its joined line, a heading's in the text: what is before it there is the
            # lines before)
            continue
        if "rest" not in m.groupdict() or _minutes_referred_to(m.string, m):
            continue
        if _REFERRED_TO_RE.search(text[max(0, line_start - 60) : line_start].rstrip() + " "):
            continue  # "1. To approve the" then "Minutes of the Meeting held on ..."
        if starts and line_start <= starts[-1][0]:
            continue
        other = heading_date(_heading_sentence(m.group("rest")))
        if (
            other is not None
            and other != day
            and (_heading_body(m) == _heading_body(heading) or _opens_minutes(text, line_start))
        ):
            # (a heading naming another body, with no list of who attended under it, may
            # be an item's words: "Minutes of the Finance Committee meeting held on 3 June
            # 2021 – noted" at a line's start)
            starts.append((line_start, other))
            day = other
        elif other is None and _opens_minutes(text, line_start):
            # a heading naming no date its line shows, over an attendance list: another
            # meeting's minutes all the same (its part is read, or left out, on its own)
            starts.append((line_start, None))
    return starts


def _heading_body(m: re.Match[str]) -> str:
    """The body a heading's match names, for comparing ("" where it names none)."""
    return council_key(m.groupdict().get("body") or "")


def _flat_to_text(text: str, at: int) -> int:
    """Where in ``text`` the character at ``at`` of its whitespace-collapsed form (words
    joined by one space) is."""
    seen = 0
    for word in re.finditer(r"\S+", text):
        if at < seen + len(word.group(0)):
            return word.start() + max(0, at - seen)
        seen += len(word.group(0)) + 1
    return len(text)


def _opens_minutes(text: str, line_start: int) -> bool:
    """Does the heading on the line at ``line_start`` open a meeting's minutes: a label of
    who attended ("Present:", "Apologies -") opening one of the lines after it, before any
    numbered minute?"""
    eol = text.find("\n", line_start)
    window = text[eol + 1 : eol + 1 + HEAD_WITHIN] if eol >= 0 else ""
    first = _FIRST_MINUTE_RE.search(window)
    for label in _LABEL_RE.finditer(window):
        if first is not None and label.start() > first.start():
            return False
        opens = not window[window.rfind("\n", 0, label.start()) + 1 : label.start()].strip()
        marked = label.group(0).rstrip().endswith(":") or re.match(
            r"[ \t]*[:–-]", window[label.end() :]
        )
        if opens and marked:
            return True
    return False


def _same_body(first: str, other: str) -> bool:
    """Do two meetings' printed body names name the same body (case, spaces and "the"
    aside)?"""
    return council_key(first) == council_key(other)


def _later_meetings(
    text: str, was_flat: bool, heading: re.Match[str], first: MeetingDraft
) -> tuple[list[MeetingDraft], list[str]]:
    """The meetings whose minutes follow the first's in a file of several (a year's minutes
    in one PDF), each read as minutes of its own (its own heading's date, time, venue,
    items, attendance and decisions), in the order printed, with the warnings. Never
    guessed: a part whose own heading cannot be read, or gives another date than the one
    it was cut at, or the date of a meeting already read, is left out and said; so is a
    part naming no body or another body than the first's (the import takes one body a
    file), except where its heading names only the kind of council the first's body is
    ("Minutes of the Town Council meeting" after "Saltash Town Council"'s): the first's
    body, and said."""
    assert first.date is not None
    starts = meeting_starts(text, heading, first.date)
    drafts: list[MeetingDraft] = []
    warnings: list[str] = []
    days = {first.date}
    warnings.append(
        f"{first.date.isoformat()}: the file holds the minutes of more than one meeting "
        f"({len(starts) + 1}, printed one after another); each is read as minutes of its own, "
        "up to the next one's heading (one that cannot be read safely is left out, and said)"
    )
    for position, (start, day) in enumerate(starts, start=2):
        end = starts[position - 1][0] if position - 1 < len(starts) else len(text)
        part = join_wrapped_heading(text[start:end])
        line = " ".join(part.strip().split("\n", 1)[0].split())[:100]
        name = f"the file's meeting no. {position} ({line!r})"
        try:
            draft, said, _, following = _read_minutes(part, was_flat)
        except ParseError as error:
            warnings.append(f"{name}: not imported: {error}")
            continue
        if day is not None and draft.date != day:
            warnings.append(
                f"{name}: not imported: its heading was read as of "
                f"{draft.date.isoformat() if draft.date else 'no date'}, not {day.isoformat()}"
            )
            continue
        assert draft.date is not None
        day = draft.date
        if day in days:
            warnings.append(
                f"{name}: not imported: a meeting of {day.isoformat()} was read before it in "
                "the file (which is which cannot be told)"
            )
            continue
        if not _same_body(first.body_name, draft.body_name):
            kind = council_kind(draft.body_name)
            if kind and first.body_name and bodies_of_kind(kind, [first.body_name]):
                warnings.append(
                    f"{day.isoformat()}: the heading names only the {kind}: read as "
                    f"{first.body_name}'s, the body of the file's first minutes"
                )
                draft.body_name = first.body_name
            else:
                whose = repr(draft.body_name) if draft.body_name else "no body"
                warnings.append(
                    f"{name}: not imported: its heading names {whose}, the file's first "
                    f"minutes {first.body_name or 'no body'!r} (import one body's minutes a file)"
                )
                continue
        if following is not None:
            warnings.append(
                f"{day.isoformat()}: its minutes were read up to another heading in them "
                f"({' '.join(part[following:].split(chr(10), 1)[0].split())[:100]!r})"
            )
        days.add(day)
        drafts.append(draft)
        warnings += said
    return drafts, warnings


def _unnamed_heading(text: str, pattern: re.Pattern[str] = UNNAMED_HEAD_RE) -> re.Match[str] | None:
    """A heading naming no council (``UNNAMED_HEAD_RE``, or ``MET_HEAD_RE``) with the date
    of the meeting, where an attendance list follows it before any numbered minute: "Minutes
    of the meeting held on ..." in an item's text, or before minutes, is a reference to
    another meeting. The date may take its year from the text before the heading
    (``heading_date``)."""
    m = pattern.search(text[:HEAD_WITHIN])
    if m is None or _REFERRED_AFTER_RE.match(m.group("rest")):
        # "The Minutes of the Meeting held on Thursday 2nd December 2021 were accepted":
        # another meeting's minutes, spoken of
        return None
    sentence = _heading_sentence(m.group("rest"))
    day = heading_date(sentence, text[: m.start()])
    if day is None:
        return None
    again = repeated_heading(text, m, pattern, day)
    if again is not None:
        m, sentence = again, _heading_sentence(again.group("rest"))
    # the list may follow on the heading's own line ("... in the Village Hall Attending:
    # Councillors Mr. R Bee (Chair) ... Apologies for Absence: ...")
    after = text[m.start("rest") + len(sentence) : m.end() + HEAD_WITHIN]
    label = _LABEL_RE.search(after)
    first_minute = _FIRST_MINUTE_RE.search(after)
    if label is None:
        return None
    # "131. Present:": the first minute may be the attendance's own, its label on the
    # minute's line; a label further on is another minute's
    if (
        first_minute is not None
        and first_minute.start() < label.start()
        and "\n" in after[first_minute.start() : label.start()]
        and not _inside_first_minute(after[first_minute.start() : label.start()])
        and not _ATTENDANCE_MINUTE_RE.match(after, first_minute.start())
    ):
        return None
    return m


def repeated_heading(
    text: str, m: re.Match[str], pattern: re.Pattern[str], day: date
) -> re.Match[str] | None:
    """The same heading printed again under a page's title ("Approved Minutes of Meeting –
    20th February 2024" then "Balintore & Hilton Community Council" then "Minutes of Meeting
    – Tuesday 20th February 2024, 7pm"): the second, of the same date, with at most two
    lines between them and no attendance label; None where there is no such repeat."""
    nxt = pattern.search(text, m.end(), m.end() + 300)
    if nxt is None or heading_date(_heading_sentence(nxt.group("rest"))) != day:
        return None
    between = text[m.end() : nxt.start()]
    lines = [ln for ln in between.splitlines() if ln.strip()]
    if len(lines) > 2 or _LABEL_RE.search(between):
        return None
    return nxt


def _attendance_follows(text: str) -> bool:
    """Does the text after a heading (its first part) record who attended?"""
    head = text[:HEAD_WITHIN]
    return bool(_LABEL_RE.search(head) or _RECORDED_ATTENDANCE_RE.search(head))


def _opening_heading(text: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The first match of ``pattern`` near the start (``COUNCIL_OVER_HELD_HEAD_RE``,
    ``WAS_HELD_HEAD_RE``) that opens the minutes: no numbered minute before it, the date of
    the meeting in its words (not another meeting's, spoken of: "... was held on 4 May and
    were approved"), and the record of who attended after it. None otherwise."""
    m = pattern.search(text[:HEAD_WITHIN])
    if m is None or _FIRST_MINUTE_RE.search(text[: m.start()]):
        return None
    if _REFERRED_AFTER_RE.match(m.group("rest")):
        return None
    sentence = _heading_sentence(m.group("rest"))
    if heading_date(sentence) is None:
        return None
    # (after the heading's own words: in text flattened onto one line the list may be
    # among the 250 characters the match takes after "held")
    return m if _attendance_follows(text[m.start("rest") + len(sentence) :]) else None


# "1. In Attendance & Apologies" then "Present: ...": the first minute is the record of who
# attended, its labels under it the heading's attendance
_ATTENDANCE_MINUTE_RE = re.compile(
    r"[ \t]*\d{1,3}\.?[ \t]+(?i:in[ \t]+attendance|present|attendance|sederunt)\b[^\n]{0,40}\n"
)


def _inside_first_minute(text: str) -> bool:
    """Is ``text`` (from the first minute's number to an attendance label) all the first
    minute's, every number at a line's start in it a paragraph of that minute ("1. Welcome
    and apologies" then "1.1 Everyone was welcomed ... 1.2 Present: ...")?"""
    numbers = [re.match(r"\s*(\d+)", n.group(0)) for n in _FIRST_MINUTE_RE.finditer(text)]
    wholes = {n.group(1) for n in numbers if n}
    return len(wholes) == 1 and len(numbers) > 1


_KIND_LINE_RE = re.compile(r"(?i)[ \t]*(?:(?:parish|town|community|village)[ \t]+)council[ \t.]*")


_COUNCIL_TITLE_RE = re.compile(
    rf"[ \t]*{_COUNCIL_NAME}[ \t]*[–—-][ \t]*[^\n]*?\b(?i:minutes?)\b[^\n]*"
)


_NOT_IN_A_NAME_RE = re.compile(r"(?i)\b(?:minutes?|agenda|notice|from|the|of|meeting)\b")


def is_council_name(name: str) -> bool:
    """Is ``name`` (a council's name as ``_COUNCIL_NAME`` reads it) a place's council, not
    words about minutes printed in capitals ("MINUTES FROM THE PARISH COUNCIL")?"""
    return _NOT_IN_A_NAME_RE.search(name or "") is None


def parish_meeting_of(council: str) -> str:
    """The parish meeting of a parish council's parish ("Holland Fen with Brothertoft
    Parish Council" -> "Holland Fen with Brothertoft Parish Meeting"): the annual parish
    meeting is the parish's own meeting, its body not the council. Any other name is kept."""
    return re.sub(r"(?i)\bparish[ \t]+council$", "Parish Meeting", council.strip())


def _council_title(before: str) -> re.Match[str] | None:
    """ "Glencairn Community Council – Draft Minutes of Latest Meeting": the last line
    before a heading naming no council, when it is a title naming a council and its
    minutes (the council's name, a dash, words about minutes); any other line names none."""
    lines = [ln for ln in before.splitlines() if ln.strip()]
    return _COUNCIL_TITLE_RE.fullmatch(lines[-1]) if lines else None


def council_line_over(before: str) -> str:
    """ "Maryburgh Community Council" on a line of its own right over a heading that names
    no body ("Minutes of the meeting held on Wednesday 26th April 2017 at 7.30pm"): the
    council whose minutes these are; "" where the last line before the heading is anything
    else (a sentence, a title with other words, words about minutes in capitals)."""
    lines = [ln for ln in before.splitlines() if ln.strip()]
    m = _COUNCIL_LINE_RE.fullmatch(lines[-1]) if lines else None
    if m is None or not is_council_name(m.group("body")):
        return ""
    return english_council_name(tidy_body_name(m.group("body")))


def council_lines_above(before: str, kind: str) -> str:
    """ "Cyngor Tref ABERYSTWYTH Town Council" over "Cyfarfod o'r Cyngor Llawn ..." over
    "Meeting of Full Council ...": a council's name (in English, or in Welsh and English) on
    one of the three lines right over a heading naming only the kind of council (``kind``),
    where that council is of the kind; "" otherwise (a name further up is not read)."""
    lines = [ln for ln in before.splitlines() if ln.strip()][-3:]
    for line in reversed(lines):
        m = _COUNCIL_LINE_RE.fullmatch(english_council_name(" ".join(line.split())))
        if m and is_council_name(m.group("body")) and bodies_of_kind(kind, [m.group("body")]):
            return english_council_name(tidy_body_name(m.group("body")))
    return ""


def _kind_line_over(before: str) -> re.Match[str] | None:
    """ "PARISH COUNCIL" on a line of its own right over a heading that names no body
    ("MINUTES OF THE MEETING" / "HELD ON ..."): the kind of council the minutes are of (a
    "DRAFT" mark between them aside); any other line between names nothing."""
    lines = [ln for ln in before.splitlines() if ln.strip()]
    lines = [ln for ln in lines if not re.fullmatch(r"(?i)\s*draft\s*", ln)]
    if lines and _KIND_LINE_RE.fullmatch(lines[-1]):
        return _KIND_NAMED_RE.search(lines[-1])
    return None


def _kind_title(before: str, day: date) -> re.Match[str] | None:
    """The kind of council named by a title printed before a heading that names no body
    ("Parish Council Minutes 6th December 2012" over "Minutes of the Meeting held in the
    village hall on Thursday 6th December 2012"), where the title's date is the heading's:
    the same full date, or the same month and year ("Parish Council Minutes January 2016");
    a title of another date, or of none, names nothing here."""
    for m in _KIND_TITLE_RE.finditer(before[-HEAD_WITHIN:]):
        when = m.group("when")
        if heading_date(when) == day or _month_and_year(when) == (day.month, day.year):
            return _KIND_NAMED_RE.search(m.group("kind"))
    return None


def _month_and_year(text: str) -> tuple[int, int] | None:
    """The month and year of "January 2016" (the whole text, nothing else in it)."""
    m = _MONTH_YEAR_RE.fullmatch(text.strip())
    month = month_number(m.group("m")) if m else None
    return (month, int(m.group("y"))) if m and month else None


def _opens_the_text(text: str, m: re.Match[str]) -> bool:
    """Does the match start a line, or follow only a title ("TOWN COUNCIL 14th JANUARY
    2010 At a Meeting of ...": no word in lower case of three letters or more before it)?
    "... as reported at a meeting of the Council held on 4 May" is not a heading."""
    before = text[: m.start()]
    starts_line = not before.strip(" \t") or before.rstrip(" \t").endswith("\n")
    # "Minutes taken by the Clerk, at the Annual Meeting of X held on ...": the sentence
    # that opens the minutes
    minutes_sentence = re.match(r"(?i)\s*minutes\s+taken\b[^.\n]*$", before.rsplit("\n", 1)[-1])
    return (
        starts_line or minutes_sentence is not None or re.search(r"\b[a-z]{3,}\b", before) is None
    )


def _starts_a_line(text: str, found: str, marked: bool = False) -> bool:
    """Is ``found`` (whitespace collapsed) printed at the start of one of the text's lines?
    ``marked``: after a draft's mark that opens the line ("Draft Minutes of Extraordinary
    meeting of South Kyme Parish Council held by Zoom on ...")."""
    words = found.split()[:4]
    mark = r"(?i:draft|approved|unconfirmed|signed|confirmed)[ \t]+" if marked else ""
    pattern = r"(?m)^[ \t]*" + mark + r"\s+".join(map(re.escape, words))
    return bool(words) and re.search(pattern, text or "") is not None


# a date right after the body's name: "Parish Council 22 November 2023"
_DATE_START_RE = re.compile(
    r"^\s*(?:[-–,]\s*)?(?:held\s+)?(?:on\s+)?(?:the\s+)?(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z]"
)
_MONTH_FIRST_RE = re.compile(
    r"\b(?P<m>[A-Za-z]{3,10})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b"
)
_DAY_MONTH_RE = re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>[A-Za-z]{3,10})\b")


_BILINGUAL_MONTH_RE = re.compile(
    r"\b(?P<d>\d{1,2}(?:st|nd|rd|th)?)\s+[A-Za-z]{3,10}\s*/\s*(?P<m>[A-Za-z]{3,10})\s+(?P<y>(?:19|20)\d\d)\b"
)


def heading_date(sentence: str, before: str = "") -> date | None:
    """The date in the heading's words: "held on 4 May 2021", "held on October 30th 2023";
    a date without its year ("held on Monday 12th September") takes the year only from a
    full date with the same day and month printed before the heading (the page's title,
    "Parish Council Meeting 12th Sept 2016"), never from anywhere else."""
    # "nos Lun, Mawrth y 9fed 2020": a Welsh council's date in Welsh, read in English
    sentence = english_welsh_dates(sentence)
    # "15 th January 2014": a PDF's text sets the ordinal's letters apart; "HELD ON JULY
    # 18TH 2023": a heading in capitals prints them in capitals
    sentence = re.sub(
        r"\b(\d{1,2})\s?(st|nd|rd|th)\b",
        lambda m: m.group(1) + m.group(2).lower(),
        sentence,
        flags=re.IGNORECASE,
    )
    # "Minutes of the Meeting 13 Mai / May 2021": a Welsh council's month in Welsh, then in
    # English after a slash: the day, the English month and the year
    sentence = _BILINGUAL_MONTH_RE.sub(
        lambda m: (
            f"{m.group('d')} {m.group('m')} {m.group('y')}"
            if month_number(m.group("m"))
            else m.group(0)
        ),
        sentence,
    )
    day = parse_date(sentence)
    if day is not None:
        return day
    for m in _MONTH_FIRST_RE.finditer(sentence):
        month = month_number(m.group("m"))
        if month:
            try:
                return date(int(m.group("y")), month, int(m.group("d")))
            except ValueError:
                return None
    m = _DAY_MONTH_RE.search(sentence)
    month = month_number(m.group("m")) if m else None
    if not m or not month:
        return None
    for earlier, _ in find_dates(before):
        if earlier and earlier.month == month and earlier.day == int(m.group("d")):
            return earlier
    # "May 2019 Minutes" over "... held on 13th May at 8.00pm": the title prints the
    # month with its year; read only where that month is printed with one year alone
    years = {
        int(y.group("y"))
        for y in _MONTH_YEAR_RE.finditer(before)
        if month_number(y.group("m")) == month
        # "2 May 2024" is another day's date, not the month's title
        and not re.search(r"\d(?:st|nd|rd|th)?\s*(?:of\s+)?$", before[: y.start()])
    }
    if len(years) == 1:
        try:
            return date(years.pop(), month, int(m.group("d")))
        except ValueError:
            return None
    return None


# "DRAFT MINUTES OF WRETTON PARISH COUNCIL MEETING" then "HELD AT THE CHURCH TUESDAY 14th
# JULY 2009"; "... HELD AT THE VILLAGE HALL ON" then "TUESDAY MAY 6th 2014": a heading
# printed over two lines (blank lines between them)
_WRAPPED_HEADING_RE = re.compile(
    # ("MINUTE OF THE MEETING" then "held at 7.00pm on Wednesday 13th November 2024 ...":
    # a Scottish minute's singular)
    # ("DRAFT: Minutes for an Extra Ordinary Parish Council Meeting held on" then "Tuesday
    # 31st January 2023 in the Village Hall": "for" for "of", a colon after "Draft")
    r"(?im)^(?P<head>[ \t]*(?:(?:draft|approved|unconfirmed)[ \t]*:?\s+)?minutes?\s+(?:of|for)\b[^\n]*?"
    # ("MINUTES OF COMMUNITY COUNCIL MEETING - DRAFT" then "Tuesday 12th November 2013 at
    # 7.00pm, ...": a draft's mark after a dash closing the heading's line)
    r"(?:\bmeeting(?:[ \t]+[–-][ \t]+(?:draft|unconfirmed|unapproved))?|\s(?:on|held|at)|"
    r"\bheld\b[^\n\d]*))[ \t]*\n(?:[ \t]*\n)*[ \t]*"
    r"(?=(?:held|on|at)\b|(?:[a-z]+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[a-z]{3,9}\s+\d)"
    # "Minutes of the Meeting held on 15th January 2019" then "at 7.30pm in the Village
    # Hall": the heading's time and venue on the next line
    r"|^(?P<dated>[ \t]*minutes\s+of\b[^\n]*?\bheld\s+on\s+[^\n]*?(?:19|20)\d\d)[ \t]*\n"
    r"(?:[ \t]*\n)*[ \t]*(?=at\s+\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m)"
)


# "MINUTES" then "ANNUAL PARISH MEETING" then "held on 16th May 2011" then "at 8pm in the
# Memorial Hall", each on a line of its own: a heading stacked over lines
# "Annual Parish Council Meeting" then "MINUTES" then "Held at 7.30pm on Tuesday 9th May
# 2017 in the Village Hall" (under the council's name): the same heading, the title first
_TITLE_OVER_MINUTES_RE = re.compile(
    r"(?im)^[ \t]*(?P<title>(?:(?:annual|ordinary|special|extraordinary|extra-ordinary)[ \t]+)*"
    r"(?:parish|town|community|village)[ \t]+(?:council[ \t]+)?meeting)[ \t]*\n(?:[ \t]*\n)*"
    r"[ \t]*minutes[ \t]*\n(?:[ \t]*\n)*[ \t]*(?P<held>held[ \t]+(?:on|at)[ \t]+[^\n]+?)[ \t]*$"
)
_STACKED_HEADING_RE = re.compile(
    r"(?im)^[ \t]*minutes[ \t]*\n(?:[ \t]*\n)*[ \t]*(?P<title>"
    r"(?:(?:annual|ordinary|special|extraordinary|extra-ordinary)[ \t]+)*"
    r"(?:parish|town|community|village)[ \t]+(?:council[ \t]+)?meeting)[ \t]*\n(?:[ \t]*\n)*"
    r"[ \t]*(?P<held>held[ \t]+on[ \t]+[^\n]+?)[ \t]*(?:\n(?:[ \t]*\n)*[ \t]*(?P<at>at[ \t]+[^\n]+))?$"
)
# "Annual Parish Meeting" then "Location: Edingale Village Hall" then "Date: Monday 13th May
# 2019 Time: 7.30 pm": a title naming the meeting over labelled lines of its place and date
_LABELLED_HEADING_RE = re.compile(
    r"(?im)^[ \t]*(?P<title>(?:(?:annual|ordinary|special|extraordinary|extra-ordinary)[ \t]+)*"
    r"(?:parish|town|community|village)[ \t]+(?:council[ \t]+)?meeting)[ \t]*\n"
    r"(?:[ \t]*(?:location|venue|place)[ \t]*:[ \t]*(?P<place>[^\n]+)\n)?"
    r"[ \t]*date[ \t]*:[ \t]*(?P<date>[^\n]+?)[ \t]*$"
)
# "Annual Parish Meeting Location: Edingale Village Hall Date: Monday 13th May 2019 Time:
# 7.30 pm": the same title and labels on one line (text flattened, then put back on lines)
_LABELLED_ON_ONE_LINE_RE = re.compile(
    r"(?im)^[ \t]*(?P<title>(?:(?:annual|ordinary|special|extraordinary|extra-ordinary)[ \t]+)*"
    r"(?:parish|town|community|village)[ \t]+(?:council[ \t]+)?meeting)[ \t]+"
    r"(?:(?:location|venue|place)[ \t]*:[ \t]*(?P<place>[^\n:]+?)[ \t]+)?"
    r"date[ \t]*:[ \t]*(?P<date>[^\n]+?)[ \t]*$"
)


# "Minutes of Meeting" alone on a line, then "Methodist Schoolroom on Tuesday 26th September
# 2017 at 7.30pm.": the place and the date of the meeting on the line under it
_VENUE_UNDER_HEADING_RE = re.compile(
    r"(?im)^(?P<head>[ \t]*minutes[ \t]+of[ \t]+(?:the[ \t]+|a[ \t]+)?meeting)[ \t]*\n(?:[ \t]*\n)*"
    r"[ \t]*(?P<venue>[A-Z][^\n]{0,80}?)[ \t]+(?=on[ \t]+(?:[A-Z][a-z]+day,?[ \t]+)?\d)"
)


# "Minutes of the Extraordinary Parish Council Meeting" then "Allington Village Hall Meeting
# Room 16 September 2023 at 17:00hrs": a heading naming the kind of council's meeting, its
# place (no digit in it) and its date on the line under it, with no "held" or "on"
_VENUE_DATE_UNDER_KIND_RE = re.compile(
    r"(?im)^(?P<head>[ \t]*minutes[ \t]+of[ \t]+(?:the|an?)[ \t]+"
    r"(?:(?:annual|ordinary|special|extraordinary|extra[ \t-]?ordinary)[ \t]+)*"
    r"(?:parish|town|community|village)[ \t]+council[ \t]+meeting)[ \t]*\n(?:[ \t]*\n)*[ \t]*"
    r"(?P<venue>[A-Z][^\n\d]{2,80}?)[ \t]+"
    r"(?P<date>(?:[A-Z][a-z]+day,?[ \t]+)?\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2,8}[ \t]+\d{4}\b"
    r"[^\n]{0,40})$"
)


# "MINUTES ANNUAL PARISH MEETING held on 16th May 2011 at 8pm in the Memorial Hall": the
# stacked heading's words on one line (text flattened, then put back on lines), the word
# "MINUTES" in capitals over the parish's own meeting
_STACKED_ON_ONE_LINE_RE = re.compile(
    r"(?m)^[ \t]*MINUTES[ \t]+(?P<title>(?:ANNUAL[ \t]+)?PARISH[ \t]+MEETING)[ \t]+"
    r"(?P<held>(?i:held)[ \t]+(?i:on)[ \t]+[^\n]+?)[ \t]*$"
)


def join_wrapped_heading(text: str) -> str:
    """The text with its heading on one line where it was printed over two (see
    ``_WRAPPED_HEADING_RE``), stacked over several (``_STACKED_HEADING_RE``) or under
    labels (``_LABELLED_HEADING_RE``, read as "Minutes of the Annual Parish Meeting held on
    DATE at PLACE"); only the first such heading near the start is joined."""
    head = (text or "")[:HEAD_WITHIN]
    m = _WRAPPED_HEADING_RE.search(head)
    if m is not None:
        end = m.end("head") if m.group("head") is not None else m.end("dated")
        return text[:end] + " " + text[m.end() :]
    m = _VENUE_UNDER_HEADING_RE.search(head)
    if m is not None and not re.search(r"(?i)\bminutes\b", m.group("venue")):
        # read as "Minutes of Meeting held at VENUE on DATE ..." (a heading naming no body)
        return text[: m.end("head")] + f" held at {m.group('venue')} " + text[m.end() :]
    m = _VENUE_DATE_UNDER_KIND_RE.search(head)
    if m is not None and not re.search(r"(?i)\b(?:minutes|held|agenda)\b", m.group("venue")):
        # read as "Minutes of the Extraordinary Parish Council Meeting held at VENUE on
        # DATE at TIME"
        line = f"{m.group('head')} held at {m.group('venue')} on {m.group('date')}"
        return text[: m.start()] + line + text[m.end() :]
    m = _STACKED_HEADING_RE.search(head)
    if m is not None:
        words = [m.group("title"), m.group("held"), m.group("at") or ""]
        return (
            text[: m.start()]
            + "Minutes of the "
            + " ".join(w for w in words if w)
            + text[m.end() :]
        )
    m = _STACKED_ON_ONE_LINE_RE.search(head)
    if m is not None:
        line = f"Minutes of the {m.group('title')} {m.group('held')}"
        return text[: m.start()] + line + text[m.end() :]
    m = _TITLE_OVER_MINUTES_RE.search(head)
    if m is not None:
        return (
            text[: m.start()]
            + f"Minutes of the {m.group('title')} {m.group('held')}"
            + text[m.end() :]
        )
    m = _LABELLED_HEADING_RE.search(head) or _LABELLED_ON_ONE_LINE_RE.search(head)
    if m is not None:
        when = re.sub(r"(?i)\btime\s*:\s*", "at ", m.group("date"))
        place = f" at {m.group('place').strip()}" if m.group("place") else ""
        line = f"Minutes of the {m.group('title')} held on {when}{place}"
        return text[: m.start()] + line + text[m.end() :]
    return text


# "Cyfarfod o Gyngor Cymuned Aberffraw" then "a gynhelir trwy ZOOM, am 7 pm ddydd Mercher
# 30 Medi 2020"; "Cofnodion o gyfarfod o'r Cyngor a gynhaliwyd Nos Fercher y 27ain o Ionawr
# 2021"; "COFNODION CYFARFOD ARFEROL CYNGOR TREF X A GYNHALIWYD NOS IAU 10fed o HYDREF
# 2019": a Welsh council's heading in Welsh only (minutes, "cofnodion", of the meeting,
# "cyfarfod", of the council, "cyngor", held, "a gynhaliwyd"), at a line's start; the
# council's name printed with its kind ("Cyngor Cymuned", community council; "Cyngor Tref",
# town council; "Cyngor Dinas", city council) and its place's name after it, or "the
# Council" alone under a line naming the kind ("CYNGOR CYMUNED")
_WELSH_HEAD_RE = re.compile(
    # ("CYNGOR CYMUNED Cofnodion o gyfarfod o'r Cyngor ...": the kind's line run on into
    # the heading, in text flattened onto one line)
    r"(?im)(?:^[ \t]*|(?<=cyngor\scymuned\s)|(?<=cyngor\stref\s)|(?<=cyngor\sdinas\s))"
    # ("Cofnodion y cyfarfod a gynhaliwyd ...": the meeting's minutes naming no council,
    # under the council's line "Cyngor Cymuned X")
    r"(?:cofnodion\s+(?:o\s+|y\s+)?)?(?:g|c)yfarfod"
    r"(?P<pre>(?:\s+(?:arferol|blynyddol|arbennig|misol|llawn|cyffredinol))*)"
    r"(?P<council>\s+(?:o['’]r\s+|o\s+|y\s+)?(?:g|c)yngor(?:\s+(?P<kind>cymuned|tref|dinas))?"
    r"(?P<place>(?:[ \t]+(?-i:[A-Z])[\w'’-]*){0,3}?))?"
    r"\s+(?:a\s+)?(?:gynhaliwyd|gynhelir|gyfarfu)\b[ \t]*(?P<rest>[^\n]{0,250})"
)
# "CYNGOR CYMUNED" on a line of its own (run on into the heading in flattened text), or
# "Cyngor Cymuned Llanfair" with its place (its English name after it, or not)
_WELSH_KIND_LINE_RE = re.compile(
    r"(?im)(?:^[ \t]*cyngor[ \t]+(?P<kind>cymuned|tref|dinas)"
    r"(?P<place>(?:[ \t]+(?-i:[A-Z])[\w'’-]*){0,3}?)"
    r"(?:[ \t]+(?:(?-i:[A-Z])[\w'’-]*[ \t]+){1,3}(?:community|town|city)[ \t]+council)?[ \t]*$|"
    r"cyngor[ \t]+(?P<run_on>cymuned|tref|dinas)[ \t]+\Z)"
)
_WELSH_KINDS = {"cymuned": "Community Council", "tref": "Town Council", "dinas": "City Council"}
_WELSH_MEETINGS = {
    "arferol": "Ordinary", "blynyddol": "Annual", "arbennig": "Special", "misol": "Monthly",
    "llawn": "Full", "cyffredinol": "General",
}  # fmt: skip


def english_welsh_heading(text: str) -> str:
    """The text with a Welsh council's heading printed in Welsh only (``_WELSH_HEAD_RE``)
    written as the English one ("Minutes of the Meeting of Aberffraw Community Council held
    ... 30 September 2020"), for the rules of English headings to read; the text unchanged
    where no such heading opens it, or where the kind of council is printed nowhere."""
    head = (text or "")[:HEAD_WITHIN]
    m = _WELSH_HEAD_RE.search(head)
    if m is None:
        return text
    kind, place = m.group("kind"), m.group("place") or ""
    if kind is None:
        lines_above = list(_WELSH_KIND_LINE_RE.finditer(head[: m.start()]))
        above = lines_above[-1] if lines_above else None
        if above is None or place.strip():
            return text
        if m.group("council") is None and head[above.end() : m.start()].strip():
            # "Cofnodion y cyfarfod a gynhaliwyd ..." naming no council is the heading only
            # right under the council's line (not an item's words about earlier minutes)
            return text
        kind = above.group("kind") or above.group("run_on")
        place = above.group("place") or ""
    place = " ".join(w.title() if w.isupper() else w for w in place.split())
    body = f"{place} {_WELSH_KINDS[kind.lower()]}".strip()
    meeting = " ".join(_WELSH_MEETINGS[w.lower()] for w in m.group("pre").split())
    rest = english_welsh_dates(m.group("rest"))
    # "am 7.00 Y.H.": "yr hwyr", in the evening; "y.b.", "y bore", in the morning
    rest = re.sub(r"(?i)(?<=\d)\s*y\.?\s?h\b\.?", "pm", rest)
    rest = re.sub(r"(?i)(?<=\d)\s*y\.?\s?b\b\.?", "am", rest)
    line = f"Minutes of the {meeting + ' ' if meeting else ''}Meeting of {body} held {rest}"
    return text[: m.start()] + line + text[m.end() :]


# "1)Ymddiheuriadau a datgan diddordeb : ... 2)Cyhoeddiadau'r Cadeirydd : ... 3)Llofnodi
# ...": minutes numbered by a word processor's list ("1)", "2)", ...), run together into one
# paragraph, the space after the bracket lost
_RUN_IN_BRACKET_NUMBER_RE = re.compile(r"(?<=\s)(?P<n>\d{1,2})\)[ \t]?(?=[A-Z])")


def part_run_in_minutes(text: str) -> str:
    """The text with a paragraph that opens "1)" and runs minutes "2)", "3)" ... on into
    it parted into one line a minute ("1) Title ...", "2) Title ..."): only where the
    numbers follow each other from 1, three at least, each before a capital; anything else
    is left as it was (a list inside a minute, a number in a sentence)."""

    def part(line: str) -> str:
        first = re.match(r"[ \t]*1\)[ \t]?(?=[A-Z])", line)
        if first is None:
            return line
        cuts, want = [], 2
        for m in _RUN_IN_BRACKET_NUMBER_RE.finditer(line, first.end()):
            if int(m.group("n")) == want:
                cuts.append(m)
                want += 1
        if len(cuts) < 2:
            return line
        pieces, start = [], first.end()
        for m in cuts:
            pieces.append(line[start : m.start()].strip())
            start = m.end()
        pieces.append(line[start:].strip())
        out = [f"{n}) {piece}" for n, piece in enumerate(pieces, 1)]
        return "\n\n".join(out)

    return "\n".join(part(line) for line in (text or "").split("\n"))


def looks_like_printed_minutes(text: str) -> bool:
    from moot.ingest.parse.heading_fallback import fallback_heading

    joined = join_wrapped_heading(principal_headings(unflatten(strip_tag_debris(text))))
    return (
        find_heading(joined) is not None
        or find_heading(english_welsh_heading(joined)) is not None
        or fallback_heading(joined) is not None
    )


_PLACE_KIND_RE = re.compile(
    r"(?i)(?:the\s+)?(?:parish|town|village|community|city|borough|district|county)"
)


def names_only_a_place_kind(name: str) -> bool:
    """True for a body's name that is only the word for a kind of place ("Parish", "the
    Town"): no council, committee or meeting, so no body to import under."""
    return bool(_PLACE_KIND_RE.fullmatch(" ".join((name or "").split())))


def _heading_sentence(rest: str) -> str:
    # "held at 7.00pm on Monday 4 February 2008 at the Parish Council Chamber, ..." up to
    # the sentence's end (a full stop followed by a space and a capital, or a minute number)
    # ... or where the attendance begins: "12 FEBRUARY 2003 COUNCIL HEADQUARTERS, ELGIN
    # PRESENT Councillors ..."
    end = re.search(
        # not the stop of an initial or an abbreviation in the venue ("Bryn C.P. School",
        # "St. Mary's Hall")
        r"(?<!\b[A-Za-z])(?<!\bSt)(?<!\bRd)(?<!\bNo)(?<!\bMt)\.\s+(?=[A-Z])|"
        r"\b(?:PRESENT|APOLOGIES|IN\s+ATTENDANCE)\b|"
        r"\b(?:Present|Apologies)(?:\s+for\s+absence)?\s*:|"
        # ("... 9 March 2020 yn Neuadd 1) Ymddiheuriadau ...": the first minute, numbered
        # by a word processor's list)
        r"(?<=\s)1\)\s+(?=[A-Z])|"
        # ("... nos Fawrth 12 March 2024 Yn bresennol: Cyng. ...": the Welsh labels)
        r"\b(?:(?:[Yy]n\s+)?[BbPp]res{1,2}en{1,2}ol|Ymddiheuriadau)\s*[:;]|"
        # "... Pavilion Chairman: M. Cullen Councillors: ...": the chair's own label
        r"\b(?:Chairman|Chairwoman|Chairperson|Chair)\s*:|"
        # "... in the Village Hall Councillors: Steve Hunt (Chairman), ...": the list's label
        r"\b(?:Councillors|Cllrs|Members)\s*:|"
        # "... in the Old Village Hall Members present: Dr J McCabe ...": the same label
        # with its "present"
        r"\b(?:Councillors|Cllrs|Members)\s+(?i:present|attending)\s*:|"
        # "... AT 7.30 PM The following Councillors were in attendance: Cllr A, ..."
        r"\b(?:[Tt]he\s+following\s+)?(?:Councillors|Members)\s+were\s+in\s+attendance\b|"
        r"\b(?:In|Also\s+in)\s+attendance\s*:|"
        # "... in the Village Hall Attending: Councillors Mr. R Bee (Chair) ..."
        r"\bAttending\s*:|"
        # (a minute's slash number, not the day and month of a date printed with slashes:
        # "held on Monday evening 16/4/2018" is the heading's own date)
        r"(?<![\w/])(?:" + _SLASH_NUMBER + r")(?!/\d)",
        rest,
    )
    return rest[: end.start()] if end else rest


def _short_title(title: str) -> str:
    """A numbered paragraph without a heading ("4. There was a discussion about a footpath
    to the cricket field, possibly from ...") is titled by its first clause when the
    paragraph is long: up to its first full stop or comma after a few words."""
    if len(title) <= 150:
        return title
    cut = re.search(r"(?<=.{20})[.,;:](?=\s)", title)
    return title[: cut.start()] if cut and cut.start() <= 150 else title[:150].rsplit(" ", 1)[0]


def _next_letter(previous: str, number: str) -> bool:
    """Is ``number`` the next lettered part of ``previous``'s minute ("41a/19" then
    "41b/19", "7a" then "7b")?"""
    a = re.fullmatch(r"(\d+)([a-z])(/\d+)?", previous)
    b = re.fullmatch(r"(\d+)([a-z])(/\d+)?", number)
    return bool(
        a
        and b
        and a.group(1) == b.group(1)
        and a.group(3) == b.group(3)
        and ord(b.group(2)) == ord(a.group(2)) + 1
    )


_YEAR_NUMBER_RE = re.compile(r"\d{1,4}[a-z]?/(?P<year>\d{2})")


def earlier_year_number(previous: str, number: str) -> bool:
    """Is ``number`` ("116/21") a minute of an earlier year than ``previous`` ("04/22"),
    both numbered serial/year? Minutes are numbered forward, so such a number printed after
    this meeting's minute is an earlier minute spoken of (under "Matters arising"), not one
    of this meeting's."""
    a = _YEAR_NUMBER_RE.fullmatch(previous)
    b = _YEAR_NUMBER_RE.fullmatch(number)
    return bool(a and b and 0 < int(a.group("year")) - int(b.group("year")) <= 10)


def _numbered_under_a_minute(number: str, minutes: list[str]) -> bool:
    """Is a number at a line's start, after minutes numbered 1, 2, 3 ... (plain numbers
    going up), a paragraph's or a list's number inside the last minute rather than a minute?
    "10.1 Comment had been raised ..." after minutes 1 to 9 (a dotted number among plain
    ones), or "1. Register of electors", "2. Standards Committee agenda" under "7.
    Correspondence:" (a number not above the last minute's; a list that runs past it is
    not told from minutes)."""
    if len(minutes) < 2 or not all(n.isdigit() for n in minutes):
        return False
    if set(minutes) == {"1"} and re.fullmatch(r"\d{1,3}\.\d{1,3}", number):
        # minutes all numbered "1." by a lost list numbering (Garway), then "6.1 Ward
        # Councillor Toni Fagan raised ...": the paragraphs keep the numbers the list lost,
        # so a dotted number is a paragraph's inside the last minute, never a minute
        return True
    if any(int(a) >= int(b) for a, b in zip(minutes, minutes[1:], strict=False)):
        return False  # minutes all numbered "1." (Walford) or not in order: no rule
    if re.fullmatch(r"\d{1,3}\.\d{1,3}", number):
        return True
    if re.fullmatch(r"\d{1,4}/\d{1,4}", number):
        # "Item 6:To receive the minutes ..." then "19/10Resolved to approve ...": under
        # minutes numbered 1, 2, 3 ..., a slash number is the minute's own serial or a
        # reference, not another minute
        return True
    return number.isdigit() and int(number) <= int(minutes[-1])


# "1.0" or "51." on a line of its own, then "Meeting opening" (blank lines between): a
# table's cells copied out one a line, the minute's number and its title (a bare "12" alone
# on a line is more often a page's number, and is left as it is)
_NUMBER_ALONE_RE = re.compile(
    r"(?m)^(?P<num>[ \t]*\d{1,3}(?:(?:\.\d{1,2})+\.?|\.))[ \t]*\n(?:[ \t]*\n)*"
    # ... or over a long paragraph that opens with its title and a colon ("1." then
    # "Minutes of Previous Meeting: It was proposed by ...", text that lost its lines)
    r"(?=[ \t]*[A-Z][^\n]{2,150}$|[ \t]*[A-Z][^\n:.]{2,60}:[ \t]+[A-Z])(?![ \t]*\d)"
)


# "[1]   Chairman’s welcome and apologies for absence.": a minute's number in square
# brackets at a line's start, before its title ("[a]" sub-items, and "[2]. 11/833. ..."
# where another number follows, are left as they are)
_BRACKETED_NUMBER_RE = re.compile(r"(?m)^(?P<indent>[ \t]*)\[(?P<num>\d{1,3})\]\.?(?=[ \t]+[A-Z])")


def unbracket_minute_numbers(text: str) -> str:
    """``text`` with each minute number printed in square brackets at a line's start
    ("[1]   Chairman's welcome") as a plain number ("1.   Chairman's welcome"), where two
    lines or more are so numbered (one bracketed number alone may be anything, a footnote's
    mark); any other text as it was."""
    if len(_BRACKETED_NUMBER_RE.findall(text)) < 2:
        return text
    return _BRACKETED_NUMBER_RE.sub(lambda m: f"{m.group('indent')}{m.group('num')}.", text)


# "125/20" alone on its line over "APOLOGIES FOR ABSENCE": a minute's number and the
# council's year, the title on the next line with words
_SLASH_ALONE_RE = re.compile(
    r"(?m)^(?P<num>[ \t]*\d{1,4}/(?P<year>\d{2}))[ \t]*\n(?:[ \t]*\n)*"
    r"(?=[ \t]*[A-Z][^\n]{2,150}$)(?![ \t]*\d)"
)
_SLASH_LINE_RE = re.compile(r"(?m)^[ \t]*\d{1,4}/(?P<year>\d{2})(?=[ \t]*$|[ \t]+[A-Z])")


def join_slash_numbers(text: str) -> str:
    """Each minute number of the form "125/20" printed alone on its line joined to the
    title on the next line ("125/20" then "APOLOGIES FOR ABSENCE" is "125/20 APOLOGIES FOR
    ABSENCE"), where two lines or more open with such a number of the same year (alone or
    before a title: "126/20 DECLARATIONS OF INTEREST"); one alone may be anything (a
    reference, a date's month and year), and is left as it was; a financial year
    ("2020/21") is never such a number."""
    years = [
        m.group("year")
        for m in _SLASH_LINE_RE.finditer(text)
        if not is_year_span(m.group(0).strip())
    ]

    def join(m: re.Match[str]) -> str:
        if is_year_span(m.group("num").strip()) or years.count(m.group("year")) < 2:
            return m.group(0)
        return m.group("num") + " "

    return _SLASH_ALONE_RE.sub(join, text)


# "16/224Apologies for Absence: None.": a minute's slash number run into its title at a
# line's start (the space lost when a PDF's text was copied)
_SLASH_RUN_IN_RE = re.compile(r"(?m)^(?P<num>[ \t]*\d{1,4}/\d{1,4})(?=[A-Z][a-z])")
# "Cllr Shaun McMillan - ChairCllr Raymond Bailey", "Cllr Phillipa ColemanClerk, Kim
# Duller": two columns of names run together on a line opening with an honorific (the gap
# between the columns lost): an honorific or "Clerk" glued to the word before it opens the
# next column's entry
_COLUMN_LINE_RE = re.compile(r"(?m)^[ \t]*(?:Cllr|Councillor)\b[^\n]*")
_GLUED_ENTRY_RE = re.compile(r"(?<=[a-z])(?=(?:Cllr|Councillor|Clerk)\b)")


def part_glued_columns(text: str) -> str:
    """Lines of councillors in two columns whose gap was lost, parted again with the
    spaces of a column's gap (see ``_GLUED_ENTRY_RE``)."""
    return _COLUMN_LINE_RE.sub(lambda m: _GLUED_ENTRY_RE.sub("    ", m.group()), text)


# "21/22 – 61       Apologies": the council's year and a running number parted by a spaced
# dash, at a line's start before a title (read as "21/22-61"); only where two lines or more
# are so numbered (one alone may be a reference or a sum)
_SPACED_YEAR_RUN_RE = re.compile(
    r"(?m)^(?P<year>[ \t]*\d{2}/\d{2})[ \t]+[–—-][ \t]+(?P<run>\d{1,4})(?=[ \t]+[A-Z])"
)


# "... Cllr Nichols 21/22 –" over "62 Declarations of Interest": flattened text put back on
# lines parted such a number at its dash; the year goes to the next line's start again
_PARTED_YEAR_RUN_RE = re.compile(
    r"(?m)[ \t]+(?P<year>\d{2}/\d{2})[ \t]*[–—-][ \t]*\n(?:[ \t]*\n)*[ \t]*(?P<run>\d{1,4})(?=[ \t]+[A-Z])"
)


def close_year_run_numbers(text: str) -> str:
    """ "21/22 – 61" minute numbers (``_SPACED_YEAR_RUN_RE``, ``_PARTED_YEAR_RUN_RE``) as
    "21/22-61" at a line's start."""
    if len(_PARTED_YEAR_RUN_RE.findall(text)) >= 2:
        text = _PARTED_YEAR_RUN_RE.sub(r"\n\g<year>-\g<run>", text)
    if len(_SPACED_YEAR_RUN_RE.findall(text)) < 2:
        return text
    return _SPACED_YEAR_RUN_RE.sub(r"\g<year>-\g<run>", text)


def join_numbers_to_titles(text: str) -> str:
    """Each minute number printed alone on its line joined to the title on the next line
    with words ("1.0" then "Meeting opening" is "1.0 Meeting opening"; "125/20" then
    "APOLOGIES FOR ABSENCE", see ``join_slash_numbers``); a slash number run into its title
    parted from it; "21/22 – 61" closed up (``close_year_run_numbers``)."""
    text = close_year_run_numbers(_SLASH_RUN_IN_RE.sub(r"\g<num> ", text))
    return join_slash_numbers(_NUMBER_ALONE_RE.sub(lambda m: m.group("num") + " ", text))


# "2891. Apologies for Absence.", "2893 Minutes of the Ordinary ...": a council's running
# minute number of four or five digits at a line's start (never a year: "2019 ..." is not
# read), then the title
_SERIAL_LINE_RE = re.compile(
    r"^[ \t]*(?P<num>(?!(?:19|20)\d\d(?!\d))\d{4,5})(?:\.?[ \t]+|\.(?=[A-Z][a-z]))"
    r"(?P<title>[A-Z][^\n]{2,3000})$"
)


def running_serials(lines: list[str]) -> set[str]:
    """The four- or five-digit numbers opening lines (``_SERIAL_LINE_RE``) that are a
    council's running minute numbers: each one whose next or previous number opens another
    line too ("2891." and "2892."); a lone number of four digits (an amount, a postcode's
    part) is not one."""
    numbers = {m.group("num") for ln in lines if (m := _SERIAL_LINE_RE.match(ln))}
    return {n for n in numbers if str(int(n) + 1) in numbers or str(int(n) - 1) in numbers}


# "Apologies for absence – Councillors ...": a short title (no stop in it), a spaced dash,
# then the minute's text
_COLON_RUN_ON_RE = re.compile(r"(?P<title>[A-Z][^:.\n]{2,60}?):\s+(?P<text>\S.*)$")
_DASH_RUN_ON_RE = re.compile(r"(?P<title>[A-Z][^.–—\n]{2,60}?)\s+[–—]\s+(?P<text>[A-Z].*)$")


# "21/22-67": the council's year (2021/22) and the minute's running number after a hyphen
_YEAR_RUN_RE = re.compile(r"\d{2}/\d{1,2}-(?P<run>\d{1,4})")
# "16/224", "17/064": the council's year (two figures), then a running number of three or
# four figures (never a year's two, as in "77/21")
_YEAR_FIRST_RE = re.compile(r"\d{2}/(?P<run>\d{3,4})")


def running_number(number: str) -> int | None:
    """The running number of a minute's number, by which one minute follows another: the
    number after the hyphen of "21/22-68" (the council's year before it), the number of
    three or four figures after a year's two ("16/224"), else the first number printed ("41a/19": 41, "7": 7); None where it holds no figure."""
    m = _YEAR_RUN_RE.fullmatch(number or "") or _YEAR_FIRST_RE.fullmatch(number or "")
    if m:
        return int(m.group("run"))
    first = re.search(r"\d+", number or "")
    return int(first.group()) if first else None


def _items(text: str, heading_end: int, run_in: bool = True) -> list[tuple[str, str, str]]:
    """(number, title, body text) of each minute after the heading; unnumbered headings in
    capitals are read only when ``run_in`` (text that kept its own lines: in text flattened
    from a PDF, words in capitals may be anything from a name to a table's heading)."""
    body = text[heading_end:]
    lines = body.split("\n")
    found: list[tuple[int, str, str]] = []
    run_on: dict[int, str] = {}  # offset -> the text after a title in capitals on its line
    pending: tuple[int, str, str] | None = None  # a long paragraph, a minute if the next follows
    offset = 0
    serials = running_serials(lines)
    for line in lines:
        m = _LINE_ITEM_RE.match(line)
        if m is None and serials:
            serial = _SERIAL_LINE_RE.match(line)
            m = serial if serial and serial.group("num") in serials else None
        whole = m.group("num").split(".")[0] if m else ""
        if m and "." in m.group("num") and any(f[1] in (whole, whole + ".0") for f in found):
            # "3.1", "3.1.1" after item 3 (or "3.0"): paragraphs of item 3, not items
            m = None
        if m and _numbered_under_a_minute(m.group("num"), [f[1] for f in found]):
            m = None
        if (
            m
            and m.group("num") == "1"
            and len(found) == 1
            and found[0][1].isdigit()
            and found[0][1] != "1"
        ):
            found.clear()  # "2 Members of the Public" before minute 1: a count, not a minute
        if m and m.group("num") == "0":
            m = None  # "0 Public: 0 members of the public": a count, never a minute
        if m and re.match(r"(?i)members?\s+of\s+the\s+public\b", m.group("title")):
            m = None  # "10 Members of the Public" under the councillors: a count, never a minute
        if m and found and earlier_year_number(found[-1][1], m.group("num")):
            m = None  # "116/21 Lighting at school camp" under "04/22 Matters arising"
        if m and not re.fullmatch(r"(?:19|20)\d\d", m.group("num")):
            title = tidy_line(m.group("title"))
            if " … " in title:
                # "Election of Chairman … Frank Myers was unanimously re-elected ...": the
                # title, an ellipsis, then the minute's text on the same line
                title, run_on[offset] = (part.strip() for part in title.split(" … ", 1))
            caps = _CAPS_TITLE_RE.match(title) if len(title) > 60 else None
            if caps and _is_caps_title(caps.group("title")):
                # "38. APOLOGIES Apologies for absence were received from ...": the title
                # in capitals, and the minute's text runs on from it on the same line
                run_on[offset] = title[caps.end() :].strip()
                title = caps.group("title")
            current = running_number(m.group("num"))
            if (
                pending
                and current is not None
                and current == running_number(pending[1]) + 1
                and (not found or pending[0] > found[-1][0])
            ):
                # "1. To elect a Chair ... Proper Officer." then "2. To elect a Vice Chair
                # ...": two long paragraphs whose numbers follow are both minutes
                found.append(pending)
                pending = None
            previous = running_number(found[-1][1]) if found else None
            follows = previous is not None and current is not None and current == previous + 1
            # a long sentence is a minute only where its number follows the last minute's,
            # or where the next minute's number follows its own ("1. Mr Pearce gave a
            # detailed presentation ..." then "2. The minutes of ... were agreed")
            # "1. Councillor changes: Cllr Bradley - resignation, ... Council resolved to co-opt
            # Mr Barber." under minutes all numbered "1." (a list's numbering lost, so no
            # number ever follows): a long paragraph is a minute all the same, titled by the
            # words before its colon, or else by its first clause
            lost_list = (
                m.group("num") == "1"
                and bool(found)
                and all(f[1] == "1" for f in found)
                and (len(title) > 150 or (title.endswith(".") and len(title) >= 60))
            )
            colon = _COLON_RUN_ON_RE.match(title) if lost_list and offset not in run_on else None
            if colon:
                title, run_on[offset] = colon.group("title"), colon.group("text")
            short = _short_title(title)
            if short != title and offset not in run_on:
                # "161/19 Future Meeting Dates: The chairman suggested ... unanimously
                # agreed.": a long line titled by its first clause; the rest is the
                # minute's text, never lost
                run_on[offset] = title[len(short) :].lstrip(" .,;:")
            # ("41b/19 Declarations of Interest: None declared. ..." after "41a/19": the next
            # letter of the same minute's number follows it too)
            follows = follows or bool(found and _next_letter(found[-1][1], m.group("num")))
            dashed = _DASH_RUN_ON_RE.match(title) if offset not in run_on else None
            if dashed and title.endswith(".") and len(title) >= 60 and not follows:
                # "1. Apologies for absence – Councillors Johnny Scrimgeour and Anna Coda.":
                # a short title, a dash, then the minute's text on the same line (as the
                # ellipsis above), under minutes all numbered "1." whose numbers never follow
                title, run_on[offset] = dashed.group("title"), dashed.group("text")
            if (
                len(title) <= 150
                and (not title.endswith(".") or len(title) < 60)
                or follows
                or lost_list
            ):
                # (a pending paragraph this number follows was taken above)
                found.append((offset, m.group("num"), _short_title(title)))
                pending = None
            elif m.group("num").isdigit() or _YEAR_RUN_RE.fullmatch(m.group("num")):
                pending = (offset, m.group("num"), _short_title(title))
        offset += len(line) + 1
    if len(found) < 1 or max(len(ln) for ln in lines) > 600:
        flat = " ".join(body.split())
        flat_found = [(m.start(), m.group("num"), "") for m in minute_numbers(flat)]
        if flat_found:
            out = []
            for i, (start, num, _) in enumerate(flat_found):
                end = flat_found[i + 1][0] if i + 1 < len(flat_found) else len(flat)
                # "[2]. 11/833. Minutes of the last meeting. ...": the stop after the number
                # and the next minute's bracketed index are no part of the title
                segment = flat[start + len(num) : end].strip().lstrip(".:").strip()
                segment = re.sub(r"\s*\[\d{1,3}\]\.?$", "", segment)
                # a title that is not a run of capitalised words ("To receive declarations
                # of interest under the Localism Act 2011 - being any ..."): its first clause
                out.append((num, flat_title(segment) or _short_title(segment), segment))
            return out
    if not found and run_in:
        return _run_in_items(body)
    out = []
    for i, (start, num, title) in enumerate(found):
        end = found[i + 1][0] if i + 1 < len(found) else len(body)
        first_line_end = body.find("\n", start)
        text = body[first_line_end + 1 if first_line_end >= 0 else end : end]
        if start in run_on:
            text = run_on[start] + "\n" + text
        out.append((num, title, text))
    return out


# a title in capitals at the start of a numbered line, before the minute's first word in
# lower case ("TO RECEIVE DECLARATION OF INTEREST Councillor P Vaughan declared ...")
_CAPS_TITLE_RE = re.compile(
    r"(?P<title>[A-Z][A-Z0-9'’&/()-]*(?:\s+(?:[A-Z0-9][A-Z0-9'’&/(),.-]*|&|-|–|/))*?)"
    r"\s+(?=[A-Z]?[a-z])"
)


def _is_caps_title(title: str) -> bool:
    """Two or more words in capitals, or one of five letters or more ("PRESENT"); an
    initial ("P") or an acronym of four letters is not a title."""
    words = title.split()
    return (len(words) >= 2 or len(title) >= 5) and sum(len(w) > 1 for w in words) >= 1


_RUN_IN_RE = re.compile(
    r"^[ \t]*(?P<title>[A-Z][A-Z'’&-]+(?:[ \t]+[A-Z][A-Z'’&-]*)*)"
    r"(?=[ \t]*$|[ \t]*[.:,;–-]|[ \t]+(?:\(|[a-z]))",
    re.MULTILINE,
)
_NOT_HEADINGS = {"RESOLVED", "AGREED", "DECIDED", "RESOLUTION", "NOTE", "NB", "PS"}


def _run_in_items(body: str) -> list[tuple[str, str, str]]:
    """Unnumbered minutes whose heading runs into the text, in capitals: "APOLOGIES FOR
    ABSENCE were received from ...", "FINANCE. A cheque was signed ...". A heading is a
    paragraph's opening run of capitalised words (two or more, or one of five letters or
    more: "NALC has written" is an acronym, not a heading), followed by the end of the line,
    a stop or a lower-case word. Nothing is numbered; the text runs to the next heading."""
    found = []
    for m in _RUN_IN_RE.finditer(body):
        title = m.group("title").strip()
        words = title.split()
        if words[0] in _NOT_HEADINGS or (len(words) == 1 and len(title) < 5):
            continue
        label = _LABEL_RE.match(body, m.start())
        if label and label.group(0).rstrip().endswith(":"):
            continue  # "PRESENT: Councillors: ...", "ALSO PRESENT: ...": a list, not a minute
        if not body[: m.start()].endswith("\n\n") and m.start() > 0:
            continue  # a heading opens a paragraph
        found.append((m.start(), m.end(), title))
    out = []
    for i, (start, end, title) in enumerate(found):
        stop = found[i + 1][0] if i + 1 < len(found) else len(body)
        # the minute's text is its whole paragraph: "THE MINUTES of the previous meeting
        # were read, approved and signed"
        text = body[start:stop].strip() if body[end:stop].strip(" .:;,–-\n") else ""
        out.append(("", title_case_capitals(title).capitalize(), text))
    return out


_TIME_SPAN_RE = re.compile(
    r"\([^()\n]*?\b(?P<start>\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?)\s*[–—-]\s*"
    r"\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?\s*\)",
    re.IGNORECASE,
)


# "The Meeting followed the Annual Parish Meeting and opened at 1850", "The Chairman
# opened the meeting at 7.35pm", "The Meeting was declared open at 7.30pm": the opening
# time, said before the first minute
_OPENED_AT_RE = re.compile(
    r"\b(?:meeting|chair(?:man|woman|person)?|mayor)\b[^.;\n]{0,60}?\b(?:was\s+)?"
    r"(?:opened|commenced|started|began|declared\s+open)(?:\s+the\s+(?:meeting|proceedings))?\s+at\s+"
    r"(?:(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d)(?:\s*(?:hrs|hours))?\b|(?P<clock>[^\n;,]{1,12}))",
    re.IGNORECASE,
)


# "The Mayor, Cllr X, presided over the monthly meeting of Y Town Council held in the
# Council Chamber, ..., on Wednesday, 27th April 2016, at 7.30 pm.": the sentence under a
# heading without a time saying where, when and at what time the meeting was held
_HELD_AT_TIME_RE = re.compile(
    r"(?i)\bheld\b(?P<when>[^\n.]{0,200}?(?:19|20)\d\d),?[ \t]+at[ \t]+"
    r"(?P<clock>\d{1,2}(?:[.:]\d\d)?[ \t]*[ap]\.?m\b)"
)


def held_at_time(opening: str, day: date):
    """The time the first sentence of the opening words that says the meeting was held on
    ``day`` gives ("... held in the Council Chamber on Wednesday, 27th April 2016, at 7.30
    pm"); None where no such sentence names that very date (another meeting's, spoken of,
    gives nothing)."""
    m = _HELD_AT_TIME_RE.search(opening)
    if m is None or heading_date(m.group("when")) != day:
        return None
    return parse_time(m.group("clock"))


def _opened_at(opening: str):
    """The time the opening words say the meeting opened at; a four-digit clock time
    ("1850") is read only there, after "opened at" (anywhere else it may be a year)."""
    m = _OPENED_AT_RE.search(opening)
    if not m:
        return None
    if m.group("hhmm"):
        return time(int(m.group("hhmm")[:2]), int(m.group("hhmm")[2:]))
    return parse_time(m.group("clock"))


# "Commenced 19.15" (over "Concluded 20.15"), "Meeting started: 7.30pm": the time the
# meeting began, on a line of its own
_COMMENCED_LINE_RE = re.compile(
    r"(?im)^[ \t]*(?:(?:the[ \t]+)?meeting[ \t]+)?(?:commenced|started|began|opened)[ \t]*"
    r"(?:at[ \t]+)?:?[ \t]*(?P<clock>\d{1,2}(?:[.:]\d{2})?[ \t]*(?:[ap]\.?[ \t]?m\.?)?)[ \t]*\.?[ \t]*$"
)
_TWENTY_FOUR_RE = re.compile(r"(?P<h>1[2-9]|2[0-3])[.:](?P<m>[0-5]\d)")


def commenced_line(opening: str):
    """The time on a line of its own saying the meeting began ("Commenced 19.15", "Meeting
    started: 7.30pm"), or None. A 24-hour time is read from 12.00 on; an earlier one needs
    its "am" or "pm" ("Commenced 7.15" could be morning or evening)."""
    m = _COMMENCED_LINE_RE.search(opening)
    if not m:
        return None
    clock = m.group("clock").strip()
    full = _TWENTY_FOUR_RE.fullmatch(clock)
    if full:
        return time(int(full.group("h")), int(full.group("m")))
    if not re.search(r"(?i)[ap]\.?\s?m", clock):
        return None
    return parse_time(clock)


def _dated_line_time(opening: str, day: date):
    """The clock time on a line before the first minute that names the meeting's own date
    ("Minutes from council meeting on April 12th 2021 7pm Zoom meeting ...", under a title
    "Minutes for Parish Council meeting 12th April 2021" read as the heading), where the
    heading names no time; a line about another meeting (previous, last, next) is none."""
    for line in opening.split("\n")[:20]:
        if len(line) > 200 or re.search(r"(?i)\b(?:previous|last|next|adjourned)\b", line):
            continue
        if heading_date(line) == day:
            found = parse_time(line)
            if found:
                return found
    return None


def _time_span_start(opening: str):
    """The start of a time span printed in brackets before the first minute, where the
    heading names no time; None otherwise."""
    m = _TIME_SPAN_RE.search(opening)
    return parse_time(m.group("start")) if m else None


_RESOLVED_IN_TITLE_RE = re.compile(r"\bRESOLVED\b.*$")
_CHAIR_ROLE_RE = re.compile(r"(?i)\(\s*(?:the\s+)?chair(?:man|woman|person)?\b(?!\s+of\b)")
_NONE_IN_TITLE_RE = re.compile(r"(?i)\bapologies\b[^:]{0,30}:\s*(?:none|nil|no\s+apologies)\b")


_SHORT_BODY_OF_RE = re.compile(r"(?i)^(?:of\s+(?:the\s+)?)+(?=[A-Z])")
_MEETING_OF_IN_BODY_RE = re.compile(
    r"(?is)(?P<which>.{1,40}?(?<!parish\s)\bmeeting)\s+of\s+(?:the\s+)?(?P<body>[A-Z].*)"
)
_KIND_INSIDE_RE = re.compile(
    r"(?i)(?<=\S\s)(?:annual|ordinary|extraordinary|extra-ordinary|special)\s+"
    r"(?=(?:parish|town|community|village)\s+council$)"
)


# Headings that name only the kind of council ("the Parish Council"): whose minutes they are
# is read from the text around them ("named")
_KIND_ONLY_HEADS = (
    UNNAMED_HEAD_RE,
    MET_HEAD_RE,
    KIND_MINUTES_HEAD_RE,
    MINUTES_KIND_MEETING_HEAD_RE,
    MEETING_OF_KIND_HEAD_RE,
    KIND_OVER_DATE_HEAD_RE,
)
# Headings matched on the text's own lines (the others on the text run onto one line): what
# is printed before one is the text before the match
_HEADS_ON_THEIR_LINES = (
    SHORT_HEAD_RE,
    AT_HEAD_RE,
    TITLE_HEAD_RE,
    BODY_FIRST_HEAD_RE,
    BODY_OVER_DATE_RE,
    MEETING_OF_BODY_OVER_DATE_RE,
    *_KIND_ONLY_HEADS,
    COUNCIL_OVER_HELD_HEAD_RE,
    COUNCIL_OVER_MEETING_LINE_RE,
    COUNCIL_MEETING_HELD_HEAD_RE,
    WAS_HELD_HEAD_RE,
    PARISH_MEETING_HELD_HEAD_RE,
)


# "Minutes of last meeting:" then "Approved and signed"; "16/226 Draft Minutes of the
# Parish Council Meeting held on the 6th July 2016:Agreed."; "Minutes of the Parish Council
# Meeting 4 May 2021" then "These were agreed and signed as a true record": the minute
# approving the last meeting's minutes, its decision in a word or two
_MINUTES_TITLE_RE = re.compile(r"(?i)\bminutes\b")
_APPROVED_WORD_RE = re.compile(
    r"(?i)^(?:(?:these|they)\s+were\s+)?(?:unanimously\s+)?(?:agreed|approved)"
    r"(?:\s+and\s+signed)?\b(?!\s+(?:that|to|by)\b)[^\n]{0,60}$"
)


def minutes_approved(title: str, body_text: str) -> list[str]:
    """The decision of a minute on the last meeting's minutes printed in a word or two
    ("Approved and signed", "Agreed." after the title's colon, "These were agreed and
    signed as a true record"): one decision; none where the title names no minutes or the
    text says more (see ``_APPROVED_WORD_RE``)."""
    head, colon, after = title.rpartition(":")
    if not _MINUTES_TITLE_RE.search(head if colon else title):
        return []
    first = next((ln.strip() for ln in body_text.split("\n") if ln.strip()), "")
    said = after.strip() if colon and after.strip() else first
    return [said] if _APPROVED_WORD_RE.match(said) else []


def parse_printed_minutes(text: str) -> ParseResult:
    """Parse printed minutes (see the module docstring). A file of several meetings' minutes
    one after another (a year's in one PDF) gives each meeting, in the order printed (see
    ``_later_meetings``)."""
    text = (text or "").replace("\r\n", "\n").replace("\u00a0", " ")
    text = strip_tag_debris(text)
    was_flat = is_flattened(text)
    text = principal_headings(unflatten(text))
    text = join_numbers_to_titles(join_wrapped_heading(unbracket_minute_numbers(text)))
    text = part_run_in_minutes(untable_minute_rows(part_glued_columns(text)))
    if find_heading(text) is None:
        # a Welsh council's heading in Welsh only, read as the English one (before the
        # file is parted into meetings, so that each part's place is in the text read)
        text = english_welsh_heading(text)
    try:
        draft, warnings, heading, following = _read_minutes(text, was_flat)
    except ParseError:
        # no specific rule reads the heading: the general reading, or the refusal as it was
        from moot.ingest.parse.heading_fallback import fallback_heading

        rewritten = fallback_heading(text)
        if rewritten is None:
            raise
        text = rewritten
        draft, warnings, heading, following = _read_minutes(text, was_flat)
        if not draft.body_name and not any(w.endswith(ASKS_FOR_BODY) for w in warnings):
            # a heading no rule knows, naming no body: never guessed, asked for (as the
            # specific readers do), so the import refuses it unless --body names one
            warnings.append(
                f"{draft.date.isoformat()}: the minutes name no council or meeting: "
                + ASKS_FOR_BODY
            )
    drafts = [draft]
    if following is not None:
        later, more = _later_meetings(text, was_flat, heading, draft)
        drafts += later
        warnings += more
    return ParseResult(drafts, "printed-minutes", warnings)


def _read_minutes(
    text: str, was_flat: bool
) -> tuple[MeetingDraft, list[str], re.Match[str], int | None]:
    """One meeting's minutes, the first printed in ``text`` (already put back on lines):
    its draft, the warnings, its heading and where the next meeting's minutes begin (None
    where no other meeting's follow)."""
    heading = find_heading(text)
    if heading is None:
        raise ParseError(
            "not printed minutes: expected a heading such as 'Minutes of the Meeting of X "
            "Council held on 4 May 2021'"
        )
    sentence = _heading_sentence(heading.group("rest"))
    if heading.re in _HEADS_ON_THEIR_LINES:
        before = text[: heading.start()]
    else:
        before = " ".join(text[: HEAD_WITHIN * 2].split())[: heading.start()]
    day = heading_date(sentence, before)
    if day is None:
        raise ParseError(
            "could not read the date of the meeting in the minutes' heading: expected "
            "'held on 4 May 2021'"
        )
    body = tidy_body_name(heading.group("body").strip(" ,"))
    pre = heading.group("pre") + (heading.groupdict().get("after") or "")
    if heading.re is SHORT_HEAD_RE:
        # "Minutes of the of Dunston Annual Parish Council Meeting held on ...": a doubled
        # "of" is no part of the name, and the meeting's kind printed between the place and
        # "Parish Council" is the meeting's, not the body's
        body = _SHORT_BODY_OF_RE.sub("", body)
        meeting_of = _MEETING_OF_IN_BODY_RE.fullmatch(body)
        if meeting_of:
            # "Minutes of First Meeting of Community Council on ...": the words before
            # "Meeting of" say which meeting, the body is named after it
            pre += " " + meeting_of.group("which")
            body = meeting_of.group("body")
        inner = _KIND_INSIDE_RE.search(body)
        if inner:
            pre += " " + inner.group(0)
            body = body[: inner.start()] + body[inner.end() :]
    if heading.re is SHORT_HEAD_RE and re.search(r"(?i)parish$", body):
        body += " Meeting"  # "Annual Parish Meeting": the parish meeting is its own body
    if heading.re is COUNCIL_MEETING_HELD_HEAD_RE and heading.group("parish"):
        body = parish_meeting_of(body)
    if heading.re is HEAD_RE and re.search(r"(?i)\bparish\s*$", heading.group("pre")):
        # "Minutes of the Annual Parish Meeting of Bobbington Parish Council held on ...":
        # the parish's own meeting, which the council convenes, not the council's
        body = parish_meeting_of(body)
    kind = next((k for pattern, k in _KINDS if pattern.search(pre)), "ordinary")
    warnings = []
    if names_only_a_place_kind(body):
        # "Draft Minutes of the Annual Meeting of the Parish held in the Village Hall on
        # ...": "the Parish" is no body's name (which parish, and whether its council or
        # its meeting, the text does not say), so the minutes name no body
        warnings.append(
            f"{day.isoformat()}: the minutes name no council (their heading names only "
            f"{body!r}): " + ASKS_FOR_BODY
        )
        body = ""
    if heading.re in _KIND_ONLY_HEADS:
        named = " ".join(heading.group("named").split())
        # (the kind of council, not the kind of meeting read above from "pre", which had
        # been overwritten here with the match)
        council = (
            _KIND_NAMED_RE.search(named) or _kind_title(before, day) or _kind_line_over(before)
        )
        titled = _council_title(before)
        if titled and not _KIND_NAMED_RE.search(named):
            # "Glencairn Community Council – Draft Minutes of Latest Meeting" over "Amended
            # Draft Minutes of Meeting 7.30pm Monday 12th November 2018": the page's title
            # names the council whose minutes these are
            body = tidy_body_name(titled.group("body"))
        elif council:
            # "MINUTES FROM THE PARISH COUNCIL MEETING HELD ON ...": the kind of council is
            # the body's printed name (whose council, the importer decides)
            body = tidy_body_name(council.group(0).upper())
        elif council_line_over(before):
            # "Maryburgh Community Council" over "Minutes of the meeting held on ...": the
            # council's name printed on the line over the heading
            body = council_line_over(before)
        else:
            warnings.append(
                f"{day.isoformat()}: the minutes name no council (their heading: {named!r}): "
                + ASKS_FOR_BODY
            )
    if council_kind(body):
        # "SALTASH TOWN COUNCIL" on a line of its own over "Minutes of a Meeting of Town
        # Council held ...": the council's name printed over minutes naming only its kind
        body = _council_over_heading(text, body) or council_lines_above(before, body) or body
    following = next_meeting_start(text, heading, day)
    if following is not None:
        # a file of several meetings' minutes (a year's in one PDF): this meeting's are
        # read up to the next meeting's heading (the others by ``_later_meetings``)
        text = text[:following]
    draft = MeetingDraft(body_name=body, kind=kind, date=day, origin="printed-minutes")
    draft.start_time = parse_time(sentence)
    draft.venue = heading_venue(sentence)
    # Where the heading ends in the original text: find its last words there.
    flat_head_end = " ".join(sentence.split()[-3:])
    anchor = text.find(flat_head_end) if flat_head_end else -1
    heading_end = anchor + len(flat_head_end) if anchor >= 0 else 0
    items = _items(text, heading_end, run_in=not was_flat)
    # Labels stand before the first minute or inside the first ones ("Cou/285 Present
    # Members: ..."); each label's text stops at the next label or minute number.
    labels = chair_then_present(
        _labelled(untable_body_column(untable_label_rows(text[heading_end:])))
    )
    attendance = AttendanceDraft()
    also = ""
    if "present" in labels:
        clerks = [_CLERK_PARAGRAPH_RE.split(part, maxsplit=1) for part in labels["present"]]
        labels["present"] = [cut_at_heading_line(c[0]) for c in clerks]
        officers = [f"{c[2]} ({c[1]})" for c in clerks if len(c) > 1]
        if officers:
            labels.setdefault("in", []).extend(officers)
        if was_flat:
            cuts = [cut_at_other_councillor(part) for part in labels["present"]]
            labels["present"] = [kept for kept, _ in cuts]
            if any(rest for _, rest in cuts):
                warnings.append(
                    f"{day.isoformat()}: the minutes' text was flattened onto one line, so the "
                    "present list was read only up to another council's councillor named in "
                    "it (who follows cannot be told from members)"
                )
        untabled = [
            (flat_body_rows if was_flat else untable_body_rows)(part) for part in labels["present"]
        ]
        labels["present"] = [kept for kept, _ in untabled]
        labels.setdefault("apologies", []).extend(sent for _, sent in untabled if sent)
        parts = [_ALSO_IN_LIST_RE.split(part, maxsplit=1) for part in labels["present"]]
        also = " ".join(p[1] for p in parts if len(p) > 1)
        attendance.present = [p for part in parts for p in _people(_sub_labelled(part[0]))]
        # "... & Manya Barrow (Cllr James Owers attended via Zoom, but had no voting
        # rights)": the councillor of the note attended too
        listed = {p.name for p in attendance.present}
        attendance.present += [
            p
            for part in parts
            for p in attended_in_brackets(part[0])
            if p.name not in listed and p.name.replace("Cllr ", "", 1) not in listed
        ]
    for apologies in labels.get("apologies", []):
        apologies = list_before_prose(apologies) if was_flat else _list_paragraph(apologies)
        # "Apologies: Cllr A" then "Other apologies: Cllr B (district councillor)": one list
        if apologies and not re.search(r"\bno\b|\bnone\b", apologies, re.I):
            attendance.apologies += _people(apologies)
    if "in" in labels:
        attendance.in_attendance = [p for part in labels["in"] for p in _in_attendance(part)]
    elif also:
        attendance.in_attendance = _in_attendance(also)
    opening = _before_minutes(text[heading_end:])
    if labels.get("present") and not attendance.in_attendance:
        # "Present– Cllr A, ..., Cllr E." then "Mr M Storey – County Councillor 9 members
        # of the public" on a line of its own: an officer or a guest, by the role
        after = opening.find(labels["present"][-1])
        if after >= 0:
            rest = opening[after + len(labels["present"][-1]) :]
            attendance.in_attendance = officers_after_present(rest) or were_present_lines(rest)
    if draft.start_time is None:
        draft.start_time = (
            _time_span_start(opening)
            or _opened_at(opening)
            or commenced_line(opening)
            or held_at_time(opening, day)
            or _dated_line_time(opening, day)
        )
    draft.start_time = draft.start_time or opening_time(
        "\n".join(f"{t}\n{b}" for _, t, b in items[:2])
    )
    register = (
        _coded_register(text[heading_end : heading_end + HEAD_WITHIN * 2])
        if not (attendance.present or attendance.apologies)
        else None
    )
    if register:
        attendance.present, attendance.apologies = register
    if not attendance.present:
        attendance.present, attending = _unlabelled(opening)
        attendance.in_attendance = attendance.in_attendance or attending
    if not attendance.present:
        attendance.present, attending = _initialled(opening)
        attendance.in_attendance = attendance.in_attendance or attending
    if not attendance.present:
        attendance.present = one_name_a_line(opening)
    if not attendance.present:
        attendance.present = initialled_table(_before_minutes(text[heading.start() :]))
    if not attendance.in_attendance:
        attendance.in_attendance = (
            _also_present(opening) + _also_in_sentence(opening)
            or clerk_in_addition(opening)
            or clerk_line(opening)
        )
    else:
        # "Clerk – Sandrine Vaillant (SV)." then "The meeting was also attended in part by
        # Phil Ham (PH) ...": the sentence's people too, each once
        listed = {p.name for p in attendance.in_attendance + attendance.present}
        attendance.in_attendance += [p for p in _also_in_sentence(opening) if p.name not in listed]
    flattened = is_flattened(text)  # still one long line: no breaks could be put back
    for number, title, body_text in items:
        item = ItemDraft(number=number, title=title, minutes_text=body_text.strip())
        paras = paragraphs([tidy_line(ln) for ln in body_text.split("\n")])
        in_title = _RESOLVED_IN_TITLE_RE.search(title) if body_text.strip() else None
        if in_title:
            # "6. Finance … It was RESOLVED to make the following payments:" then the
            # payments on lines of their own: the resolution opens on the heading's line
            paras = [in_title.group(0), *paras]
        if len(paras) <= 1:
            paras = [
                p.strip()
                # Flattened text: a resolution starts at "RESOLVED" (capitals) wherever it is.
                for p in re.split(
                    r"\s(?=(?:[Ii]t\s+was\s+|[Tt]he\s+\w+\s+)?(?:RESOLVED\b|Resolved\s*:))",
                    body_text,
                )
                if p.strip()
            ]
        item.resolutions = extract_resolutions(
            # ("Following discussion, the Council RESOLVED unanimously ...": a short clause
            # before the sentence's subject is no part of the decision either)
            [
                re.sub(
                    r"^(?:[^.,\n]{3,40},\s*)?(?:it\s+was|the\s+\w+)\s+(?=RESOLVED)",
                    "",
                    p,
                    flags=re.I,
                )
                for p in paras
            ]
        ) or agreed_decisions(body_text if body_text.strip() else title)
        if not item.resolutions:
            item.resolutions = minutes_approved(title, body_text)
        if (
            re.search(r"(?i)\bapolog", title)
            and not _NONE_IN_TITLE_RE.search(title)
            and not attendance.apologies
        ):
            # ("156/19 Apologies: None.": none, and the text after it is other minutes')
            found = _item_apologies(title, body_text, flattened)
            attendance.apologies = [
                PersonEntry(_BRACKETS_RE.sub("", p.name).strip(), p.role_text) for p in found
            ]
            if attendance.apologies:
                listed = {p.name for p in attendance.apologies}
                attendance.apologies += [
                    p for p in other_apologies(body_text) if p.name not in listed
                ]
        draft.items.append(item)
    if not attendance.apologies:
        attendance.apologies = _apologies_sentence(draft.items) or _opening_apologies(opening)
    if not attendance.present:
        attendance.present = _present_minute(draft.items)
    if (
        not attendance.present
        and attendance.in_attendance
        and any(_CHAIR_ROLE_RE.search(part) for part in labels.get("in", []))
    ):
        # "In attendance: Mrs Pat Clare (Chair, presiding), Mrs Mary Button, ... (Councillors)
        # and Mr Mike Balmer (Clerk)" where no one is listed present: the list that names the
        # meeting's chair is its members' list
        attendance.present, attendance.in_attendance = attendance.in_attendance, []
    closed = [closed_by_public_count(part) for part in labels.get("in", [])]
    if was_flat and closed and all(closed):
        # "Also present: Mrs C Mason (Town Clerk), PC Chanelle Halford, Cllr. B Bishop and 5
        # members of the public. The meeting commenced ...": the count and its stop end
        # the list, so its people can be told from the prose even on one line
        attendance.in_attendance = [p for part in closed for p in _in_attendance(part)]
    elif was_flat and attendance.in_attendance:
        # Where the text came flattened onto one line, the line breaks that end one
        # officer's or guest's line ("NAME, ROLE") are gone, so who else attended cannot be
        # told from the words around them. Never invent: say so.
        attendance.in_attendance = []
        warnings.append(
            f"{day.isoformat()}: the minutes' text was flattened onto one line, so who else "
            "attended (officers, guests) cannot be read reliably and was not imported"
        )
    if attendance.present or attendance.apologies or attendance.in_attendance:
        draft.attendance = attendance
    return draft, warnings, heading, following
