"""Invented sentences: the side of a found act that the grammar used to leave empty or take wrong.

A reaction told in a passive is voiced in the place named ("the accord was welcomed in X and criticised in Y":
X's state supports, Y's criticises; ``locative_agent_types`` in grammar.yaml, extract/events/agents.py), a
participle conjoined to a passive shares its subject and auxiliary (nlp/syntax.is_passive), and the reaction
is aimed at the act's author (extract/events/reactions.py); "it" before "is in talks with" refers to an actor
(``pronoun_relations`` in actor_words.yaml); a host of talks with one party named is that party's only partner
(extract/events/coder.py); act nouns in one coordination share the light verb's subject and the trailing
recipient phrase (extract/events/conjoined.py); "X's oil company" is a firm of X, not an adjunct ("in the
company of"); several doers of one act are never each other's implied counterpart (extract/events/implicit.py).
Where the text names no side, none is guessed."""

from __future__ import annotations

import pytest
from helpers import assert_rows, coded_rows


@pytest.mark.parametrize("text, must, must_not", [
    ("The accord was welcomed in Nairobi and criticised in Kampala.",
     [("SUPPORT", "KEN", None, "asserted"), ("ACCUSE", "UGA", None, "asserted")], []),
    ("The vote was welcomed in Washington and condemned in Beijing.",
     [("SUPPORT", "USA", None, "asserted"), ("ACCUSE", "CHN", None, "asserted")],
     [("ACCUSE", None, "CHN", None), ("SUPPORT", None, "USA", None)]),
    ("The decision was praised in Paris but condemned in Ankara.",
     [("SUPPORT", "FRA", None, "asserted"), ("ACCUSE", "TUR", None, "asserted")], [("ACCUSE", None, "TUR", None)]),
    ("China deployed warships near the island on Monday. The move was condemned in Tokyo and welcomed in Moscow.",
     [("ACCUSE", "JPN", "CHN", "asserted"), ("SUPPORT", "RUS", "CHN", "asserted")], []),
    ("Ethiopia and Eritrea signed a peace accord on Sunday. The accord was welcomed in Nairobi and criticised in "
     "Kampala.", [("SUPPORT", "KEN", "ETH", "asserted"), ("ACCUSE", "UGA", "ETH", "asserted")], []),
    ("Serbia signed a gas deal with Russia. The deal was criticised in Brussels.",
     [("ACCUSE", None, "SRB", "asserted")], [("ACCUSE", None, "BEL", None)]),
])
def test_a_passive_reaction_is_voiced_in_its_place(res, text, must, must_not):
    assert_rows(coded_rows(res, text), must, must_not, text)


@pytest.mark.parametrize("text, row", [
    ("China deployed warships near the island on Monday. The move drew criticism in Tokyo.",
     ("ACCUSE", "JPN", "CHN", "asserted")),
    ("China deployed warships near the island on Monday. The move drew criticism from Japan.",
     ("ACCUSE", "JPN", "CHN", "asserted")),
    ("Russia expelled two Estonian diplomats. The decision drew condemnation in Tallinn.",
     ("ACCUSE", "EST", "RUS", "asserted")),
])
def test_a_reaction_drawn_in_a_place_is_that_states(res, text, row):
    rows = coded_rows(res, text)
    assert row in rows, rows


def test_a_reaction_drawn_in_no_state_has_no_doer(res):
    rows = coded_rows(res, "The plan drew criticism in parliament.")
    assert not any(r[0] == "ACCUSE" and r[1] is not None for r in rows), rows


def test_a_passive_rejection_is_voiced_in_its_place(res):
    rows = coded_rows(res, "The proposal was rejected in Beijing and welcomed in Manila.")
    assert_rows(rows, [("REJECT", "CHN", None, "asserted"), ("SUPPORT", "PHL", None, "asserted")], [])


@pytest.mark.parametrize("text", [
    "The plan was discussed in Geneva.",
    "The proposal was debated in Brussels and discussed in Geneva.",
    "The treaty was signed in Geneva.",
    "The trade agreement was signed in Brussels on Monday.",
])
def test_a_place_where_something_was_discussed_or_signed_is_no_doer(res, text):
    rows = coded_rows(res, text)
    assert not any(r[1] in ("CHE", "BEL") or r[2] in ("CHE", "BEL") for r in rows), rows


@pytest.mark.parametrize("text, place", [
    ("The strike was condemned in Tehran.", "IRN"),
    ("The arrest was condemned in Paris.", "FRA"),
    ("Israel struck targets in Syria on Sunday. The strikes were condemned in Damascus and Tehran.", "IRN"),
])
def test_where_an_act_was_condemned_is_not_where_it_fell(res, text, place):
    rows = coded_rows(res, text)
    assert ("ACCUSE", place, None, "asserted") in rows or any(r[0] == "ACCUSE" and r[1] == place for r in rows), rows
    assert not any(r[0] in ("ASSAULT", "COERCE") and r[2] == place for r in rows), rows


@pytest.mark.parametrize("text, row", [
    ("Sudan's army said it was in talks with the RSF.", ("CONSULT", "SDN", "ORG_RSF", "asserted")),
    ("Ukraine said it was in talks with Poland over grain imports.", ("CONSULT", "UKR", "POL", "asserted")),
    ("Iran's army said it was in talks with Iraq.", ("CONSULT", "IRN", "IRQ", "asserted")),
    ("Ukraine says it is in negotiations with Poland.", ("CONSULT", "UKR", "POL", "asserted")),
    ("Kenya said it was in contact with Somalia about the hostages.", ("CONSULT", "KEN", "SOM", "asserted")),
])
def test_it_in_talks_with_is_the_speaker(res, text, row):
    rows = coded_rows(res, text)
    assert row in rows, rows
    assert not any(r[0] == "CONSULT" and r[1] is None for r in rows), rows


def test_an_expletive_it_stays_no_actor(res):
    rows = coded_rows(res, "Kenya said it was in the interest of the region to sign the deal.")
    assert not any(r[1] == "KEN" and r[0] == "CONSULT" for r in rows), rows


@pytest.mark.parametrize("text, row", [
    ("Norway hosted talks with the rebels.", ("CONSULT", "NOR", "GEN_REBELS", "asserted")),
    ("Qatar hosted talks with the Taliban.", ("CONSULT", "QAT", "TALIBAN", "asserted")),
    ("Switzerland hosted negotiations with Iranian officials.", ("CONSULT", "CHE", "IRN", "asserted")),
])
def test_hosted_talks_with_one_party_are_the_hosts(res, text, row):
    rows = coded_rows(res, text)
    assert row in rows, rows
    assert not any(r[0] == "CONSULT" and r[1] is None for r in rows), rows


def test_hosted_talks_between_two_parties_stay_theirs(res):
    rows = coded_rows(res, "Egypt hosted talks between Israel and Hamas.")
    assert_rows(rows, [("CONSULT", "EGY", "ISR", None), ("CONSULT", "ISR", "HAMAS", None)], [])


@pytest.mark.parametrize("text, row", [
    ("Canada imposed a travel ban and an asset freeze on three Russian oligarchs.", ("COERCE", "CAN", "RUS", "asserted")),
    ("The European Union imposed a travel ban and an asset freeze on four Syrian generals.",
     ("COERCE", "EU", "SYR", "asserted")),
    ("Japan announced an export ban and new tariffs against North Korea.", ("COERCE", "JPN", "PRK", "asserted")),
    ("The EU announced new sanctions and an arms embargo against Myanmar.", ("COERCE", "EU", "MMR", "asserted")),
    ("Canada imposed an arms embargo, a travel ban and an asset freeze on Belarusian officials.",
     ("COERCE", "CAN", "BLR", "asserted")),
])
def test_coordinated_act_nouns_share_their_doer_and_recipient(res, text, row):
    rows = coded_rows(res, text)
    assert row in rows, rows
    assert not any(r[0] == row[0] and (r[1] is None or r[2] is None) for r in rows), rows


def test_a_conjunct_with_its_own_recipient_keeps_it(res):
    rows = coded_rows(res, "Britain imposed a ban on imports and sanctions on Iran.")
    assert ("COERCE", "GBR", "IRN", "asserted") in rows, rows


@pytest.mark.parametrize("text, row", [
    ("The United States lifted sanctions on Iran's national oil company.", ("RETREAT", "USA", "IRN", "asserted")),
    ("The United States lifted sanctions on Iran's shipping company.", ("RETREAT", "USA", "IRN", "asserted")),
    ("The EU lifted sanctions on the Iranian oil company.", ("RETREAT", "EU", "IRN", "asserted")),
    ("Washington froze the assets of Venezuela's central bank.", ("COERCE", "USA", "VEN", "asserted")),
    ("Britain imposed sanctions on Russia's state nuclear company.", ("COERCE", "GBR", "RUS", "asserted")),
])
def test_an_act_on_a_states_firm_falls_on_the_state(res, text, row):
    rows = coded_rows(res, text)
    assert row in rows, rows


@pytest.mark.parametrize("text, must, must_not", [
    ("The presidents of Kenya and Uganda met in Nairobi on Monday. The two leaders criticised the African Union.",
     [("ACCUSE", "KEN", "AU", "asserted"), ("ACCUSE", "UGA", "AU", "asserted")], []),
    ("France and Germany held talks in Paris on Friday. Both sides accused Russia of violating the ceasefire.",
     [("ACCUSE", "FRA", "RUS", "asserted"), ("ACCUSE", "DEU", "RUS", "asserted")], []),
    ("France and Germany held talks in Paris on Friday. Both sides condemned the attack.",
     [("ACCUSE", "FRA", None, "asserted"), ("ACCUSE", "DEU", None, "asserted")],
     [("ACCUSE", "DEU", "FRA", None), ("ACCUSE", "FRA", "DEU", None)]),
    ("Kenyan President William Ruto met Ugandan President Yoweri Museveni on Monday. The two leaders condemned the "
     "attack.", [], [("ACCUSE", "PER_YOWERI_MUSEVENI", "PER_WILLIAM_RUTO", None),
                     ("ACCUSE", "PER_WILLIAM_RUTO", "PER_YOWERI_MUSEVENI", None)]),
    ("Japan and South Korea held a summit in Tokyo. The two nations condemned North Korea's missile launch.",
     [("ACCUSE", "JPN", "PRK", "asserted"), ("ACCUSE", "KOR", "PRK", "asserted")], []),
    ("Japan and the Philippines signed a defence pact on Monday. The two allies accused China of provocations.",
     [("ACCUSE", "JPN", "CHN", "asserted"), ("ACCUSE", "PHL", "CHN", "asserted")], []),
    ("The prime ministers of Greece and Turkey met in Athens. The two premiers condemned the attack.",
     [("ACCUSE", "GRC", None, "asserted"), ("ACCUSE", "TUR", None, "asserted")],
     [("ACCUSE", "GRC", "TUR", None), ("ACCUSE", "TUR", "GRC", None)]),
])
def test_a_group_phrase_for_two_named_parties_is_both(res, text, must, must_not):
    assert_rows(coded_rows(res, text), must, must_not, text)


@pytest.mark.parametrize("text", [
    "The two countries' border was closed.",
    "India and China held talks. The two countries' border remains tense.",
])
def test_a_border_of_two_countries_is_no_act(res, text):
    rows = coded_rows(res, text)
    assert not any(r[0] != "CONSULT" for r in rows), rows
