"""Re-mentions within one document: one act told several times is one event; two acts stay two."""

from __future__ import annotations

from diplograph.store.merge_plan import MentionRow, plan
from diplograph.extract.events.remention import nominal_cue


def told(mid, sentence, text, trigger, date=None, *, type_="COERCE", src="TALIBAN", tgt="AFG", doc="d1"):
    """A mention of an invented article, its trigger found in its sentence."""
    return MentionRow(mid, doc, type_, src, tgt, date, False, "asserted", text, trigger, "2021-08-20",
                      sentence, text.lower().find(trigger.lower()))


def events(p):
    return len({e for e, _ in p.values()})


def test_definite_and_possessive_nominals_are_recognised():
    assert nominal_cue("The takeover stunned Washington.", "takeover") == "The takeover"
    assert nominal_cue("Since Russia's full-scale invasion of Ukraine, trade fell.", "invasion") \
        == "Russia's full-scale invasion"
    assert nominal_cue("Since Russia’s invasion, trade fell.", "invasion") == "Russia’s invasion"
    assert nominal_cue("The two-day talks ended in Doha.", "talks") == "The two-day talks"
    # a verb, or a bare noun, introduces an act rather than retelling one
    assert nominal_cue("The Taliban seized Kabul.", "seized") is None
    assert nominal_cue("The army invaded the north.", "invaded") is None
    assert nominal_cue("Talks between the two sides began in Doha.", "Talks") is None
    assert nominal_cue("Officials said that talks would resume.", "talks") is None
    # a subject noun between the determiner and a verb that is also an event noun
    assert nominal_cue("The rebels attack towns at night.", "attack") is None


def test_a_definite_re_mention_of_an_act_joins_it():
    took = told("a", 0, "The Taliban seized Kabul on Sunday.", "seized", "2021-08-15")
    again = told("b", 3, "The takeover stunned Western capitals.", "takeover")
    since = told("c", 7, "Since the Taliban's takeover of Afghanistan, aid has stopped.", "takeover")
    p = plan([took, again, since])
    assert events(p) == 1
    assert "same act retold in the document" in p["a"][1] and "'The takeover' refers back to 'seized'" in p["a"][1]


def test_the_retelling_must_come_later():
    first = told("a", 0, "The takeover of Kabul was swift, officials said.", "takeover", type_="COERCE")
    later = told("b", 4, "Fighters seized ministries across the capital.", "seized")
    assert events(plan([first, later])) == 2  # a verb after a definite noun tells a new act


def test_two_acts_told_with_different_dates_stay_apart():
    march = told("a", 1, "Turkey expelled two Dutch diplomats on 12 March 2017.", "expelled", "2017-03-12",
                 type_="SANCTION", src="TUR", tgt="NLD")
    june = told("b", 5, "The expulsion of a Dutch consul followed on 2 June 2017.", "expulsion", "2017-06-02",
                type_="SANCTION", src="TUR", tgt="NLD")
    assert events(plan([march, june])) == 2
    # an undated re-mention between them joins one of them only: an event never holds two dates
    undated = told("c", 8, "The expulsions soured relations for years.", "expulsions",
                   type_="SANCTION", src="TUR", tgt="NLD")
    p = plan([march, june, undated])
    assert events(p) == 2 and p["c"][0] in (p["a"][0], p["b"][0])


def test_refined_dates_need_more_than_the_same_verb():
    year = told("a", 2, "In 2017 Turkey expelled two Dutch diplomats.", "expelled", "2017",
                type_="SANCTION", src="TUR", tgt="NLD")
    month = told("b", 6, "In June 2017 Turkey expelled a Dutch consul over a rally.", "expelled", "2017-06",
                 type_="SANCTION", src="TUR", tgt="NLD")
    assert events(plan([year, month])) == 2
    possessive = told("c", 9, "Turkey's expulsion in June 2017 was the first in decades.", "expulsion", "2017-06",
                      type_="SANCTION", src="TUR", tgt="NLD")
    assert events(plan([year, possessive])) == 1


def test_an_undated_generic_mention_stays_apart_from_a_dated_act():
    dated = told("a", 1, "In May 2023 Russia signed a railway deal with Iran.", "signed", "2023-05",
                 type_="COOPERATE", src="RUS", tgt="IRN")
    generic = told("b", 4, "Moscow has long worked with Tehran on nuclear energy.", "worked",
                   type_="COOPERATE", src="RUS", tgt="IRN")
    assert events(plan([dated, generic])) == 2
    # the same sentences in two documents: no shared words, no merge either
    assert events(plan([dated, told("b", 4, generic.text, "worked", type_="COOPERATE", src="RUS", tgt="IRN",
                                    doc="d2")])) == 2


def test_the_same_verb_retold_undated_joins_and_says_why():
    first = told("a", 0, "Gabon and the Seychelles likewise cut ties with Bahrain on Tuesday.", "cut",
                  "2019-03-12", type_="SANCTION", src="GAB", tgt="BHR")
    again = told("b", 9, "The government in Libreville cut ties in solidarity, its state radio reported.", "cut",
                  type_="SANCTION", src="GAB", tgt="BHR")
    p = plan([first, again])
    assert events(p) == 1 and "same trigger ('cut'); one undated" in p["b"][1]
    # in another document the same two sentences share too few words to be one event
    assert events(plan([first, told("b", 9, again.text, "cut", type_="SANCTION", src="GAB", tgt="BHR",
                                    doc="d2")])) == 2


def test_one_sided_mentions_join_on_the_same_actor_and_trigger_only():
    one = dict(type_="ASSAULT", src="RUS", tgt=None)
    strike = told("a", 2, "Russia struck the port overnight.", "struck", "2023-07-19", **one)
    again = told("b", 6, "Russia struck it again, officials said.", "struck", **one)
    other = told("c", 8, "Russia shelled the border villages.", "shelled", **one)
    p = plan([strike, again, other])
    assert p["a"][0] == p["b"][0] != p["c"][0] and "same actor and trigger" in p["a"][1]
    # different dates, or another document, keep them apart
    assert events(plan([strike, told("b", 6, again.text, "struck", "2023-07-20", **one)])) == 2
    assert events(plan([strike, told("b", 6, again.text, "struck", doc="d2", **one)])) == 2


def test_mentions_in_one_sentence_are_not_alike_for_sharing_it():
    both = "Russia expelled two envoys and later expelled a third envoy."
    a = told("a", 3, both, "expelled", "2020", type_="SANCTION", src="RUS", tgt="CZE")
    b = MentionRow("b", "d1", "SANCTION", "RUS", "CZE", "2020-04", False, "asserted", both, "expelled",
                   "2021-08-20", 3, both.rfind("expelled"))
    assert events(plan([a, b])) == 2


def test_ingested_article_retold_by_possessive_nominal_is_one_event(tmp_path, res):
    from diplograph import api
    text = ("Russia invaded Ukraine on 24 February 2022. Russia's invasion of Ukraine was condemned "
            "around the world. Since Russia's invasion of Ukraine, grain exports have collapsed.\n")
    (tmp_path / "a.txt").write_text(text)
    db = str(tmp_path / "r.duckdb")
    api.ingest([tmp_path / "a.txt"], db=db, published="2022-03-10", resources=res)
    found = [e for e in api.events(db) if e["type"] == "ASSAULT" and (e["target"] or {}).get("id") == "UKR"]
    assert len(found) == 1 and len(found[0]["mentions"]) >= 2
    # (the dates stage may already give the re-mentions the act's date, and so the same-date reason)
    assert found[0]["date"] == "2022-02-24" and any(
        why in found[0]["merge_reason"] for why in ("retold", "same type, actors and date"))
