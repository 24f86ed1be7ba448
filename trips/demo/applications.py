"""The planned trip's call for participation and its three applications (story.py's tables):
one accepted (Puhdas Vesi, already a participant), one pending, one declined. Written directly,
not through the services, so that loading sends no mail. Idempotent like the other steps: an
application already loaded keeps its times."""

import datetime as dt

from django.utils import timezone

from contacts.models import Sector
from trips import models

from . import story as s
from .steps import link, upsert


def write_call(cast, trip):
    call = upsert(
        models.Call,
        {"trip": trip},
        **{**s.PLANNED_CALL, "deadline": cast.when.planned(s.PLANNED_CALL["deadline"])},
    )
    call.sectors.set(Sector.objects.filter(slug__in=s.PLANNED_CALL_SECTORS))
    for row in s.APPLICATIONS:
        write_application(cast, call, row)
    return call


def write_application(cast, call, row):
    (name, business_id, country, web, sectors, offers, meet, achieve) = row[:8]
    status, days_ago, delegates, company_slug = row[8:]
    lookup = {"call": call, "company_name": name}
    loaded = models.Application.objects.filter(**lookup).values("submitted_at").first()
    sent = loaded["submitted_at"] if loaded else timezone.now() - dt.timedelta(days=days_ago)
    company = cast.companies.get(company_slug)
    decided = status != models.Application.Status.PENDING
    application = upsert(
        models.Application,
        lookup,
        business_id=business_id,
        country=country,
        website=web,
        competences=offers,
        wants_to_meet=meet,
        wants_to_achieve=achieve,
        status=status,
        language="en",
        consent_text=s.CONSENT_WORDING,
        consented_at=sent,
        submitted_at=sent,
        decided_at=sent + dt.timedelta(days=7) if decided else None,
        organisation=company,
        participation=(
            models.Participation.objects.get(trip=call.trip, company=company) if company else None
        ),
    )
    application.sectors.set(Sector.objects.filter(slug__in=sectors))
    if company:
        for person in cast.delegates[company_slug]:
            upsert(
                models.ApplicationDelegate,
                {"application": application, "email": person.email},
                given_name=person.given_name,
                family_name=person.family_name,
                title=person.title,
                phone=person.phone,
                person=person,
            )
            link(models.Delegate, participation=application.participation, person=person)
    for given, family, title, email, phone in delegates:
        upsert(
            models.ApplicationDelegate,
            {"application": application, "email": email},
            given_name=given,
            family_name=family,
            title=title,
            phone=phone,
        )
    return application
