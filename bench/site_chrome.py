"""Robustness of the readers to a document saved with its website around it.

    PYTHONPATH=$PWD .venv/bin/python bench/site_chrome.py          # totals and changed rows
    PYTHONPATH=$PWD .venv/bin/python bench/site_chrome.py --all    # every document's row

A page copied or saved from a council's website often keeps the site around the text: a
skip link, a cookie notice, a menu of short lines ("Home", "Meetings", "Contact us"), a
breadcrumb ("Home > Parish Council > Minutes"), a search box, a "Posted on DATE by Clerk"
line (a date that is never the meeting's), share buttons, and after the document a footer
(an address, "(c) 2024", "Site map", "Accessibility statement", "Last updated DATE").

Every dev document (keys with "set": "dev" only; the measure set is never opened here) is
scored against its own key (``bench/fidelity.py``'s scorer) plain and in three variants:
(a) chrome before the text, (b) a footer after it, (c) both, (d) a cookie notice and a menu
with no "Home" line or breadcrumb, the page's title under it, (e) a blog's post: the site's
title, a menu and the post's date over it, categories, recent posts, archives by month and a
footer under it. The chrome is generic website
text written for this check, naming no council. A row is printed for each document whose
reading changes; the totals show facts read and facts invented, plain and per variant. This
is a check to run by hand, not a timed test.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fidelity  # noqa: E402

# the date of the chrome's "Posted on" and "Last updated" lines: never a meeting's date
POSTED = "Posted on 29 February 2024 by Clerk"
UPDATED = "Last updated: 29 February 2024"

HEADER = [
    "Skip to main content",
    "This website uses cookies to improve your experience. By continuing to use the site you "
    "agree to our use of cookies.",
    "Accept all cookies",
    "Reject cookies",
    "Menu",
    "Home",
    "About the Council",
    "Councillors",
    "Meetings",
    "Agendas",
    "Minutes",
    "Planning",
    "Policies and Procedures",
    "News",
    "Community",
    "Contact us",
    "Search",
    "Search this site",
    "Home > Parish Council > Minutes > 2019",
    "Minutes",
    POSTED,
    "Share this page",
    "Facebook",
    "Twitter",
]

FOOTER = [
    "Share this:",
    "Facebook",
    "X",
    "Email",
    "Print",
    "Site map",
    "Accessibility statement",
    "Privacy policy",
    "Cookie policy",
    "Contact us",
    "The Clerk, Parish Office, Village Hall, High Street",
    "Telephone 01234 567890",
    "© 2024 All rights reserved.",
    "Website by Example Web Design",
    UPDATED,
    "Back to top",
]

# (d) a site whose menu comes after its cookie notice, with no "Home" line nor breadcrumb, and
# the page's title under the menu
MENU = [
    "We use cookies on this website. You can change your cookie settings at any time.",
    "OK",
    "Parish Council",
    "About us",
    "Your Councillors",
    "Meetings",
    "Agendas and Minutes",
    "Planning Applications",
    "Finance",
    "Policies",
    "Village News",
    "Useful Links",
    "Contact the Clerk",
    "Minutes and Agendas",
]

# (e) a blog's page: the site's title and tagline, a menu, the post's title and date over the
# document; the post's categories, a sidebar of recent posts and archives, and a footer
BLOG_TOP = [
    "Parish Council",
    "Serving our village and its people",
    "Home",
    "About",
    "Councillors",
    "Meetings",
    "Contact",
    "Minutes – latest",
    "Posted on 29 February 2024 by parishclerk",
]
BLOG_FOOT = [
    "Posted in Minutes | Leave a comment",
    "Recent Posts",
    "Agenda – next meeting",
    "Minutes – previous meeting",
    "Archives",
    "February 2024",
    "January 2024",
    "Categories",
    "Agendas",
    "Minutes",
    "Proudly powered by WordPress",
    "Privacy policy",
]

VARIANTS = ("header", "footer", "both", "menu", "blog")


def wrapped(text: str, variant: str) -> str:
    """The document's text with the chrome of `variant` around it."""
    parts = ["\n".join(MENU)] if variant == "menu" else []
    if variant == "blog":
        return "\n".join([*BLOG_TOP, text, *BLOG_FOOT])
    if variant in ("header", "both"):
        parts.append("\n".join(HEADER))
    parts.append(text)
    if variant in ("footer", "both"):
        parts.append("\n".join(FOOTER))
    return "\n".join(parts)


def run():
    return fidelity.run_saved({v: (lambda text, v=v: wrapped(text, v)) for v in VARIANTS})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--all", action="store_true", help="print every document's row")
    args = parser.parse_args()
    totals, rows = run()
    print("| document | plain | header | footer | both | menu | blog | note |")
    print("|---|---|---|---|---|---|---|---|")
    for name, scores in rows:
        cells = [f"{s.extracted}/{s.facts} ({s.invented} inv)" for s in scores]
        changed = len({(s.extracted, s.invented) for s in scores}) > 1
        if changed or args.all:
            note = "; ".join(n for s in scores[1:] for n in s.notes if "date" in n)[:80]
            why = next((s.refused for s in scores[1:] if s.refused), "")[:60]
            print(f"| {name} | {' | '.join(cells)} | {note or why} |")
    print()
    for label, (got, facts, invented) in totals.items():
        print(f"**{label}**: {got}/{facts} facts read, {invented} invented")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
