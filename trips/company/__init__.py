"""Each participating company's own trip pages (/my/, namespace "my"), and the files it
downloads from them: contacts as CSV and vCard, the itinerary as a calendar."""
