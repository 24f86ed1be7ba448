"""Pages for the public: the list of published trips and each trip's report (namespace "trips")."""
