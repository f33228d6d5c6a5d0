"""The sign-off services: each step dated and logged; the rules refuse out-of-order and
unreasoned decisions; accepting publishes the report as the item's document."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from moot.documents.models import Document
from moot.documents.pdf import DocumentRejected
from moot.governance.models import AuditEntry
from moot.meetings.models import Meeting
from moot.reports import services
from moot.reports.models import Report
from tests.reports.conftest import pdf_upload

pytestmark = pytest.mark.django_db


def trail(report) -> list[str]:
    return list(
        AuditEntry.objects.filter(object_type="reports.report", object_id=str(report.pk))
        .order_by("pk")
        .values_list("action", flat=True)
    )


def sign_all(report, steps, *, skip: str = ""):
    for name in ("Lead officer", "Legal", "Finance"):
        if name == skip:
            continue
        step, user = steps[name]
        services.step_decide(report=report, step=step, signed=True, user=user)


def test_a_draft_goes_through_every_step_and_is_accepted_as_the_items_report(
    item, author, steps, clerk, store
):
    report = services.report_submit(
        item=item, uploaded_file=pdf_upload(), title="Strategy", user=author
    )
    assert report.status == Report.Status.IN_SIGN_OFF
    assert [s["name"] for s in report.steps] == ["Lead officer", "Legal", "Finance"]
    assert not Document.objects.filter(item=item).exists()  # the draft is not a paper
    sign_all(report, steps)
    report.refresh_from_db()
    assert report.status == Report.Status.SIGNED_OFF
    decisions = list(report.signoffs.values_list("step_name", "by_name", "signed"))
    assert decisions == [
        ("Lead officer", "sign-lead", True),
        ("Legal", "sign-legal", True),
        ("Finance", "sign-finance", True),
    ]
    assert all(s.at is not None for s in report.signoffs.all())

    accepted = services.report_accept(report=report, user=clerk)
    document = Document.objects.get(item=item)
    assert accepted.document == document and accepted.accepted_at is not None
    assert (document.kind, document.title, document.page_count) == ("report", "Strategy", 1)
    assert document.checksum == report.checksum
    assert trail(report) == [
        "moot.report.submitted",
        "moot.report.signed_off",
        "moot.report.signed_off",
        "moot.report.signed_off",
        "moot.report.accepted",
    ]
    entry = AuditEntry.objects.get(object_id=str(report.pk), action="moot.report.accepted")
    assert entry.user == clerk and entry.data == {"document": document.pk}


def test_steps_are_taken_in_order(item, author, steps, store):
    report = services.report_submit(item=item, uploaded_file=pdf_upload(), title="S", user=author)
    legal, lawyer = steps["Legal"]
    with pytest.raises(services.ReportError, match="waits on the Lead officer sign-off"):
        services.step_decide(report=report, step=legal, signed=True, user=lawyer)
    assert not report.signoffs.exists()
    assert trail(report) == ["moot.report.submitted"]


def test_sending_back_needs_a_reason_and_a_new_draft_starts_again(item, author, steps, store):
    report = services.report_submit(item=item, uploaded_file=pdf_upload(), title="S", user=author)
    lead, officer = steps["Lead officer"]
    with pytest.raises(services.ReportError, match="Say why"):
        services.step_decide(report=report, step=lead, signed=False, reason=" ", user=officer)
    services.step_decide(
        report=report, step=lead, signed=False, reason="Table 2 does not add up.", user=officer
    )
    report.refresh_from_db()
    assert report.status == Report.Status.SENT_BACK
    entry = AuditEntry.objects.get(object_id=str(report.pk), action="moot.report.sent_back")
    assert entry.data["reason"] == "Table 2 does not add up." and entry.user == officer

    second = services.report_submit(item=item, uploaded_file=pdf_upload(), title="S2", user=author)
    report.refresh_from_db()
    assert report.status == Report.Status.SUPERSEDED
    assert second.status == Report.Status.IN_SIGN_OFF and not second.signoffs.exists()
    with pytest.raises(services.ReportError, match="newer draft"):
        services.report_accept(report=report)


def test_the_clerk_cannot_accept_before_every_step_signs(item, author, steps, clerk, store):
    report = services.report_submit(item=item, uploaded_file=pdf_upload(), title="S", user=author)
    sign_all(report, steps, skip="Finance")
    with pytest.raises(services.ReportError, match="Waits on the Finance sign-off"):
        services.report_accept(report=report, user=clerk)
    assert not Document.objects.filter(item=item).exists()
    assert "moot.report.accepted" not in trail(report)


def test_a_published_agenda_takes_no_report_through_sign_off(item, author, steps, clerk, store):
    report = services.report_submit(item=item, uploaded_file=pdf_upload(), title="S", user=author)
    sign_all(report, steps)
    Meeting.objects.filter(pk=item.meeting_id).update(status=Meeting.Status.AGENDA_PUBLISHED)
    with pytest.raises(services.ReportError, match="published and frozen"):
        services.report_accept(report=report, user=clerk)
    item.meeting.refresh_from_db()
    with pytest.raises(services.ReportError, match="published and frozen"):
        services.report_submit(item=item, uploaded_file=pdf_upload(), title="S", user=author)


def test_a_file_that_is_not_a_pdf_is_refused_naming_it_and_nothing_is_kept(item, author, store):
    bad = SimpleUploadedFile("budget.docx", b"PK\x03\x04 not a pdf" * 20)
    with pytest.raises(DocumentRejected, match="budget.docx was refused"):
        services.report_submit(item=item, uploaded_file=bad, title="Budget", user=author)
    assert not Report.objects.filter(item=item).exists()


def test_the_steps_are_the_authoritys_data_and_changes_are_logged(django_user_model, steps):
    officer = django_user_model.objects.create_user(username="mo", email="mo@example.org")
    step = services.step_save(name="Monitoring officer", signatories=["MO@example.org"])
    assert step.order == 4 and list(step.signatories.all()) == [officer]
    services.step_save(name="monitoring officer", active=False)
    step.refresh_from_db()
    assert not step.active
    actions = AuditEntry.objects.filter(object_type="reports.signoffstep", object_id=str(step.pk))
    assert list(actions.order_by("pk").values_list("action", flat=True)) == [
        "moot.report.step_added",
        "moot.report.step_changed",
    ]
    assert actions.order_by("pk").last().changes == {"active": {"old": True, "new": False}}
    with pytest.raises(services.ReportError, match="--signatory nobody@example.org"):
        services.step_save(name="Legal", signatories=["nobody@example.org"])


def test_a_draft_keeps_the_steps_it_started_with(item, author, steps, clerk, store):
    report = services.report_submit(item=item, uploaded_file=pdf_upload(), title="S", user=author)
    services.step_save(name="Finance", active=False)
    sign_all(report, steps, skip="")  # Finance still signs this draft
    report.refresh_from_db()
    assert report.status == Report.Status.SIGNED_OFF
    later = services.report_submit(item=item, uploaded_file=pdf_upload(), title="T", user=author)
    assert [s["name"] for s in later.steps] == ["Lead officer", "Legal"]


def test_a_draft_that_fails_to_save_leaves_no_file(item, author, store, monkeypatch):
    from django.core.files.storage import default_storage

    def fail(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(services, "log_action", fail)
    with pytest.raises(RuntimeError):
        services.report_submit(item=item, uploaded_file=pdf_upload(), title="S", user=author)
    assert not Report.objects.filter(item=item).exists()
    folder = f"reports/{item.meeting.body.slug}/{item.meeting.date_slug}"
    assert not default_storage.exists(folder) or default_storage.listdir(folder)[1] == []


def test_whoever_must_act_next_is_e_mailed(
    item, author, steps, store, mailoutbox, django_capture_on_commit_callbacks
):
    """The next step's signatories when a draft reaches them; the author when it comes back
    or is signed off at every step. Nothing is sent for a refused decision."""
    from tests.jobs.helpers import run_jobs

    def sent() -> list[tuple[str, str]]:
        run_jobs()
        out = [(m.to[0], m.subject) for m in mailoutbox]
        mailoutbox.clear()
        return out

    with django_capture_on_commit_callbacks(execute=True):
        report = services.report_submit(
            item=item, uploaded_file=pdf_upload(), title="Strategy", user=author
        )
    assert sent() == [("lead@example.org", "Report to sign off (Lead officer): Strategy")]

    lead, legal = steps["Lead officer"], steps["Legal"]
    with django_capture_on_commit_callbacks(execute=True):
        services.step_decide(report=report, step=lead[0], signed=True, user=lead[1])
    assert sent() == [("legal@example.org", "Report to sign off (Legal): Strategy")]

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(services.ReportError):
        services.step_decide(report=report, step=lead[0], signed=True, user=lead[1])
    assert sent() == []

    with django_capture_on_commit_callbacks(execute=True):
        services.step_decide(
            report=report, step=legal[0], signed=False, reason="Cite the budget.", user=legal[1]
        )
    [(to, subject)] = sent()
    assert to == "author@example.org" and "sent back" in subject

    with django_capture_on_commit_callbacks(execute=True):
        again = services.report_submit(
            item=item, uploaded_file=pdf_upload(), title="Strategy", user=author
        )
    sent()
    with django_capture_on_commit_callbacks(execute=True):
        sign_all(again, steps)
    mails = sent()
    assert mails[-1][0] == "author@example.org" and "signed off" in mails[-1][1]
    assert [to for to, _ in mails[:-1]] == ["legal@example.org", "finance@example.org"]
