"""Acts not told as done whose parties the text does not give are no records (our own sentences):
what a demand asks is the demand's record, a bare possibility records no relation; acts told as done
keep their record with one side, and wanted acts keep theirs when both sides are named."""

from __future__ import annotations

from diplograph.extract.events.fragments import drop_fragments, fragment
from diplograph.records import ActorRef, Event
from test_events import code


def state(code_: str) -> ActorRef:
    return ActorRef(code_, code_, code_, 0, 1, country=code_, sector="GOV", kind="state")


def event(src, tgt, modality="asserted", negated=False, **kw) -> Event:
    return Event(type="RETREAT", source=src and state(src), target=tgt and state(tgt), sentence=0, start=0, end=1,
                 trigger="x", modality=modality, negated=negated, **kw)


def test_what_a_demand_asks_with_a_side_unsaid_is_left_to_the_demand(res):
    evs = code(res, "Malaysia urged Thailand and Cambodia on Friday to stand down.")
    assert {(e.type, e.source.actor_id, e.target.actor_id) for e in evs} == {
        ("REQUEST", "MYS", "THA"), ("REQUEST", "MYS", "KHM")}


def test_a_wanted_act_between_named_parties_is_kept(res):
    evs = code(res, "Turkey could help rebuild Syria, its foreign minister said.")
    assert [(e.type, e.modality, e.source.actor_id, e.target.actor_id) for e in evs if e.type == "AID"] == [
        ("AID", "hypothetical", "TUR", "SYR")]


def test_an_act_told_as_done_keeps_its_record_with_one_side(res):
    evs = code(res, "North Korea fired a ballistic missile on Monday.")
    assert [(e.source.actor_id, e.target, e.modality) for e in evs] == [("PRK", None, "asserted")]


def test_which_events_are_fragments():
    assert fragment(event("TUR", None, "hypothetical"))
    assert fragment(event(None, "SYR", "future"))
    assert fragment(event("TUR", None, negated=True, modality="negated"))
    assert not fragment(event("TUR", None, "asserted"))
    assert not fragment(event("TUR", None, "habitual"))
    assert not fragment(event("TUR", "SYR", "hypothetical"))


def test_links_between_events_are_renumbered_past_a_dropped_fragment():
    evs = [event("TUR", "SYR"), event(None, "SYR", "hypothetical"), event("TUR", "SYR", retells=0),
           event("IRN", "IRQ", "hypothetical", content_of=1), event("TUR", "SYR", "future", content_of=5),
           event("RUS", "SYR", "asserted")]
    out = drop_fragments(evs)
    assert [e.source.actor_id for e in out] == ["TUR", "TUR", "IRN", "TUR", "RUS"]
    assert out[1].retells == 0 and out[3].content_of == 4
    assert out[2].content_of is None  # its speech act was the fragment



def test_such_act_is_a_kind_the_act_told_before_stands_for(res):
    """'welcome such help': not a new act of help with its giver unsaid; the welcome is aimed at the
    giver of the help told before, and an act whose subject is 'such deliveries' still took place."""
    evs = code(res, 'China could help rebuild Syria. "We welcome such help," the Syrian president said.', published="2024-05-02")
    assert sorted((e.type, e.source and e.source.actor_id, e.target and e.target.actor_id, e.modality)
                  for e in evs) == [("AID", "CHN", "SYR", "hypothetical"), ("SUPPORT", "PER_BASHAR_AL_ASSAD", "CHN", "asserted")]
    evs = code(res, "Turkey shelled Kurdish positions. The United States condemned such attacks.")
    assert [(e.type, e.target and e.target.actor_id) for e in evs if e.type == "ACCUSE"] == [("ACCUSE", "TUR")]
