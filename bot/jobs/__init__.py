"""Scheduled work: the clock is APScheduler, the coordinator is the database."""
