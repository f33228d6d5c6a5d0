"""Plain text as printed in agendas and minutes, turned into simple, safe HTML."""

from __future__ import annotations

import re
from html import escape

_BULLET = re.compile(r"^\s*(?:[-•·▪➤>✓]|\d+\)|[a-z]\))\s+")


def text_to_html(text: str) -> str:
    """Paragraphs at blank lines; runs of bulleted lines become a list. Escaped."""
    blocks: list[str] = []
    paragraph: list[str] = []
    items: list[str] = []

    def flush_paragraph():
        if paragraph:
            blocks.append("<p>" + escape(" ".join(paragraph)) + "</p>")
            paragraph.clear()

    def flush_items():
        if items:
            blocks.append("<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>")
            items.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            flush_paragraph()
            continue
        if _BULLET.match(line):
            flush_paragraph()
            items.append(_BULLET.sub("", line, count=1).strip())
        elif items and not paragraph and raw[:1].isspace():
            items[-1] += " " + line
        else:
            flush_items()
            paragraph.append(line)
    flush_paragraph()
    flush_items()
    return "\n".join(blocks)


def split_resolutions(text: str) -> tuple[str, list[str]]:
    """Split a minute's text at its RESOLVED block: (the discussion, the resolutions).

    Numbered points ("1) ...", "2) ...") under RESOLVED are separate resolutions.
    """
    match = re.search(r"^\s*RESOLVED\s*:?-?\s*$|^\s*RESOLVED\s*:-?\s*", text, re.MULTILINE)
    if not match:
        return text.strip(), []
    discussion, block = text[: match.start()].strip(), text[match.end() :].strip()
    points = re.split(r"(?m)^\s*(?:-\s*)?\d+\)\s+", block)
    points = [" ".join(p.split()) for p in points if p.strip()]
    if len(points) > 1 or re.match(r"^\s*(?:-\s*)?\d+\)", block):
        return discussion, points
    return discussion, [" ".join(block.split())] if block else []
