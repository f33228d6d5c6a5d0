"""Public questions in the workspace: list a meeting's questions, accept or reject each with
a reason (the questioner is told by e-mail), and record the answer."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from moot.meetings import services as meeting_services
from moot.meetings.models import Meeting, PublicQuestion
from moot.workspace import after_forms, after_selectors, views
from moot.workspace.permissions import AGENDA_EDIT, MINUTES_RECORD, require


def _url(meeting: Meeting) -> str:
    return reverse("workspace:questions", args=[meeting.body.slug, meeting.date_slug])


def _render(request, meeting: Meeting, *, bound: dict | None = None, status: int = 200):
    bound = bound or {}
    rows = []
    for question in after_selectors.questions(meeting):
        decide = bound.get(("decide", question.pk)) or after_forms.QuestionDecideForm(
            prefix=f"decide-{question.pk}"
        )
        answer = bound.get(("answer", question.pk)) or after_forms.QuestionAnswerForm(
            prefix=f"answer-{question.pk}"
        )
        rows.append((question, decide, answer))
    context = {"meeting": meeting, "rows": rows, "has_errors": bool(bound)}
    return render(request, "workspace/questions.html", context, status=status)


@login_required
def questions(request: HttpRequest, body_slug: str, date_slug: str) -> HttpResponse:
    meeting = views._meeting(body_slug, date_slug)
    require(request.user, AGENDA_EDIT, meeting)
    return _render(request, meeting)


@login_required
@require_POST
def decide(request: HttpRequest, body_slug: str, date_slug: str, pk: int) -> HttpResponse:
    meeting = views._meeting(body_slug, date_slug)
    require(request.user, AGENDA_EDIT, meeting)
    question = get_object_or_404(PublicQuestion, pk=pk, meeting=meeting)
    form = after_forms.QuestionDecideForm(request.POST, prefix=f"decide-{question.pk}")
    if form.is_valid():
        try:
            meeting_services.question_decide(
                question=question,
                accept=form.cleaned_data["decision"] == "accept",
                reason=form.cleaned_data["reason"],
                user=request.user,
            )
        except meeting_services.MeetingError as exc:
            form.add_error("reason", str(exc))
        else:
            return redirect(_url(meeting) + f"#question-{question.pk}")
    return _render(request, meeting, bound={("decide", question.pk): form}, status=400)


@login_required
@require_POST
def answer(request: HttpRequest, body_slug: str, date_slug: str, pk: int) -> HttpResponse:
    meeting = views._meeting(body_slug, date_slug)
    require(request.user, MINUTES_RECORD, meeting)
    question = get_object_or_404(PublicQuestion, pk=pk, meeting=meeting)
    form = after_forms.QuestionAnswerForm(request.POST, prefix=f"answer-{question.pk}")
    if form.is_valid():
        try:
            meeting_services.question_answer(
                question=question, answer=form.cleaned_data["answer"], user=request.user
            )
        except meeting_services.MeetingError as exc:
            form.add_error("answer", str(exc))
        else:
            return redirect(_url(meeting) + f"#question-{question.pk}")
    return _render(request, meeting, bound={("answer", question.pk): form}, status=400)
