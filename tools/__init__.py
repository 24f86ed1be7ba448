"""Operator tools run from the Makefile: database backup and restore, the load run."""
