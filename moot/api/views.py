"""The open data API (``/api/v1/``) on django-ninja (docs/adr/0012-api-framework.md).

Every list takes the same harvesting parameters (``body``, ``from``, ``to``, ``q``,
``updated_since``, ``cursor``, ``limit``), pages by cursor, and refuses a parameter it
does not read. Answers are built by ``moot.api.serialise`` from the visibility gate's
public values and validated against ``moot.api.schemas`` on the way out."""

from __future__ import annotations

from functools import partial

from django.http import HttpResponse
from django.shortcuts import render
from ninja import NinjaAPI, Query, Schema
from ninja.errors import ValidationError
from pydantic import Field

from moot.api import exports, harvest, schemas, selectors, serialise
from moot.api.serialise import Uris
from moot.portal import api as portal_api
from moot.portal import selectors as portal_selectors

DESCRIPTION = """Meetings, agendas, minutes, decisions and people of the authority's public
bodies, with Open Civic Data / Popolo field names. Exempt items (Schedule 12A to the Local
Government Act 1972) appear only as number, title and paragraph. Lists page by cursor
(`next`), filter by `body`, `from`, `to`, `q` and `updated_since`, answer `ETag` and
`Last-Modified` (send `If-None-Match` or `If-Modified-Since` for a 304), are gzip-compressed
on request and open to any origin (CORS). Over the rate limit the answer is 429 with
`Retry-After`."""


class DocsPage:
    """Swagger UI from the front-end build (npm ``swagger-ui-dist``), started by a static
    script: no CDN and no inline script, as the Content Security Policy requires."""

    def render_page(self, request, api, **kwargs):
        return render(request, "api/docs.html", {"openapi_url": "/api/v1/openapi.json"})


api = NinjaAPI(
    title="Moot public meetings API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api",
    docs=DocsPage(),
    docs_url="/docs",
    openapi_url="/openapi.json",
)

ERRORS = {400: schemas.Error, 429: schemas.RateLimited}
ONE = {400: schemas.Error, 404: schemas.Error, 429: schemas.RateLimited}


def _error(status: int, **detail) -> HttpResponse:
    return api.create_response(None, {"error": detail}, status=status)  # type: ignore[arg-type]


@api.exception_handler(harvest.BadParameter)
def _bad_parameter(request, exc: harvest.BadParameter):
    return api.create_response(
        request,
        {"error": {"field": exc.field, "value": exc.value, "expected": exc.expected}},
        status=400,
    )


@api.exception_handler(ValidationError)
def _invalid(request, exc: ValidationError):
    first = exc.errors[0] if exc.errors else {}
    loc = [str(part) for part in first.get("loc", ()) if part not in ("query", "path", "filters")]
    field = loc[-1] if loc else "request"
    value = request.GET.get(field, "")
    return api.create_response(
        request,
        {"error": {"field": field, "value": str(value), "expected": first.get("msg", "")}},
        status=400,
    )


class NotFoundError(Exception):
    pass


@api.exception_handler(NotFoundError)
def _not_found(request, exc):
    return api.create_response(request, {"error": {"message": str(exc)}}, status=404)


# --- parameters --------------------------------------------------------------------------


# No parameter takes a NUL character (NullCharacterMiddleware answers 400 naming it): the
# schema says so, so a schema-valid request is never refused.
NO_NUL = r"^[^\x00]*$"


class ListParams(Schema):
    body: str | None = Field(None, description="A body's slug", max_length=120, pattern=NO_NUL)
    from_: str | None = Field(
        None,
        alias="from",
        description="On or after (YYYY-MM-DD)",
        json_schema_extra={"format": "date"},
    )
    to: str | None = Field(
        None, description="On or before (YYYY-MM-DD)", json_schema_extra={"format": "date"}
    )
    q: str | None = Field(None, description="Words in the record", max_length=200, pattern=NO_NUL)
    updated_since: str | None = Field(
        None,
        description="Changed at or after this time (ISO 8601, with its zone): incremental harvest",
        json_schema_extra={"format": "date-time"},
    )
    cursor: str | None = Field(
        None, description="From a page's next address", pattern=harvest.CURSOR_PATTERN
    )
    limit: int = Field(harvest.DEFAULT_LIMIT, ge=1, le=harvest.MAX_LIMIT)


LIST_PARAMS = {"body", "from", "to", "q", "updated_since", "cursor", "limit"}


def _filters(request, params: ListParams) -> selectors.Filters:
    harvest.check_known(request.GET, LIST_PARAMS)
    return selectors.Filters(
        body=params.body or None,
        date_from=harvest.read_date("from", params.from_),
        date_to=harvest.read_date("to", params.to),
        text=(params.q or "").strip() or None,
        updated_since=harvest.read_datetime("updated_since", params.updated_since),
        after=harvest.decode_cursor(params.cursor),
        limit=params.limit,
    )


def _page(request, rows: list, filters: selectors.Filters, key, build) -> dict:
    more = len(rows) > filters.limit
    rows = rows[: filters.limit]
    next_url = None
    if more:
        query = request.GET.copy()
        query["cursor"] = harvest.encode_cursor(key(rows[-1]))
        next_url = request.build_absolute_uri(request.path + "?" + query.urlencode())
    return {"results": [build(r) for r in rows], "next": next_url}


def _only_known(request, allowed: set[str] = frozenset()) -> None:
    harvest.check_known(request.GET, set(allowed))


def _list(request, params: ListParams, select, key, build) -> dict:
    """A list endpoint: read the harvesting parameters, select one page of rows (and one
    more, to know whether there is a next page) and build each record."""
    filters = _filters(request, params)
    uris = Uris.for_request(request)
    return _page(request, select(filters), filters, key, lambda row: build(row, uris))


def _one(request, select, build, missing: str):
    """A record endpoint: refuse any parameter, select the one row (a list of at most one)
    or answer 404 with ``missing``."""
    _only_known(request)
    rows = select(selectors.Filters())
    if not rows:
        raise NotFoundError(missing)
    return build(rows[0], Uris.for_request(request))


# --- the index ---------------------------------------------------------------------------


@api.get("/", response={200: dict, 429: schemas.RateLimited}, summary="What there is")
def index(request):
    """The bodies and meetings, and the address of every list."""
    today = portal_selectors.today()
    _, meetings = portal_selectors.body_meetings(None)
    urls = portal_api.Urls(request)
    data = portal_api.index(portal_selectors.bodies_page(today), meetings, urls)
    data["links"].update(
        {
            name: request.build_absolute_uri(f"/api/v1/{name}")
            for name in (
                "events",
                "organizations",
                "posts",
                "people",
                "memberships",
                "documents",
                "decisions",
                "vote_events",
                "forward_plan",
                "actions",
                "issues",
            )
        }
    )
    data["links"]["docs"] = request.build_absolute_uri("/api/v1/docs")
    data["links"]["exports"] = request.build_absolute_uri("/api/v1/exports/")
    return data


# --- events ------------------------------------------------------------------------------


@api.get("/events", response={200: schemas.EventPage, **ERRORS}, summary="Meetings")
def events(request, params: Query[ListParams]):
    """Meetings with their agenda items in order, documents, attendance, minutes and
    decisions (as far as each is published)."""
    return _list(request, params, selectors.events, lambda r: r.meeting.id, serialise.event)


@api.get("/events/{event_id}", response={200: schemas.Event, **ONE}, summary="One meeting")
def event(request, event_id: int):
    select = partial(selectors.events, pk=event_id)
    return _one(request, select, serialise.event, f"No meeting has the id {event_id}.")


# --- decisions and votes -----------------------------------------------------------------


def _decision(row, uris):
    return serialise.decision(row.resolution, row.item, row.meeting, uris, row.person_ids)


@api.get("/decisions", response={200: schemas.DecisionPage, **ERRORS}, summary="Decisions")
def decisions(request, params: Query[ListParams]):
    """Resolutions of public items whose minutes are published, with their votes."""
    return _list(request, params, selectors.decisions, lambda r: r.resolution.id, _decision)


@api.get("/decisions/{decision_id}", response={200: schemas.Decision, **ONE}, summary="A decision")
def decision(request, decision_id: int):
    select = partial(selectors.decisions, pk=decision_id)
    return _one(request, select, _decision, f"No published decision has the id {decision_id}.")


def _vote(row, uris):
    return serialise.vote_event(row.resolution, row.meeting, uris, row.person_ids)


@api.get("/vote_events", response={200: schemas.VoteEventPage, **ERRORS}, summary="Votes")
def vote_events(request, params: Query[ListParams]):
    """Counted votes: counts, roll call where recorded, casting vote, result."""
    select = partial(selectors.decisions, voted=True)
    return _list(request, params, select, lambda r: r.resolution.id, _vote)


@api.get("/vote_events/{vote_id}", response={200: schemas.VoteEvent, **ONE}, summary="A vote")
def vote_event(request, vote_id: int):
    select = partial(selectors.decisions, pk=vote_id, voted=True)
    return _one(request, select, _vote, f"No published vote has the id {vote_id}.")


# --- documents ---------------------------------------------------------------------------


def _document(row, uris):
    return serialise.document(row.document, row.meeting, uris, row.item_url)


@api.get("/documents", response={200: schemas.DocumentPage, **ERRORS}, summary="Documents")
def documents(request, params: Query[ListParams]):
    """Published reports, appendices and minutes (never an exempt one)."""
    return _list(request, params, selectors.documents, lambda r: r.document.id, _document)


@api.get("/documents/{document_id}", response={200: schemas.Document, **ONE}, summary="A document")
def document(request, document_id: int):
    select = partial(selectors.documents, pk=document_id)
    return _one(request, select, _document, f"No published document has the id {document_id}.")


# --- organizations, posts, memberships, people -------------------------------------------


@api.get(
    "/organizations",
    response={200: schemas.OrganizationPage, **ERRORS},
    summary="The authority, its bodies and the organisations they name",
)
def organizations(request, params: Query[ListParams]):
    """Bodies first (by id), then the organisations members represent; the authority is
    the parent of every body without another and is listed at the end."""
    filters = _filters(request, params)
    uris = Uris.for_request(request)
    authority = selectors.authority()
    bodies = selectors.bodies(filters)
    rows = [("body", b.pk, b) for b in bodies]
    # One list over three tables: body ids first, organisations after 10**9.
    if len(rows) <= filters.limit and not filters.body:
        offset = max(filters.after - 10**9, 0)
        orgs = selectors.organisations(
            selectors.Filters(
                text=filters.text,
                updated_since=filters.updated_since,
                after=offset,
                limit=filters.limit,
            )
        )
        rows += [("organisation", 10**9 + o.pk, o) for o in orgs]
    if (
        authority is not None
        and len(rows) <= filters.limit
        and not filters.body
        and not filters.text
        and not filters.updated_since
        and filters.after < 2 * 10**9
    ):
        rows.append(("authority", 2 * 10**9, authority))

    def build(row):
        kind, _, obj = row
        if kind == "body":
            return serialise.organization_body(obj, uris, authority is not None)
        if kind == "organisation":
            return serialise.organization_organisation(obj, uris)
        return serialise.organization_authority(obj, uris)

    return _page(request, rows, filters, lambda r: r[1], build)


@api.get(
    "/organizations/{organization_id}",
    response={200: schemas.Organization, **ONE},
    summary="One organization: authority, body-N or organisation-N",
)
def organization(request, organization_id: str):
    _only_known(request)
    uris = Uris.for_request(request)
    authority = selectors.authority()
    kind, _, number = organization_id.partition("-")
    if organization_id == "authority" and authority is not None:
        return serialise.organization_authority(authority, uris)
    if number.isdigit() and len(number) < 12:
        if kind == "body" and (found := selectors.bodies(selectors.Filters(), pk=int(number))):
            return serialise.organization_body(found[0], uris, authority is not None)
        if kind == "organisation" and (
            found := selectors.organisations(selectors.Filters(), pk=int(number))
        ):
            return serialise.organization_organisation(found[0], uris)
    raise NotFoundError(f"No organization has the id {organization_id}.")


@api.get("/posts", response={200: schemas.PostPage, **ERRORS}, summary="Seats on bodies")
def posts(request, params: Query[ListParams]):
    return _list(request, params, selectors.seats, lambda s: s.pk, serialise.post)


@api.get("/posts/{post_id}", response={200: schemas.Post, **ONE}, summary="A seat")
def post(request, post_id: int):
    select = partial(selectors.seats, pk=post_id)
    return _one(request, select, serialise.post, f"No seat has the id {post_id}.")


@api.get("/memberships", response={200: schemas.MembershipPage, **ERRORS}, summary="Memberships")
def memberships(request, params: Query[ListParams]):
    """Who held which seat, when (``from``/``to`` select those current in the range)."""
    return _list(request, params, selectors.memberships, lambda m: m.pk, serialise.membership)


@api.get(
    "/memberships/{membership_id}",
    response={200: schemas.Membership, **ONE},
    summary="A membership",
)
def membership(request, membership_id: int):
    select = partial(selectors.memberships, pk=membership_id)
    missing = f"No membership has the id {membership_id}."
    return _one(request, select, serialise.membership, missing)


@api.get("/people", response={200: schemas.PersonPage, **ERRORS}, summary="People")
def people(request, params: Query[ListParams]):
    return _list(request, params, selectors.people, lambda p: p.pk, serialise.person)


@api.get("/people/{person_id}", response={200: schemas.Person, **ONE}, summary="A person")
def person(request, person_id: int):
    select = partial(selectors.people, pk=person_id)
    return _one(request, select, serialise.person, f"No person has the id {person_id}.")


# --- forward plan, actions, issues -------------------------------------------------------


@api.get("/forward_plan", response={200: schemas.ForwardPlanPage, **ERRORS}, summary="Forward plan")
def forward_plan(request, params: Query[ListParams]):
    """Business the bodies plan to take (none planned from exempt or unpublished papers)."""
    return _list(
        request, params, selectors.forward_plan, lambda e: e.pk, serialise.forward_plan_entry
    )


@api.get("/actions", response={200: schemas.ActionPage, **ERRORS}, summary="Actions")
def actions(request, params: Query[ListParams]):
    """Actions agreed on public items whose minutes are published."""
    build = partial(serialise.action_record, person_ids=selectors.person_slugs())
    return _list(request, params, selectors.actions, lambda a: a.pk, build)


@api.get("/issues", response={200: schemas.IssuePage, **ERRORS}, summary="Issues")
def issues(request, params: Query[ListParams]):
    """Subjects travelling through several meetings, each with its history of items."""
    return _list(request, params, selectors.issues, lambda i: i.pk, serialise.issue)


# --- bulk export files (moot/api/exports.py) ---------------------------------------------

api.add_router("/exports", exports.router)
