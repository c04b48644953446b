"""What every part of the store shares: its error type, the SQL of a lookup key and of a merge key."""

from __future__ import annotations


def key_sql(expr: str) -> str:
    """SQL for the 63-bit lookup key of a string id (md5: the same in every DuckDB version)."""
    return f"(md5_number_upper({expr}) >> 1)::BIGINT"


def merge_key_sql(m: str = "m.", r: str = "r.") -> str:
    """SQL for the merge key of an event mention ``m`` (migration 012), with ``r`` the mention of the same
    document it retells, if any (a LEFT JOIN on ``m.retells``: a retelling is filed under that
    mention's pair of actors and assertedness, whose group it joins); ``m`` and ``r``: table aliases with their dot.

    Mentions merge only within a merge group (:func:`diplograph.store.merge_plan._group_key`: type,
    pair of actors, polarity, assertedness); the key names a *bucket* of groups: the same, with the
    pair taken in either order, so that it holds whatever types are symmetric.  A mention without
    actors is a group of its own and gets a key of its own.  A key shared by two buckets (a hash
    collision) only makes the incremental merge re-plan both.  ``migrations/012`` writes the same
    expression out; a test checks they agree.
    """
    src = f"CASE WHEN {r}mention_id IS NULL THEN coalesce({m}source_via, {m}source_id) " \
          f"ELSE coalesce({r}source_via, {r}source_id) END"
    tgt = f"CASE WHEN {r}mention_id IS NULL THEN coalesce({m}target_via, {m}target_id) " \
          f"ELSE coalesce({r}target_via, {r}target_id) END"
    told = f"CASE WHEN {r}mention_id IS NULL THEN {m}modality ELSE {r}modality END"
    return key_sql(
        f"CASE WHEN ({src}) IS NULL AND ({tgt}) IS NULL THEN 'mention|' || {m}mention_id "
        f"ELSE concat_ws('|', {m}type, least(coalesce({src}, ''), coalesce({tgt}, '')), "
        f"greatest(coalesce({src}, ''), coalesce({tgt}, '')), coalesce({m}negated, false)::INTEGER, "
        f"coalesce(({told}) IN ('asserted', 'reported'), false)::INTEGER) END")


class StoreError(RuntimeError):
    """The store cannot be opened, migrated or written (one-line message)."""
