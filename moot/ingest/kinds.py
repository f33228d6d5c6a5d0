"""The words that name a kind of council, written once for every reader's patterns. They
stand here, beside ``council``, and not among the parsers: the parsers import ``council``,
and ``council`` uses these words too, so a home inside ``moot.ingest.parse`` would import in
a circle.

Each is the inside of a regular-expression alternation, words only, with no group around
it and no case of its own: a pattern puts it in the group it needs ("(?:...)", "(?i:...)"),
and ``.title()`` or ``.upper()`` give it printed in title case or in capitals. No word in
any list begins another, so a list matches the same words whatever its order; the order is
still kept as each pattern had it.

The lists differ on purpose, and a pattern uses the one it read before:

- ``PARISH_KINDS``: the names a local council has in law, "Parish Council", "Town Council",
  "Community Council" (a Welsh community's council; a Scottish community council too).
- ``LOCAL_KINDS``: the same with "Village Council", the style some parish councils take:
  the council of a parish or a community, the council whose minutes are read.
- ``PRINCIPAL_KINDS``: the councils above a parish, a city's, a borough's, a district's or
  a county's.
- ``ALL_KINDS``: any kind printed before "Council" in a council's own name, local and
  principal ("Village" last, as the patterns had it).
- ``WELSH_KINDS_IN_ENGLISH``: the English kind printed beside a Welsh council's Welsh name,
  "Cyngor Cymuned" (community), "Cyngor Tref" (town), "Cyngor Dinas" (city); no parish or
  village council is named in Welsh.
"""

from __future__ import annotations

# "Parish Council", "Town Council", "Community Council"
PARISH_KINDS = "parish|town|community"
# "Parish Council", "Town Council", "Community Council", "Village Council"
LOCAL_KINDS = f"{PARISH_KINDS}|village"
# "City Council", "Borough Council", "District Council", "County Council"
PRINCIPAL_KINDS = "city|borough|district|county"
# every kind above: "Trelow Parish Council", "Westshire County Council", "Ash Village Council"
ALL_KINDS = f"{PARISH_KINDS}|{PRINCIPAL_KINDS}|village"
# "Cyngor Cymuned Llanbadrig Community Council", "Cyngor Tref Aberteifi :: Cardigan Town
# Council", "Cyngor Dinas ... City Council"
WELSH_KINDS_IN_ENGLISH = "community|town|city"
