"""The web UI and JSON API over a store (FastAPI), with the optional browser ingest."""
