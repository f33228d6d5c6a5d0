"""Reads of the governance record, with bounded queries, and the bridge to the rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from django.contrib.contenttypes.models import ContentType
from django.db.models import Model, Prefetch, Q, QuerySet

from moot.governance import rules
from moot.governance.models import (
    AuditEntry,
    Authority,
    Body,
    Membership,
    MembershipSection,
    QuorumGroup,
    StandingInvitee,
    TermsOfReference,
)
from moot.operations.prepared import prepared


def _the_authority() -> QuerySet[Authority]:
    return Authority.objects.order_by("pk")[:1]


_AUTHORITY = prepared(_the_authority)  # read by nearly every page: compiled once


def authority() -> Authority | None:
    found = _AUTHORITY()
    return found[0] if found else None


def nation() -> str:
    auth = authority()
    return auth.nation if auth else rules.Nation.ENGLAND


def terms_in_force(body: Body, day: date) -> TermsOfReference | None:
    """The terms-of-reference version in force on ``day`` (versions never overlap)."""
    return (
        TermsOfReference.objects.filter(body=body, in_force_from__lte=day)
        .filter(Q(in_force_to__isnull=True) | Q(in_force_to__gte=day))
        .first()
    )


def quorum_rule(terms: TermsOfReference) -> rules.QuorumRule:
    """A stored version's quorum as the plain values the rules take."""
    fraction = None
    if terms.quorum_fraction_numerator is not None and terms.quorum_fraction_denominator:
        fraction = Fraction(terms.quorum_fraction_numerator, terms.quorum_fraction_denominator)
    groups = []
    for group in QuorumGroup.objects.filter(terms_of_reference=terms).prefetch_related(
        "sections", "organisations"
    ):
        groups.append(
            rules.QuorumGroup(
                name=group.name,
                sections=frozenset(s.name for s in group.sections.all()),
                organisations=frozenset(o.name for o in group.organisations.all()),
                minimum=group.minimum,
            )
        )
    return rules.QuorumRule(
        minimum=terms.quorum_minimum,
        fraction=fraction,
        floor=terms.quorum_floor,
        groups=tuple(groups),
    )


def rules_for_terms(terms: TermsOfReference) -> rules.TermsOfReferenceRules:
    """Turn a stored version into the plain values the rules take."""
    return rules.TermsOfReferenceRules(
        quorum=quorum_rule(terms),
        voting=rules.VotingRule(
            consensus_first=terms.decision_method
            == TermsOfReference.DecisionMethod.CONSENSUS_THEN_MAJORITY,
            chair_casting_vote=terms.chair_casting_vote,
        ),
        chair_fallback_sections=frozenset(s.name for s in terms.chair_fallback_sections.all()),
    )


def memberships_on(terms: TermsOfReference, day: date) -> list[Membership]:
    return list(
        Membership.objects.filter(seat__section__terms_of_reference=terms, start_date__lte=day)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=day))
        .select_related("person", "seat", "seat__section", "seat__organisation", "on_behalf_of")
    )


@dataclass
class SeatRow:
    seat_label: str
    membership: Membership | None
    voting: bool


@dataclass
class SectionRow:
    section: MembershipSection
    seats: list[SeatRow]
    state: rules.SectionState


def members_by_section(body: Body, day: date) -> tuple[TermsOfReference | None, list[SectionRow]]:
    """The body's seats on ``day``, section by section, with holders and vacancies.

    Three queries whatever the size of the body.
    """
    terms = terms_in_force(body, day)
    return terms, sections_on(terms, day)


def sections_on(terms: TermsOfReference | None, day: date) -> list[SectionRow]:
    """The seats of ``terms`` on ``day``, section by section (two queries): for a caller
    that has read the body's terms already."""
    if terms is None:
        return []
    current = (
        Membership.objects.filter(start_date__lte=day)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=day))
        .select_related("person", "on_behalf_of")
    )
    sections = terms.sections.prefetch_related(
        Prefetch("seats__memberships", queryset=current, to_attr="current_memberships")
    )
    rows = []
    for section in sections:
        seat_rows, tenures = [], []
        seats = list(section.seats.all())
        for seat in seats:
            holder = seat.current_memberships[0] if seat.current_memberships else None
            seat_rows.append(SeatRow(seat.label, holder, seat.has_vote))
            if holder:
                tenures.append(
                    rules.Tenure(
                        str(seat.pk), holder.person.name, holder.start_date, holder.end_date
                    )
                )
        keys = [str(s.pk) for s in seats]
        state = rules.section_on(section.name, section.cap, keys, tenures, day)
        rows.append(SectionRow(section, seat_rows, state))
    return rows


def standing_invitees_on(body: Body, day: date) -> list[StandingInvitee]:
    return list(
        StandingInvitee.objects.filter(body=body, start_date__lte=day)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=day))
        .select_related("person", "organisation")
    )


def organisation_names(membership_or_org) -> frozenset[str]:
    org = membership_or_org
    if org is None:
        return frozenset()
    return frozenset(o.name for o in org.lineage())


def audit_history(obj: Model, *, limit: int = 500) -> QuerySet[AuditEntry]:
    """An object's own audit trail, newest first (pretix's ``all_logentries``)."""
    content_type = ContentType.objects.get_for_model(obj, for_concrete_model=True)
    return (
        AuditEntry.objects.filter(content_type=content_type, object_id=str(obj.pk))
        .select_related("user")
        .order_by("-when", "-id")[:limit]
    )


def recorded_setup(body: Body, terms: TermsOfReference):
    """A recorded version of a body's terms as the draft a file would give for it
    (``terms.SetupDraft``), to compare a file read again with (``terms.setup_differences``):
    its members are every appointment under the version, each by slug and by name (a file
    names a person either way), and its standing invitees every one of the body's."""
    from moot.governance import terms as setup

    fraction = None
    if terms.quorum_fraction_denominator:
        fraction = (terms.quorum_fraction_numerator, terms.quorum_fraction_denominator)
    sections = list(terms.sections.order_by("order"))
    groups = [
        setup.QuorumGroupDraft(
            name=g.name,
            minimum=g.minimum,
            sections=tuple(s.name for s in g.sections.all()),
            organisations=tuple(o.name for o in g.organisations.all()),
            row=row,
        )
        for row, g in enumerate(
            terms.quorum_groups.prefetch_related("sections", "organisations"), start=1
        )
    ]
    draft = setup.TermsDraft(
        version=terms.version,
        in_force_from=terms.in_force_from,
        approved_on=terms.approved_on,
        approved_by=terms.approved_by,
        quorum_minimum=terms.quorum_minimum,
        quorum_fraction=fraction,
        quorum_floor=terms.quorum_floor,
        decision_method=terms.decision_method,
        chair_casting_vote=terms.chair_casting_vote,
        minimum_meetings_per_year=terms.minimum_meetings_per_year,
        standing_items=tuple(terms.standing_items),
        sections=tuple(
            setup.SectionDraft(name=s.name, cap=s.cap, voting=s.voting, row=row)
            for row, s in enumerate(sections, start=1)
        ),
        chair_fallback_sections=tuple(s.name for s in terms.chair_fallback_sections.all()),
        quorum_groups=tuple(groups),
        text=terms.text,
        source_note=terms.source_note,
    )
    members = []
    for m in Membership.objects.filter(seat__section__terms_of_reference=terms).select_related(
        "person", "seat__section"
    ):
        common = {"section": m.seat.section.name, "role": m.role, "start_date": m.start_date}
        members.append(setup.MemberDraft(person=m.person.slug, **common))
        members.append(setup.MemberDraft(name=m.person.name, **common))
    invitees = []
    for i in StandingInvitee.objects.filter(body=body).select_related("person", "organisation"):
        common = {
            "title": i.title,
            "organisation": i.organisation.name if i.organisation else "",
            "start_date": i.start_date,
            "end_date": i.end_date,
        }
        invitees.append(setup.InviteeDraft(person=i.person.slug, **common))
        invitees.append(setup.InviteeDraft(name=i.person.name, **common))
    return setup.SetupDraft(
        body=setup.BodyDraft(
            name=body.name,
            slug=body.slug,
            classification=body.classification,
            purpose=body.purpose,
            default_venue=body.default_venue,
            access_regime=body.access_regime,
        ),
        terms=draft,
        members=tuple(members),
        standing_invitees=tuple(invitees),
    )
