"""A governing group is tested against the whole period of an event's date (interval overlap)."""

from __future__ import annotations

from diplograph.extract.actors.regimes import redate_governments
from diplograph.records import ActorRef, Event, TimeRef


def _kabul() -> ActorRef:
    return ActorRef(actor_id="TALIBAN", name="Taliban", text="Kabul", start=0, end=5, country="AFG",
                    sector="GOV", kind="group")


def _event(date: TimeRef) -> Event:
    return Event(type="CONSULT", source=_kabul(), target=None, sentence=0, start=0, end=5, trigger="met",
                 date=date)


def test_a_year_that_overlaps_the_government_keeps_the_group(res):
    ev = _event(TimeRef("2021", "year", "in 2021", "explicit"))
    redate_governments([ev], res.kb)
    assert ev.source.actor_id == "TALIBAN"


def test_a_month_before_the_government_gives_the_side_to_the_state(res):
    ev = _event(TimeRef("2021-07", "month", "in July 2021", "explicit"))
    redate_governments([ev], res.kb)
    assert ev.source.actor_id == "AFG"


def test_a_span_that_runs_into_the_government_keeps_the_group(res):
    ev = _event(TimeRef("2019", "year", "since 2019", "explicit", "..", None))
    redate_governments([ev], res.kb)
    assert ev.source.actor_id == "TALIBAN"


def test_a_day_before_the_government_gives_the_side_to_the_state(res):
    ev = _event(TimeRef("2021-08-14", "day", "on 14 August 2021", "explicit"))
    redate_governments([ev], res.kb)
    assert ev.source.actor_id == "AFG"


def _seizure(date: TimeRef, target: ActorRef) -> Event:
    return Event(type="COERCE", mode="seize", source=None, target=target, sentence=0, start=0, end=5,
                 trigger="takeover", date=date)


def test_a_seizure_of_power_falls_on_the_government_it_ends(res):
    # "the 2021 seizure of the Afghan government": the year overlaps the Taliban's rule, but what was
    # seized is the government before it
    target = ActorRef(actor_id="TALIBAN", name="Taliban", text="Afghan government", start=0, end=17,
                      country="AFG", sector="GOV", kind="group")
    ev = _seizure(TimeRef("2021", "year", "2021", "explicit"), target)
    redate_governments([ev], res.kb)
    assert ev.target.actor_id == "AFG"
    other = _event(TimeRef("2021", "year", "in 2021", "explicit"))  # not a seizure: the group keeps it
    redate_governments([other], res.kb)
    assert other.source.actor_id == "TALIBAN"


def test_a_state_side_built_from_a_code_gets_the_states_name(res):
    target = ActorRef(actor_id="NER", name="NER", text="the army", start=0, end=8, country="NER",
                      sector="GOV", kind="state")
    ev = _seizure(None, target)
    redate_governments([ev], res.kb)
    assert ev.target.name == "Niger"
