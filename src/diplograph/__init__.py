"""diplograph: who did what to whom, when — sourced event records from news text."""

__version__ = "0.1.0"
