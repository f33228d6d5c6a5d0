"""Minute numbers in printed minutes (part of the reader in ``printed_minutes``): how a
minute's number is printed at a line's start (``17``, ``17.``, ``17a``, ``21.44``,
``77/21``, ``Cou/285/07-08``, ``22/23-139`` ...) and, in flattened text, the slash styles
found anywhere (``minute_numbers``), not a minute referred to nor a financial year.
"""

from __future__ import annotations

import re

from moot.ingest.parse.unflatten import is_year_span

_SLASH_NUMBER = (
    r"[A-Z][A-Za-z]{0,5}/\d{1,4}/\d{2}(?:-\d{2})?|[A-Z]{1,3}\d{1,4}/\d{2,4}|\d{1,4}/\d{2,4}|"
    # "41a/19 Apologies": a minute's letter (no date has one)
    r"\d{1,4}[a-z]/\d{2}(?!\d)"
)
# "03/10/1   Present:": the month, the year and the minute's serial, at a line's start only
# (anywhere else, "08/02/10" is a date); "268/12/13 DECLARATIONS OF INTEREST": a running
# number and the council's year (2012/13), likewise
# "157/157/19 Election of Chairman": a running number printed twice before the year (no
# date: a day has one or two digits)
# "20/21/10.1 Potential Face to Face Meeting": the council's year (2020/21), the minute's
# serial and its paragraph
_SERIAL_NUMBER = r"\d{2}/\d{2}/\d{1,3}(?:\.\d{1,2})?(?![\d/])|\d{3,4}/\d{2}/\d{2}(?![\d/])|\d{3,4}/\d{3,4}/\d{2}(?![\d/])"
# "2743: Apologies for Absence:": a running minute number and a colon, at a line's start
_COLON_NUMBER = r"\d{1,4}(?=:[ \t]+[A-Z])"
# "2022-107 To agree a minute taker": the calendar year and the minute's serial of three
# figures after a hyphen (never a year's span: "2022-23", "2022-2023" have two or four)
YEAR_SERIAL_NUMBER = r"(?:19|20)\d\d-(?P<serial>\d{3})(?![\d/-])"
# "APM/1/5/21 WELCOME & INTRODUCTION": a meeting's letters (an annual parish meeting's),
# the minute's serial, the month and the year's last two digits
LETTERED_DATED_NUMBER = r"[A-Z]{2,4}/\d{1,3}/\d{1,2}/\d{2}(?![\d/])"
# "272/PC/19 Apologies for Absence": the running number, the council's letters and the
# year's last two digits
SERIAL_LETTERED_NUMBER = r"\d{1,4}/[A-Z]{1,4}/\d{2}(?![\d/])"
_LINE_ITEM_RE = re.compile(
    # ("Item 1 To agree the minutes of ...": the word "Item" before the number)
    rf"^\s*(?:Item[ \t]+(?=\d))?(?P<num>{YEAR_SERIAL_NUMBER}|{LETTERED_DATED_NUMBER}|{SERIAL_LETTERED_NUMBER}|{_SERIAL_NUMBER}|{_SLASH_NUMBER}|\d{{1,3}}(?:\.\d{{1,3}})*[a-z]?|{_COLON_NUMBER}|"
    # "2307.01 Present": the year's last two digits and the month, then the minute's serial
    # (never a year: "2019.1" is not read)
    rf"(?!19\d\d|20\d\d)\d{{4}}\.\d{{2}}(?![\d.])|"
    # "21/5-1 Election of Chairman": the year, the month and the minute's serial
    rf"\d{{2}}/\d{{1,2}}-\d{{1,3}}(?![\d/-])|"
    # "C81.16 PRAYERS", "CAB 12/13 Budget", "C.23 Minutes": a principal council's letters
    # before the running number (and the council's year)
    rf"[A-Z]{{1,3}}\d{{1,4}}\.\d{{2}}(?![\d.])|[A-Z]{{2,4}}[ \t]\d{{1,4}}/\d{{2}}(?![\d/])|"
    rf"[A-Z]{{1,3}}\.\d{{1,4}}(?![\d.])|"
    # "1.3/23E To open the meeting": the minute's serial, the month and the year, and a
    # letter (E, an extraordinary meeting's)
    rf"\d{{1,3}}\.\d{{1,2}}/\d{{2}}[A-Z]?(?![\w/]))"
    # "1.Welcome and apologies": a PDF's text may lose the space after the number's stop
    # "576.  a) Planning applications": the minute's first part opens on its line
    # "3) Present:": a plain number closed by a bracket, as a word processor's list prints it
    # "1, Apologies for absence": a comma for the stop (a typing slip), before a title
    # "Item 1:Apologies for Absence.": after the word "Item", no space after the colon
    rf"(?:\.?\s+|\.(?=[A-Z]{{2}}|[A-Z][a-z])|:\s+|(?<=\d)\)[ \t]+|(?<=\d),[ \t]+(?=[A-Z][a-z])|"
    rf"(?<=\d):(?=[A-Z][a-z])(?:(?<=Item[ \t]\d:)|(?<=Item[ \t]\d\d:)))"
    rf"(?:\d{{1,3}}\.\s+|\(?a\)[ \t]+(?=[A-Z]))?"
    rf"(?P<title>[A-Z][^\n]{{2,3000}})$"
)
# "22/23-139 Chairman Welcome.": the council's year (2022/23) and a running number after a
# hyphen, one number (read before "22/23" alone, which is no minute's number there)
_FLAT_ITEM_RE = re.compile(
    # (never the end of a paragraph's number under a minute: the "1/19" of "220.1/19")
    rf"(?<![\w/])(?<!\d\.)(?P<num>\d{{2}}/\d{{2}}-\d{{1,4}}(?![\d/-])|{_SLASH_NUMBER})(?![\w/-])"
)
# "(to Minute 56/14)", "(Minutes Annexe 36/14)", "see minute 12/21": a minute referred to,
# not one that starts here
_REFERENCE_BEFORE_RE = re.compile(r"(?i)(?:\b(?:minutes?|annexe|appendix|item|page|see|no\.?)\s*)$")


def minute_numbers(text: str) -> list[re.Match[str]]:
    """The slash-style minute numbers (``77/21``) that start a minute, anywhere in the
    text: not one inside brackets nor one after "Minute", "Annexe", "item" or "see", nor
    a financial year ("2018/19")."""
    out = []
    for m in _FLAT_ITEM_RE.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        line = before.rsplit("\n", 1)[-1]
        if _REFERENCE_BEFORE_RE.search(before) or line.count("(") > line.count(")"):
            continue
        if is_year_span(m.group("num")):
            continue  # "the 2018/19 Precept": a financial year
        out.append(m)
    return out
