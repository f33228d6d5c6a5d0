"""Minutes whose text was flattened onto one line (a PDF's text copied out, a transcript
page): put back the line breaks a reader of the printed page sees, so the line-by-line
readers of ``printed_minutes`` can read it.

Generic rules, not one council's wording. In a line of more than ``FLAT_LINE`` characters,
a paragraph starts:

* before a heading ("Minutes of ...", "Minutes from the ...", "Draft minutes of ...",
  "DRAFT: Minutes for an ... Meeting held on ...",
  "MINUTES Parish Council Meeting DATE", "Minutes taken by ...", "MINUTE OF ISLAY COMMUNITY
  COUNCIL MEETING DATE", "Minute of Meeting of the X Forum held on ..."), the council's
  name before it on a line of its own (only the kind of council, "Community Council
  Minutes of DATE", stays on the heading's line);
* where the minutes open (before the first attendance label): before and after a title
  "Annual General Meeting of the X Community Council Forum" over the meeting's date;
  before "The minutes of a ... meeting held", "The Parish Council met on", a title naming
  only the kind of council and a
  date ("Parish Council Minutes – January 2019"), and a list of councillors right after a
  year ("... January 2014 Councillor Moira Thomas (Mayor) Councillors ..."), and the
  day and date in capitals after a heading in capitals ending in the council's name
  ("MINUTES OF A MEETING OF X PARISH COUNCIL MONDAY 10 JUNE 2019 7.15 AT ..."); before
  and after a title in capitals naming only the kind of council's meeting over its date
  ("EXTRA ORDINARY PARISH COUNCIL MEETING 26 April 2021 MINUTES");
* before an attendance label ("Present:", "Present were", "Apologies for absence:",
  "In attendance:", "Also present", "Councillors:", "Absent:", "Presennol ;"; "Present/
  Presennol" before an honorific on a line of its own, over its list);
* before those present, three or more "Cllr Name" one after another, that run from the
  heading's date or time up to the first minute ("... at 17:00hrs Cllr Marsh Cllr Lowes
  Cllr Storer 1. Chairman's remarks");
* before a list of councillors that opens a sentence ("... Conference Call. Cllrs A Bee,
  C Dee and E Eff"), and after it where the sentence is the list alone ("Councillors Ann
  Bee, Carl Dee and Eve Eff. In attendance. ...");
* before each minute number: a reference with a slash anywhere ("Cou/285/07-08",
  "C048/23", "77/21"; run into its title, "16/224Apologies", where three or more run
  on), a principal council's "(26)", "C81.16" or a year's "2022-107" when three or more
  run on, or a plain
  number ("4", "4.") before a capitalised word when the
  numbers run on one from another (the longest such run is taken, so "27 April" or
  "2 Members of the public" are not minutes; every minute numbered "1.", four or more,
  where no "2." opens a title, outnumbers such a run; "Item N:" numbers, three or more
  running on, before the references under them); the minute's title, read as the run of
  capitalised words after the number, gets a line of its own;
  a label with its colon right after the number ("72. Apologies for absence: None") is the
  minute's title and stays on its line;
* before a heading in capitals after the end of a sentence ("... signed. FINANCE. A
  cheque was signed", "APOLOGIES FOR ABSENCE were received from ...").

Pure: text in, text out; only whitespace is changed, and text with no long line is
returned as it is.
"""

from __future__ import annotations

import re

from moot.ingest.kinds import LOCAL_KINDS, WELSH_KINDS_IN_ENGLISH
from moot.ingest.names import is_honorific
from moot.ingest.parse.line_breaks import pieces, single_spaced

FLAT_LINE = 600

_LABEL_RE = re.compile(
    r"(?<![\w])(?:Present(?:\s+Members)?\s*:|Present\s+were\b|PRESENT\s*:|"
    r"Present\s*[–—-](?=\s*(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Dr)\b)|"
    # "PRESENT - Councillors John Pugh [Chair], ... IN ATTENDANCE – Councillor Hugh H
    # Evans, ... PART 1 APOLOGIES – Councillors Tim Faire ...": labels in capitals, a dash
    # for the colon, before an honorific
    r"(?:PRESENT|IN\s+ATTENDANCE|APOLOGIES)\s*[–—-](?=\s*(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Dr)\b)|"
    r"Present(?=\s+(?:The\s+)?(?:Mayor|Chair(?:man|woman|person)?|Cllrs?|Councillors?)\b)|"
    r"Apologies(?:\s+for\s+[Aa]bsence)?\s*:|APOLOGIES\s*:|In\s+[Aa]ttendance\s*:|"
    # "... Cllr Mrs J S R Waite (Apologies for absence were received from Councillors L Ali,
    # ...)": the apologies in a bracketed sentence after the list of those present
    r"\((?=Apologies(?:\s+for\s+absence)?\s+(?:were|was)\s+received\s+from\s)|"
    r"IN\s+ATTENDANCE\s*:|Also\s+[Pp]resent\b|"
    # "... in the Memorial Hall Councillors Present Chris Cudmore – Chairman (CC), ...": the
    # label without its colon, a name after it
    r"Councillors\s+Present(?=\s+[A-Z][a-z]+\s+[A-Z][a-z])|(?<!from\s)Councillors(?:\s+not\s+present)?\s*:|Absent\s*:|"
    r"(?i:those\s+(?:attending|present))\s*:|(?<=[•·▪]\s)(?:Members|Others)\s*:|"
    # "... Virtual Meeting ~ 7.30 pm Attendees: Cllr G. Crozer (Chairman) ...": those present
    r"(?<!Also\s)(?<!also\s)(?:Attendees|Attending)\s*:|Visitors\s*:|"
    # "Present; R. Gore (Chair), C. Hunt": a semicolon for the colon ("Presennol ; Cyng.
    # A Bee, ...": the Welsh label likewise)
    r"(?:Present|Apologies|In\s+[Aa]ttendance|Presennol|PRESENNOL)(?=\s*;\s*[A-Z])|"
    # "... Councillor Merson | |Apologies |Councillors Davidson ... | |In attendance |Julie
    # Ritchie ...": a table's label cell without its colon, after its bar
    r"(?<=\|)(?=\s*(?:Apologies(?:\s+for\s+[Aa]bsence)?|In\s+[Aa]ttendance|Also\s+[Pp]resent|Absent)\s*\|)|"
    # "Presennol /Present —Y Cynghorwyr /Councillors John ...", "PRESENNOL/PRESENT Cllrs.
    # J. Davies ...", "PRESENNOL HEFYD/ ALSO PRESENT S. Mumford": Welsh labels, English after
    r"(?i:presennol)(?:\s*/\s*[A-Za-z]+)?(?=\s*[—–-]?\s*(?:Y\s+Cynghorwyr|Cllrs?|Councillors?|Cyng)\b)|"
    r"PRESENNOL\s+HEFYD\s*/\s*ALSO\s+PRESENT\b|"
    # "... at the Community Centre Present/ Presennol Mr. N. Francis – Chairman ...": the
    # label in English and Welsh, without its colon, before an honorific
    r"(?P<own>Present\s*/\s*Presennol)(?=\s+(?:Mr|Mrs|Ms|Miss|Dr|Cllrs?|Councillors?|Cyng)\b)|"
    # "1. Sederunt: Chair Moira McCrossan (MM), ...", "Members of public: Mrs Fletcher, ..."
    r"Sederunt\s*:|Members\s+of\s+(?:the\s+)?[Pp]ublic\s*:|"
    # "... commenced at 7.30 pm. Presiding P McLean Other Members Present P J Bateson ...
    # Officers Present J A McLaughlin, ...": a district council's labels without a colon,
    # before a name in initials; "In the Chair : Mayor (Councillor J Montgomery)"
    r"(?:Presiding|(?:Other\s+)?Members\s+Present|Officers\s+Present)"
    r"(?=\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z]\.?\s+){1,3}[A-Z][a-z])|"
    r"Officers\s+Present\s*:|In\s+the\s+Chair\s*:|"
    # "... Catherine Gilchrist CG Argyll & Bute Council: Mr Iain Jackson": another council's
    # officer, under his council's name
    r"[A-Z][a-z][\w'’-]*(?:\s+(?:&|[A-Z][a-z][\w'’-]*)){0,4}\s+Council:(?=\s*(?:Mr|Mrs|Ms|Miss|Dr)\b)|"
    # labels in capitals without a colon: "... I. Young APOLOGIES Apologies for absence ..."
    r"(?:PRESENT|APOLOGIES(?:\s+FOR\s+ABSENCE)?|IN\s+ATTENDANCE|ALSO\s+PRESENT)(?=\s+[A-Z][a-z]))"
)
# the first minute when the text stops before the second: "... Clerk to the Meeting.
# 1. ADDITIONAL BUSINESS In terms of ..."; "... (left at 7.45pm ). 1. Croeso’r Cadeirydd a
# Materion Personol. ...": two capitalised words after it
_FIRST_MINUTE_RE = re.compile(
    r"(?<=[a-z)]\.\s)1\.(?=\s+(?:[A-Z]{2,}[A-Z'’&-]*\s+[A-Z]{2,}|[A-Z][a-z]+(?:['’][a-z]+)?\s+[A-Z][a-z]+))"
)
_HEADING_RE = re.compile(
    r"(?<=\s)(?:(?:Amended|AMENDED)\s+)?(?:(?:Draft|DRAFT)\s+)?(?:Minutes|MINUTES)\s+"
    r"(?:of|OF|from\s+the|FROM\s+THE)\s|"
    # "Draft minutes of meeting held on 2nd July 2019"
    r"(?<=\s)(?:Draft|DRAFT)\s+minutes\s+of\s|"
    # "DRAFT: Minutes for an Extra Ordinary Parish Council Meeting held on Tuesday ...": the
    # heading's "for" a meeting held
    r"(?<=\s)(?:(?:Draft|DRAFT):?\s+)?(?:Minutes|MINUTES)\s+for\s+(?:an?|the)\s+"
    r"(?=[^.:;]{0,80}?\b[Mm]eeting\s+held\s+on\s)|"
    # a Scottish minute's singular "Minute of the Kirkton Community Council Meeting held on"
    r"(?<=\s)Minute\s+of\s+the\s+(?=[A-Z][^.:;]{2,100}?\s+Meeting\s+held\s+on\s)|"
    # "ABERDEENSHIRE COUNCIL Minute of Meeting of the Formartine Community Council Forum
    # held on ...": the same with "Meeting" before the body's name
    r"(?<=\s)Minute\s+of\s+(?:a\s+)?Meeting\s+of\s+(?:the\s+)?(?=[A-Z][^.:;]{2,100}?\s+held\s+on\s)|"
    # "... followed by MINUTE OF ISLAY COMMUNITY COUNCIL MEETING 2nd December 2013": the
    # same in capitals, the meeting's date after "MEETING"
    r"(?<=\s)MINUTE\s+OF\s+(?=(?:THE\s+)?(?:[A-Z][A-Z'’&-]*\s+){0,6}MEETING\s+"
    r"(?:HELD\s+|held\s+)?(?:(?:[Oo][Nn]|[Aa][Tt])\s+)?(?:[A-Z][a-z]+day,?\s+)?\d)|"
    # "MINUTES Parish Council Meeting Wednesday 24th June 2020": "Minutes" over the kind of
    # council and "Meeting"; "Minutes taken by the Clerk, at the Annual Meeting of ...": the
    # sentence that opens minutes
    r"(?<=\s)(?:Minutes|MINUTES)\s+(?=(?i:(?:annual\s+|extraordinary\s+|special\s+)?"
    rf"(?:{LOCAL_KINDS})\s+council\s+meeting\b|taken\s+by\b))|"
    # "MINUTES ANNUAL PARISH MEETING held on 16th May 2011 at 8pm ...": the word over the
    # parish's own meeting and the words saying when it was held
    r"(?<=\s)MINUTES\s+(?=(?:ANNUAL\s+)?PARISH\s+MEETING\s+(?i:held\s+on)\s)|"
    # "... Annual Parish Meeting Minutes Annual Parish Meeting held on Monday 13th May 2019.",
    # "... (Village) The Annual Parish Meeting (Village) was held on Tuesday 11 May 2021": the
    # line about the parish's own meeting that opens its minutes
    r"(?<=\s)(?<!The\s)(?<!Annual\s)(?=(?:The\s+)?(?:Annual\s+)?Parish\s+Meeting(?:\s+\([A-Za-z ]{1,20}\))?\s+"
    r"(?:was\s+)?held\s+on\s)"
)
# the council's name, or its kind, right before a heading ("Community Council Minutes of
# Wednesday 1st August 2018", "Wrockwardine Parish Council Minutes of the ..."): the heading's
# paragraph starts at the name, after the end of a sentence or at the text's start
_NAME_BEFORE_RE = re.compile(
    # ("Minutes of Meeting – 20th February 2024 Balintore & Hilton Community Council Minutes
    # of Meeting – Tuesday ...": after a page title's year too)
    r"(?:^|(?<=[.!?:]\s)|(?<=(?:19|20)\d\d\s))(?:[A-Z][\w'’&-]*,?\s+(?:(?:and|&|cum|on|upon|in|under|with)\s+)?){0,5}"
    rf"(?i:{LOCAL_KINDS})\s+(?i:council)\s*[.:,–-]?\s*$"
)
# "... Size:1020Kb BELHELVIE COMMUNITY COUNCIL MINUTES of MEETING – 15th April 2019 ...": a
# council's name printed in capitals right before a heading, after words that are not a
# sentence's end (a transcript site's own words): the name starts the heading's paragraph
_CAPITALS_NAME_BEFORE_RE = re.compile(
    r"(?<=\s)(?<![A-Z]\s)(?:[A-Z][A-Z'’&-]*,?\s+(?:(?:AND|&|CUM|ON|UPON|IN|UNDER|WITH)\s+)?){1,5}"
    rf"(?:{LOCAL_KINDS.upper()})\s+COUNCIL\s*[.:,]?\s*$"
)
# Before the first attendance label only (where the minutes open): "The minutes of a Parish
# council meeting held in ..." (a sentence that is the heading), and a title naming only the
# kind of council over the heading ("Home » Minutes » Parish Council Minutes – January 2019
# Minutes of the Meeting held on 15th January 2019 ...")
_OPENING_RE = re.compile(
    r"(?<=\s)The\s+minutes\s+of\s+(?:a|an|the)\s+(?=[^.]{0,80}?\bmeeting\s+held\b)|"
    # "... 7th March 2023 The Parish Council met on Tuesday, 7th March in the Hall"
    rf"(?<=\s)The\s+(?=(?i:{LOCAL_KINDS})\s+[Cc]ouncil\s+met\s+on\s)|"
    # "... Monthly Meeting Wednesday 15 th January 2014 Councillor Moira Thomas (Mayor)
    # Councillors Graham Davies, ...": the list of those present after the heading's date
    r"(?<=(?:19|20)\d\d\s)(?=(?:Councillors?|Cllrs?\.?)\s+(?:[A-Z]\.?\s+)*[A-Z][a-z])|"
    rf"(?<=\s)(?i:(?:{LOCAL_KINDS})\s+council\s+minutes),?\s+(?:[–—-]\s+)?"
    r"(?=(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]{2,8}\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d\b)"
)
# Before the first attendance label only: "APM NOTES 22nd June 2021 Holland Fen with
# Brothertoft Parish Council annual parish meeting held at ...": the council's name opening
# the sentence that is the heading
_COUNCIL_MEETING_HELD_RE = re.compile(
    # (after a title's year or a sentence's end, not inside a heading's words: "Minutes of
    # the of Dunston Annual Parish Council Meeting held on ...")
    r"(?:(?<=(?:19|20)\d\d\s)|(?<=[.!?]\s))"
    r"(?=(?:[A-Z][\w'’&-]*,?\s+(?:(?:and|&|cum|on|upon|in|under|with)\s+)?){1,5}"
    rf"(?i:{LOCAL_KINDS})\s+(?i:council)\s+"
    r"(?:(?i:annual|ordinary|special|extraordinary|extra-ordinary)\s+)*(?i:parish\s+)?"
    r"(?i:meeting)\s+(?i:held)\s+(?i:at|on|in)\s)"
)
# Before the first attendance label only: "MINUTES OF AN EXTRA-ORDINARY MEETING OF OLD
# SOMERBY PARISH COUNCIL MONDAY 10 JUNE 2019 7.15 AT THE FOX AND HOUNDS": a heading in
# capitals ending in the council's name, the meeting's day and date in capitals on the
# line under it
_CAPITALS_DATE_LINE_RE = re.compile(
    rf"\b(?:{LOCAL_KINDS.upper()})\s+COUNCIL\s+"
    r"(?P<date>(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY),?\s+"
    r"\d{1,2}(?:ST|ND|RD|TH)?\s+[A-Z]{3,9},?\s+(?:19|20)\d\d\b)"
)
# Before the first attendance label only: "April 26 2021 - Minutes EXTRA ORDINARY PARISH
# COUNCIL MEETING 26 April 2021 MINUTES Present: ...": a title in capitals naming the kind
# of council's meeting, the meeting's date on the line under it
_KIND_MEETING_OVER_DATE_RE = re.compile(
    # (the kind alone, no name in capitals before it: "MINUTE OF ISLAY COMMUNITY COUNCIL
    # MEETING 2nd December 2013" is one heading)
    r"(?<=\s)(?<![A-Z]\s)(?:(?:EXTRA[ -]?ORDINARY|EXTRAORDINARY|ANNUAL|ORDINARY|SPECIAL|MONTHLY)\s+)?"
    rf"(?:{LOCAL_KINDS.upper()})\s+COUNCIL\s+MEETING\s+"
    r"(?P<date>(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8},?\s+(?:19|20)\d\d\b)"
)
# "LITTLE WENLOCK PARISH COUNCIL 8th March, 2010 AT 7.30 p.m. IN THE VILLAGE HALL": the
# council's name in capitals opening the text, over the meeting's date
_NAME_OVER_DATE_RE = re.compile(
    rf"^\W*(?:[A-Z][A-Z'’&-]*\s+){{1,5}}(?:{LOCAL_KINDS.upper()})\s+COUNCIL\s+"
    r"(?=(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8},?\s+\d{4}\b)"
)
# "Bayford Parish Council. Annual Meeting, Bayford JMI School, 8:00pm 11th May 2009 ...":
# the council's name opening the text, over a line opening with the meeting and a comma
_NAME_OVER_MEETING_RE = re.compile(
    r"^\W*(?:[A-Z][\w'’&-]*,?\s+(?:(?:and|&|cum|on|upon|in|under|with)\s+)?){1,5}"
    rf"(?i:{LOCAL_KINDS})\s+(?i:council)[.:]?\s+"
    r"(?=(?:(?i:annual|ordinary|special|extraordinary|extra-ordinary|monthly)\s+)*"
    r"(?i:meeting)\s*[,:–-])"
)
# Before the first attendance label only: "Community Council Forums Annual General Meeting
# of the Westshire Community Council Forum Wednesday 4th June 2025 @ 19:00 in ...": a title
# line "MEETING of the BODY" (a body's name ending in a body's word) over the meeting's date,
# each on a line of its own (the ``group`` "date" is where the date's line starts)
_MEETING_OF_BODY_DATE_RE = re.compile(
    r"(?<=\s)(?:(?:Annual|Ordinary|Special|Extraordinary|General|Monthly|Joint)\s+)*Meeting\s+of\s+"
    r"(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){1,6}?(?:Council|Forum|Association|Committee|Partnership|Board)"
    # ("Meeting of Full Council (remote due to Covid19) 18.5.2020": a remark in brackets,
    # the date in figures)
    r"(?:\s+\([^()]{1,60}\))?"
    r"\s+(?P<date>(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,9},?\s+\d{4}\b|"
    r"\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d(?![\d./]))"
)
# Before the first attendance label only: "... Minutes: Cyngor Tref ABERYSTWYTH Town Council
# Cyfarfod o’r Cyngor Llawn ...": a council's name in Welsh and English, a line of its own
_WELSH_ENGLISH_NAME_RE = re.compile(
    r"(?<=\s)(?i:cyngor\s+(?:cymuned|tref|dinas))\s+(?:[A-Z][\w'’&-]*\s+){1,5}"
    rf"(?i:{WELSH_KINDS_IN_ENGLISH})\s+(?i:council)\b"
)
# "Cyngor Cymuned Llanbadrig Community Council Cofnodion o gyfarfod ...": the Welsh heading
# ("Cofnodion", minutes) right after the council's name at the text's start: the name on a
# line of its own over it; "CYNGOR CYMUNED COMMUNITY COUNCIL Neuadd y Pentref, ...": a
# council's name in Welsh and English opening the text, a title on its own line
_WELSH_HEADING_RE = re.compile(
    rf"^\W*(?:[A-Z][\w'’&-]*\s+){{1,6}}(?i:{WELSH_KINDS_IN_ENGLISH})\s+(?i:council)\s+(?=(?i:cofnodion)\s)|"
    r"^\W*(?i:cyngor\s+(?:cymuned|tref|dinas))\s+(?:[A-Z][\w'’&-]*\s+){0,5}"
    # ("Cyngor Tref Aberteifi :: Cardigan Town Council Cofnodion ...": a mark between the
    # Welsh name and the English)
    r"(?:(?:::?|[|/–—-])\s+(?:[A-Z][\w'’&-]*\s+){0,5})?"
    rf"(?i:{WELSH_KINDS_IN_ENGLISH})\s+(?i:council)\s+"
)
# "Minutes of Marchmont & Sciennes Community Council Meeting of ...": a heading naming a
# council of its own (the kind of council before it, a site's title, then stands apart)
_NAMED_HEADING_RE = re.compile(
    r"(?:Minutes|MINUTES)\s+(?:of|OF)\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+(?:(?:and|&)\s+)?){1,5}"
    rf"(?i:{LOCAL_KINDS})\s+(?i:council)\b"
)
_KIND_ONLY_RE = re.compile(rf"(?i)(?:{LOCAL_KINDS})\s+council\s*[.:,–-]?\s*")
_PLURAL_AFTER_SENTENCE_RE = re.compile(r"(?<=[a-z]\.\s)(?=(?:Cllrs|Councillors)\s+[A-Z])")
_IN_CAPITALS_TITLE_RE = re.compile(r"\b[A-Z]{3,}\s+(?:[/&–-]\s+)?$")
_SLASH_RE = re.compile(
    # ("157/157/19 Election of Chairman": a running number printed twice before the year)
    # (never the end of a paragraph's number under a minute: the "1/19" of "220.1/19")
    r"(?<![\w/])(?<!\d\.)(?:\d{3,4}/\d{3,4}/\d{2}|[A-Z][A-Za-z]{0,5}/\d{1,4}/\d{2}(?:-\d{2})?|[A-Z]{1,3}\d{1,4}/\d{2,4}|"
    r"\d{1,4}/\d{2,4}|"
    # "41a/19 Apologies": a minute's letter (no date has one)
    r"\d{1,4}[a-z]/\d{2}(?!\d))(?![\w/])(?=\s+(?:[A-Z]|\d{1,3}\.\s))"
)
_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|"
    "june|july|august|september|october|november|december"
)
_NUMBER_RE = re.compile(
    # "Agenda Item 14. Cllr H Davies declared ...", "see Minute 12. The ...": a number
    # referred to, not a minute that starts here
    r"(?<!\bitem\s)(?<!\bminute\s)(?<!\bminutes\s)(?<!\bno\.\s)"
    # ("4. D&G Council Matters": initials joined by an ampersand open a title too)
    # ("1) Chairman Andy Vigrass was elected": a number closed by a bracket)
    # ("576. a) Planning applications": the minute's first part opens on its line)
    # ("... MEETING OF MONDAY4. MATTERS ARISING": a number run into the word in capitals
    # before it, only with its stop and before a title in capitals)
    r"(?:(?<![\w.,/£$:&(-])|(?-i:(?<=[A-Z]{3})(?=\d{1,3}\.\s+[A-Z]{2})))"
    r"(?P<num>\d{1,3})(?:\.|\))?(?=\s+(?:a\)\s+)?(?:[A-Z][a-z]|[A-Z]{2}|[A-Z]&[A-Z]))"
    rf"(?!\s+(?:{_MONTHS})\b)",
    re.IGNORECASE,
)
_CAPS_HEADING_RE = re.compile(
    r"(?<=[.!?:]\s)(?<!\d\.\s)(?=(?:[A-Z][A-Z'’&-]+(?:\s+[A-Z][A-Z'’&-]+)+|[A-Z]{5,})(?:\s+[a-z]|\s*[.:]))"
)
_SENTENCE_WORDS = {"the", "it", "a", "an", "this", "there", "we", "he", "she", "they", "all"}
# a minute's whole text, right after its title: "Declarations of Interest None."
_ANSWER_WORDS = {"none", "nil", "noted", "no"}


# "Agenda" alone right before a minute's number and its title ("Agenda 21/22-67 Chairman's
# Welcome"): a word printed on a line of its own over the minutes
_WORD_OVER_MINUTES_RE = re.compile(
    r"(?<=\s)(?:Agenda|AGENDA)(?=\s+\d{1,4}(?:[./-]\d{1,4}){0,3}\.?\s+[A-Z])"
)


# "... Apologies: H Foxen, Formartine Area Councillors Present: None Apologies; ...": the
# group a "Present:" label speaks of ("Members", "Area Councillors"), printed before it
_GROUP_BEFORE_LABEL_RE = re.compile(r"(?<=\s)(?:(?:[A-Z][a-z]+\s+){0,2}Councillors|Members)\s+$")


def label_group_start(flat: str, start: int) -> int:
    """Where a "Present:" label's line starts: at the group of people it names printed
    before it ("Members Present:", "Formartine Area Councillors Present:"), else at the
    label."""
    if not flat.startswith("Present", start):
        return start
    group = _GROUP_BEFORE_LABEL_RE.search(flat[max(0, start - 60) : start])
    return start - len(group.group(0)) if group else start


def is_flattened(text: str) -> bool:
    """Does the text hold a line too long to be a printed line, with what would start
    lines of their own inside it (a heading, an attendance label, minute numbers)? One long
    paragraph of a minute ("39. TO RECEIVE A PRESENTATION The Chairman welcomed ...") among
    lines of their own is a paragraph, not text whose lines were lost."""
    return any(
        len(line) > FLAT_LINE
        and bool(
            _LABEL_RE.search(line)
            or _HEADING_RE.search(" " + line)
            or _SLASH_RE.search(line)
            or len(_number_run(line)) >= 2
        )
        for line in (text or "").split("\n")
    )


def flat_title(segment: str) -> str:
    """The title at the start of a minute's flattened text: its run of capitalised words
    (small joining words allowed inside), cut at a colon, at an honorific ("Declarations of
    Interest Cllr Austin declared"), at a person's initial ("Apologies V Salvage, V Bland"),
    after the label "Present" before a name ("Present Ann Bee, Carl Dee"),
    at a repeat of its first word ("Apologies for Absence
    Apologies were received") or at a word that starts a sentence ("The", "It")."""
    words = segment.split()
    # ("D&G Council Matters": initials open a title in ordinary capitals)
    capitals = bool(words) and _is_capitals(words[0])
    if capitals and sum(c.isalpha() for c in words[0]) < 3 and len(words) > 1:
        capitals = _is_capitals(words[1])
    if (
        len(words) > 1
        and words[0] in {"Present", "PRESENT"}
        and re.match(
            r"(?:Present|PRESENT)\s+(?!(?:Members|Councillors|Were)\b)(?:[A-Z]\.?\s+)*[A-Z][a-z]+"
            r"(?:\s+[A-Z][a-z]*[A-Z]?[a-z]+(?:[-'’][A-Z][a-z]+)?){1,2},\s+[A-Z]",
            segment.strip(),
        )
    ):
        # "1. Present Ann Bee, Carl Dee, ...": the label alone is the minute's title, the
        # list under it (a name and a comma after the label: a list parted by commas)
        return words[0]
    title: list[str] = []
    for i, word in enumerate(words):
        bare = word.strip(":;,.")
        if not bare:
            break
        lower = bare.lower()
        if capitals:
            # a title in capitals runs to the first word that is not in capitals (a
            # one-letter word inside it aside: "DATGANIADAU O FUDDIANT / DECLARATIONS")
            inside = (
                len(bare) == 1
                and bare.isupper()
                and i + 1 < len(words)
                and _is_capitals(words[i + 1].strip(":;,."))
            )
            if not (_is_capitals(bare) or bare[:1].isdigit() or bare in "&-–/" or inside):
                break
        else:
            starts_sentence = bare == bare.capitalize() and lower in (
                _SENTENCE_WORDS | _ANSWER_WORDS
            )
            decision = bare in {"RESOLVED", "RESOLUTION", "AGREED", "DECIDED"}
            # "Allotments Agreed – that a sign ...", "Village Map Resolved – to defer ...":
            # the meeting's word with its capital letter, then a dash, "that" or "to"
            following = words[i + 1] if i + 1 < len(words) else ""
            decision = decision or (
                bare in {"Agreed", "Resolved"} and following in {"–", "—", "-", "that", "to"}
            )
            # "Planning 11.1 Agreed – to take no further action": the minute's first
            # paragraph's number ends its title
            paragraph = re.fullmatch(r"\d{1,3}\.\d{1,2}", bare) is not None
            # "Welcome and Apologies V Salvage, V Bland, ...": a person's initial (one
            # capital, not "A" or "I") before a capitalised name starts the text
            initial = (
                len(word) == 1
                and word.isupper()
                and word not in "AI"
                and i + 1 < len(words)
                and words[i + 1][:1].isupper()
                and words[i + 1][1:2].islower()
            )
            if title and (
                is_honorific(bare)
                or lower == title[0].lower()
                or starts_sentence
                or decision
                or paragraph
                or initial
            ):
                break
            if not (bare[:1].isupper() or bare[:1].isdigit() or lower in _JOINING):
                if bare[:1].islower():
                    # a title that is a sentence ("To receive Declarations of Interest.
                    # There were none"): up to its end, if it ends soon
                    end = _SENTENCE_END_RE.search(segment[:150])
                    if end:
                        return segment[: end.start()].strip()
                    if len(segment) <= 150:
                        return segment.strip().rstrip(".")
                break
        title.append(bare)
        if word.endswith((":", ".")) or len(title) >= 30:
            break
        if not capitals and len(title) >= 12:
            break
    while title and title[-1].lower() in _JOINING:
        title.pop()
    return " ".join(title)


def _is_capitals(word: str) -> bool:
    """A word printed in capitals ("DECLARATIONS", "INTEREST(s)" aside), not one letter."""
    letters = [c for c in word if c.isalpha()]
    lower_allowed = 1 if len(letters) > 3 else 0
    return len(letters) > 1 and sum(c.isupper() for c in letters) >= len(letters) - lower_allowed


_SENTENCE_END_RE = re.compile(r"(?<=[a-z)]):|(?<=[a-z)])\.(?=\s+[A-Z])")
_JOINING = {
    "for",
    "of",
    "and",
    "the",
    "to",
    "in",
    "on",
    "at",
    "&",
    "-",
    "–",
    "/",
    "from",
    "with",
    "a",
}


# "167.0. Agenda Item 1: ...", "168.0 Agenda Item 2 ...": minutes numbered as the first of
# their paragraphs
_DECIMAL_NUMBER_RE = re.compile(
    r"(?<![\w.,/£$:&-])(?P<num>\d{1,3})\.0\.?(?=\s+(?:[A-Z][a-z]|[A-Z]{2}))"
)


# "19.70 To receive and accept ...", "19.71 To receive DECLARATIONS ...": the year's two
# digits and the minute's serial, the serials running on one from another
_YEAR_SERIAL_RE = re.compile(r"(?<![\w.,/£$:&-])\d{2}\.(?P<num>\d{2,3})(?![\d.])(?=\s+[A-Z])")
# "03/10/1 Present:", "03/10/2 Apologies:": the month, the year and the minute's serial (a
# date's run of days would not go up one at a time with a capital after each)
_MONTH_SERIAL_RE = re.compile(r"(?<![\w/])\d{2}/\d{2}/(?P<num>\d{1,3})(?![\d/])(?=\s+[A-Z])")


# "20/21/10.1 Potential Face to Face Parish Council Meeting": the council's year (2020/21),
# the minute's serial and its paragraph; no date has the year's two halves one apart and a
# paragraph after them, so even one such number starts a minute
_YEAR_PARAGRAPH_RE = re.compile(
    r"(?<![\w/.])(?P<a>\d{2})/(?P<b>\d{2})/\d{1,3}\.\d{1,2}(?![\d/.])(?=\s+[A-Z])"
)


def year_paragraph_numbers(flat: str) -> list[re.Match[str]]:
    """The "20/21/10.1" numbers of ``flat`` whose first two parts are a council's year (the
    second one more than the first): minutes' numbers, one or more."""
    return [
        m
        for m in _YEAR_PARAGRAPH_RE.finditer(flat)
        if (int(m.group("a")) + 1) % 100 == int(m.group("b"))
    ]


# "2022-107 To agree a minute taker ... 2022-108 Apologies, ...": the year and the minute's
# serial of three figures after a dash (never a year's span, "2022-23"), the serials
# running on one from another
_YEAR_DASH_RE = re.compile(r"(?<![\w/.£$-])(?:19|20)\d\d-(?P<num>\d{3})(?![\w/.-])(?=\s+[A-Z])")
# "[1] Chairman’s welcome ... [2] Declarations of interests ...": minutes numbered in square
# brackets, running on one from another ("[a]" sub-items are letters, never read here)
_BRACKETED_RE = re.compile(r"(?<![\w\]])\[(?P<num>\d{1,3})\](?=\s+[A-Z])")
# "(26) APOLOGIES FOR ABSENCE ... (27) MINUTES": a principal council's minute numbers in
# round brackets before titles in capitals
_ROUND_BRACKETED_RE = re.compile(r"(?<![\w)])\((?P<num>\d{1,4})\)(?=\s+[A-Z]{2})")
# "C81.16 PRAYERS ... C82.16 APOLOGIES FOR ABSENCE": a letter, the running number and the
# council's year after a stop
_LETTERED_RE = re.compile(r"(?<![\w.])[A-Z]{1,3}(?P<num>\d{1,4})\.\d{2}(?![\d.])(?=\s+[A-Z])")


# "... The Old School, Kings Caple Adrian Harvey (AH), Pam Apperley (PA), Tim Over (TO),
# Andrew Eames (AE) 1 member of the public, Liz Parry-Jones (LPJ) Clerk": an unlabelled list
# of those present, each name followed by its initials, run on from the heading; and the
# count of the public after it
_INITIALLED_ENTRY = (
    r"(?P<name{k}>[A-Z][a-z]+(?:[ -][A-Z][a-z'’-]+)+)\s*\((?P<ini{k}>[A-Z]{{2,3}})\)"
)
_INITIALLED_RUN_RE = re.compile(
    r"(?<=\s)(?=" + r",?\s+".join(_INITIALLED_ENTRY.format(k=k) for k in range(3)) + r")"
)
_PUBLIC_AFTER_RE = re.compile(r"(?<=\)\s)(?=\d{1,3}\s+members?\s+of\s+the\s+public\b)")


# three or more "Cllr Marsh" entries, one after another with nothing between them, at the
# end of the text before the first minute (after a heading's year or time)
_HONORIFIC_RUN_RE = re.compile(
    r"(?:(?<=\d\s)|(?<=hrs\s)|(?<=[ap]m\s)|(?<=\.\s))(?:(?:Cllr|Councillor)\.?\s+(?:[A-Z]\.?\s+)*[A-Z][a-z][\w'’-]*\s*){3,}$"
)


def initialled_list_starts(flat: str, end: int) -> list[int]:
    """Where an unlabelled list of names each followed by its own initials ("Adrian Harvey
    (AH), Pam Apperley (PA), Tim Over (TO)", three at least) begins before ``end`` (the
    first minute), and where a count of the public right after such initials begins: the
    lines they were printed on. [] where no such list is found."""
    for m in _INITIALLED_RUN_RE.finditer(flat, 0, end):
        if all(
            "".join(w[0] for w in re.split(r"[ -]", m.group(f"name{k}"))) == m.group(f"ini{k}")
            for k in range(3)
        ):
            public = _PUBLIC_AFTER_RE.search(flat, m.start(), end)
            return [m.start()] + ([public.start()] if public else [])
    return []


def _number_run(flat: str, pattern: re.Pattern[str] = _NUMBER_RE) -> list[re.Match[str]]:
    """The plain minute numbers of the longest run that goes up one at a time (numbers
    closed by a bracket may skip one: "8)" then "10)"); of two runs as long, the one whose
    numbers are printed alike ("3." after "1." and "2.", not "3 Members present")."""
    found = list(pattern.finditer(flat))
    dotted = [m.group(0)[-1] if not m.group(0)[-1].isdigit() else "" for m in found]
    best: list[tuple[int, int]] = [(1, 0)] * len(found)
    back: list[int] = [-1] * len(found)
    for i, m in enumerate(found):
        n = int(m.group("num"))
        for j in range(i):
            # ("8) Parish Councillors Reports ... 10) Village Map": a number closed by a
            # bracket may follow the one before the last, a minute's number left out as
            # printed; not other numbers, whose gaps prose is full of)
            gap = dotted[i] == dotted[j] == ")" and int(found[j].group("num")) == n - 2
            if int(found[j].group("num")) != n - 1 and not gap:
                continue
            length, alike = best[j]
            score = (length + 1, alike + (dotted[i] == dotted[j]))
            if score > best[i]:
                best[i], back[i] = score, j
    if not found or max(best)[0] < 2:
        return []
    i = best.index(max(best))
    run = []
    while i >= 0:
        run.append(found[i])
        i = back[i]
    return run[::-1]


# "1. Election of Chairman … 1. Election of Vice Chairman … 1. Apologies ...": a word
# processor's list numbering lost, every minute printed "1."
_ONE_DOT_RE = re.compile(r"(?<![\w.,/£$:&(-])1\.(?=\s+[A-Z][a-z])")


def lost_numbering(flat: str) -> list[re.Match[str]]:
    """Every "1." before a capitalised word, where there are four or more and no "2."
    before a capitalised word at all: minutes all numbered "1." by a list numbering that
    was lost; [] otherwise (a "2." means the numbers run, and are read as a run)."""
    if re.search(r"(?<![\w.,/£$:&(-])2\.(?=\s+[A-Z][a-z])", flat):
        return []
    found = list(_ONE_DOT_RE.finditer(flat))
    return found if len(found) >= 4 else []


# "16/224Apologies for Absence: None. 16/225Declarations of Interest: ...": a minute's number
# run into its title's first word, the space between lost with the lines
_GLUED_SLASH_RE = re.compile(r"(?<![\w/])\d{1,4}/(?P<num>\d{2,4})(?=[A-Z][a-z]{2})")


# "Item 1:Apologies for Absence. ... Item 2:Declarations of Interest.": minutes numbered
# "Item N:", the title after the colon
_ITEM_COLON_RE = re.compile(r"(?<![\w])Item\s+(?P<num>\d{1,3})\s*:(?=\s*[A-Z])")


def glued_slash_numbers(flat: str) -> list[re.Match[str]]:
    """The "16/224" numbers run into the title after them ("16/224Apologies"), where three
    or more run on one from another (each serial one past the last): a council's own way
    of printing its minutes' numbers, not a date or a reference run into a word; []
    otherwise."""
    run = _number_run(flat, _GLUED_SLASH_RE)
    return run if len(run) >= 3 else []


def is_year_span(number: str) -> bool:
    """ "2018/19", "2019/2020": a financial year, one year and the next."""
    m = re.fullmatch(r"((?:19|20)\d\d)/(\d\d|\d{4})", number)
    return bool(m) and int(m.group(2)) % 100 == (int(m.group(1)) + 1) % 100


# the stop that ends a sentence: after a word of two letters or more, a capital after it
_LIST_STOP_RE = re.compile(r"\b(?P<word>[A-Z]?[a-z][\w'’-]+)\.\s+(?=[A-Z])")


def list_sentence_end(flat: str, start: int) -> int | None:
    """Where the sentence that is a list of councillors ("Councillors David Morgan, Brendan
    Treanor and Sam Metcalfe. In attendance. ...") ends: after the stop that closes its last
    name, where every word before it is a name's (capitalised, "and", or a comma's), the
    list on a line of its own as printed; None where a word in lower case (a sentence's)
    comes first, or no such stop comes within 400 characters."""
    stop = _LIST_STOP_RE.search(flat, start, start + 400)
    if stop is None or is_honorific(stop.group("word")):
        return None
    words = flat[start : stop.end("word")].replace(",", " ").split()
    if not any(w in {"and", "&"} for w in words) or not all(
        w in {"and", "&"} or w[:1].isupper() for w in words
    ):
        return None
    return stop.end()


def unflatten(text: str) -> str:
    """The text with its paragraphs and minute titles on lines of their own (see the
    module docstring); text without a long line is returned unchanged."""
    if not is_flattened(text):
        return text
    flat = single_spaced(text)
    breaks: dict[int, bool] = {}  # position -> the minute's title follows
    # labels with their colon (where each ends), and headings: a title after a number
    titles: dict[int, int] = {}
    for m in _LABEL_RE.finditer(flat):
        if m.group(0).isupper() and _IN_CAPITALS_TITLE_RE.search(
            flat[max(0, m.start() - 40) : m.start()]
        ):
            # "20/01 YMDDIHEURIADAU / APOLOGIES Cafwyd ...": a label's word inside a
            # minute's title in capitals (after a word in capitals), not a label
            continue
        start = label_group_start(flat, m.start())
        breaks.setdefault(start, False)
        if m.group("own"):
            # (the reader reads this label on a line of its own, its list under it)
            breaks.setdefault(m.end(), False)
        if m.group(0).endswith(":"):
            titles[start] = m.end()
    for m in _HEADING_RE.finditer(flat):
        before = flat[max(0, m.start() - 120) : m.start()]
        name = _NAME_BEFORE_RE.search(before) or _CAPITALS_NAME_BEFORE_RE.search(before)
        if name:
            # the council's name on a line of its own over the heading, as printed; only
            # the kind of council ("Community Council Minutes of ...") stays on its line,
            # and a title's dash keeps the title whole ("Glencairn Community Council –
            # Draft Minutes of Latest Meeting")
            breaks.setdefault(m.start() - len(name.group(0)), False)
            if (
                _KIND_ONLY_RE.fullmatch(name.group(0))
                and not _NAMED_HEADING_RE.match(flat, m.start())
            ) or re.search(r"[–—-]\s*$", name.group(0)):
                continue
        breaks.setdefault(m.start(), False)
        titles[m.start()] = 0
    for start, end in list(titles.items()):
        # "APOLOGIES: Councillors: Mrs S Hooper MBE, C Riches": a label right after a label
        # is part of its list (the kind of people listed), not a paragraph of its own
        nxt = end + len(re.match(r"\s*", flat[end:]).group()) if end else -1
        if nxt in breaks and nxt != start and breaks[nxt] is False and nxt in titles:
            del breaks[nxt]
    over = _NAME_OVER_DATE_RE.match(flat) or _NAME_OVER_MEETING_RE.match(flat)
    if over:
        breaks.setdefault(over.end(), False)
    welsh = _WELSH_HEADING_RE.match(flat)
    if welsh:
        breaks.setdefault(welsh.end(), False)
    first = _LABEL_RE.search(flat)
    first_label = first.start() if first else len(flat)
    for m in _OPENING_RE.finditer(flat, 0, first_label):
        breaks.setdefault(m.start(), False)
    over_date = _MEETING_OF_BODY_DATE_RE.search(flat, 0, first_label)
    if over_date:
        breaks.setdefault(over_date.start(), False)
        breaks.setdefault(over_date.start("date"), False)
    named = _WELSH_ENGLISH_NAME_RE.search(flat, 0, first_label)
    if named:
        breaks.setdefault(named.start(), False)
        breaks.setdefault(named.end() + 1, False)
    kind_title = _KIND_MEETING_OVER_DATE_RE.search(flat, 0, first_label)
    if kind_title:
        breaks.setdefault(kind_title.start(), False)
        breaks.setdefault(kind_title.start("date"), False)
    dated = _CAPITALS_DATE_LINE_RE.search(flat, 0, first_label)
    if dated:
        breaks.setdefault(dated.start("date"), False)
    held = _COUNCIL_MEETING_HELD_RE.search(flat, 0, first_label)
    if held:
        breaks.setdefault(held.start(), False)
    for m in _PLURAL_AFTER_SENTENCE_RE.finditer(flat):
        breaks.setdefault(m.start(), False)
        end = list_sentence_end(flat, m.end())
        if end is not None:
            breaks.setdefault(end, False)
    for m in _CAPS_HEADING_RE.finditer(flat):
        breaks.setdefault(m.start(), False)
    for m in _WORD_OVER_MINUTES_RE.finditer(flat):
        # "... Sarah Gresty (Parish Clerk) Agenda 21/22-67 Chairman's Welcome": the word
        # printed over the minutes on a line of its own, no name in the list before it
        breaks.setdefault(m.start(), False)
    slashes = [m for m in _SLASH_RE.finditer(flat) if not is_year_span(m.group(0))]
    glued = glued_slash_numbers(flat)
    if glued:
        slashes = sorted(slashes + glued, key=lambda m: m.start())
    glued_ends = {m.start(): m.end() for m in glued}
    items = _number_run(flat, _ITEM_COLON_RE)
    if len(items) >= 3 and len(items) >= len(slashes):
        # "Item 1:Apologies for Absence. 19/5 Councillors ...": the items' own numbers, not
        # the references under them
        slashes = []
        glued_ends = {m.start(): m.end() for m in items}
    numbers = slashes or _number_run(flat)
    if len(items) >= 3 and len(items) > len(numbers):
        numbers = items
    decimals = [] if slashes else _number_run(flat, _DECIMAL_NUMBER_RE)
    if len(decimals) >= 3 and len(decimals) > len(numbers):
        numbers = decimals
    for pattern in (
        _YEAR_SERIAL_RE,
        _MONTH_SERIAL_RE,
        _BRACKETED_RE,
        _ROUND_BRACKETED_RE,
        _LETTERED_RE,
        _YEAR_DASH_RE,
    ):
        serials = _number_run(flat, pattern)
        if len(serials) >= 3 and len(serials) > len(numbers):
            numbers = serials
    lost = [] if slashes else lost_numbering(flat)
    if len(lost) > len(numbers):
        # ("1. Present: ... 1. Apologies: ... 1. Minutes ... paragraph 2 should be ...": a
        # numbering lost, every minute "1.", outnumbers a run that a stray "2" makes)
        numbers = lost
    if not numbers:
        numbers = (
            year_paragraph_numbers(flat)
            or lost_numbering(flat)
            or list(_FIRST_MINUTE_RE.finditer(flat))[:1]
        )
    first_minute = min((m.start() for m in numbers), default=len(flat))
    for start in initialled_list_starts(flat, min(first_minute, first_label)):
        breaks.setdefault(start, False)
    run = _HONORIFIC_RUN_RE.search(flat[: min(first_minute, first_label)])
    if run and first_minute < len(flat):
        # "... Meeting Room 16 September 2023 at 17:00hrs Cllr Marsh Cllr Lowes Cllr Storer
        # 1. Chairman's remarks": those present, one honorific and name after another, run
        # up to the first minute: the list on a line of its own, as printed
        breaks.setdefault(run.start(), False)
    labelled: dict[int, int] = {}  # a number -> the end of the label that is its title
    for m in numbers:
        breaks[m.start()] = True
        # "72. Apologies for absence: None", "3/13 Apologies: There were none", "73. Minutes
        # of the Annual Parish Meeting of ...": a label or a heading's words right after a
        # minute's number are its title, not a paragraph of their own
        after = m.end() + len(re.match(r"\.?\s*", flat[m.end() :]).group())
        if breaks.get(after) is False and after in titles:
            del breaks[after]
            if titles[after]:
                labelled[m.start()] = titles[after]
    cuts = sorted(breaks)
    # (a paragraph starts at each break; nothing is left out at the cut)
    between = pieces(flat, [(cut, cut) for cut in cuts])
    out: list[str] = [between[0]]
    for k, start in enumerate(cuts):
        end = cuts[k + 1] if k + 1 < len(cuts) else len(flat)
        part = between[k + 1].strip()
        if start in labelled:
            # "131. Present:" over its list, as printed
            label_end = labelled[start]
            part = f"{flat[start:label_end].strip()}\n{flat[label_end:end].strip()}"
        elif breaks[start]:
            head = re.match(r"\S+(?:\s+\d{1,3}\.(?=\s))?", part)
            number, rest = head.group(0), part[head.end() :].strip()
            if start in glued_ends:
                # ("16/224Apologies for Absence: None.": the number apart from its title)
                number = flat[start : glued_ends[start]]
                rest = part[len(number) :].strip()
            title = flat_title(rest)
            after = rest[len(title) :].lstrip(" .:") if rest.startswith(title) else rest
            part = f"{number} {title}\n{after}" if title else part
        out.append(part)
    return "\n\n".join(p.strip() for p in out if p.strip())
