"""Participants on unseen sentences (issue 17): control and raising, pronoun and definite-description
coreference, relative clauses, open-world actors (misspelt state names, regions, nationality nouns) and
modifiers that are not participants. Invented sentences; the pair (source, target) is what is asserted,
a state code matching an actor's id or its country ("*": any actor). A held-out part, written with the
rest but not used while fixing, is kept as strict xfail where it fails."""

from __future__ import annotations

import pytest

import diplograph

SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}


def _flat(events):
    for e in events:
        yield e
        yield from _flat(e.content)


def _is(ref, code: str) -> bool:
    if ref is None:
        return False
    return code == "*" or code in (ref.actor_id, ref.country)


def found(text: str, typ: str, source: str, target: str) -> bool:
    events = list(_flat(diplograph.code(text, published="2024-05-02")))
    return any(_is(e.source, source) and _is(e.target, target)
               or (typ in SYMMETRIC and _is(e.source, target) and _is(e.target, source)) for e in events)


DEV = [
    ('The United Nations urged Ethiopia to withdraw its troops from the border region.',
     'DEMAND', 'UN', 'ETH'),
    ('Germany promised Poland to deliver more tanks by the end of the year.',
     'AID', 'DEU', 'POL'),
    ('Canada asked India to expel the diplomats accused of spying.',
     'DEMAND', 'CAN', 'IND'),
    ('Turkey has decided to impose sanctions on Syria.',
     'SANCTION', 'TUR', 'SYR'),
    ('France forced Mali to release the detained journalists.',
     'DEMAND', 'FRA', 'MLI'),
    ('Brazil agreed to send humanitarian aid to Haiti.',
     'AID', 'BRA', 'HTI'),
    ('The European Union called on Serbia to recognise Kosovo.',
     'DEMAND', 'EU', 'SRB'),
    ('Prime Minister Narendra Modi arrived in Tokyo on Monday. He met Japanese officials to discuss trade.',
     'CONSULT', 'IND', 'JPN'),
    ('Chile and Peru signed a fishing treaty. They also pledged to cooperate against smuggling.',
     'AGREE', 'CHL', 'PER'),
    ('The Norwegian foreign minister visited Colombia last week. She praised the government for the ceasefire.',
     'PRAISE', 'NOR', 'COL'),
    ('Hezbollah fired rockets at Israel on Sunday. The group said the attack was retaliation.',
     'ASSAULT', '*', 'ISR'),
    ("Vietnam protested against China's new map. Hanoi said the map violated its sovereignty.",
     'PROTEST', 'VNM', 'CHN'),
    ('Ukraine thanked Lithuania, which sent air defence systems last month.',
     'AID', 'LTU', 'UKR'),
    ('The rebels who attacked the convoy were armed by Rwanda, the UN said.',
     'AID', 'RWA', '*'),
    ('The sanctions that Australia imposed on Myanmar took effect on Friday.',
     'SANCTION', 'AUS', 'MMR'),
    ('Pakistan criticised the agreement that India signed with the United States.',
     'ACCUSE', 'PAK', 'IND'),
    ('The Ghanaians rejected the proposal from the IMF.',
     'REJECT', 'GHA', 'IMF'),
    ('A militia based in eastern Congo attacked a village near Goma.',
     'ASSAULT', '*', 'COD'),
    ('Somali pirates hijacked a Chinese fishing vessel.',
     'ASSAULT', 'SOM', 'CHN'),
    ('Ahmed Barre, a senior adviser to the Kenyan president, met Ethiopian officials in Addis Ababa.',
     'CONSULT', 'KEN', 'ETH'),
    ('Unlike Hungary, Slovakia criticised Russia over the attack.',
     'ACCUSE', 'SVK', 'RUS'),
    ('Japanese and Korean diplomats held talks in Geneva.',
     'CONSULT', 'JPN', 'KOR'),
    ('According to Reuters, Saudi Arabia warned Iran against closing the strait.',
     'THREATEN', 'SAU', 'IRN'),
    ('Spain, along with Portugal, condemned the coup in Gabon.',
     'ACCUSE', 'ESP', 'GAB'),
]

XFAIL_DEV = {'Japanese and Korean diplomats held talks in Geneva.'}

HELD_OUT = [
    ('Washington persuaded Seoul to resume talks with Tokyo.',
     'CONSULT', 'KOR', 'JPN'),
    ('Kenya is planning to host negotiations between Sudan and South Sudan.',
     'CONSULT', 'SDN', 'SSD'),
    ('Egypt tried to mediate between Israel and Hamas.',
     'MEDIATE', 'EGY', 'ISR'),
    ('Nigeria recalled its ambassador from Niger. It accused the junta of breaking regional agreements.',
     'ACCUSE', 'NGA', 'NER'),
    ('Iran seized a tanker in the Gulf. The country later threatened Britain with further action.',
     'THREATEN', 'IRN', 'GBR'),
    ('Armenia and Azerbaijan met in Brussels. Both countries agreed to open border crossings.',
     'CONSULT', 'ARM', 'AZE'),
    ('Greece condemned Turkey, whose warplanes violated its airspace.',
     'ACCUSE', 'GRC', 'TUR'),
    ('Morocco, which had cut ties with Germany, restored diplomatic relations with Berlin.',
     'COOPERATE', 'MAR', 'DEU'),
    ("The NLD accused Myanmar's military of torture.",
     'ACCUSE', '*', 'MMR'),
    ('The Zambians welcomed the debt relief offered by China.',
     'AID', 'CHN', 'ZMB'),
    ('Russian-made drones struck Kyiv overnight.',
     'ASSAULT', 'RUS', 'UKR'),
    ('Indonesian President Joko Widodo hosted Australian Prime Minister Anthony Albanese in Jakarta.',
     'CONSULT', 'IDN', 'AUS'),
]

XFAIL_HELD = {'The Zambians welcomed the debt relief offered by China.',
    'Russian-made drones struck Kyiv overnight.',}


def _cases(rows, xfails):
    return [pytest.param(*r, marks=pytest.mark.xfail(strict=True)) if r[0] in xfails else r for r in rows]


@pytest.mark.parametrize("text,typ,source,target", _cases(DEV, XFAIL_DEV))
def test_pair_found(text, typ, source, target):
    assert found(text, typ, source, target)


@pytest.mark.parametrize("text,typ,source,target", _cases(HELD_OUT, XFAIL_HELD))
def test_pair_found_held_out(text, typ, source, target):
    assert found(text, typ, source, target)


# ------------------------------------------------------------------ open-world actors: misspelt state names

@pytest.mark.parametrize("text,typ,source,target", [
    ("Ethopia agreed to reopen its border with Kenya.", "AGREE", "ETH", "KEN"),
    ("Quatar hosted talks between Israel and Hamas in Doha.", "CONSULT", "QAT", "ISR"),
    ("Tanzenia and Morocco signed a border accord.", "SUPPORT", "TZA", "MAR"),
])
def test_misspelt_state_names(text, typ, source, target):
    assert found(text, typ, source, target)


def test_a_changed_ending_is_no_misspelling():
    # "Korea" is South Korea's alias; "Korean" (a derived word) is not read as a misspelling of it
    events = diplograph.code("Korean diplomats held talks with Japan.", published="2024-05-02")
    assert not any(e.source and e.source.actor_id == "KOR" and e.source.text.startswith("Korean") for e in events)


def test_one_letter_off():
    from diplograph.extract.actors.misspelt import one_letter_off
    assert one_letter_off("ethopia", "ethiopia")
    assert one_letter_off("quatar", "qatar")
    assert one_letter_off("soamlia", "somalia")  # two neighbours swapped
    assert not one_letter_off("korean", "korea")
    assert not one_letter_off("austria", "australia")


# ------------------------------------------------------------------ regions: a place, never a person

def test_region_of_a_listed_country_is_its_place():
    assert found("Syrian jets struck rebel positions in Idlib province.", "ASSAULT", "SYR", "SYR") or \
        found("Turkish jets struck rebel positions in Idlib province.", "ASSAULT", "TUR", "SYR")
    assert found("The army imposed a curfew in West Darfur State.", "COERCE", "*", "SDN")


def test_unlisted_region_is_no_person():
    events = list(_flat(diplograph.code("The government lifted a state of emergency in the Tigray region.",
                                        published="2024-05-02")))
    assert not any(ref is not None and ref.kind == "person" for e in events for ref in (e.source, e.target))


# ------------------------------------------------------------------ control: who does the infinitive

def _rows(text: str):
    return {(e.type, e.source and e.source.actor_id, e.target and e.target.actor_id)
            for e in _flat(diplograph.code(text, published="2024-05-02"))}


def test_possessive_in_an_infinitive_is_the_controllers():
    # "called on X to halt its offensive": its = X (the one who would halt), not the caller
    rows = _rows("The Arab League called on Israel to halt its offensive.")
    assert ("REQUEST", "ARAB_LEAGUE", "ISR") in rows
    assert not any(s == "ISR" and t == "ARAB_LEAGUE" for _, s, t in rows)


def test_appeal_to_x_to_act_is_done_by_x():
    # "appealed to X to free ...": the infinitive (parsed as a purpose clause) is X's act
    rows = _rows("Ghana appealed to Togo to free the detained fishermen.")
    assert ("REQUEST", "GHA", "TGO") in rows
    assert not any(t == "RETREAT" and s == "GHA" for t, s, _ in rows)


def test_promise_keeps_its_subject_as_doer():
    rows = _rows("Spain promised Morocco to withdraw its patrol boats.")
    assert any(t == "RETREAT" and s == "ESP" for t, s, _ in rows)
    assert not any(t == "RETREAT" and s == "MAR" for t, s, _ in rows)


def test_purpose_clause_of_other_verbs_keeps_the_subject():
    rows = _rows("France sent troops to Mali to fight the jihadists.")
    assert any(t == "ASSAULT" and s == "FRA" for t, s, _ in rows)


# ------------------------------------------------------------------ definite descriptions of bodies

def test_the_body_refers_to_the_organisation():
    rows = _rows("The Arab League met in Cairo on Sunday. The body called on Israel to halt its offensive.")
    assert ("REQUEST", "ARAB_LEAGUE", "ISR") in rows


# ------------------------------------------------------------------ a people named with where it lives

def _source(text: str):
    evs = diplograph.code(text, published="2024-05-02")
    return evs[0].source if evs else None


@pytest.mark.parametrize("text,country", [
    ("Kosovo Serbs attacked NATO peacekeepers near Zvecan.", "XKX"),
    ("Syrian Kurds clashed with Turkish troops on Friday.", "SYR"),
    ("Bosnian Croats blocked the road to Mostar.", "BIH"),
])
def test_people_with_their_country_of_residence(text, country):
    src = _source(text)
    assert src is not None and src.country == country and src.kind == "group"


def test_coordinated_nationalities_stay_two_states():
    rows = _rows("Russian and Chinese diplomats met in Geneva.")
    assert any({s, t} == {"RUS", "CHN"} for _, s, t in rows)


# ------------------------------------------------------------------ relative clauses: the judged act's doer

@pytest.mark.parametrize("text,typ,source,target", [
    ("Russia condemned the strikes that Israel carried out in Syria.", "ACCUSE", "RUS", "ISR"),
    ("China rejected the report the UN published on Monday.", "REJECT", "CHN", "UN"),
    ("Iran condemned the sanctions that were imposed by the EU.", "ACCUSE", "IRN", "EU"),
    ("Germany praised the reforms which Ukraine adopted last year.", "SUPPORT", "DEU", "UKR"),
])
def test_judgement_of_an_act_told_in_a_relative_clause(text, typ, source, target):
    assert (typ, source, target) in _rows(text)


def test_a_relative_clause_saying_what_the_act_does_names_no_doer():
    rows = _rows("Iran condemned the sanctions which target its oil exports.")
    assert not any(t == "ACCUSE" and s == "IRN" and tg is not None for t, s, tg in rows)


# ------------------------------------------------------------------ control: the recipient of a controlled act

@pytest.mark.parametrize("text,typ,source,target", [
    ("Kenya refused to hand over the suspects to Uganda.", "REJECT", "KEN", "UGA"),
    ("Japan agreed to return two islands to Russia.", "AGREE", "JPN", "RUS"),
])
def test_whom_a_controlled_act_hands_over_to_is_the_party(text, typ, source, target):
    assert (typ, source, target) in _rows(text)


def test_a_controlled_act_with_no_recipient_keeps_its_patient():
    assert ("REJECT", "SRB", "XKX") in _rows("Serbia refused to recognise Kosovo.")


# ------------------------------------------------------------------ open world: an institution word in another body's name

def test_institution_word_in_another_bodys_name_is_not_the_known_seat():
    src = _source("The Congress of Malawian Trade Unions criticised Lilongwe.")
    assert src is not None and src.actor_id != "USA"
    src = _source("A delegation from the Zambian Congress of Trade Unions met Malawian officials.")
    assert src is not None and src.actor_id != "USA"


def test_the_known_seat_alone_is_still_read():
    assert ("ACCUSE", "USA", "CHN") in _rows("The US Congress criticised China over Taiwan.")


def test_the_government_of_a_listed_region_is_its_own_body():
    rows = _rows("The government of Puntland province accused Somalia's president of blocking aid.")
    assert any(t == "ACCUSE" and s not in (None, "SOM") and tg == "SOM" for t, s, tg in rows)
