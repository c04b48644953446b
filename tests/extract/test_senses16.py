"""Invented sentences: two senses of one trigger, told apart by what the 2021 CAMEO->PLOVER table decides
them by -- the clause a verb takes, the class of its object or predicate, its preposition, negation.

* An act the parties agree to do with each other is coded twice: the stance (AGREE, asserted, by the verb
  of agreeing) and the act itself, coming ("agreed to hold talks with Y": CONSULT, future), as an act
  announced by "will" is (extract/events/coder.py, fragments.py); a promise of one's own act ("promised to
  send aid to Y") is one row, the promise.  The act coming is dated by its own verb ("agreed on Friday to
  hold talks in March": the talks in March ahead, extract/dates/dating.py).
* A warning is a threat only when what it warns of is still to come ("warned Y that it would close the
  border", "warned Y of retaliation"); a warning whose clause judges what was done or is so ("warned Y that
  its decision was a mistake") voices disapproval, ACCUSE; one that warns no one of what things will do
  ("warned that prices would rise") forecasts (extract/events/intent.py).
* Police sent to another state ("deployed 400 police officers to Haiti") go on a mission there, peacekeeping
  aid (CAMEO 074, AID; announced: AGREE); to a place at home they are a deployment (MOBILIZE): the trigger
  lexicon's `abroad` constraint (extract/events/triggers.py).
* A verb of naming ("called X a mistake", "described X as a provocation", "called X a positive step") is
  ACCUSE or SUPPORT by the class of the name it gives (data/triggers.yaml: the evaluation words); a person
  called with no name given is no judgement.
"""

from __future__ import annotations

import diplograph
import pytest
from helpers import assert_rows, coded_rows


def _rows(res, text):
    return coded_rows(res, text, "2025-05-14")


@pytest.mark.parametrize("text, must, must_not", [
    # agreed / promised to do: the stance now, the act coming
    ("Ethiopia agreed to hold talks with Egypt next month.",
     [("AGREE", "ETH", "EGY", "asserted"), ("CONSULT", "ETH", "EGY", "future")], []),
    ("Ethiopia agreed on Tuesday to resume negotiations with Egypt.",
     [("AGREE", "ETH", "EGY", "asserted"), ("CONSULT", "ETH", "EGY", "future")], []),
    ("Ethiopia held talks with Egypt on Tuesday.",
     [("CONSULT", "ETH", "EGY", "asserted")], [("AGREE", None, None, None)]),
    # (a promise of one's own act: the promise is the row, the act its content)
    ("Kenya promised to send food aid to Somalia.",
     [("AGREE", "KEN", "SOM", "asserted")], [("AID", "KEN", "SOM", None)]),
    ("Kenya sent food aid to Somalia on Monday.",
     [("AID", "KEN", "SOM", "asserted")], [("AGREE", None, None, None)]),
    ("Turkey agreed to visit Armenia in June.",
     [("AGREE", "TUR", "ARM", "asserted"), ("CONSULT", "TUR", "ARM", "future")], []),
    ("Ghana refused to hold talks with Togo.",
     [("REJECT", "GHA", "TGO", None)], [("CONSULT", "GHA", "TGO", "future"), ("AGREE", None, None, None)]),
])
def test_act_agreed_is_coming(res, text, must, must_not):
    assert_rows(_rows(res, text), must, must_not, text)


def test_act_agreed_is_dated_by_its_own_verb(res):
    """ "agreed to hold talks in March": March is the talks', ahead of the agreement."""
    evs = diplograph.code("Bolivia agreed on Friday to hold talks with Chile in March.", resources=res,
                          published="2025-12-12")
    assert [(e.type, e.modality, e.date.value) for e in evs if e.type == "CONSULT"] == [("CONSULT", "future", "2026-03")]


@pytest.mark.parametrize("text, must, must_not", [
    # warned: of what is to come (a threat) or about what is done (disapproval)
    ("Ghana warned Togo that the decision to close the border was a grave mistake.",
     [("ACCUSE", "GHA", "TGO", "asserted")], [("THREATEN", None, None, None)]),
    ("Ghana warned Togo that the border closure was illegal.",
     [("ACCUSE", "GHA", "TGO", "asserted")], [("THREATEN", None, None, None)]),
    ("Ghana warned Togo that it would close the border.",
     [("THREATEN", "GHA", "TGO", None)], [("ACCUSE", None, None, None)]),
    ("Ghana warned Togo that any incursion would be met with force.",
     [("THREATEN", "GHA", "TGO", None)], [("ACCUSE", None, None, None)]),
    # (its own side named, what is so is a warning of what it may do: "its patience is running out")
    ("Ghana warned Togo that Ghanaian patience was running out.",
     [("THREATEN", "GHA", "TGO", None)], [("ACCUSE", None, None, None)]),
    ("Ghana warned Togo of retaliation.", [("THREATEN", "GHA", "TGO", None)], [("ACCUSE", None, None, None)]),
    ("Ghana warned Togo against closing the border.", [("THREATEN", "GHA", "TGO", None)], []),
    ("Ghana cautioned Togo against closing the border.", [("THREATEN", "GHA", "TGO", None)], []),
    ("Ghana cautioned that the border closure could hurt trade.", [], [("THREATEN", None, None, None)]),
    # (warning no one of what things will do forecasts; the warner's own response, its agent unsaid, threatens)
    ("Ghana warned that food prices would rise.", [], [("THREATEN", None, None, None), ("ACCUSE", None, None, None)]),
    ("Ghana warned that any incursion would be met with force.", [("THREATEN", "GHA", None, None)], []),
])
def test_warning_is_a_threat_only_of_what_is_to_come(res, text, must, must_not):
    assert_rows(_rows(res, text), must, must_not, text)


@pytest.mark.parametrize("text, must, must_not", [
    # a name given: its class decides the sense
    ("Ghana called Togo's decision a grave mistake.", [("ACCUSE", "GHA", "TGO", "asserted")], [("SUPPORT", None, None, None)]),
    ("Ghana called Togo's offer a positive step.", [("SUPPORT", "GHA", "TGO", "asserted")], [("ACCUSE", None, None, None)]),
    ("Ghana called Togo a reliable partner.", [("SUPPORT", "GHA", "TGO", "asserted")], [("ACCUSE", None, None, None)]),
    ("Ghana called Togo's president a dictator.", [("ACCUSE", "GHA", None, "asserted")], [("SUPPORT", None, None, None)]),
    ("Ghana described Togo's border closure as a provocation.",
     [("ACCUSE", "GHA", "TGO", "asserted")], [("SUPPORT", None, None, None)]),
    ("Ghana described Togo's offer as constructive.", [("SUPPORT", "GHA", "TGO", "asserted")], [("ACCUSE", None, None, None)]),
    ("Ghana labelled Togo's offer a welcome step.", [("SUPPORT", "GHA", "TGO", "asserted")], [("ACCUSE", None, None, None)]),
    ("Ghana labelled Togo's election a sham.", [("ACCUSE", "GHA", "TGO", "asserted")], [("SUPPORT", None, None, None)]),
    ("Ghana called Togo's president on Monday.", [], [("ACCUSE", None, None, None), ("SUPPORT", None, None, None)]),
    ("Ghana described the flooding as a catastrophe.", [], [("ACCUSE", None, None, None), ("SUPPORT", None, None, None)]),
])
def test_name_given_decides_the_sense(res, text, must, must_not):
    assert_rows(_rows(res, text), must, must_not, text)


@pytest.mark.parametrize("text, must, must_not", [
    # police sent to another state: a mission there (peacekeeping aid); within its own borders: a deployment
    ("Kenya deployed 400 police officers to Haiti.", [("AID", "KEN", "HTI", "asserted")], [("MOBILIZE", None, None, None)]),
    ("Rwanda sent police officers to the Central African Republic.", [("AID", "RWA", "CAF", "asserted")],
     [("MOBILIZE", None, None, None)]),
    ("Kenya said it would send 1,000 police officers to Haiti next month.",
     [("AGREE", "KEN", "HTI", None), ("AID", "KEN", "HTI", "future")], [("THREATEN", None, None, None)]),
    ("Kenya deployed police officers to Nairobi.", [("MOBILIZE", "KEN", None, "asserted")], [("AID", None, None, None)]),
    ("Kenya deployed police officers to the Somali border.", [("MOBILIZE", "KEN", None, "asserted")],
     [("AID", None, None, None)]),
    ("Kenya sent troops to Somalia.", [("MOBILIZE", "KEN", "SOM", "asserted")], [("AID", None, None, None)]),
])
def test_police_abroad_are_a_mission(res, text, must, must_not):
    assert_rows(_rows(res, text), must, must_not, text)


@pytest.mark.parametrize("text, must, must_not", [
    # the object's class: aid halted is a sanction, sanctions imposed coerce
    ("Lithuania suspended military aid to Georgia.", [("SANCTION", "LTU", "GEO", "asserted")], [("COERCE", None, None, None)]),
    ("Lithuania imposed sanctions on Georgia.", [("COERCE", "LTU", "GEO", "asserted")], [("SANCTION", None, None, None)]),
    # negation: a stance not taken is a refusal, an act not done is no act
    ("Peru did not accept the proposal from Chile.", [("REJECT", "PER", "CHL", "asserted")], [("AGREE", "PER", "CHL", None)]),
    ("Peru accepted the proposal from Chile.", [("AGREE", "PER", "CHL", "asserted")], [("REJECT", None, None, None)]),
])
def test_object_and_negation_decide_the_sense(res, text, must, must_not):
    assert_rows(_rows(res, text), must, must_not, text)
