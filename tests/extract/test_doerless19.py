"""An act with no source found: kept where the text names no particular doer, left out (a half record) where
it names one that resolved to no actor (fragments.py, doer_named.py). Invented sentences."""

from __future__ import annotations

import pytest
from helpers import coded_pairs


@pytest.mark.parametrize("text, typ, target", [
    ("Three Sudanese aid workers were abducted near the border on Monday.", None, "SDN"),   # agentless passive
    ("The Iraqi envoy was expelled on Thursday.", "SANCTION", "IRQ"),
    ("Sanctions on Syrian banks took effect on Friday.", None, "SYR"),                      # act noun, no possessor
    ("A mob beat two Nigerian traders in Accra on Sunday.", "ASSAULT", "NGA"),              # harm by anyone of a kind
    ("A car bomb killed four Somali soldiers on Monday.", "ASSAULT", "SOM"),
    ("Al-Rashid's arrest in Bahrain was confirmed on Monday.", None, None),                 # possessor undergoes it
])
def test_no_doer_named_keeps_the_record(res, text, typ, target):
    got = coded_pairs(res, text)
    assert any(s is None and (typ is None or t == typ) and (target is None or g == target) for t, s, g in got), got


@pytest.mark.parametrize("text, target", [
    ("The foreign ministry condemned Serbia on Friday.", "SRB"),      # definite subject, no state
    ("They accused Ghana of fraud.", "GHA"),                          # pronoun
    ("The ruling party accused Turkey of interference.", "TUR"),
    ("The alliance insisted on its demand that Chad free political prisoners.", "TCD"),  # possessor
    ("Chile was condemned by the committee on Monday.", "CHL"),       # by-agent
    ("The spokesman went on to criticise Iceland.", "ISL"),           # controlled infinitive
    ("The militia that attacked Ukrainian posts withdrew.", "UKR"),   # relative clause: its head noun
])
def test_a_named_doer_not_resolved_leaves_no_half_record(res, text, target):
    got = coded_pairs(res, text)
    assert not any(s is None and g == target for _, s, g in got), got


def test_an_act_another_act_takes_as_object_is_not_carried(res):
    # "condemned the attack": Turkey is not the attacker, and the attack's doer is not told: kept
    got = coded_pairs(res, "Turkey condemned the attack on Iraq.")
    assert ("ASSAULT", None, "IRQ") in got and ("ACCUSE", "TUR", None) in {(t, s, None) for t, s, _ in got}, got
