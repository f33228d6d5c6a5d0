"""The heading of printed minutes (part of the reader in ``printed_minutes``): the regular
expressions of the headings councils print ("Minutes of the Meeting of BODY held on DATE",
the shorter town and parish forms, a body's name over its date, headings naming only the
kind of council or no body), ``find_heading`` (which of them is the minutes' own, not an
item's words about other minutes), ``heading_date`` (the meeting's date read from the
heading), the body's name read from over a heading (a council's name or its kind on a line
of its own, a page's title), headings wrapped over several lines put back on one
(``join_wrapped_heading``) and a Welsh heading read as the English one
(``english_welsh_heading``).
"""

from __future__ import annotations

import re
from datetime import date

from moot.ingest.council import bodies_of_kind
from moot.ingest.kinds import LOCAL_KINDS, WELSH_KINDS_IN_ENGLISH
from moot.ingest.parse.common import _month_number as month_number
from moot.ingest.parse.common import (
    english_council_name,
    english_welsh_dates,
    find_dates,
    parse_date,
    tidy_body_name,
)
from moot.ingest.parse.minutes_attendance import _FIRST_MINUTE_RE, _LABEL_RE
from moot.ingest.parse.minutes_numbers import _SLASH_NUMBER

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
    rf"(?i:{LOCAL_KINDS})[ \t]+(?i:council))"
)
BODY_FIRST_HEAD_RE = re.compile(
    rf"(?m)^[ \t]*{_COUNCIL_NAME}[ \t.:,–-]*(?:\n[ \t]*)?"
    r"(?:(?i:draft|approved|unconfirmed)[ \t]+)?(?i:minutes)[ \t]+(?i:of)[ \t]+(?i:(?:the|a|an)[ \t]+)?"
    r"(?P<pre>(?:(?i:annual|ordinary|special|extraordinary|statutory|general)[ \t]+)*)"
    rf"(?i:(?:{LOCAL_KINDS})[ \t]+)?(?i:council[ \t]+)?(?i:meeting)\b(?P<rest>[^\n]{{0,250}})"
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
    rf"(?=(?:{LOCAL_KINDS})[ \t]+council[ \t]))?"
    rf"(?:(?:{LOCAL_KINDS})[ \t]+)?(?:council[ \t]+)?"
    # "the Community Council virtual meeting": how the meeting was held is no part of it
    r"(?:(?:virtual|remote|online|hybrid|zoom)[ \t]+)?meeting"
    # "Minutes of a scheduled meeting of the Parish Council on" (its date on the line under
    # it): the kind of council after the meeting
    rf"(?:[ \t]+of[ \t]+the[ \t]+(?:{LOCAL_KINDS})[ \t]+council)?)"
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
    rf"(?im)^[ \t]*the[ \t]+(?P<named>(?:{LOCAL_KINDS})[ \t]+council)"
    r"(?P<pre>)(?P<body>)[ \t]+met[ \t]+(?P<rest>on[ \t]+[^\n]{0,250})"
)
# "Community Council Minutes of Wednesday 1st August 2018 in Pandy Tudur at 7.30pm": a line
# opening with the kind of council, "Minutes of" and the day it met; read like a heading
# naming no body (only where an attendance list follows it before any minute)
KIND_MINUTES_HEAD_RE = re.compile(
    rf"(?im)^[ \t]*(?P<named>(?:{LOCAL_KINDS})[ \t]+council)(?P<pre>)(?P<body>)"
    r"[ \t]+minutes[ \t]+(?P<rest>of[ \t]+(?:[A-Z][a-z]+day,?[ \t]+)?\d[^\n]{0,250})"
)
# "MINUTES Parish Council Meeting Wednesday 24th June 2020 Virtual Meeting ~ 7.30 pm": the
# word "Minutes" (on the line or the line above), the kind of council, "Meeting" and the
# day it met, nothing between; read like a heading naming no body (only where an
# attendance list follows it before any minute)
MINUTES_KIND_MEETING_HEAD_RE = re.compile(
    r"(?im)^[ \t]*(?:draft[ \t]+)?minutes[ \t]*(?:\n[ \t]*)?[ \t]"
    rf"(?P<named>(?:{LOCAL_KINDS})[ \t]+council)(?P<pre>)(?P<body>)[ \t]+"
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
    rf"[ \t]+the[ \t]+(?P<named>(?:{LOCAL_KINDS})[ \t]+council)(?P<body>)[ \t]+"
    r"(?P<rest>(?:held[ \t]+)?(?:at|on)[ \t]+[^\n]{0,250})"
)
# "CYNGOR CYMUNED COMMUNITY COUNCIL" (a Welsh council's heading, its place's name lost)
# over "Neuadd y Pentref, Drefach am 7.30yh 5ed o Dachwedd 2013 Drefach Village Hall, 7.30pm
# 5th of November 2013" over "Yn bresennol/Present: ...": the kind of council on a line of
# its own, the line under it saying where and when, and the list of those present (its
# label, English or bilingual, opening the next line); read like a heading naming no body
KIND_OVER_DATE_HEAD_RE = re.compile(
    r"(?m)^[ \t]*(?:(?i:cyngor)[ \t]+(?i:cymuned|tref)[ \t]+)?"
    rf"(?P<named>(?i:{LOCAL_KINDS})[ \t]+(?i:council))(?P<pre>)(?P<body>)[ \t]*\n"
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
    rf"(?im)^[ \t]*(?P<kind>(?:{LOCAL_KINDS})[ \t]+council)[ \t]+minutes,?[ \t]+"
    r"(?:[–—-][ \t]+)?(?P<when>[^\n]{3,40}?)[ \t]*$"
)
# "May 2019 Minutes": a month and its year printed before the heading
_MONTH_YEAR_RE = re.compile(r"\b(?P<m>[A-Za-z]{3,10})\.?,?\s+(?P<y>(?:19|20)\d{2})\b")
_KIND_NAMED_RE = re.compile(rf"(?i)\b(?:(?:{LOCAL_KINDS})\s+)?council\b")
HEAD_WITHIN = 1500


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


_KIND_LINE_RE = re.compile(rf"(?i)[ \t]*(?:(?:{LOCAL_KINDS})[ \t]+)council[ \t.]*")


_COUNCIL_TITLE_RE = re.compile(
    rf"[ \t]*{_COUNCIL_NAME}(?:[ \t]*[–—-][ \t]*[^\n]*?\b(?i:minutes?)\b[^\n]*"
    # "Adderbury Parish Council Minutes 4 May 2016" (a download's name over the heading):
    # the council's name, "Minutes" and a date with its year, nothing else
    r"|[ \t]+(?i:minutes)[ \t]+\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+[ \t]+(?:19|20)\d\d[ \t]*)"
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
    minutes (the council's name, a dash, words about minutes; or the name, "Minutes" and a
    date, "Adderbury Parish Council Minutes 4 May 2016"); any other line names none."""
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
# ("held on Friday 18 th June 2010": a word processor's raised ordinal, set apart from its
# day when the page was saved as text, is read as "18th")
_DATE_START_RE = re.compile(
    r"^\s*(?:[-–,]\s*)?(?:held\s+)?(?:on\s+)?(?:the\s+)?(?:[A-Z][a-z]+day,?\s+)?"
    r"\d{1,2}(?:[ \t]?(?:st|nd|rd|th)\b)?\s+(?:of\s+)?[A-Z]"
)
_MONTH_FIRST_RE = re.compile(
    r"\b(?P<m>[A-Za-z]{3,10})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b"
)
_DAY_MONTH_RE = re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>[A-Za-z]{3,10})\b")


_BILINGUAL_MONTH_RE = re.compile(
    r"\b(?P<d>\d{1,2}(?:st|nd|rd|th)?)\s+[A-Za-z]{3,10}\s*/\s*(?P<m>[A-Za-z]{3,10})\s+(?P<y>(?:19|20)\d\d)\b"
)


# "13th of November 25": a day and a month, then the year in two figures only
_DAY_MONTH_YY_RE = re.compile(
    r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>[A-Za-z]{3,10})\.?,?\s+"
    r"(?P<yy>\d{2})(?![\w/])(?!\s*[.:]\s*\d)(?!\s*(?:a\.?m|p\.?m)\b)"
)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# "Tuesday 7th April": the weekday printed right before the day's number
_WEEKDAY_BEFORE_RE = re.compile(
    r"(?i)\b(?P<wd>mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)[a-z]*\.?,?\s+(?:the\s+)?$"
)


def _weekday_agrees(sentence: str, at: int, day: date) -> bool:
    """Where a weekday is printed right before the day's number ("Tuesday 7th April"), it
    must be the completed date's weekday (7 April 2020 was a Tuesday); none printed agrees."""
    m = _WEEKDAY_BEFORE_RE.search(sentence[:at])
    return m is None or _WEEKDAYS.index(m.group("wd").lower()[:3]) == day.weekday()


def _printed_years(text: str) -> dict[int, str]:
    """The four-figure years the text prints in a full date ("3rd March 2020", "3/3/2020")
    or with a month's name ("April 2020 Minutes"), each with the words that print it."""
    years: dict[int, str] = {}
    for y in _MONTH_YEAR_RE.finditer(text):
        if month_number(y.group("m")):
            years.setdefault(int(y.group("y")), y.group(0))
    for d, printed in find_dates(text):
        if d and str(d.year) in printed:
            years[d.year] = printed
    return years


def completed_date(sentence: str, before: str = "", after: str = "") -> tuple[date, str] | None:
    """A heading's date printed without its year, or with its year in two figures, completed
    only from what the same document prints, with the words saying how (for the import's
    warning); None where nothing in the document settles it. Never today's year, never a
    guess:

    - "held on Monday 12th September" takes the year of a full date with the same day and
      month printed before the heading ("Parish Council Meeting 12th Sept 2016");
    - "held on 13th May" under a title naming the month with its year ("May 2019 Minutes")
      takes that year, where the title names the month with one year alone;
    - "the 13th of November 25" is 2025 only where the document prints the year 2025 in
      full (in another date, or with a month's name), and not 1925 as well;
    - a weekday printed with the day ("Tuesday 7th April") must be the completed date's."""
    yy = _DAY_MONTH_YY_RE.search(sentence)
    month = month_number(yy.group("m")) if yy else None
    if yy and month:
        short = int(yy.group("yy"))
        printed = _printed_years(before + "\n" + after)
        years = set(printed) & {1900 + short, 2000 + short}
        if len(years) != 1:
            return None
        year = years.pop()
        try:
            day = date(year, month, int(yy.group("d")))
        except ValueError:
            return None
        if not _weekday_agrees(sentence, yy.start(), day):
            return None
        return day, f"the year {year} taken from {printed[year]!r} printed in the document"
    m = _DAY_MONTH_RE.search(sentence)
    month = month_number(m.group("m")) if m else None
    if not m or not month:
        return None
    for earlier, printed in find_dates(before):
        if earlier and earlier.month == month and earlier.day == int(m.group("d")):
            if not _weekday_agrees(sentence, m.start(), earlier):
                return None
            return (
                earlier,
                f"the year {earlier.year} taken from the date {printed!r} printed before it",
            )
    # "May 2019 Minutes" over "... held on 13th May at 8.00pm": the title prints the
    # month with its year; read only where that month is printed with one year alone
    titles = [
        y
        for y in _MONTH_YEAR_RE.finditer(before)
        if month_number(y.group("m")) == month
        # "2 May 2024" is another day's date, not the month's title
        and not re.search(r"\d(?:st|nd|rd|th)?\s*(?:of\s+)?$", before[: y.start()])
    ]
    years = {int(y.group("y")) for y in titles}
    if len(years) != 1:
        return None
    try:
        day = date(years.pop(), month, int(m.group("d")))
    except ValueError:
        return None
    if not _weekday_agrees(sentence, m.start(), day):
        return None
    start = before.rfind("\n", 0, titles[0].start()) + 1
    end = before.find("\n", titles[0].end())
    line = " ".join(before[start : end if end >= 0 else len(before)].split())[:80]
    return day, f"the year {day.year} taken from the title {line!r}"


def heading_date(sentence: str, before: str = "", after: str = "") -> date | None:
    """The date in the heading's words: "held on 4 May 2021", "held on October 30th 2023";
    a date without its year, or with a two-figure year, is completed only from what the
    same document prints (``completed_date``), never from anywhere else."""
    sentence = _english_heading_sentence(sentence)
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
    done = completed_date(sentence, before, after)
    return done[0] if done else None


def year_note(sentence: str, before: str = "", after: str = "") -> str:
    """How the heading's year was completed ("the year 2020 taken from the title 'April
    2020 Minutes'"), or "" where the heading prints its date in full."""
    sentence = _english_heading_sentence(sentence)
    if parse_date(sentence) is not None or any(
        month_number(m.group("m")) for m in _MONTH_FIRST_RE.finditer(sentence)
    ):
        return ""
    done = completed_date(sentence, before, after)
    return done[1] if done else ""


def _english_heading_sentence(sentence: str) -> str:
    """The heading's words with a Welsh date in English and an ordinal's letters joined to
    its day ("15 th January 2014", "JULY 18TH 2023")."""
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
    return _BILINGUAL_MONTH_RE.sub(
        lambda m: (
            f"{m.group('d')} {m.group('m')} {m.group('y')}"
            if month_number(m.group("m"))
            else m.group(0)
        ),
        sentence,
    )


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
    rf"(?:{LOCAL_KINDS})[ \t]+(?:council[ \t]+)?meeting)[ \t]*\n(?:[ \t]*\n)*"
    r"[ \t]*minutes[ \t]*\n(?:[ \t]*\n)*[ \t]*(?P<held>held[ \t]+(?:on|at)[ \t]+[^\n]+?)[ \t]*$"
)
_STACKED_HEADING_RE = re.compile(
    r"(?im)^[ \t]*minutes[ \t]*\n(?:[ \t]*\n)*[ \t]*(?P<title>"
    r"(?:(?:annual|ordinary|special|extraordinary|extra-ordinary)[ \t]+)*"
    rf"(?:{LOCAL_KINDS})[ \t]+(?:council[ \t]+)?meeting)[ \t]*\n(?:[ \t]*\n)*"
    r"[ \t]*(?P<held>held[ \t]+on[ \t]+[^\n]+?)[ \t]*(?:\n(?:[ \t]*\n)*[ \t]*(?P<at>at[ \t]+[^\n]+))?$"
)
# "Annual Parish Meeting" then "Location: Edingale Village Hall" then "Date: Monday 13th May
# 2019 Time: 7.30 pm": a title naming the meeting over labelled lines of its place and date
_LABELLED_HEADING_RE = re.compile(
    r"(?im)^[ \t]*(?P<title>(?:(?:annual|ordinary|special|extraordinary|extra-ordinary)[ \t]+)*"
    rf"(?:{LOCAL_KINDS})[ \t]+(?:council[ \t]+)?meeting)[ \t]*\n"
    r"(?:[ \t]*(?:location|venue|place)[ \t]*:[ \t]*(?P<place>[^\n]+)\n)?"
    r"[ \t]*date[ \t]*:[ \t]*(?P<date>[^\n]+?)[ \t]*$"
)
# "Annual Parish Meeting Location: Edingale Village Hall Date: Monday 13th May 2019 Time:
# 7.30 pm": the same title and labels on one line (text flattened, then put back on lines)
_LABELLED_ON_ONE_LINE_RE = re.compile(
    r"(?im)^[ \t]*(?P<title>(?:(?:annual|ordinary|special|extraordinary|extra-ordinary)[ \t]+)*"
    rf"(?:{LOCAL_KINDS})[ \t]+(?:council[ \t]+)?meeting)[ \t]+"
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
    rf"(?:{LOCAL_KINDS})[ \t]+council[ \t]+meeting)[ \t]*\n(?:[ \t]*\n)*[ \t]*"
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
    rf"(?:[ \t]+(?:(?-i:[A-Z])[\w'’-]*[ \t]+){{1,3}}(?:{WELSH_KINDS_IN_ENGLISH})[ \t]+council)?[ \t]*$|"
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
        # "St. Mary's Hall"; "Patrickswell, Co. Limerick", an Irish county in an address)
        r"(?<!\b[A-Za-z])(?<!\bSt)(?<!\bRd)(?<!\bNo)(?<!\bMt)(?<!\b[Cc][Oo])\.\s+(?=[A-Z])|"
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
        # ("Councillors Present;" over the list, a semicolon for the colon)
        r"\b(?:Councillors|Cllrs|Members)\s+(?i:present|attending)\s*[:;]|"
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
