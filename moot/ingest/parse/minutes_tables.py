"""Who attended, where the minutes print the attendance as a table (part of the reader in
``printed_minutes``, used by ``minutes_attendance``): rows and columns of people, as they
come out of a web page or a PDF.

- two columns of councillors whose gap between them was lost, so that one entry runs
  into the next ("Cllr Shaun McMillan - ChairCllr Raymond Bailey": ``part_glued_columns``),
  and names in columns under "Councillors" ("D Morgan G Watson": two people);
- a label in one cell and its list in the next ("Chair: | Cllr Brian Butcher |",
  "Present: / Marion Ewenson, Chair": ``untable_label_rows``);
- a person in one column and the body they represent in the other ("Elgin C.C. / Gordon
  Methven": ``untable_body_column``), or each row a person and their body or post ("Glen
  Douglas, Foveran Community Council": ``name_comma_rows``);
- each row a body and its people ("Bonhill and Dalmonach: Jack Fordy, Apologies from
  Fiona Jenkins": ``untable_body_rows``), the people present and those who sent apologies
  read from the cells;
- those present after the word "Present", each name followed by its initials in brackets
  and an office between ("Arne Strid Chair (AS)": ``initialled_table``);
- and the same tables with their text flattened onto one line, the rows run together
  (``flat_body_rows``, ``flat_name_org_rows``, ``flat_slash_rows``): there only the people
  whose row surely ends are read, never guessed.

Which column holds the people, and where a row ends, is read from the table (a body's
word such as "Council" or "C.C.", two places joined by "&", a person's initials), never
guessed: where it cannot be told, the text is read as any other list.
"""

from __future__ import annotations

import re

from moot.ingest.drafts import PersonEntry
from moot.ingest.parse.common import tidy_line
from moot.ingest.parse.name_lists import (
    names_an_office,
    reads_as_person,
    split_name_list,
)

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


# "Chair: | Cllr Brian Butcher |", "Also in attendance: | Laura Walkingshaw (Parish Clerk) |":
# a web page's table of two cells, a label and its list, copied out with the cells' bars;
# "Present: / Marion Ewenson, Chair": the same cells parted by a slash between spaces
_LABEL_ROW_RE = re.compile(
    r"(?m)^[ \t]*(?:\|[ \t]*)?(?P<label>[A-Za-z][^|/:\n]{0,40}:|"
    # "|Apologies |Councillors Davidson and Thomson, ... |", "|In attendance |Julie
    # Ritchie, Police Scotland |": an attendance label without its colon, in its own cell
    r"(?P<bare>(?i:present|apologies(?:[ \t]+for[ \t]+absence)?|in[ \t]+attendance|also[ \t]+present|"
    r"absent|sederunt))(?=[ \t]*\|))"
    r"(?:[ \t]*\||[ \t]+(?P<slash>/)(?=[ \t]))[ \t]*"
    r"(?P<value>[^|\n]*?)[ \t]*(?:\|[ \t]*)*$"
)


def untable_label_rows(text: str) -> str:
    """Each line that is a table row of a label ending in a colon and one cell after it,
    printed with the cells' bars, as the label and the cell's text on a line ("Chair: | Cllr
    A Bee |" gives "Chair: Cllr A Bee"); every other line as it was. A label parted from its
    cell by a slash ("Present: / Marion Ewenson, Chair – Fyvie Community Council", its
    further people one a row below) is put on a line of its own over the cell, so that the
    rows under it are read as the list's lines."""

    def joined(m: re.Match[str]) -> str:
        label = f"{m.group('label')}:" if m.group("bare") else m.group("label")
        if m.group("slash"):
            return f"{label}\n{m.group('value')}".rstrip()
        return f"{label} {m.group('value')}".rstrip()

    return _LABEL_ROW_RE.sub(joined, text)


# "Elgin C.C. / Gordon Methven", "Jane Smith | Anytown CC": a table row of two cells, a
# person and the body they represent, copied out with a slash or a bar between the cells
_TWO_CELL_ROW_RE = re.compile(
    r"(?m)^(?P<lead>[ \t]*\|?[ \t]*)(?P<left>[^/|:\n]*?[^/|:\s])[ \t]+[/|](?:[ \t]+|$)"
    r"(?P<right>[^/|\n]*?)[ \t]*\|?[ \t]*$"
)
# a cell that surely names a body, never a person: "Forres C.C.", "Lossiemouth CC",
# "Anytown Community Council", "Burghead & Cummingston", "Westtown Residents' Association"
_BODY_CELL_RE = re.compile(
    r"(?:\bC\.?\s?C\.?|\b(?:[A-Z][a-z]+\s+)?(?:Council|Association|Society|Trust|Club|Group|Forum|"
    r"Partnership|Committee))$|^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+&\s+[A-Z]"
)
_HONORIFIC_CELL_RE = re.compile(r"\b(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr|Rev)\b\.?")


def untable_body_column(text: str) -> str:
    """The lines that are rows of a two-column table of people and the bodies they
    represent ("Elgin C.C. / Gordon Methven", "Jane Smith | Anytown CC"), copied out with a
    slash or a bar between the cells, as the person's cell alone; every other line as it
    was. Which column names the bodies is read from the table, not guessed: at least two
    such rows in a run of lines, a cell of one column surely naming a body (a community
    council's "C.C.", a "... Council", "... Association", two places joined by "&") and no
    cell of it an honorific's, and every cell of the other column a person's name; when
    the columns cannot be told so, the text is left as it was (a row that cannot be told
    is never read as a person)."""
    rows = list(_TWO_CELL_ROW_RE.finditer(text))
    if len(rows) < 2:
        return text

    def bodies(cells: list[str]) -> bool:
        cells = [c for c in cells if c]
        return any(_BODY_CELL_RE.search(c) for c in cells) and not any(
            _HONORIFIC_CELL_RE.search(c) for c in cells
        )

    def people(cells: list[str]) -> bool:
        cells = [re.sub(r"\([^)]*\)", " ", c).strip() for c in cells]
        return all(
            not _BODY_CELL_RE.search(c) and reads_as_person(c) and len(c.split()) >= 2
            for c in cells
            if c
        )

    left = [m.group("left").strip() for m in rows]
    right = [m.group("right").strip() for m in rows]
    if bodies(left) and people(right):
        keep = "right"
    elif bodies(right) and people(left):
        keep = "left"
    else:
        return text
    return _TWO_CELL_ROW_RE.sub(lambda m: m.group("lead").replace("|", "") + m.group(keep), text)


# "Bonhill and Dalmonach: Jack Fordy, Apologies from Fiona Jenkins": a table row of a body
# (the community council a row is for) and its cell of people, copied out as "Body: cell"
_BODY_ROW_RE = re.compile(r"^[ \t]*(?P<body>[A-Z][^:\n]{1,60}?)[ \t]*:[ \t]*(?P<cell>[^\n]*)$")
# "Balloch and Haldane", "Parkhall, North Kilbowie & Central": two places joined, a body's
# area, never a person
_PLACES_JOINED_RE = re.compile(
    r"^[A-Z][\w'’.-]*(?:,?[ \t]+[A-Z][\w'’.-]*)*[ \t]+(?:and|&)[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*$"
)
# "Apologies from Fiona Jenkins" inside a row's cell: those of the row's body who sent them
_CELL_APOLOGIES_RE = re.compile(
    r"(?i),?[ \t]*\bapologies(?:[ \t]+(?:were[ \t]+)?(?:received[ \t]+)?from)?\b[ \t]*:?"
)
# "No rep", "No working CC", "None": a row's cell naming nobody
_NOBODY_CELL_RE = re.compile(r"(?i)^(?:no\b|none\b|nil\b|vacant\b|-+$)")


def untable_body_rows(segment: str) -> tuple[str, str]:
    """A present list printed as a table of bodies and their people, each row copied out as
    "Body: cell" ("Linnvale and Drumry: John Hainey, Mary McAleer", "Faifley: No working
    CC", "Bonhill and Dalmonach: Jack Fordy, Apologies from Fiona Jenkins"), as the people
    present (the rows' cells as one list, the bodies' names left out) and those who sent
    apologies (the cells' "Apologies from ..." parts, one a line). Read so only where
    at least three lines are such rows, one row's body surely names places or a body
    ("X and Y", "... CC", "... Council") and none is an honorific's, an office's or an
    attendance label's; any other line after the first row (a row whose colon was lost)
    names no one surely and is left out. Any other list: (``segment``, "")."""
    # (the attendance labels are ``minutes_attendance``'s, which reads lists with these
    # readers: imported when a table is read, so that neither module needs the other first)
    from moot.ingest.parse.minutes_attendance import _LABEL_RE, _SUB_LABEL_RE

    lines = segment.split("\n")
    rows = [(i, _BODY_ROW_RE.match(ln)) for i, ln in enumerate(lines)]
    rows = [(i, m) for i, m in rows if m]
    bodies = [" ".join(m.group("body").split()) for _, m in rows]
    if (
        len(rows) < 3
        or not any(_PLACES_JOINED_RE.match(b) or _BODY_CELL_RE.search(b) for b in bodies)
        or any(
            _HONORIFIC_CELL_RE.search(b)
            or names_an_office(b)
            or _LABEL_RE.match(b + ":")
            or _SUB_LABEL_RE.match(b + ":")
            for b in bodies
        )
    ):
        return segment, ""
    present: list[str] = []
    apologies: list[str] = []
    for _, m in rows:
        parts = _CELL_APOLOGIES_RE.split(m.group("cell"), maxsplit=1)
        here = parts[0].strip(" ,;")
        if here and not _NOBODY_CELL_RE.match(here):
            present.append(here)
        if len(parts) > 1 and parts[1].strip(" ,;."):
            apologies.append(parts[1].strip(" ,;"))
    # the cells as one list (a cell may hold several people: "Ruth Galbraith (Chair), Owen
    # Laird"), under whatever stood before the first row
    return "\n".join([*lines[: rows[0][0]], ", ".join(present)]), "\n".join(apologies)


# "... Haldane: No rep Bonhill and Dalmonach: Jack Fordy, ...": the colon after a row's body
_FLAT_BODY_COLON_RE = re.compile(r"(?<=[A-Za-z.)])[ \t]*:[ \t]+(?=[A-Z])")
# a body's name right before its colon that surely names places or a body: "Balloch and
# Haldane:", "Anytown CC:", "North Kilbowie & Central:"
_FLAT_PLACES_BEFORE_RE = re.compile(
    r"(?:[A-Z][\w'’.-]*[ \t]+(?:and|&)[ \t]+[A-Z][\w'’.-]*|\bC\.?C\.?|\bCouncil)$"
)


def flat_body_rows(segment: str) -> tuple[str, str]:
    """``untable_body_rows`` for a present list whose text was flattened onto one line, the
    rows "Body: cell" run together ("Alexandria: Apologies from Tilda McCrimmon Balloch
    and Haldane: No rep Bonhill and Dalmonach: Jack Fordy, Apologies from Fiona Jenkins
    Bowling and Milton: ..."). Each cell's last part runs into the next row's body, so
    where a name ends and the body starts cannot be told: only people surely ended are
    read, a cell's part ended by its comma (or by "Apologies from") or by its bracket
    ("Isobel Plunkett (Forum Chair) Parkhall, ...": the words after the bracket and all
    after them are the next row's body), each a forename and a family name or an
    honorific and a name; a cell's last part, and anything after "No rep" or "No working
    CC", is left out. Read so only where at least three colons part the line, one body
    before its colon surely names places or a body ("X and Y", "... CC", "... Council")
    and none is a label's, an office's or an honorific's; otherwise
    ``untable_body_rows``'s reading."""
    # (the attendance labels are ``minutes_attendance``'s, which reads lists with these
    # readers: imported when a table is read, so that neither module needs the other first)
    from moot.ingest.parse.minutes_attendance import _LABEL_RE, _SUB_LABEL_RE

    line = " ".join((segment or "").split())
    colons = list(_FLAT_BODY_COLON_RE.finditer(line))
    if "\n" in (segment or "").strip() or len(colons) < 3:
        return untable_body_rows(segment)
    befores = [" ".join(line[: c.start()].split()[-3:]) for c in colons]
    if not any(_FLAT_PLACES_BEFORE_RE.search(b) for b in befores) or any(
        _HONORIFIC_CELL_RE.search(b.split()[-1])
        or names_an_office(b.split()[-1])
        or _LABEL_RE.search(b.split()[-1] + ":")
        or _SUB_LABEL_RE.search(b.split()[-1] + ":")
        for b in befores
    ):
        return untable_body_rows(segment)

    def sure(cell: str) -> list[str]:
        names = []
        parts = cell.split(", ")
        for part in parts[:-1]:  # the last part runs into the next row's body
            part = part.strip()
            if _NOBODY_CELL_RE.match(part):
                break
            bracket = part.find("(")
            name = (part[:bracket] if bracket >= 0 else part).strip()
            for one in re.split(r"\s+(?:and|&)\s+", name):
                words = one.split()
                if (
                    (len(words) == 2 or (_ROW_HONORIFIC_RE.match(one) and len(words) >= 2))
                    and all(w[:1].isupper() for w in words)
                    and reads_as_person(one)
                    and not _BODY_CELL_RE.search(one)
                    and not names_an_office(one)
                ):
                    names.append(one)
            if bracket >= 0 and not re.search(r"\)\s*$", part):
                break  # words after the bracket: the next row's body has begun
        return names

    present: list[str] = []
    apologies: list[str] = []
    for k, colon in enumerate(colons):
        end = colons[k + 1].start() if k + 1 < len(colons) else len(line)
        cell = line[colon.end() : end]
        if _NOBODY_CELL_RE.match(cell):
            continue
        parts = _CELL_APOLOGIES_RE.split(cell, maxsplit=1)
        if len(parts) > 1:
            # the people before "Apologies from" are ended by it
            present += sure(parts[0].strip(" ,") + ", ")
            apologies += sure(parts[1])
        else:
            present += sure(cell)
    return ", ".join(present), "\n".join(apologies)


# "Present Office Bearers Arne Strid Chair (AS) Pat Abel VChair (PA) ... Members Irene
# Harris (IH) ...": the word "Present" (no colon) opening a table of those present, run
# together, each person's initials in brackets after the name (and an office between)
_PRESENT_WORD_RE = re.compile(r"\bPresent\b(?!\s*:)")
_INITIALS_RE = re.compile(r"\((?P<ini>[A-Z]{2,3})\)")
_OTHER_LIST_RE = re.compile(
    r"\b(?:Clerk|Apologies|[Aa]lso|[Aa]ttended|Absent|In\s+attendance)\b|(?<=[a-z)])\.\s"
)
_CAPITALISED_RE = re.compile(r"(?:Ma?c|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?")


def initialled_table(segment: str) -> list[PersonEntry]:
    """Those present in a table run together after the word "Present" (``segment``: the
    heading up to the first minute), read only by the initials printed after each name:
    the two or three capitalised words whose first letters are the initials, right before
    them or before an office of one or two words ("Arne Strid Chair (AS)"). Three such
    people at least, else none; anyone printed without initials is left out."""
    found = _PRESENT_WORD_RE.search(segment)
    if found is None:
        return []
    # (up to another list's word or a sentence's end: "... Rose Martin (RM) Clerk –
    # Sandrine Vaillant (SV). The meeting was also attended ...")
    other = _OTHER_LIST_RE.search(segment, found.end())
    segment = segment[: other.start()] if other else segment
    out: list[PersonEntry] = []
    for m in _INITIALS_RE.finditer(segment, found.end()):
        words = segment[found.end() : m.start()].split()[-5:]
        person = _initialled_words(words, m.group("ini"))
        if person and person.name not in {p.name for p in out}:
            out.append(person)
    return out if len(out) >= 3 else []


def _initialled_words(words: list[str], initials: str) -> PersonEntry | None:
    """The name among the last ``words`` before ``initials`` whose words' first letters
    are the initials, an office of up to two words after it; None where none is."""
    n = len(initials)
    for role_words in range(3):
        end = len(words) - role_words
        name = words[end - n : end] if end - n >= 0 else []
        if (
            len(name) == n
            and all(_CAPITALISED_RE.fullmatch(w) for w in name)
            and "".join(w[0] for w in name) == initials
        ):
            return PersonEntry(" ".join(name), " ".join(words[end:]))
    return None


_INITIALS_NAME = r"(?:[A-Z]\.?\s+)+[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?"
_INITIALS_NAME_RE = re.compile(_INITIALS_NAME)
_COLUMN_PAIR_RE = re.compile(rf"{_INITIALS_NAME}(?:\s+{_INITIALS_NAME})*")


def _column_names(lines: list[str]) -> list[PersonEntry]:
    """Names printed in columns ("D Morgan G Watson" is two people), under an optional
    plural honorific ("Councillors" on its own, or before the first name); [] when a line
    is anything but initials and family names."""
    lines = [tidy_line(ln) for ln in lines if ln.strip()]
    plural = re.match(r"(?:Cllrs|Councillors)\.?(?:\s+|$)", lines[0]) if lines else None
    if plural:
        lines[0] = lines[0][plural.end() :]
        lines = [ln for ln in lines if ln]
    if not lines or not all(_COLUMN_PAIR_RE.fullmatch(ln) for ln in lines):
        return []
    honorific = "Cllr " if plural else ""
    return [
        PersonEntry(honorific + " ".join(name.split()))
        for ln in lines
        for name in _INITIALS_NAME_RE.findall(ln)
    ]


_INITIALS_CELL_RE = re.compile(r"^(?:and\s+)?(?:[A-Z]\.?\s*){1,3}\s[A-Z][a-z]")
_ROW_HONORIFIC_RE = re.compile(r"^(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr|Rev)\.?(?:\s|$)")


def name_comma_rows(segment: str) -> list[PersonEntry]:
    """A list printed as a table of two columns, a person and their body or post, one
    person a row copied out as "Name, cell" ("Glen Douglas, Foveran Community Council",
    "Elaine Brown, Formartine Area Manager", "Councillor Merson, Aberdeenshire Council"):
    each row's person, the cell kept as the role. Read so only where there are two rows at
    least (or one whose cell surely names a body: "Gail Munro, Housing Trust") and every
    row's first part is one person's name (two words at least, no body's
    word in it) and its cell no person's (no honorific or initials opening it or a part of
    it, no comma ending it: a list wrapped over lines); a row whose comma was
    lost before a body printed in another row ("Irene Dunbar Meldrum, Bourtie & Daviot
    Community Council" under "..., Meldrum, Bourtie & Daviot Community Council") is parted
    before that body, and a row printed twice over is one person. Any other list: [] (read
    as before)."""
    # a row printed twice over ("Cllr Norrie, Aberdeenshire Council" twice): one person
    lines = list(dict.fromkeys(tidy_line(ln) for ln in segment.split("\n") if ln.strip()))
    cells = {ln.split(", ", 1)[1] for ln in lines if ", " in ln}
    if not cells or (len(lines) == 1 and not _BODY_CELL_RE.search(next(iter(cells)))):
        # one row only where its cell surely names a body ("Gail Munro, Housing Trust"):
        # "Iona Baird, Fergus Ure" is two people
        return []
    out = []
    for ln in lines:
        name, cell = ln.split(", ", 1) if ", " in ln else ("", "")
        for c in sorted(cells, key=len, reverse=True):
            # the longest body printed in any row that ends this one: its own, or one whose
            # comma was lost, the name run into the body's first word
            head = ln[: len(ln) - len(c)].rstrip(" ,")
            if ln.endswith(" " + c) and len(head.split()) >= 2:
                name, cell = head, c
                break
        if not name:
            return []
        plain = re.sub(r"\([^)]*\)", " ", name).strip()
        found = split_name_list(name)
        if (
            len(plain.split()) < 2
            or _BODY_CELL_RE.search(plain)
            or len(found) != 1
            or not reads_as_person(found[0].name)
            or _ROW_HONORIFIC_RE.match(cell)
            # "Councillors B Rootham (Chairman), P Allen, A Campbell," over "C Turnell, and
            # A McLaven (Clerk).": a list wrapped over lines, its cells people
            or cell.rstrip().endswith(",")
            or any(
                _INITIALS_CELL_RE.match(part) or _ROW_HONORIFIC_RE.match(part)
                for part in re.split(r",\s+|\s+and\s+|\s+&\s+", cell)
            )
        ):
            return []
        out.append(
            PersonEntry(found[0].name, "; ".join(x for x in (found[0].role_text, cell) if x))
        )
    return out


# Flattened text (a PDF's text copied out onto one line): a table's rows "Name, body" run
# together ("Glen Douglas, Foveran Community Council Nick Orpwood, Udny CC ..."). A row
# ends surely only where its cell ends in a body's word and the next row's person starts
# (a forename and a family name and the row's comma, or an honorific and a name and it)
_FLAT_ORG_END_RE = re.compile(
    r"(?:\bCouncil|\bC\.C\.|\bCC|\bForum|\bPolice\s+Scotland)(?=\s+"
    r"(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z]\.?\s+)*[A-Z][\w'’-]+"
    r"|[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s)"
)
# an honorific, a name and the row's comma (or the list's end): a row's start wherever it
# stands
_FLAT_HONORIFIC_ROW_RE = re.compile(
    r"(?<=\s)(?=(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z]\.?\s+)*[A-Z][\w'’-]+(?:,\s|$))"
)
# a person's forename, family name and the row's comma, after a space
_FLAT_NAME_ROW_START_RE = re.compile(r"(?<=\s)(?=[A-Z][a-z'’-]+\s+[A-Z][\w'’-]+,\s)")
_FLAT_ROW_CELL_END_RE = re.compile(r"(?:\bCouncil|\bC\.C\.|\bCC|\bForum|\bPolice\s+Scotland)\.?$")


def flat_name_org_rows(segment: str) -> list[PersonEntry]:
    """A list printed as a table of people and their bodies, one person a row ("Name,
    Body"), its text flattened onto one line so the rows run together ("Glen Douglas,
    Foveran Community Council Nick Orpwood, Udny Community Council Cllr Merson, Shire
    Council"): parted into rows only where a row surely ends (its cell ending in a body's
    word: "Council", "C.C.", "CC", "Forum", "Police Scotland", or in the same three words
    as another row's cell) before a person's name and its comma, or before an honorific, a
    name and its comma; a part whose cell does not end
    so, or whose person is not one person's name (an honorific and a name, or two words),
    is left out, never guessed. Read as ``name_comma_rows`` reads the rows; fewer than two
    such rows: []."""
    line = " ".join((segment or "").split()).lstrip("/| ").strip()
    if "\n" in (segment or "").strip() or not line:
        return []
    cuts = {m.end() for m in _FLAT_ORG_END_RE.finditer(line)}
    if not cuts:
        return []
    cuts |= {m.start() for m in _FLAT_HONORIFIC_ROW_RE.finditer(line)}
    # a post printed in two rows' cells ("Elaine Brown, Westshire Area Manager Carol Crawford,
    # PA to Westshire Area Manager Claire Robertson, ..."): the same three words before two
    # people's names and commas end a cell each time
    tails: dict[tuple[str, ...], list[int]] = {}
    for m in _FLAT_NAME_ROW_START_RE.finditer(line):
        tail = tuple(line[: m.start()].split()[-3:])
        if len(tail) == 3 and all(re.fullmatch(r"[A-Z][\w'’-]*", w) for w in tail):
            tails.setdefault(tail, []).append(m.start())
    repeated = {tail for tail, at in tails.items() if len(at) >= 2}
    cuts |= {at for tail in repeated for at in tails[tail]}
    bounds = [0, *sorted(cuts), len(line)]
    rows = [line[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]
    rows = [
        r
        for r in rows
        if ", " in r and (_FLAT_ROW_CELL_END_RE.search(r) or tuple(r.split()[-3:]) in repeated)
    ]
    if len(rows) < 2:
        return []
    out = []
    for person in name_comma_rows("\n".join(rows)):
        words = re.sub(r"\([^)]*\)", " ", person.name).split()
        if _ROW_HONORIFIC_RE.match(person.name) or len(words) == 2:
            out.append(person)
    return out


# a flattened table's cell of a body before its slash: "Findhorn & Kinloss C.C. / ",
# "Forres C.C. / ", "Dyke & Landward / " (the fewest words that surely name the body)
_FLAT_SLASH_BODY_RE = re.compile(
    r"(?:[A-Z][\w'’-]*\s+(?:&|and)\s+[A-Z][\w'’-]*(?:\s+C\.?C\.?)?|[A-Z][\w'’-]*\s+C\.?C\.?)\s*$"
)


def flat_slash_rows(segment: str) -> list[PersonEntry]:
    """A present list printed as a table of bodies and their people ("Elgin C.C. / Gordon
    Methven"), its text flattened onto one line so the rows run together ("Dyke & Landward /
    Karen Hamilton Findhorn & Kinloss C.C. / Anne Skene Forres C.C. / Alan Bodman ..."):
    a person is read only where the words between two slashes are exactly a forename and
    a family name and the next row's body, that body surely one ("X & Y", "... C.C.");
    where more words stand between (several people, or a body without such a mark) who
    they are cannot be told and they are left out. Fewer than two slashes after such a
    body: []."""
    line = " ".join((segment or "").split())
    if "\n" in (segment or "").strip():
        return []
    cells = line.split(" / ")
    if len(cells) < 3 or sum(bool(_FLAT_SLASH_BODY_RE.search(c)) for c in cells[:-1]) < 2:
        return []
    out = []
    for cell in cells[1:-1]:
        body = _FLAT_SLASH_BODY_RE.search(cell)
        if body is None:
            continue
        words = cell[: body.start()].split()
        name = " ".join(words)
        if (
            len(words) == 2
            and all(w[:1].isupper() and w.isalpha() for w in words)
            and reads_as_person(name)
            and not _BODY_CELL_RE.search(name)
            and not names_an_office(name)
        ):
            out.append(PersonEntry(name, ""))
    return out
