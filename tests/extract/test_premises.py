"""Things named again by their kind: "the embassy" is the embassy named before with an owner, when
the text names one; "the company" is the company named before (our own sentences)."""

from __future__ import annotations

from test_events import code


def test_the_embassy_is_the_embassy_named_before_with_its_owner(res):
    evs = code(res, "Ecuadorian police raided the Mexican embassy in Quito on Friday. "
                    "A fugitive Ecuadorian banker had sought asylum at the embassy in December.", "2024-04-08")
    assert [(e.type, e.target.actor_id) for e in evs if e.trigger == "sought"] == [("REQUEST", "MEX")]


def test_the_embassy_stays_unowned_when_two_owners_were_named(res):
    evs = code(res, "Protesters stormed the French embassy and the German embassy. "
                    "Police later entered the embassy.", "2024-04-08")
    assert not [e for e in evs if e.trigger == "entered" and e.target is not None]
    evs = code(res, "Police entered the embassy on Monday.", "2024-04-08")
    assert not [e for e in evs if e.target is not None]


def test_the_company_is_the_company_named_before(res):
    evs = code(res, "Russia fined Google on Monday. The company rejected the fine.", "2024-06-26")
    assert [(e.type, e.source.name) for e in evs if e.trigger == "rejected"] == [("REJECT", "Google")]
