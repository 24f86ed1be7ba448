"""Each company's own programme before a trip: its meetings day by day, the shared visits, the
other participants and the practical notes, as a page, a printable A4 briefing book and an
iCalendar file; for the company under /my/, for staff (per company and combined for the trip
leader) under /preparation/."""
