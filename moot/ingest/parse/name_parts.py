"""The parts of a person's name as minutes print it in a run of names ("Cllrs A Smith, B
Jones and C Brown", "Cllr. Mrs M Young", one name a line), written once for every reader
of such runs (``minutes_attendance``, ``principal_minutes``, ``name_lists``).

Each part is a fragment of a regular expression, a string to build patterns from. Where
two readers ask different things of a part (one reads "Prof", another does not), each has
its own fragment and the comment says how they differ: they are never silently made one.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------------
# Honorifics

# a person's own title, never a councillor's: "Mr", "Mrs", "Ms", "Miss", "Dr" (the
# alternatives bare, to be put in a group with others)
_PERSONAL = r"Mr|Mrs|Ms|Miss|Dr"
# "Mrs M Young"; the second title of "Cllr. Mrs M Young"
PERSONAL_TITLE = rf"(?:{_PERSONAL})"
# one person's title, a councillor's (singular) or a personal one: "Cllr A Bee", "Mr A Bee"
MEMBER_TITLE = rf"(?:Cllr|Councillor|{_PERSONAL})"
# the same, singular or plural ("Cllrs A Bee and C Dee"); no stop inside it
MEMBERS_TITLE = rf"(?:Cllrs?|Councillors?|{_PERSONAL})"
# a run's honorific (``minutes_attendance._name_run``): MEMBERS_TITLE and a professor's
# ("Professor", "Prof"), the stop inside it only after "Cllr" and "Prof" (so a run read
# after "received from" never opens "Mr." and reads "Prof. A Bee")
RUN_HONORIFIC = rf"(?:Cllrs?\.?|Councillors?|{_PERSONAL}|Professor|Prof\.?)"
# a council's tier before a run's honorific ("Borough Councillor C Sampson"); not the
# tiers of ``name_lists._TIERS`` (those have "Parish" and no "Ward")
TIER = r"(?:County|District|Borough|Town|City|Ward)"

# ---------------------------------------------------------------------------------------
# Initials and family names

# one initial, its stop optional: "A", "A."
INITIAL = r"[A-Z]\.?"
# a family name, double-barrelled by a hyphen or an apostrophe, straight or curly:
# "Smith", "Burke-Lloyd", "Dell’Anna" (not "O’Brien": one capital alone before the
# apostrophe)
FAMILY = r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?"
# a family name in a run of names read after "received from" (``minutes_attendance``):
# "Smith", "McIntyre", "DeVito", "O’Brien", "Dell’Anna", "Burke-Lloyd", read whole or not at
# all: a name that goes on in a way this does not read ("Smith's") is no entry, never cut
# short into one that is nobody's ("Cllr Mc", "Cllr A Dell")
RUN_FAMILY = r"(?:O['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-'’][A-Z][a-z]+)?(?![\w'’-])"
# a family name read loosely: a capital, then letters (of either case), apostrophes and
# hyphens in any order ("McIntyre", "Burke-Lloyd", "O’Brien")
LOOSE_FAMILY = r"[A-Z][a-zA-Z'’-]+"

# ---------------------------------------------------------------------------------------
# Runs

# what joins two names of a run: a comma, "&" or "and" (no semicolon)
RUN_JOIN = r"\s*(?:,|&|\band\b)\s*"
