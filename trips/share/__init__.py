"""The host's page behind a share link (/share/<token>/, namespace "share"): no login, nothing
but that host's report, until the link expires or is revoked."""
