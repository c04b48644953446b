"""Claims (onset, counts, amounts, places), conflicts across documents and the gazetteer check,
on sentences written for these tests."""

from __future__ import annotations

import pytest

from diplograph import api
from diplograph.extract.actors import gazetteer
from diplograph.analysis import queries
from diplograph.extract.actors.resolve import resolve_actors
from diplograph.extract.claims.finder import find_claims, load_cues
from diplograph.store.database import Store


def claims(res, text, published="2022-05-01"):
    doc = res.nlp(text)
    resolution = resolve_actors(doc, res.kb, published)
    index = {s.start: i for i, s in enumerate(doc.sents)}
    return find_claims(doc, resolution, res.lexicon.reporting_verbs, index, published)


def triples(res, text):
    return [(c.subject, c.attribute, c.value) for c in claims(res, text)]


@pytest.mark.parametrize("text, subject, value", [
    ("Kenya's relationship with Hamas began in 1999, long before the war.", "HAMAS|KEN", "1999"),
    ("The first contact between the Chilean government and Hamas was established back in 2011.", "CHL|HAMAS",
     "2011"),
    ("As early as 2012, Norway had been in contact with Hamas.", "HAMAS|NOR", "2012"),
    ("Peru has maintained contacts with Hezbollah since 2016.", "HEZBOLLAH|PER", "2016"),
    ("Hungary opened negotiations with the Houthis as early as 2019.", "HOUTHIS|HUN", "2019"),
    ("Tokyo's ties with Tehran date back to March 1929.", "IRN|JPN", "1929-03"),
])
def test_onset_shapes(res, text, subject, value):
    assert (subject, "relations_began", value) in triples(res, text)


def test_between_the_two_points_back_to_the_pair(res):
    text = ("Last week there were talks between Japan and Iran's foreign ministry in Tokyo, "
            "resuming contacts between the two that began in 2013.")
    assert triples(res, text) == [("IRN|JPN", "relations_began", "2013")]


def test_one_claim_per_relation_and_place(res):
    # the store keys claims by document, sentence, start and attribute: no duplicates may reach it
    assert triples(res, "Kenya's ties with Hamas began in 2007, or perhaps in 2005.") == [
        ("HAMAS|KEN", "relations_began", "2007")]


def test_a_person_counts_as_the_state_it_acts_for(res):
    text = "Vladimir Putin's contacts with Hamas started in 2006."
    assert ("HAMAS|RUS", "relations_began", "2006") in triples(res, text)


@pytest.mark.parametrize("text", [
    "Relations between Chile and Peru have been tense since 2019.",  # a state of relations, not their start
    "The war in Yemen began in 2014.",  # no relation noun
    "Brazil's relationship with Kenya did not begin in 2009.",  # negated
    "Brazil held talks with Kenya in 2009.",  # a date of talks, not of their start
    "The talks took place in the northern province and in Russia's capital city.",  # no named place
    "The museum has 4,000 visitors a day.",  # not an actor's strength
    "The rebels freed 5,000 Taliban fighters.",  # people acted on, not a force's size
    "The bomb killed 13 American soldiers in the port.",
])
def test_no_claim(res, text):
    assert triples(res, text) == []


def test_holder_is_the_reporting_speaker(res):
    found = claims(res, "A Kenyan minister told reporters that Kenya's ties with Hamas date back to 1999.")
    assert [(c.subject, c.value) for c in found] == [("HAMAS|KEN", "1999")]
    assert found[0].holder is not None and found[0].holder.actor_id == "KEN"
    found = claims(res, "According to Canada, the first talks between Ottawa and the Taliban took place in 2010.")
    assert found[0].subject == "CAN|TALIBAN" and found[0].holder.actor_id == "CAN"
    assert claims(res, "Peru has maintained contacts with Hezbollah since 2016.")[0].holder is None


@pytest.mark.parametrize("text, expected", [
    ("Some 4,500 al-Shabaab fighters remain in the south.", ("AL_SHABAAB", "count:fighter", "4500")),
    ("Between 2,000 and 3,000 ISIS members live in the camps.", ("ISIS", "count:member", "2000-3000")),
    ("Hezbollah has 20,000 fighters.", ("HEZBOLLAH", "count:fighter", "20000")),
    ("About 2.5 million Russian troops are stationed in the region.", ("RUS", "count:troop", "2500000")),
    ("The army hunted the 3,000 ISIS members who live in the hills.", ("ISIS", "count:member", "3000")),
    ("Hezbollah earns between $100-150 million per year from smuggling.",
     ("HEZBOLLAH", "amount:earn", "100000000-150000000 USD/year")),
    ("Iran gave Hamas 30 million dollars.", ("IRN", "amount:give", "30000000 USD")),
])
def test_quantity_claims(res, text, expected):
    assert expected in triples(res, text)


@pytest.mark.parametrize("text, expected", [
    ("The meeting was held in Pakistan's Herat province.", ("Herat", "located_in", "PAK")),
    ("Fighting spread to the Afghan province of Kunduz.", ("Kunduz", "located_in", "AFG")),
    ("Aid reached Kandahar province of Iran on Monday.", ("Kandahar", "located_in", "IRN")),
])
def test_location_claims(res, text, expected):
    assert expected in triples(res, text)


def test_gazetteer():
    assert gazetteer.check("Kunduz", "TJK") == ["AFG"]
    assert gazetteer.check("Mazar-e Sharif", "AFG") is None  # spelling variants fold together
    assert gazetteer.check("Tripoli", "LBN") is None and gazetteer.check("Tripoli", "LBY") is None
    assert gazetteer.check("Crimea", "RUS") is None  # disputed: never flagged
    assert gazetteer.check("Atlantis", "TJK") is None  # unknown places are not judged


def test_cue_file_is_validated():
    cues = load_cues()
    assert "begin" in cues.onset_verbs and "contact" in cues.relation_nouns
    assert cues.date_prefix.search("as early as ") and not cues.date_prefix.search("in ")


@pytest.fixture(scope="module")
def corpus(res, tmp_path_factory):
    folder = tmp_path_factory.mktemp("claims")
    (folder / "a.txt").write_text(
        "Kenya and Hamas\n\nKenya's relationship with Hamas began in 1999, officials in Nairobi say. "
        "Talks were later held in Pakistan's Herat province.\n", encoding="utf-8")
    (folder / "b.txt").write_text(
        "Old friends\n\nThe first contact between Kenya and Hamas was established back in 2004. "
        "Hamas has 20,000 fighters.\n", encoding="utf-8")
    (folder / "c.txt").write_text(
        "Dates\n\nKenya has maintained contacts with Hamas since March 2004. Hamas has 20,000 fighters.\n",
        encoding="utf-8")
    db = str(folder / "c.duckdb")
    report = api.ingest([folder], db=db, resources=res)
    assert report.stored == 3 and not report.skipped
    return db


def test_conflict_across_documents(corpus):
    with Store(corpus, read_only=True) as store:
        found = queries.conflicts(store)
    onset = [c for c in found if c["about"] == {"subject": "HAMAS|KEN", "attribute": "relations_began"}]
    assert len(onset) == 1 and onset[0]["kind"] == "sources"
    got = sorted((c["doc"], c["value"]) for c in onset[0]["claims"])
    assert got == [("a", "1999"), ("b", "2004"), ("c", "2004-03")]
    assert all("Hamas" in c["sentence"] for c in onset[0]["claims"])
    # equal counts and compatible dates alone are no conflict
    assert not [c for c in found if c["about"]["attribute"].startswith("count:")]


def test_compatible_dates_are_no_conflict(res, tmp_path):
    (tmp_path / "x.txt").write_text("One\n\nPeru's ties with Hezbollah date back to 2016.\n", encoding="utf-8")
    (tmp_path / "y.txt").write_text("Two\n\nPeru has maintained contacts with Hezbollah since May 2016.\n",
                                    encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    api.ingest([tmp_path], db=db, resources=res)
    with Store(db, read_only=True) as store:
        assert [c["value"] for c in queries.claims(store)] == ["2016", "2016-05"]
        assert queries.conflicts(store) == []


def test_gazetteer_error_is_a_conflict(corpus):
    with Store(corpus, read_only=True) as store:
        errors = queries.gazetteer_errors(store)
        assert errors == [c for c in queries.conflicts(store) if c["kind"] == "gazetteer"]
    assert len(errors) == 1
    assert errors[0]["about"]["subject"] == "Herat" and errors[0]["expected"] == ["AFG"]
    assert errors[0]["claims"][0]["value"] == "PAK" and errors[0]["claims"][0]["doc"] == "a"


def test_conflicts_command(corpus):
    import json

    from typer.testing import CliRunner

    from diplograph.cli.main import app
    result = CliRunner().invoke(app, ["conflicts", "--db", corpus])
    assert result.exit_code == 0, result.output
    assert "Hamas" in result.output and "1999" in result.output and "gazetteer" in result.output
    result = CliRunner().invoke(app, ["conflicts", "--db", corpus, "--json"])
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert {r["kind"] for r in rows} == {"sources", "gazetteer"}


def test_grade_is_carried_to_events(res, tmp_path):
    text = "Kenya expelled two Iranian diplomats on 3 May 2021, the foreign ministry said."
    (tmp_path / "site.html").write_text(
        '<html><head><meta property="og:site_name" content="The Nairobi Planet"><title>Expulsion</title></head>'
        f"<body><article><h1>Expulsion</h1><p>{text}</p></article></body></html>", encoding="utf-8")
    (tmp_path / "note.txt").write_text(f"Expulsion\n\n{text}\n", encoding="utf-8")
    db = str(tmp_path / "g.duckdb")
    api.ingest([tmp_path], db=db, resources=res)
    assert {d["doc"]: (d["publication"], d["grade"]) for d in api.documents(db)} == {
        "site": ("The Nairobi Planet", "F"), "note": (None, "F")}
    assert api.grade(db, "the nairobi planet", "b") == ["site"]  # publication names match in any case
    assert api.grade(db, "Gazette of Nowhere", "A") == []  # kept for documents still to come
    with pytest.raises(Exception, match="grade must be one of"):
        api.grade(db, "note", "G")
    evs = [e for e in api.events(db) if e["source"] and e["source"]["id"] == "KEN"]
    assert evs
    for ev in evs:
        grades = {m["doc"]: m["grade"] for m in ev["mentions"]}
        assert grades.get("site", "B") == "B" and grades.get("note", "F") == "F"
        assert ev["reliability"] == min(grades.values())
    assert any(len(ev["mentions"]) == 2 and ev["reliability"] == "B" for ev in evs)
    api.grade(db, "note", "A")  # a document's own grade wins over its publication's
    assert {m["doc"]: m["grade"] for ev in api.events(db) for m in ev["mentions"]}["note"] == "A"
    listed = {g["source"]: (g["grade"], g["set"]) for g in api.grades(db)}
    assert listed["The Nairobi Planet"] == ("B", True) and listed["gazette of nowhere"] == ("A", True)


@pytest.mark.parametrize("text, expected", [
    # the pair named in a sentence without a date (its parties worked out only when asked for)
    ("There were talks between Japan and Iran last week. Talks between the two began in 2013.",
     [("IRN|JPN", "relations_began", "2013")]),
    ("There were talks between Japan and Iran last week.\n\nTalks between the two began in 2013.", []),
    ("Kenya's ties with Hamas are old. The weather was fine. Japan's contacts with Iran are new. "
     "Contacts between the two began in 2004.", [("IRN|JPN", "relations_began", "2004")]),
    ("Japan's contacts with Iran began in 2001. Kenya's ties with Hamas are old. "
     "Contacts between the two began in 2004.",
     [("IRN|JPN", "relations_began", "2001"), ("HAMAS|KEN", "relations_began", "2004")]),
    ("Kenya's ties with Hamas are old. Talks between Japan and Iran began in 2010, and contacts between "
     "the two began in 2004.", [("IRN|JPN", "relations_began", "2010"), ("IRN|JPN", "relations_began", "2004")]),
])
def test_the_two_is_the_last_pair_named_before_in_the_paragraph(res, text, expected):
    assert triples(res, text) == expected
