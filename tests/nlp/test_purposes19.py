"""nlp/purposes.py: a purpose infinitive after a comma-set apposition on a verb's object goes to the verb."""

from __future__ import annotations

from diplograph.nlp.purposes import repair_purposes


def test_infinitive_after_apposition_goes_to_the_verb(res):
    doc = res.nlp("Latvia summoned the Belarusian charge d'affaires, Ivan Petrov, to protest the border incident.")
    repair_purposes(doc)
    protest = next(t for t in doc if t.lower_ == "protest")
    assert protest.head.lower_ == "summoned" and protest.dep_ in ("advcl", "xcomp")


def test_object_control_verb_is_left_alone(res):
    doc = res.nlp("Germany urged the Serbian president, Aleksandar Vucic, to recognise Kosovo.")
    before = [(t.i, t.head.i, t.dep_) for t in doc]
    repair_purposes(doc)
    assert [(t.i, t.head.i, t.dep_) for t in doc] == before


def test_judgement_conjoined_to_a_relative_goes_to_the_main_verb(res):
    from diplograph.nlp.relconj import repair_relative_conjuncts
    doc = res.nlp("Poland's president condemned the bombing that killed 12 people and accused Belarus of sheltering them.")
    repair_relative_conjuncts(doc)
    accused = next(t for t in doc if t.lower_ == "accused")
    assert accused.head.lower_ == "condemned"


def test_person_relative_is_left_alone(res):
    from diplograph.nlp.relconj import repair_relative_conjuncts
    doc = res.nlp("Police condemned the man who attacked the mosque and blamed the imam.")
    before = [(t.i, t.head.i) for t in doc]
    repair_relative_conjuncts(doc)
    assert [(t.i, t.head.i) for t in doc] == before
