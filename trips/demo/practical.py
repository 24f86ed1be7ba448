"""The practical notes of the planned Almaty trip: what its companies read in their programmes
and briefing books. Numbers and names are samples, not anyone's."""

from trips import models

from .steps import upsert

ALMATY_NOTES = {
    "hotel": (
        "Sample Hotel Almaty, Dostyk Avenue 1 (проспект Достык 1), Almaty.\n"
        "Check-in from 14:00 on the day of arrival; breakfast from 07:00."
    ),
    "transport": (
        "Flights: Helsinki – Almaty via Istanbul; the organisers book them.\n"
        "A minibus takes the delegation from the hotel to every meeting; it leaves 30 minutes "
        "before the first meeting of the day."
    ),
    "emergency_contacts": (
        "Trip leader (Posintra Oy): +358 40 000 0000 (sample number)\n"
        "Emergency services in Kazakhstan: 112\n"
        "Embassy of Finland in Astana: see the ministry's website before you travel."
    ),
    "other": (
        "Visa: not needed for Finnish and Swedish citizens for stays of up to 30 days.\n"
        "Money: tenge (KZT); cards are widely accepted.\n"
        "Bring business cards in English and Russian."
    ),
}


def write_practical_notes(trip):
    """The Almaty trip's practical notes, as the story has them (a second load changes nothing)."""
    return upsert(models.PracticalNotes, {"trip": trip}, **ALMATY_NOTES)
