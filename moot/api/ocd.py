"""Open Civic Data JSON (the files ``pupa`` scrapers write: one object per file, named
``TYPE_ID.json``) from the API's own records, so that there is one serialisation of each
record. ``moot export ocd`` writes them; ``tests/api/test_export_ocd.py`` validates them
against the OCD schemas shipped in the ``pupa`` package."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from pathlib import Path

from moot.api import selectors, serialise
from moot.api.serialise import Uris

# OCD organisation classifications (opencivicdata.common.ORGANIZATION_CLASSIFICATIONS).
_ORG_CLASSES = {"government": "executive", "committee": "committee", "organization": "corporation"}


def ocd_id(kind: str, uri: str) -> str:
    """A stable OCD id for a record: a UUID derived from its stable URI."""
    return f"ocd-{kind}/{uuid.uuid5(uuid.NAMESPACE_URL, uri)}"


def _d(value) -> str:
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value or ""


def _sources(url: str | None, api_uri: str) -> list[dict]:
    return [{"url": u, "note": n} for u, n in ((url, "page"), (api_uri, "api")) if u]


def organization(data: dict) -> dict:
    return {
        "_type": "organization",
        "_id": ocd_id("organization", data["id"]),
        "name": data["name"],
        "classification": _ORG_CLASSES.get(data["classification"], "committee"),
        "parent_id": ocd_id("organization", data["parent_id"]) if data.get("parent_id") else None,
        "founding_date": _d(data.get("founding_date")),
        "dissolution_date": _d(data.get("dissolution_date")),
        "identifiers": [{"scheme": "moot", "identifier": data["id"]}],
        "other_names": [],
        "contact_details": [],
        "links": [{"url": data["url"], "note": "page"}] if data.get("url") else [],
        "sources": _sources(data.get("url"), data["id"]),
        "extras": {"moot_classification": data.get("moot_classification") or ""},
    }


def person(data: dict) -> dict:
    return {
        "_type": "person",
        "_id": ocd_id("person", data["id"]),
        "name": data["name"],
        "sort_name": data.get("sort_name") or "",
        "given_name": data.get("given_name") or "",
        "family_name": data.get("family_name") or "",
        "other_names": [{"name": o["name"]} for o in data["other_names"]],
        "identifiers": [{"scheme": "moot", "identifier": data["id"]}],
        "contact_details": [],
        "links": [{"url": data["url"], "note": "page"}],
        "sources": _sources(data["url"], data["id"]),
        "extras": {},
    }


def _media(doc: dict) -> dict:
    return {"note": doc["note"], "url": doc["url"], "media_type": doc["media_type"] or ""}


def event(data: dict) -> dict:
    agenda = []
    for item in data["agenda"]:
        notes = [item["exempt_notice"]] if item.get("exempt") else []
        notes += [d["text"] for d in item.get("decisions", []) if d["text"]]
        agenda.append(
            {
                "description": item["description"],
                "order": str(item["order"]),
                "classification": ["exempt"] if item["exempt"] else [],
                "subjects": [],
                "notes": notes,
                "media": [
                    {
                        "name": d["note"],
                        "type": d["classification"] or "document",
                        "links": [{"url": d["url"], "media_type": d["media_type"] or ""}],
                    }
                    for d in item.get("documents", [])
                    if not d["exempt"] and d.get("url")
                ],
                "related_entities": [],
                "extras": {"number": item["number"], "url": item["url"]},
            }
        )
    documents = [d for item in data["agenda"] for d in item.get("documents", [])]
    documents += data["documents"]
    return {
        "_type": "event",
        "_id": ocd_id("event", data["id"]),
        "name": data["name"],
        "all_day": False,
        "start_date": _d(data["start_date"]),
        "end_date": _d(data["end_date"]),
        "status": data["status"],
        "classification": data["classification"] or "meeting",
        "description": "",
        "location": {"name": data["location"]["name"] or "To be confirmed", "note": ""},
        "media": [
            {"name": m["note"], "type": "webcast", "links": [{"url": m["url"]}]}
            for m in data["media"]
        ],
        "documents": [_media(d) for d in documents if not d["exempt"] and d.get("url")],
        "links": [{"url": data["url"], "note": "page"}],
        "participants": [
            {"name": data["organization"]["name"], "type": "organization", "note": "host"}
        ]
        + [{"name": p["name"], "type": "person", "note": p["note"]} for p in data["participants"]],
        "agenda": agenda,
        "sources": _sources(data["url"], data["id"]),
        "extras": {"identifier": data["identifier"], "moot_status": data["moot_status"]},
    }


def export(directory: Path, site: str, *, body: str | None, since: datetime | None) -> dict:
    """Write every public organization, person and event (of one body, changed since a
    time) as OCD JSON files; answer how many of each."""
    directory.mkdir(parents=True, exist_ok=True)
    uris = Uris.for_site(site)
    counts = {"organization": 0, "person": 0, "event": 0}

    def write(obj: dict) -> None:
        kind, ident = obj["_type"], obj["_id"].split("/", 1)[1]
        path = directory / f"{kind}_{ident}.json"
        path.write_text(json.dumps(obj, ensure_ascii=False, indent=1, default=str))
        counts[kind] += 1

    def walk(fetch, key=lambda row: row.pk, limit: int = 200):
        after = 0
        while True:
            rows = fetch(
                selectors.Filters(body=body, updated_since=since, after=after, limit=limit)
            )
            yield from rows[:limit]
            if len(rows) <= limit:
                return
            after = key(rows[limit - 1])

    authority = selectors.authority()
    if authority is not None and not body:
        write(organization(serialise.organization_authority(authority, uris)))
    for b in walk(selectors.bodies):
        write(organization(serialise.organization_body(b, uris, authority is not None)))
    if not body:
        for o in walk(selectors.organisations):
            write(organization(serialise.organization_organisation(o, uris)))
    for p in walk(selectors.people):
        write(person(serialise.person(p, uris)))
    for row in walk(selectors.events, key=lambda row: row.meeting.id, limit=50):
        write(event(serialise.event(row, uris)))
    return counts
