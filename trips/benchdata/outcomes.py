"""Generated results of the trips that have happened: agreements, leads, needs, matches,
diplomas. Each is made from a generated meeting, so parties, people and dates agree."""

import datetime as dt

from trips.models import Agreement, Lead, Match, Need, Recognition, RecognitionAwarder

from .world import TODAY, dt_moment
from .writer import next_id, write

AGREEMENTS_PER_TRIP = 2
LEADS_PER_TRIP = 5
NEEDS_PER_TRIP = 3


def outcomes(world, plans):
    happened = [plan for plan in plans if plan.happened and plan.meetings]
    agreements = _agreements(world, happened)
    _leads(world, happened, agreements)
    _needs_and_matches(world, happened)
    _recognitions(world, [plan for plan in happened if plan.end < TODAY])


def _agreements(world, plans):
    rng, rows, by_trip = world.rng, [], {}
    agreement_id = next_id(Agreement)
    for plan in plans:
        for meeting in rng.sample(plan.meetings, min(len(plan.meetings), AGREEMENTS_PER_TRIP)):
            signed = rng.random() < 0.7
            rows.append((
                agreement_id, rng.choice(["cooperation", "mou", "letter_of_intent", "contract"]),
                "", meeting.attendees[0], meeting.counterpart, plan.id, meeting.id,
                meeting.date if signed else None, "signed" if signed else "draft",
                "", rng.random() < 0.5, dt_moment(meeting.date), dt_moment(meeting.date),
            ))  # fmt: skip
            by_trip.setdefault(plan.id, []).append((agreement_id, meeting))
            agreement_id += 1
    columns = ["id", "kind", "title", "company_id", "counterpart_id", "trip_id", "meeting_id",
               "signed_date", "status", "summary", "is_public", "created_at",
               "updated_at"]  # fmt: skip
    write(Agreement, columns, rows, total=len(rows), progress=world.progress)
    world.counts["agreements"] = len(rows)
    return by_trip


def _leads(world, plans, agreements):
    rng, rows = world.rng, []
    for plan in plans:
        made = [
            (meeting, agreement, "agreement") for agreement, meeting in agreements.get(plan.id, [])
        ]
        for meeting in rng.sample(plan.meetings, min(len(plan.meetings), LEADS_PER_TRIP)):
            status = rng.choice(["open", "open", "in_discussion", "closed"])
            made.append((meeting, None, status))
        for meeting, agreement, status in made:
            person = meeting.people[0] if meeting.people else None
            due = plan.end + dt.timedelta(days=rng.randint(7, 120))
            rows.append((
                plan.id, meeting.attendees[0], meeting.counterpart, person, meeting.id,
                "Send the offer and a reference list.", None, due, status, agreement, "",
                dt_moment(plan.end), dt_moment(plan.end),
            ))  # fmt: skip
    columns = ["trip_id", "company_id", "counterpart_id", "counterpart_person_id", "meeting_id",
               "next_step", "owner_id", "due_date", "status", "agreement_id", "notes",
               "created_at", "updated_at"]  # fmt: skip
    write(Lead, columns, rows, total=len(rows), progress=world.progress)
    world.counts["leads"] = len(rows)


def _needs_and_matches(world, plans):
    rng, needs, need_sectors, matches = world.rng, [], [], []
    need_id = next_id(Need)
    for plan in plans:
        for meeting in rng.sample(plan.meetings, min(len(plan.meetings), NEEDS_PER_TRIP)):
            needs.append((
                need_id, plan.id, meeting.counterpart, None, "Wastewater treatment for a new zone",
                "The zone looks for treatment plants and operator training.",
                dt_moment(meeting.date),
            ))  # fmt: skip
            need_sectors.append((need_id, rng.choice(world.sector_ids)))
            for company in rng.sample(plan.companies, min(len(plan.companies), 2)):
                matches.append((
                    need_id, company, "Competences fit the need.", round(rng.random(), 3),
                    rng.choice(["proposed", "accepted", "rejected"]), dt_moment(meeting.date),
                ))  # fmt: skip
            need_id += 1
    columns = ["id", "trip_id", "host_id", "place_id", "title", "description", "created_at"]
    write(Need, columns, needs, total=len(needs), progress=world.progress)
    write(Need.sectors.through, ["need_id", "sector_id"], need_sectors, total=len(need_sectors),
          progress=world.progress)  # fmt: skip
    columns = ["need_id", "company_id", "reason", "score", "status", "created_at"]
    write(Match, columns, matches, total=len(matches), progress=world.progress)


def _recognitions(world, plans):
    rng, rows, awarders = world.rng, [], []
    recognition_id = next_id(Recognition)
    for plan in plans:
        meeting = rng.choice(plan.meetings)
        rows.append((
            recognition_id, plan.id, "diploma", meeting.attendees[0],
            "Diploma of cooperation", "For the cooperation agreed on the trip.", meeting.date,
        ))  # fmt: skip
        awarders.append((recognition_id, meeting.counterpart))
        recognition_id += 1
    columns = ["id", "trip_id", "kind", "recipient_id", "title", "reason", "date"]
    write(Recognition, columns, rows, total=len(rows), progress=world.progress)
    write(RecognitionAwarder, ["recognition_id", "organisation_id"], awarders,
          total=len(awarders), progress=world.progress)  # fmt: skip
