"""Change history (django-simple-history) for the trip records that did not have it yet: leads,
needs, matches and participations. Registered from TripsConfig.ready() rather than in the model
classes, so the history stays one list in one place."""

from simple_history import register

from .models import Lead, Match, Need, Participation

for model in (Lead, Need, Match, Participation):
    if not hasattr(model, "history"):
        register(model)
