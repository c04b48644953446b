"""Sides filled across clauses and sentences (invented sentences): a request for help is not addressed
to the attacker, a relative clause that answers or judges a judged thing names no author of it, force
on "posts" is no judgement of a text, and a clause before a semicolon is told, not the content of the
verb after it."""

from __future__ import annotations

import pytest

from test_events import code


def sides(events, type_):
    return {(e.source and e.source.actor_id, e.target and e.target.actor_id) for e in events if e.type == type_}


def modality(events, type_):
    return {e.modality for e in events if e.type == type_}


# (text, type, (source, target) that must be coded)
CODED = [
    # a request for help by the side attacked is not made to the attacker: its addressee is unsaid
    ("Russia attacked Ukraine. Ukraine asked for more weapons.", "REQUEST", ("UKR", None)),
    ("Russia attacked Ukraine. Ukraine appealed for help.", "REQUEST", ("UKR", None)),
    ("Russia attacked Ukraine. Ukraine appealed to Poland for help.", "REQUEST", ("UKR", "POL")),
    ("Russia attacked Ukraine. Ukraine asked Germany for weapons.", "REQUEST", ("UKR", "DEU")),
    # ... but one made after a cooperative act goes to the helper, and a demand to yield to the foe
    ("Germany sent tanks to Ukraine. Ukraine asked for more weapons.", "REQUEST", ("UKR", "DEU")),
    ("Iran seized a British tanker. Britain demanded its release.", "REQUEST", ("GBR", "IRN")),
    # a relative clause that answers or judges the judged thing is another judge, not its author
    ("France welcomed the deal, which Russia rejected.", "SUPPORT", ("FRA", None)),
    ("Germany welcomed the plan, which Poland accepted.", "SUPPORT", ("DEU", None)),
    ("Japan praised the statement, which China criticised.", "SUPPORT", ("JPN", None)),
    ("Spain criticised the deal, which Italy welcomed.", "ACCUSE", ("ESP", None)),
    # ... while one that tells its doing names the one aimed at
    ("France condemned the strikes, which Russia carried out.", "ACCUSE", ("FRA", "RUS")),
    ("France criticised the deal that Russia signed with Iran.", "ACCUSE", ("FRA", "RUS")),
    ("Chile backed the resolution that Peru drafted.", "SUPPORT", ("CHL", "PER")),
    # force falls on posts and positions, not on texts: the protest after it is aimed at the doer
    ("Indian troops shelled Pakistani posts. Pakistan protested.", "ACCUSE", ("PAK", "IND")),
    ("Russia bombed Ukrainian positions. Ukraine protested.", "ACCUSE", ("UKR", "RUS")),
    ("Chinese coast guard ships rammed a Philippine vessel. Manila protested.", "ACCUSE", ("PHL", "CHN")),
    ("Turkish jets bombed Kurdish positions in Iraq. Iraq protested.", "ACCUSE", ("IRQ", "TUR")),
    ("Kenya expelled Uganda's envoy. Uganda condemned the decision.", "ACCUSE", ("UGA", "KEN")),
    # a protest right after a foreign act of force or coercion that names no one it fell on is aimed at its doer
    ("China seized a boat; Vietnam protested.", "ACCUSE", ("VNM", "CHN")),
    ("China seized a boat. Vietnam protested.", "ACCUSE", ("VNM", "CHN")),
    ("Russia fired missiles. Ukraine protested.", "ACCUSE", ("UKR", "RUS")),
]


@pytest.mark.parametrize("text,type_,pair", CODED)
def test_cross_clause_sides(res, text, type_, pair):
    assert pair in sides(code(res, text), type_)


# (text, type, (source, target) that must not be coded)
NOT_CODED = [
    ("Russia attacked Ukraine. Ukraine asked for more weapons.", "REQUEST", ("UKR", "RUS")),
    ("France welcomed the deal, which Russia rejected.", "SUPPORT", ("FRA", "RUS")),
    ("Japan praised the statement, which China criticised.", "SUPPORT", ("JPN", "CHN")),
    ("Ecuador raided Mexico's embassy. Ecuador defended the raid.", "SUPPORT", ("ECU", "MEX")),
    ("Indian troops shelled Pakistani posts. Pakistan protested.", "ACCUSE", ("PAK", None)),
    # ... not one after an act told two sentences before
    ("China seized a boat. Talks were held in Hanoi. Vietnam protested.", "ACCUSE", ("VNM", "CHN")),
]


@pytest.mark.parametrize("text,type_,pair", NOT_CODED)
def test_cross_clause_wrong_sides_not_coded(res, text, type_, pair):
    assert pair not in sides(code(res, text), type_)


# (text, type, modality): a clause before a semicolon is told on its own; a real complement stays reported
MOODS = [
    ("China seized a boat; Vietnam protested.", "COERCE", "asserted"),
    ("Serbia arrested a Kosovo official; Pristina protested.", "COERCE", "asserted"),
    ("Russia shelled Kharkiv; Ukraine condemned the attack.", "ASSAULT", "asserted"),
    ("Vietnam said China seized a boat.", "COERCE", "reported"),
    ("Vietnam protested that China had seized a boat.", "COERCE", "reported"),
]


@pytest.mark.parametrize("text,type_,mood", MOODS)
def test_semicolon_clause_mood(res, text, type_, mood):
    assert modality(code(res, text), type_) == {mood}
