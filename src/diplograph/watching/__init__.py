"""Watching folders and RSS/Atom feeds: rounds that ingest what is new or changed.

:mod:`~diplograph.watching.rounds` runs one round (``run_round``): it reads the watch
state from the store, scans each folder (:mod:`~diplograph.watching.folders`) and
fetches each feed and its pages (:mod:`~diplograph.watching.feeds`, over
:mod:`diplograph.reading.fetch` and :mod:`diplograph.reading.feeds`), hands the new
and changed documents to the ingest (a function :mod:`diplograph.api` passes in),
and records each item's state once its document is committed.
"""
