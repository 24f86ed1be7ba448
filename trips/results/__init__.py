"""Staff pages on what trips led to (/results/, namespace "results"): hosts' needs and the
companies matched to them, host reports and their share links, follow-ups, diplomas and the
programme dashboard. Views are split by page family in views/."""
