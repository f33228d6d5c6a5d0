"""The example's meetings, checked against the seed texts themselves."""

import html
import json
import re
from datetime import date, time

import pytest

from moot import cli
from moot.documents.models import Document
from moot.meetings.models import Attendance, ForwardPlanEntry, Meeting


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold().replace("&", "and")))


def _page_items(page_text: str) -> dict[int, str]:
    """Seed 001: each item is a line 'N.' followed by its title line."""
    lines = [line.strip() for line in page_text.splitlines()]
    items = {}
    for index, line in enumerate(lines):
        if re.fullmatch(r"\d+\.", line):
            title = next(t for t in lines[index + 1 :] if t)
            items[int(line[:-1])] = re.sub(r"\s*pdf icon PDF \d+ KB$", "", title)
    return items


def _pack_agenda(pack_text: str) -> dict[int, str]:
    agenda = pack_text.split("FIRE/EMERGENCY EVACUATION", 1)[1].split("\nAppendix A\n", 1)[0]
    items = {}
    for match in re.finditer(r"(?m)^(\d+)\. ([A-Z][A-Z ,\-&']+?)(?: Appendix [A-E].*)?$", agenda):
        items[int(match.group(1))] = match.group(2)
    return items


@pytest.mark.django_db
def test_march_items_match_the_seed_page(example, page_seed_text):
    march = Meeting.objects.get(body=example, date=date(2021, 3, 25))
    seed = _page_items(page_seed_text)
    ours = {i.minute_number: i.title for i in march.items.all()}
    assert sorted(ours) == sorted(seed) == list(range(17, 27))
    for number, title in seed.items():
        assert _norm(ours[number]) == _norm(title), number
    assert march.kind == "special" and march.mode == "virtual"
    assert march.start.astimezone(march.start.tzinfo).time() == time(10, 0)
    assert march.closed_at == time(12, 5)
    assert "Special Meeeting" in page_seed_text and "Zoom" in march.venue


def _page_agenda_texts(page_text: str) -> dict[int, str]:
    """Seed 001: an item's agenda text runs from the line after its title to
    'Additional documents:' (empty for items the page gives no text)."""
    lines = [line.strip() for line in page_text.splitlines()]
    texts = {}
    for index, line in enumerate(lines):
        if re.fullmatch(r"\d+\.", line):
            start = next(n for n in range(index + 1, len(lines)) if lines[n]) + 1
            end = lines.index("Additional documents:", start)
            texts[int(line[:-1])] = " ".join(lines[start:end])
    return texts


@pytest.mark.django_db
def test_march_items_carry_the_agenda_text_of_the_seed_page(example, page_seed_text):
    march = Meeting.objects.get(body=example, date=date(2021, 3, 25))
    ours = {i.minute_number: i.purpose for i in march.items.all()}
    seed = _page_agenda_texts(page_seed_text)
    assert sorted(seed) == sorted(ours)
    for number, text in seed.items():
        purpose = _norm(html.unescape(re.sub(r"<[^>]+>", " ", ours[number])))
        assert _norm(text) == purpose, f"item {number}: agenda text differs from the seed page"


@pytest.mark.django_db
def test_march_minutes_and_resolutions_come_from_the_seed(example, pack_seed_text):
    march = Meeting.objects.get(body=example, date=date(2021, 3, 25))
    item20 = march.items.get(minute_number=20)
    assert [r.text for r in item20.resolutions.all()] == [
        "The Minutes of the previous meeting of the Board held on 19 November 2020 be "
        "confirmed as a correct record."
    ]
    item21 = march.items.get(minute_number=21)
    assert item21.resolutions.count() == 2
    assert "proportionate universalism" in item21.resolutions.last().text
    assert "healthy life expectancy" in item21.minutes
    item22 = march.items.get(minute_number=22)
    assert item22.resolutions.get().text.startswith("That organisations be thanked")
    assert item22.actions.count() == 3
    assert "closed at 12.05pm" in march.items.get(minute_number=26).minutes
    for item in march.items.all():
        first_words = re.sub(r"<[^>]+>", " ", item.minutes).split()[:6]
        if first_words:
            assert " ".join(first_words)[:20].replace("&#x27;", "'")[:10] in " ".join(
                pack_seed_text.split()
            )
    assert march.status == Meeting.Status.MINUTES_DRAFT


@pytest.mark.django_db
def test_march_attendance_per_category_matches_the_seed(example, pack_seed_text, page_seed_text):
    march = Meeting.objects.get(body=example, date=date(2021, 3, 25))
    minutes = pack_seed_text.split("Held: THURSDAY, 25 MARCH 2021", 1)[1]
    present_block = minutes.split("Standing Invitees", 1)[0]
    invitee_block = minutes.split("Standing Invitees", 1)[1].split("In Attendance", 1)[0]
    attendance_block = minutes.split("In Attendance", 1)[1].split("17. WELCOME", 1)[0]
    apologies_block = page_seed_text.split("Apologies for absence were received from", 1)[1]
    apologies_block = apologies_block.split("19.", 1)[0]

    def names(*statuses):
        return [a.person for a in march.attendance.filter(status__in=statuses)]

    def spelled_in(person, block):
        spellings = [person.name, *person.aliases.values_list("name", flat=True)]
        flat = " ".join(block.split())
        return any(s in flat or s.split()[-1] in flat for s in spellings)

    present = names(Attendance.Status.PRESENT, Attendance.Status.SUBSTITUTE)
    assert len(present) == 16
    assert all(spelled_in(p, present_block) for p in present)
    invitees = names(Attendance.Status.STANDING_INVITEE)
    assert sorted(p.name for p in invitees) == ["Cathy Ellis", "David Sissling"]
    assert all(spelled_in(p, invitee_block) for p in invitees)
    in_attendance = names(Attendance.Status.IN_ATTENDANCE)
    assert [p.name for p in in_attendance] == ["Graham Carey"]
    assert spelled_in(in_attendance[0], attendance_block)
    apologies = names(Attendance.Status.APOLOGIES)
    assert len(apologies) == 4 and all(spelled_in(p, apologies_block) for p in apologies)
    substitutes = {
        a.person.name: a.substitute_for.name
        for a in march.attendance.filter(status=Attendance.Status.SUBSTITUTE)
    }
    assert substitutes["Hayley Jackson"] == "Oliver Newbould"
    assert march.quorate is True and march.quorum_present == 14


@pytest.mark.django_db
def test_july_agenda_and_appendices_match_the_seed_pack(example, pack_seed_text):
    july = Meeting.objects.get(body=example, date=date(2021, 7, 29))
    seed = _pack_agenda(pack_seed_text)
    ours = {int(i.agenda_number): i.title for i in july.items.all()}
    assert sorted(ours) == sorted(seed) == list(range(1, 12))
    for number, title in seed.items():
        assert _norm(ours[number]) == _norm(title), number
    cited = {
        m.group(1): (int(m.group(2)), int(m.group(3)))
        for m in re.finditer(r"Appendix ([A-E]) \(Pages (\d+) - (\d+)\)", pack_seed_text)
    }
    appendices = Document.objects.filter(meeting=july).exclude(letter="").order_by("letter")
    assert [d.letter for d in appendices] == ["A", "B", "C", "D", "E"]
    for document in appendices:
        assert (document.published_first_page, document.published_last_page) == cited[
            document.letter
        ]
        assert _norm(document.title) == _norm(seed[int(document.item.agenda_number)])
        assert document.text and document.text.splitlines()[0] in pack_seed_text
    assert july.items.get(agenda_number="5").previous_meeting.date == date(2021, 3, 25)
    assert july.status == Meeting.Status.AGENDA_PUBLISHED
    assert july.webcast_url == "http://www.leicester.public-i.tv"


@pytest.mark.django_db
def test_future_meetings_and_forward_plan(example, pack_seed_text):
    future = Meeting.objects.filter(body=example, date__gt=date(2021, 7, 29)).order_by("date")
    assert [m.date for m in future] == [date(2021, 10, 28), date(2022, 1, 27), date(2022, 4, 28)]
    assert all(m.items.filter(standing="declarations").exists() for m in future)
    entries = ForwardPlanEntry.objects.filter(body=example).order_by("intended_date")
    assert [e.intended_meeting.date for e in entries] == [
        date(2021, 7, 29),
        date(2021, 10, 28),
        date(2022, 1, 27),
    ]
    flat = " ".join(pack_seed_text.split())
    assert all(e.subject in flat for e in entries)


@pytest.mark.django_db(transaction=True)
def test_quorum_and_deadline_commands(capsys):
    assert cli.main(["load-example", "leicester-hwb"]) == 0
    capsys.readouterr()
    assert cli.main(["quorum", "health-and-wellbeing-board/2021-03-25", "--json"]) == 0
    verdict = json.loads(capsys.readouterr().out)
    assert verdict["quorate"] is True and len(verdict["groups"]) == 4
    assert all(g["satisfied"] and g["by"] for g in verdict["groups"])
    assert cli.main(["deadline", "health-and-wellbeing-board/2021-07-29", "--json"]) == 0
    deadline = json.loads(capsys.readouterr().out)
    assert deadline["publish_by"] == "2021-07-21" and deadline["clear_days"] == 5
    assert deadline["counted"] == [
        "2021-07-22",
        "2021-07-23",
        "2021-07-26",
        "2021-07-27",
        "2021-07-28",
    ]
    assert cli.main(["quorum", "health-and-wellbeing-board/2021-13-01"]) == 1
    assert "'2021-13-01'" in capsys.readouterr().err
    assert cli.main(["quorum", "no-such-body/2021-03-25"]) == 1
    assert "no body called 'no-such-body'" in capsys.readouterr().err


@pytest.mark.django_db
def test_march_draft_minutes_were_published_with_the_july_pack(example):
    march = Meeting.objects.get(body=example, date=date(2021, 3, 25))
    assert march.minutes_published_at.date() == date(2021, 7, 21)
