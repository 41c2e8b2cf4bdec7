"""corroborate: evidence-backed PLOVER event records from reports on protest and repression."""

__version__ = "0.1.0"
