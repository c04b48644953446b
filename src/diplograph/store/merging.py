"""The cross-document merge, run: plan (:mod:`diplograph.store.merge_plan`) what the store feeds it and
write it back (:class:`diplograph.store.merge_tables.MergeTables`), for the whole store or only for the
merge groups that changed since the last merge."""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplograph.store.merge_plan import SYMMETRIC, plan_stream

if TYPE_CHECKING:
    from diplograph.store.database import Store


def rebuild_events(store: Store) -> int:
    """Re-plan cross-document merges over the whole store and rewrite the events table in its order;
    returns the number of events."""
    store.apply_merges(plan_stream(store.grouped_mentions(SYMMETRIC), store.overrides()))
    return store.scalar("SELECT count(*) FROM events")


def update_events(store: Store) -> int:
    """Re-plan only the merge groups whose mentions changed since the last merge (and those a user's
    merge ties to them), or the whole store when ``Store.merge_scope`` says so; the events are those
    :func:`rebuild_events` would make.  Returns the number of events."""
    keys = store.merge_scope()
    if keys is None:
        return rebuild_events(store)
    store.apply_merges(plan_stream(store.grouped_mentions(SYMMETRIC, keys=keys), store.overrides()), keys=keys)
    return store.scalar("SELECT count(*) FROM events")
