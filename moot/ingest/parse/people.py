"""Lists of people as printed: present, apologies, members, standing invitees.

``parse_people(text, places=...)`` returns ``PersonEntry(name, role_text)`` items and
warnings. It recognises four layouts:

* **surname first**, one a line: "Green, Ann (Councillor)";
* **columns**, one a line, name and role separated by a wide gap or a tab (web pages keep
  runs of non-breaking spaces): "Jo Bloggs      Acting Chief Executive ...";
* **a comma list** of names only: "Councillors Smith (Chair), Jones and Brown";
* **run together**: name-and-role entries printed in two columns and flattened, one after
  another on one line or broken anywhere, sometimes with the role *before* the name:
  "Sam Lee Chief Executive, Voluntary Action Northtown. Assistant Director of Strategy
  and Integration Jo Bloggs NHS England & NHS Improvement Raj Patel Director ...".
  One "Name, Role" a line is the simplest case of this layout.

Run-together text is read by classifying words: honorifics start a name; capitalised words
that are not job-title or organisation vocabulary, and not places, are name words; a name
is an honorific with one to three name words, or two to three name words. Places are
learnt from the document: a capitalised word seen right after "of/for/in/across" or right
before an organisation word ("City", "Council", "Partnership", "University"...) anywhere
in the document is a place, not a name ("Northtown", "Westshire"). Role text between two
names belongs to the earlier person unless the last sentence of it starts with a job title
("... Westshire. Assistant Director of Strategy and Integration Jo Bloggs").

None of this knows any council's names; the vocabulary is generic English local-government
and NHS wording.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from moot.ingest.drafts import PersonEntry
from moot.ingest.names import honorific_prefix_length, is_honorific, without_accents
from moot.ingest.parse.common import column_line, tidy_line
from moot.ingest.parse.name_lists import JOINED_INITIALS_RE, split_name_list


def _words(text: str) -> list[str]:
    """The whitespace-separated words of a vocabulary string."""
    return text.split()


# Words that begin or make up job titles.
JOB_WORDS = frozenset(
    w.casefold()
    for w in _words(
        """
    Director Directors Chief Executive Executives Assistant Deputy Head Manager Managers
    Officer Officers Chair Co-Chair Vice-Chair Chairman Chairwoman Chairperson Vice
    Consultant Commissioner Mayor Leader Lead Member Members Secretary Treasurer Clerk
    Acting Interim Senior Principal General Strategic Programme Project Governor
    Coordinator Co-ordinator Adviser Advisor Advisory Representative Representatives
    Nurse Analyst Administrator Partner President Controller Trustee Solicitor Engineer
    Planner Specialist Practitioner Doctor Physician Surgeon Pharmacist Registrar
    Monitoring Portfolio Holder Cabinet Support Independent Non-Executive Associate
    Joint Medical Clinical Responsible Designated Corporate Operating Operations
    Operational Assurance Chief-Executive Team Worker Agent Convenor Convener Steward
    Apprentice Volunteer Ambassador Champion Board Scrutiny Executive-Director
    Superintendent Inspector Sergeant Constable Firefighter Commander
"""
    )
)

# Organisation, service and subject words.
ORG_WORDS = frozenset(
    w.casefold()
    for w in _words(
        """
    Council Councils City County Borough District Parish Town Metropolitan Unitary
    Combined Authority Authorities Health Healthcare Care Social Public NHS Trust Trusts
    Foundation Group Groups Board Boards Commissioning Partnership Partnerships
    University Universities Hospital Hospitals College Colleges School Schools Academy
    Police Policing Fire Rescue Service Services Ambulance Healthwatch Voluntary Action
    Community Communities Alliance Sport Sports Enterprise Local Directorate Department
    Division Unit Integrated System Systems Agency Office Network Networks Association
    Society Commission Committee Panel Forum England Improvement Midlands Region
    Regional National Royal Research Education Housing Culture Leisure Equalities
    Equality Projects Project Poverty Anti-Poverty Strategy Integration Affairs Nursing
    Quality Performance Transformation Planning Communications Mental Adult Adults
    Children Children's People Democratic Finance Resources Governance Legal Law
    Safeguarding Wellbeing Well-being Medicine Primary Secondary Development Economic
    Economy Environment Environmental Transport Highways Regeneration Property Estates
    Digital Technology Information Data Intelligence Policy Business Chamber Commerce
    Ltd Limited Plc CIC Diocese Faith Youth Older Carers Disability Disabilities
    Learning Rights Justice Probation Prison Crime Safety Emergency Resilience Central
    North South East West Northern Southern Eastern Western Greater Shire Inclusion
    Access Neighbourhood Neighbourhoods Neighbourhoods' Cohesion Engagement
    Commissioners Programmes Insight Population Prevention Protection Inequalities
    Customer Customers Delivery Contracts Procurement Audit Risk Revenues Benefits
    Welfare Libraries Museums Arts Heritage Tourism Open Spaces Waste Climate Energy
    Sustainability Infrastructure Growth Skills Employment Employers Employer Private
    Sector Sectors Partners Partnership's Alliance's Capital Gateway Hub Centre Center
    Institute Institution Practice Practices Surgery Surgeries Pharmacy Clinic Clinics
    Commissioned Independent Foundation's Council's City's County's Board's University's
    Hospitals' Faculty Medical Professional Professions Allied Workforce Organisation
    Organisations Organization Cabinet Mayor's Trade Union Unions Federation Ambulance's
    Constabulary Force Office's Offices Standing Invitees Invitee Place Places Hubs
    Estate Support Act Acts Scheme Schemes Fund Funds Plan Plans Report Reports
    Commissioning Group's Consortium Consortia Company Companies Cooperative Co-
    operative Charity Charities Sciences Science Studies Affairs Relations
"""
    )
)

# Organisation words that, directly after a capitalised word, mark that word as a place.
PLACE_FOLLOWERS = frozenset(
    w.casefold()
    for w in _words(
        """
    City County Borough District Parish Town Council Councils Partnership Partnerships
    University College Police Constabulary Fire Hospitals Hospital Royal Metropolitan
    CCG CCGs ICB ICS Shire Teaching Combined Unitary
"""
    )
)
PLACE_PRECEDERS = frozenset(
    _words(
        """
    of for in across throughout within at
"""
    )
)

CONNECTORS = frozenset(
    _words(
        """
    of and for the & in at to on with from by
"""
    )
)

_NAME_TOKEN_RE = re.compile(
    r"^(?:[A-Z][a-z'’\-]*[a-z]|[A-Z]\.?|[A-Z][a-z]*['’][A-Z][a-z]+|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|[A-Z][a-z]+-[A-Z][a-z]+)$"
)
_SURNAME_FIRST_RE = re.compile(
    r"^(?P<family>[A-Z][\w'’\-]+),\s*(?P<given>[A-Z][\w'’\-. ]{0,40}?)"
    r"\s*(?:\((?P<paren>[^)]*)\))?\s*(?:[-–—:]\s*(?P<role>.*))?$"
)
VACANCY_RE = re.compile(
    r"^\s*(?P<n>\d+|one|two|three|four|five|a)\s+(?:unfilled\s+)?vacanc(?:y|ies)\b", re.I
)
_WORD_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


_CALENDAR_WORDS = frozenset(
    _words(
        """
    january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday
"""
    )
)


def _strip_token(tok: str) -> str:
    return tok.strip(".,;:()[]\"'“”‘’")


def learn_places(text: str) -> frozenset[str]:
    """Capitalised words used as places in ``text`` (see module docstring)."""
    words = re.findall(r"[\w'’&\-]+|[.,;:()–—]", text or "")
    found: set[str] = set()
    honorific_followers: set[str] = set()
    for i, w in enumerate(words):
        if not w[:1].isupper() or not w[:1].isalpha():
            continue
        cf = w.casefold()
        if cf in JOB_WORDS or cf in ORG_WORDS:
            continue
        prev = words[i - 1] if i else ""
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if prev and is_honorific(prev):
            honorific_followers.add(cf)
            continue
        if cf in CONNECTORS or cf in _CALENDAR_WORDS:
            continue
        nxt2 = words[i + 2].casefold() if i + 2 < len(words) else ""
        # "Andrew Fry College Director": the second word of a capitalised pair is more
        # likely a family name than a place, so the follower rule needs a non-name before.
        prev_is_name = bool(
            prev[:1].isupper()
            and prev[:1].isalpha()
            and prev.casefold() not in JOB_WORDS
            and prev.casefold() not in ORG_WORDS
        )
        if prev.casefold() in PLACE_PRECEDERS or (
            not prev_is_name
            and (
                (nxt.casefold() in PLACE_FOLLOWERS and nxt2 not in JOB_WORDS)
                or (nxt.casefold() == "clinical" and nxt2 == "commissioning")
            )
        ):
            found.add(cf)
    return frozenset(found - honorific_followers)


@dataclass
class _Tok:
    text: str  # as printed
    word: str  # stripped of punctuation
    kind: str  # "hon", "name", "job", "org", "conn", "other"
    line: int  # which input line it came from
    ends: bool  # ends with , . ; : (closes a name)


def _classify(word: str, raw: str, places: frozenset[str]) -> str:
    cf = word.casefold()
    if not word:
        return "other"
    if cf in CONNECTORS:
        return "conn"
    if cf in JOB_WORDS:
        return "job"
    if cf in ORG_WORDS or (word.isupper() and len(word) > 1 and word.isalpha()):
        return "org"
    if cf in places:
        return "org"
    if raw.startswith("(") or raw.endswith(")"):
        return "other"
    if _NAME_TOKEN_RE.match(without_accents(word)):
        # "Siân", "Gwenllïan", "Zoë": a name's accents are its own, not a sign of no name
        return "name"
    return "other"


def _tokens(lines: list[str], places: frozenset[str]) -> list[_Tok]:
    toks: list[_Tok] = []
    for li, line in enumerate(lines):
        for raw in line.split():
            word = _strip_token(raw)
            kind = _classify(word, raw, places)
            toks.append(
                _Tok(
                    raw,
                    word,
                    kind,
                    li,
                    ends=bool(re.search(r"[,.;:)]$", raw)) and not re.fullmatch(r"[A-Z]\.", raw),
                )
            )
    # honorifics (possibly several words, possibly followed by a comma)
    i = 0
    while i < len(toks):
        n = honorific_prefix_length([t.word for t in toks[i : i + 4]])
        if n:
            # an honorific is only an honorific when a name word follows
            j = i + n
            if j < len(toks) and toks[j].kind == "name":
                for k in range(i, j):
                    toks[k].kind = "hon"
                i = j
                continue
        i += 1
    return toks


@dataclass
class _Span:
    start: int  # token index of the first token (honorific or name word)
    end: int  # one past the last name word


def _name_spans(toks: list[_Tok]) -> list[_Span]:
    spans: list[_Span] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if t.kind == "hon":
            j = i
            while j < n and toks[j].kind == "hon":
                j += 1
            k = j
            # Up to three name words after the honorifics; initials ("E J G Hilson") do
            # not count towards the three (at most six tokens in all).
            words = 0
            while k < n and toks[k].kind == "name" and words < 3 and k - j < 6:
                if len(toks[k].word.strip(".")) > 1:
                    words += 1
                k += 1
                if toks[k - 1].ends:
                    break
            if k > j:
                spans.append(_Span(i, k))
                i = k
                continue
            i = j
            continue
        if t.kind == "name":
            j = i
            while j < n and toks[j].kind == "name":
                j += 1
                if toks[j - 1].ends:
                    break
            run = list(range(i, j))
            # a family name that is also a job word ("Peter Clerk, Democratic Services"):
            # one name word, then a capitalised job word that ends the entry
            if (
                len(run) == 1
                and not toks[i].ends
                and j < n
                and toks[j].kind == "job"
                and toks[j].word[:1].isupper()
                and (toks[j].ends or j + 1 == n or toks[j + 1].line != toks[j].line)
                and (i == 0 or toks[i - 1].ends or toks[i - 1].line != toks[i].line)
            ):
                run.append(j)
                j += 1
            spans.extend(_split_run(toks, run))
            i = j
            continue
        i += 1
    return spans


def _split_run(toks: list[_Tok], run: list[int]) -> list[_Span]:
    """A run of name words without an honorific: one name, several, or none."""
    if len(run) < 2:
        return []
    # a run preceded by "of"/"for" is part of a role ("Director of Mental Health")
    before = run[0] - 1
    if before >= 0 and toks[before].word.casefold() in PLACE_PRECEDERS and not toks[before].ends:
        return []
    spans = _split_long_run(toks, run)
    # a last piece followed by a place marker ("De Montfort University") is a place, unless
    # the marker starts a job title ("Andrew Fry College Director of Research")
    if spans:
        last = spans[-1]
        after = last.end
        if (
            after < len(toks)
            and not toks[after - 1].ends
            and toks[after].word.casefold() in PLACE_FOLLOWERS
            and not (after + 1 < len(toks) and toks[after + 1].kind == "job")
        ):
            spans.pop()
    return spans


def _split_long_run(toks: list[_Tok], run: list[int]) -> list[_Span]:
    if len(run) <= 3:
        return [_Span(run[0], run[-1] + 1)]
    # split at line breaks first, keeping every piece at least two words long
    pieces: list[list[int]] = [[run[0]]]
    for idx in run[1:]:
        if toks[idx].line != toks[pieces[-1][-1]].line:
            pieces.append([idx])
        else:
            pieces[-1].append(idx)
    merged: list[list[int]] = []
    for p in pieces:
        if merged and (len(p) < 2 or len(merged[-1]) < 2):
            merged[-1].extend(p)
        else:
            merged.append(p)
    out: list[_Span] = []
    for p in merged:
        while len(p) > 3:
            take = 2 if len(p) != 5 else 3
            out.append(_Span(p[0], p[take - 1] + 1))
            p = p[take:]
        if len(p) >= 2:
            out.append(_Span(p[0], p[-1] + 1))
    return out


def _text(toks: list[_Tok], a: int, b: int) -> str:
    return " ".join(t.text for t in toks[a:b])


def _clean_role(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:-–—|")
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    return text.rstrip(".").strip(" ,;")


def _clean_name(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ,;:.-–—|")


def _role_split(gap: list[_Tok], at_start: bool) -> tuple[str, str]:
    """Split role text found between two names into (after previous, before next)."""
    if not gap:
        return "", ""
    if at_start:
        return "", _text(gap, 0, len(gap))
    # last sentence boundary in the gap
    cut = None
    for i in range(len(gap) - 1, -1, -1):
        if gap[i].text.endswith(".") and not re.fullmatch(r"[A-Z]\.", gap[i].text):
            cut = i + 1
            break
    if cut is not None and cut < len(gap) and gap[cut].kind == "job":
        return _text(gap, 0, cut), _text(gap, cut, len(gap))
    return _text(gap, 0, len(gap)), ""


def _run_together(lines: list[str], places: frozenset[str]) -> tuple[list[PersonEntry], list[str]]:
    toks = _tokens(lines, places)
    spans = _name_spans(toks)
    warnings: list[str] = []
    if not spans:
        return [], []
    entries: list[PersonEntry] = []
    pre_roles: list[str] = []
    post_roles: list[str] = []
    prev_end = 0
    for idx, sp in enumerate(spans):
        gap = toks[prev_end : sp.start]
        after_prev, before_this = _role_split(gap, at_start=(idx == 0))
        if idx > 0:
            post_roles[-1] = after_prev
        entries.append(PersonEntry(" ".join(t.word for t in toks[sp.start : sp.end]), ""))
        pre_roles.append(before_this)
        post_roles.append("")
        prev_end = sp.end
    post_roles[-1] = _text(toks, prev_end, len(toks))
    for e, pre, post in zip(entries, pre_roles, post_roles, strict=True):
        pre_c, post_c = _clean_role(pre), _clean_role(post)
        e.role_text = ", ".join(x for x in (pre_c, post_c) if x)
    return entries, warnings


def starts_with_name(line: str, places: frozenset[str] = frozenset()) -> bool:
    """Does ``line`` begin with a person's name ("Councillor Jane Smith (Chair)",
    "Jo Bloggs, Director")? Used to tell list entries from prose and labels."""
    text = tidy_line(line).lstrip("|- ")
    if not text:
        return False
    if _SURNAME_FIRST_RE.match(text) and _surname_first([text]):
        return True
    toks = _tokens([text], places)
    spans = _name_spans(toks)
    return bool(spans) and spans[0].start == 0


def _surname_first(lines: list[str]) -> list[PersonEntry] | None:
    out = []
    for line in lines:
        m = _SURNAME_FIRST_RE.match(line)
        if not m:
            return None
        given = m.group("given").strip()
        if any(w.casefold() in JOB_WORDS or w.casefold() in ORG_WORDS for w in given.split()):
            return None
        if len(given.split()) > 3:
            return None
        paren = (m.group("paren") or "").strip()
        role = (m.group("role") or "").strip()
        family = m.group("family")
        if family.isupper() and len(family) > 1:
            family = family[:1] + family[1:].lower()
        name = f"{given} {family}"
        if paren and is_honorific(paren):
            name = f"{paren} {name}"
        elif paren:
            role = ", ".join(x for x in (paren, role) if x)
        out.append(PersonEntry(name, _clean_role(role)))
    return out


def looks_like_name(text: str, places: frozenset[str]) -> bool:
    text = re.sub(r"\([^)]*\)", " ", text).strip(" ,.;:")
    words = text.split()
    if not words or len(words) > 6:
        return False
    n = honorific_prefix_length(words)
    rest = words[n:]
    if not rest or len(rest) > 4:
        return False
    if not n and len(rest) < 2:
        return False
    return all(_classify(_strip_token(w), w, places) == "name" for w in rest)


def _comma_list(text: str, places: frozenset[str]) -> list[PersonEntry] | None:
    """ "Councillor Smith (Chair), Councillors Jones and Brown" -> three people."""
    flat = " ".join(text.split())
    pieces = [p.strip() for p in re.split(r",|;|\band\b|&", flat) if p.strip(" .")]
    if len(pieces) < 2:
        return None
    out: list[PersonEntry] = []
    plural = ""
    for p in pieces:
        p = p.strip(" .")
        role = ""
        m = re.search(r"\(([^)]*)\)\s*$", p)
        if m:
            role = m.group(1).strip()
            p = p[: m.start()].strip()
        words = p.split()
        n = honorific_prefix_length(words)
        if n:
            hon = " ".join(words[:n])
            if re.search(r"(?i)(councillors|cllrs)$", hon):
                plural = "Councillor"
                hon = re.sub(r"(?i)councillors$|cllrs$", "Councillor", hon)
                p = " ".join([hon, *words[n:]])
            else:
                plural = ""
        elif plural:
            p = f"{plural} {p}"
        if not looks_like_name(p, places):
            return None
        out.append(PersonEntry(_clean_name(p), role))
    return out


def _columns(raw_lines: list[str], places: frozenset[str]) -> list[PersonEntry] | None:
    cols = [column_line(ln) for ln in raw_lines]
    cols = [c for c in cols if c]
    with_tab = [c for c in cols if "\t" in c]
    if not cols or len(with_tab) * 2 < len(cols):
        return None
    out: list[PersonEntry] = []
    for c in cols:
        if "\t" in c:
            first, rest = c.split("\t", 1)
            first, rest = first.strip(), re.sub(r"\s*\t\s*", ", ", rest).strip()
            if looks_like_name(first, places):
                out.append(PersonEntry(_clean_name(first), _clean_role(rest)))
                continue
            if looks_like_name(rest, places):  # role column first
                out.append(PersonEntry(_clean_name(rest), _clean_role(first)))
                continue
            return None
        if out:
            out[-1].role_text = _clean_role(f"{out[-1].role_text} {c}")
        elif looks_like_name(c, places):
            out.append(PersonEntry(_clean_name(c), ""))
        else:
            return None
    return out


def parse_people(
    text: str | Iterable[str], places: frozenset[str] = frozenset()
) -> tuple[list[PersonEntry], list[str]]:
    """People in a printed list. Returns (entries, warnings); never raises."""
    raw_lines = text.split("\n") if isinstance(text, str) else list(text)
    raw_lines = [ln for ln in raw_lines if ln.strip(" \t\u00a0|")]
    lines = [tidy_line(ln).lstrip("|- ").strip() for ln in raw_lines]
    keep = [(r, ln) for r, ln in zip(raw_lines, lines, strict=True) if ln]
    raw_lines = [r for r, _ in keep]
    lines = [ln for _, ln in keep]
    warnings: list[str] = []
    # vacancy lines ("1 Vacancy") are not people; count_vacancies counts them
    lines = [ln for ln in lines if not VACANCY_RE.match(ln)]
    raw_lines = [r for r in raw_lines if not VACANCY_RE.match(tidy_line(r).lstrip("|- "))]
    if not lines:
        return [], warnings
    sf = _surname_first(lines)
    if sf:
        return sf, warnings
    cl = _columns(raw_lines, places)
    if cl:
        return cl, warnings
    joined = " ".join(lines)
    unbracketed = re.sub(r"\([^)]*\)", " ", joined)
    if not any(
        _classify(_strip_token(w), w, places) in {"job", "org"} and w[:1].isupper()
        for w in unbracketed.split()
        if not is_honorific(_strip_token(w))
    ):
        cm = _comma_list(joined, places)
        if cm:
            return cm, warnings
    entries, w = _run_together(lines, places)
    warnings.extend(w)
    if not entries:
        warnings.append(f"no names found in a list: {joined[:60]!r}")
    return entries, warnings


def count_vacancies(lines: Iterable[str]) -> int:
    total = 0
    for ln in lines:
        m = VACANCY_RE.match(tidy_line(ln))
        if m:
            n = m.group("n").lower()
            total += int(n) if n.isdigit() else _WORD_NUMBERS.get(n, 1)
    return total


APOLOGY_INTRO_RE = re.compile(
    r"apologies(?:\s+for\s+(?:absence|lateness))?(?:\s+were|\s+had\s+been|\s+was)?\s+"
    r"(?:received|given|submitted|noted|tendered|intimated)\s+(?:from|by|on behalf of)\s*:?-?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
NO_APOLOGIES_RE = re.compile(r"\bno\s+apologies\b|\bthere\s+were\s+none\b", re.IGNORECASE)


_PROSE_RE = re.compile(r"[a-z]{2}\.\s+[A-Z][a-z]+\s+[a-z]")
PROSE_OPENING_RE = re.compile(
    r"^(?:It|There|This|These|He|She|They|We|The\s+[a-z]+)\s+[a-z]+\s+[a-z]"
)
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[a-z]{2}\.)\s+(?=[A-Z])")


def _apologies_in_prose(text: str) -> list[PersonEntry]:
    """The names in each sentence of a paragraph that gives apologies ("Apologies also
    from ..."); other sentences name nobody absent."""
    out: list[PersonEntry] = []
    for sentence in _SENTENCE_SPLIT_RE.split(text):
        m = re.search(r"(?i)\bapologies\b.*?\b(?:from|by)\s+(?P<names>.*)$", sentence)
        if m:
            out.extend(split_name_list(m.group("names")))
    return out


def parse_apologies(
    raw_lines: list[str], places: frozenset[str]
) -> tuple[list[PersonEntry], list[str]]:
    """People from the minutes of an apologies item (raw lines keep column gaps)."""
    # "L.Bowden, M.Norton": the space after the initials lost, as in one-line lists
    lines = [JOINED_INITIALS_RE.sub(r"\1 ", ln) for ln in raw_lines if tidy_line(ln)]
    # "It was also acknowledged that Ward Councillor R. Sands was attending a meeting
    # elsewhere ...": a sentence of prose that says nothing of apologies names nobody who
    # sent them (absent is not the same as apologies)
    lines = [
        ln
        for ln in lines
        if not (PROSE_OPENING_RE.match(tidy_line(ln)) and not re.search(r"(?i)apolog", ln))
    ]
    if not lines:
        return [], []
    for k, ln in enumerate(lines):
        t = tidy_line(ln)
        if NO_APOLOGIES_RE.search(t) and len(lines) <= 2:
            return [], []
        m = APOLOGY_INTRO_RE.search(t)
        if m and _PROSE_RE.search(m.group("rest")):
            # one paragraph of sentences: "Apologies for absence were intimated by
            # Councillors A, B and C. Apologies also from D and E, teacher and religious
            # representatives, who ...": the names of each sentence about apologies
            return _apologies_in_prose(t), []
        if m:
            rest = m.group("rest").strip(" :-.")
            body = ([rest] if rest else []) + lines[k + 1 :]
            return parse_people(body, places)
    return parse_people(lines, places)


_PRESENTS_RE = re.compile(
    r"^(?P<subj>.+?)\s+(?:to|will|would|is\s+to|are\s+to)\s+(?:give|make|deliver|present|"
    r"introduce|lead|provide)\b(?P<what>[^.]*)",
    re.IGNORECASE,
)
_PRESENTED_BY_RE = re.compile(
    r"\b(?:presentation|presented|introduced|report)\s+(?:will\s+be\s+)?(?:given\s+)?by\s+"
    r"(?P<subj>[^.;]+)",
    re.IGNORECASE,
)


def find_presenters(text: str, places: frozenset[str] = frozenset()) -> list[str]:
    """Names of people said to present: "X (role) to give a presentation", "X, role, will
    present a report", "X and Y to give a presentation", "presentation by X". Only names
    that look like people's are returned (an organisation presenting gives nothing)."""
    out: list[str] = []
    flat = " ".join((text or "").split())
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", flat)
    for sentence in sentences:
        subjects: list[str] = []
        m = _PRESENTS_RE.match(sentence)
        if m and re.search(r"present|report|update|overview|briefing", m.group(0), re.I):
            subjects.append(m.group("subj"))
        subjects.extend(pm.group("subj") for pm in _PRESENTED_BY_RE.finditer(sentence))
        for subj in subjects:
            subj = re.sub(r"\([^)]*\)", " ", subj)
            for piece in re.split(r",|;|\band\b|&", subj):
                piece = " ".join(piece.split()).strip(" .")
                if piece and looks_like_name(piece, places) and piece not in out:
                    out.append(piece)
    return out
