"""A trip's public texts in several languages (django-modeltranslation).

Each field below gets one column per language in MODELTRANSLATION_LANGUAGES (title_en,
title_sv, ...); reading `trip.title` gives the active language's text, or falls back to the
first language that has one. The admin shows the versions together (trips/admin.py).
"""

from modeltranslation.translator import TranslationOptions, register

from .models import Agreement, Call, Meeting, Need, Recognition, Trip


@register(Trip)
class TripTranslation(TranslationOptions):
    fields = ("title", "summary", "report")


@register(Meeting)
class MeetingTranslation(TranslationOptions):
    fields = ("public_summary",)


@register(Need)
class NeedTranslation(TranslationOptions):
    fields = ("title", "description")


@register(Agreement)
class AgreementTranslation(TranslationOptions):
    fields = ("title", "summary")


@register(Call)
class CallTranslation(TranslationOptions):
    fields = ("offer", "covered", "company_pays", "eligibility")


@register(Recognition)
class RecognitionTranslation(TranslationOptions):
    fields = ("title", "reason")


# The history of a trip, meeting or agreement (django-simple-history) keeps every language too:
# its records are copied field by field from the model.
for model, options in (
    (Trip, TripTranslation),
    (Meeting, MeetingTranslation),
    (Agreement, AgreementTranslation),
):
    register(model.history.model)(type(f"Historical{options.__name__}", (options,), {}))
