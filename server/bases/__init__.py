"""Bases as a whole: making one (`create`)."""
