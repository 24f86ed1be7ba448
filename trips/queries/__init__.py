"""Reads that several pages share (selectors): each module answers one question about trips."""
