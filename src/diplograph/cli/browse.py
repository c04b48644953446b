"""Commands that read and curate a store: actors, actor, quotes, conflicts, grade, event, merge, split."""

from __future__ import annotations

import json
from typing import Optional

import typer
from rich.markup import escape
from rich.table import Table

from diplograph import api
from diplograph.analysis import queries
from diplograph.analysis.labels import doc_titles, plural, sector_label
from diplograph.cli.common import DB_HELP, _actor_cell, _settings, fail, handled, out, say


def register(app: typer.Typer) -> None:
    """Add the commands to ``app`` (in the order ``diplograph --help`` lists them)."""

    @app.command("actors")
    def actors_cmd(
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        limit: int = typer.Option(50, "--limit", help="Show at most this many actors."),
    ) -> None:
        """List stored actors with their mention counts, most mentioned first."""
        with handled():
            rows = api.actors(_settings(db).db)
        table = Table(header_style="bold")
        for col in ("name", "kind", "country", "sector", "mentions", "aliases", "id"):
            table.add_column(col, overflow="fold", max_width=50 if col == "aliases" else None)
        for r in rows[:limit]:  # the id last: what `actor` and the JSON take, not what a reader needs first
            table.add_row(r["name"], r["kind"] or "", r["country_name"] or "", sector_label(r["sector"]),
                          str(r["mentions"]), ", ".join(r["aliases"][:8]), r["id"])
        out.print(table)
        say(plural(len(rows), "actor"))


    @app.command("actor")
    def actor_cmd(
        name: str = typer.Argument(..., help="Actor id, name or alias (e.g. Russia, Moscow, TALIBAN)."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        limit: int = typer.Option(10, "--limit", help="Show at most this many mentions."),
    ) -> None:
        """Show one actor: aliases, roles and where it is mentioned."""
        with handled():
            with api.open_store(_settings(db).db, read_only=True) as store:
                aid = queries.find_actor(store, name)
                info = next(a for a in queries.actors(store) if a["id"] == aid)
                mentions = store.query(
                    "SELECT m.doc_id, m.text, s.text AS sentence FROM actor_mentions m JOIN sentences s "
                    "ON s.doc_id = m.doc_id AND s.idx = m.sentence WHERE m.actor_id = ? ORDER BY m.doc_id, m.start "
                    "LIMIT ?", [aid, limit])
                titles = doc_titles(store, {m["doc_id"] for m in mentions})
        what = [info["kind"] or "actor"]
        if info["country_name"] and info["country_name"] != info["name"]:
            what.append(info["country_name"])
        if info["sector"]:
            what.append(sector_label(info["sector"]))
        out.print(f"[bold]{escape(info['name'])}[/bold] — {escape(', '.join(what))}, {plural(info['mentions'], 'mention')}")
        if info["aliases"]:
            out.print("aliases: " + ", ".join(info["aliases"]), markup=False)
        for role in info["roles"]:
            span = f"{role.get('start') or '?'} – {role.get('end') or 'now'}"
            out.print(f"role: {role.get('title')} of {role.get('of_name') or role.get('of') or '—'} ({span})",
                      markup=False)
        for m in mentions:
            out.print(f"  {_short(titles.get(m['doc_id'], m['doc_id']), 40)}: “{m['text']}” — {_short(m['sentence'], 160)}",
                      markup=False)


    @app.command("quotes")
    def quotes_cmd(
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        speaker: Optional[str] = typer.Option(None, "--speaker", help="Only quotes by this actor."),
    ) -> None:
        """List direct and indirect quotations with their speakers."""
        with handled():
            with api.open_store(_settings(db).db, read_only=True) as store:
                rows = queries.quotes(store, speaker=speaker)
        table = Table(header_style="bold")
        for col in ("document", "speaker", "date", "kind", "quote"):
            table.add_column(col, overflow="fold", max_width=80 if col == "quote" else 30)
        for r in rows:
            sp = r["speaker"]
            table.add_row(r.get("doc_title") or r["doc"], sp["name"] if sp else "?", r["date"] or "", "direct" if r["direct"] else "indirect",
                          r["text"])
        out.print(table)
        say(plural(len(rows), "quote"))


    @app.command("conflicts")
    def conflicts_cmd(
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        as_json: bool = typer.Option(False, "--json", help="Print JSON Lines instead of text."),
    ) -> None:
        """List disagreements: claims on the same subject and attribute with different values across
        documents, and place locations the gazetteer contradicts, each with document, sentence and value."""
        with handled():
            with api.open_store(_settings(db).db, read_only=True) as store:
                rows = queries.conflicts(store)
        if as_json:
            for r in rows:
                out.print(json.dumps(r, ensure_ascii=False), markup=False, highlight=False, soft_wrap=True)
            return
        for r in rows:
            if r.get("kind") == "gazetteer":
                why = f"the gazetteer puts it in {', '.join(r.get('expected_names') or r['expected'])}"
            else:
                why = (f"{plural(len({c['value'] for c in r['claims']}), 'value')} in "
                       f"{plural(len({c['doc'] for c in r['claims']}), 'document')}")
            out.print(f"{r['title']} — {why}", markup=False, soft_wrap=True)
            for c in r["claims"]:
                who = (c["holder"] or {}).get("name") or c.get("author") or "the document"
                out.print(f"  {c.get('value_name') or c['value']:<12} “{_short(c['doc_title'], 40)}” "
                          f"sentence {c['sentence_index']} (held by {who}): "
                          f"{(c['sentence'] or '').strip()}", markup=False, soft_wrap=True)
            out.print("")
        say(plural(len(rows), "conflict"))


    @app.command("grade")
    def grade_cmd(
        source: Optional[str] = typer.Argument(None, help="A publication (site name or host, see the listing) or a "
                                                           "document id. Omit to list the grades."),
        value: Optional[str] = typer.Argument(None, help="A (completely reliable) … E (unreliable), "
                                                         "F (reliability cannot be judged)."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Set a source's Admiralty reliability grade (A–F), or list the grades; ungraded sources are F.

        The grade of a document is the one set for its id, else for its publication; events carry
        the grade of each source (`events --json`: mentions[].grade and the best as reliability)."""
        if source is not None and value is None:
            fail("give a grade A-F after the source (or nothing, to list the grades)")
        with handled():
            if source is not None:
                docs = api.grade(_settings(db).db, source, value)
                say(f"{source}: grade {value.upper()}; " + (f"applies to {plural(len(docs), 'stored document')}" if docs else
                    "no stored document has this publication or id yet"))
                return
            rows = api.grades(_settings(db).db)
        table = Table(header_style="bold")
        for col in ("grade", "source", "kind", "documents"):
            table.add_column(col, overflow="fold")
        for r in rows:
            table.add_row(r["grade"] + ("" if r["set"] else " (default)"), r["source"], r["kind"],
                          ", ".join(d.get("title") or d["doc"] for d in r["documents"]) or "—")
        out.print(table)
        say(plural(len(rows), "source"))


    @app.command("event")
    def event_cmd(
        event_id: str = typer.Argument(..., help="Event id (the short id of the `events` table, or ev_...) or a mention id (em_...)."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Show one event: its sources side by side and why they were merged."""
        with handled():
            with api.open_store(_settings(db).db, read_only=True) as store:
                ev = queries.event(store, event_id)
        src, tgt = _actor_cell(ev["source"]), _actor_cell(ev["target"])
        out.print(f"{ev['id']}  {ev['date'] or 'undated'}  {ev['type']}"
                  + (f" (act {ev['act_type']})" if ev.get("act_type") and ev["act_type"] != ev["type"] else "")
                  + f"  {src} → {tgt}  [{'negated' if ev['negated'] else ev['modality']}]", markup=False)
        out.print(f"merged because: {ev['merge_reason'] or '— (one mention)'}", markup=False)
        for m in ev["mentions"]:
            out.print(f"  {m['id']}  “{_short(m.get('doc_title') or m['doc'], 40)}” sentence {m['sentence']}: "
                      f"{(m['text'] or '').strip()}", markup=False)


    @app.command("merge")
    def merge_cmd(
        mention_a: Optional[str] = typer.Argument(None, help="A mention id (em_...), see `diplograph event`."),
        mention_b: Optional[str] = typer.Argument(None, help="Another mention id to treat as the same event."),
        rebuild: bool = typer.Option(False, "--rebuild", help="Instead, re-plan every merge of the store and "
                                     "rewrite its events table (ingests re-plan only what they touch)."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Force two event mentions into one event (recorded; survives re-ingest), or with --rebuild
        re-plan the merges of the whole store."""
        if rebuild:
            if mention_a or mention_b:
                fail("merge --rebuild takes no mention ids")
            with handled():
                n = api.rebuild(_settings(db).db)
            say(f"rebuilt; {plural(n, 'event')}")
            return
        if not (mention_a and mention_b):
            fail("merge needs two mention ids (or --rebuild)")
        with handled():
            n = api.merge_mentions(_settings(db).db, mention_a, mention_b, "merge")
        say(f"merged; {plural(n, 'event')}")


    @app.command("split")
    def split_cmd(
        mention_a: str = typer.Argument(..., help="A mention id (em_...), see `diplograph event`."),
        mention_b: str = typer.Argument(..., help="A mention id that must not be the same event."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Keep two event mentions apart as different events (recorded; survives re-ingest)."""
        with handled():
            n = api.merge_mentions(_settings(db).db, mention_a, mention_b, "split")
        say(f"split; {plural(n, 'event')}")


def _short(text: str, n: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[:n - 1] + "…"
