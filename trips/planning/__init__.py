"""Planning the meetings before a trip: the companies' wishes (their page under /my/), the staff
grid of companies × hosts under /preparation/, and the checks of the plan."""
