"""JSON twins of the executive pages, built from the visibility gate's values only."""

from __future__ import annotations

from moot.access.visibility import PublicExecutiveDecision, PublicNotice
from moot.portal.api import Urls, iso


def notice(n: PublicNotice, urls: Urls) -> dict:
    return {
        "id": n.id,
        "url": urls(n.url),
        "json": urls.json(n.url),
        "matter": n.matter,
        "summary": n.summary or None,
        "body": {"slug": n.body_slug, "name": n.body_name} if n.body_slug else None,
        "decision_maker": n.decision_maker,
        "decision_date": iso(n.decision_date),
        "decision_period": n.decision_period or None,
        "documents": list(n.documents),
        "documents_address": n.documents_address,
        "other_documents": n.other_documents,
        "request_procedure": n.request_procedure,
        "key_reason": n.key_reason,
        "wards": n.wards or None,
        "first_published": iso(n.first_published),
        "status": n.status,
        "private": n.private_notice or None,
        "exception": {"kind": n.exception_kind, "reasons": n.exception_reasons}
        if n.exception_kind
        else None,
        "decision": urls.json(n.decision_url) or None,
        "cy": n.cy,
    }


def forward_plan(page, urls: Urls) -> dict:
    f = page.filters
    return {
        "body": {"slug": page.body.slug, "name": page.body.name} if page.body else None,
        "filters": {
            "body": f.body or None,
            "maker": f.maker or None,
            "month": f.month.strftime("%Y-%m") if f.month else None,
            "key": f.key_only,
        },
        "count": len(page.notices),
        "results": [notice(n, urls) for n in page.notices],
    }


def decision(d: PublicExecutiveDecision, urls: Urls) -> dict:
    return {
        "id": d.id,
        "url": urls(d.url),
        "title": d.title,
        "decision_maker": d.maker,
        "body": {"slug": d.body_slug, "name": d.body_name} if d.body_slug else None,
        "by_officer": d.by_officer,
        "decision": d.decision,
        "decided_on": iso(d.decided_on),
        "reasons": d.reasons,
        "alternatives_rejected": d.alternatives,
        "conflicts": d.conflicts or None,
        "dispensations": d.dispensations or None,
        "key_decision": d.key,
        "route": d.route,
        "route_explanation": d.route_explanation or None,
        "urgent": d.urgent,
        "urgency_reason": d.urgency_reason or None,
        "published_at": iso(d.published_at),
        "call_in": {
            "status": d.call_in_status,
            "called_in": d.called_in,
            "closes_at": iso(d.call_in_closes_at),
            "explanation": d.call_in_explanation,
        },
        "effective_from": iso(d.effective_from),
        "exempt": d.exempt_notice or None,
        "notice": urls.json(d.notice_url) or None,
        "cy": d.cy,
    }
