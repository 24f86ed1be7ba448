"""Writes on calls and applications: apply, review, accept / decline / wait-list, withdraw.

Applying writes only the application and its delegates (status pending). Accepting writes the
directory: the organisation (unless one matches), a Person per delegate and the Participation
with its Delegates. Places are counted as the trip's participations, under a row lock on the
call, so two staff accepting at once cannot overfill the trip.

When an accepted company withdraws, the wait-list moves up: the first wait-listed application
(the earliest to apply) is accepted at once, with the same mail as any acceptance. Staff, not
the company, decide that the company withdraws, so no offer and answer round is needed.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import ProtectedError, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from contacts.models import Organisation, Person, normal_business_id
from trips.models import Application, ApplicationDelegate, Call, Delegate, Participation

from .mails import send_application_mail

Status = Application.Status


def matching_organisation(*, name, country, business_id=""):
    """The directory's organisation this applicant is: the one with the same business ID, or
    the one an earlier application with that business ID was linked to, or the one of the same
    name in the same country (case-insensitive)."""
    business_id = normal_business_id(business_id)
    if business_id:
        registered = Organisation.objects.filter(business_id=business_id).first()
        if registered:
            return registered
        earlier = (
            Application.objects.filter(
                business_id__iexact=business_id.strip(), organisation__isnull=False
            )
            .order_by("-submitted_at")
            .values_list("organisation", flat=True)
            .first()
        )
        if earlier:
            return Organisation.objects.get(pk=earlier)
    return Organisation.objects.filter(name__iexact=name.strip(), country=country).first()


@transaction.atomic
def application_submit(*, call, company, sectors, delegates, consent_text, language):
    """Record an application (pending) and mail its contact. `company`: the application's own
    fields by name; `delegates`: dicts of ApplicationDelegate fields, at least one."""
    if call.state() != Call.State.OPEN:
        raise ValidationError(call.State(call.state()).label)
    if not delegates:
        raise ValidationError(_("Name at least one delegate."))
    now = timezone.now()
    application = Application(
        call=call,
        **company,
        organisation=matching_organisation(
            name=company["company_name"],
            country=company["country"],
            business_id=company.get("business_id", ""),
        ),
        consent_text=consent_text,
        consented_at=now,
        submitted_at=now,
        language=language,
    )
    application.full_clean()
    application.save()
    application.sectors.set(sectors)
    for fields in delegates:
        delegate = ApplicationDelegate(application=application, **fields)
        delegate.full_clean()
        delegate.save()
    send_application_mail(application, "received")
    return application


def application_review(*, application, comment, score):
    application.staff_comment = comment
    application.score = score
    application.full_clean()
    application.save(update_fields=["staff_comment", "score"])
    return application


@transaction.atomic
def application_decide(*, application, decision):
    """Accept, decline, wait-list or withdraw; mails the applicant. Returns the applications
    that changed (a withdrawal may accept the first wait-listed one too)."""
    call = Call.objects.select_for_update().get(pk=application.call_id)
    application = Application.objects.select_for_update().get(pk=application.pk)
    if decision == Status.ACCEPTED:
        changed = [_accept(application, call)]
    elif decision == Status.WITHDRAWN:
        changed = [_withdraw(application), *_move_up(call)]
    elif decision in (Status.DECLINED, Status.WAITLISTED):
        changed = [_set_status(application, decision)]
    else:
        raise ValidationError(_("Unknown decision."))
    for each in changed:
        send_application_mail(each, each.status)
    return changed


def _set_status(application, status):
    if application.status == Status.ACCEPTED:
        raise ValidationError(
            _("%(company)s is accepted; mark it as withdrawn instead.")
            % {"company": application.company_name}
        )
    if application.status == Status.WITHDRAWN:
        raise ValidationError(
            _("%(company)s has withdrawn.") % {"company": application.company_name}
        )
    application.status = status
    application.decided_at = timezone.now()
    application.save(update_fields=["status", "decided_at"])
    return application


def _accept(application, call):
    if application.status not in (Status.PENDING, Status.WAITLISTED, Status.DECLINED):
        raise ValidationError(
            _("%(company)s is already %(status)s.")
            % {"company": application.company_name, "status": application.get_status_display()}
        )
    organisation = _organisation_for(application)
    participation = Participation.objects.filter(trip=call.trip, company=organisation).first()
    if participation is None and call.places_taken() >= call.places:  # (rolled back: atomic)
        raise ValidationError(
            _("All %(places)d places are taken; wait-list the company or add places first.")
            % {"places": call.places}
        )
    if participation is None:
        participation = Participation(
            trip=call.trip, company=organisation, goals=_goals(application)
        )
        participation.full_clean()
        participation.save()
    for delegate in application.delegates.all():
        person = delegate.person or _person_for(delegate, organisation, application)
        if delegate.person_id != person.pk:
            delegate.person = person
            delegate.save(update_fields=["person"])
        Delegate.objects.get_or_create(participation=participation, person=person)
    application.organisation = organisation
    application.participation = participation
    application.status = Status.ACCEPTED
    application.decided_at = timezone.now()
    application.save(update_fields=["organisation", "participation", "status", "decided_at"])
    return application


def _goals(application):
    return "\n\n".join([application.wants_to_meet, application.wants_to_achieve]).strip()


def _organisation_for(application):
    organisation = application.organisation or matching_organisation(
        name=application.company_name,
        country=application.country,
        business_id=application.business_id,
    )
    if organisation is None:
        organisation = Organisation(
            name=application.company_name.strip(),
            slug=Organisation.objects.free_slug(application.company_name, fallback="company"),
            kind=Organisation.Kind.PARTICIPANT,
            country=application.country,
            website=application.website,
            competences=application.competences,
            business_id=application.business_id,
        )
        organisation.full_clean()
        organisation.save()
        organisation.sectors.set(application.sectors.all())
    elif organisation.kind == Organisation.Kind.PARTICIPANT and not organisation.business_id:
        _record_business_id(organisation, application.business_id)
    elif organisation.kind != Organisation.Kind.PARTICIPANT:
        raise ValidationError(
            _(
                "%(organisation)s is in the directory as “%(kind)s”, not as a participant "
                "company; change its kind in the admin first."
            )
            % {"organisation": organisation, "kind": organisation.get_kind_display()}
        )
    return organisation


def _person_for(delegate, organisation, application):
    same = Q(email__iexact=delegate.email) | Q(
        given_name__iexact=delegate.given_name, family_name__iexact=delegate.family_name
    )
    person = Person.objects.filter(same, organisation=organisation).first()
    if person:
        return person
    person = Person(
        organisation=organisation,
        given_name=delegate.given_name,
        family_name=delegate.family_name,
        title=delegate.title,
        email=delegate.email,
        phone=delegate.phone,
        preferred_language=application.language,
        lawful_basis=Person.LawfulBasis.CONSENT,
        lawful_basis_source=_("Application to %(trip)s") % {"trip": application.call.trip},
        lawful_basis_date=timezone.localdate(application.consented_at),
    )
    person.full_clean()
    person.save()
    return person


def _withdraw(application):
    if application.status != Status.ACCEPTED:
        raise ValidationError(_("Only an accepted company can withdraw."))
    participation = application.participation
    application.participation = None
    application.status = Status.WITHDRAWN
    application.decided_at = timezone.now()
    application.save(update_fields=["participation", "status", "decided_at"])
    if participation is not None:
        try:
            participation.delete()
        except ProtectedError as error:
            raise ValidationError(
                _(
                    "%(company)s is already part of the trip's meetings or results; take it "
                    "out of them first."
                )
                % {"company": application.company_name}
            ) from error
    return application


def _move_up(call):
    """Accept the first wait-listed application while places are free."""
    moved = []
    waiting = call.applications.filter(status=Status.WAITLISTED).order_by("submitted_at", "pk")
    for application in waiting.select_for_update():
        if call.places_taken() >= call.places:
            break
        moved.append(_accept(application, call))
    return moved


def _record_business_id(organisation, business_id):
    """The applicant's business ID kept on its directory record, unless another has it."""
    business_id = normal_business_id(business_id)
    if business_id and not Organisation.objects.filter(business_id=business_id).exists():
        organisation.business_id = business_id
        organisation.save(update_fields=["business_id", "updated_at"])
