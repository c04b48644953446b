"""Dates on invented sentences (issue 17): attachment, publication time, relative anchors, future months,
ranges.  Written before reading the dating code; about a third (``HELD``) was set aside and never fixed
against: it tells whether the mechanisms are general.  Each row: the pair (source, target) an output event
must have and the date it must carry (an ISO prefix; None: no date; a ``(first, last)`` span: none, or a date
inside it).  The PLOVER type is not asserted here (typing is not the dating's concern).  Rows that fail
today are strict xfails with the failure class."""

from __future__ import annotations

import pytest

import diplograph

ROWS = [
    ('A1.0', '2024-05-10', 'Japan and Vietnam signed a defence agreement on Tuesday after two years of negotiations.',
     'JPN', 'VNM', '2024-05-07'),
    ('A2.0', '2024-03-15', 'On Monday, the Egyptian government accused Ethiopia of violating the 2015 declaration on the Nile dam.',
     'EGY', 'ETH', '2024-03-11'),
    ('A3.0', '2023-11-20', 'Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Saturday to discuss the 2022 oil pipeline deal.',
     'KEN', 'UGA', '2023-11-18'),
    ('A4.0', '2024-02-08', 'When the Philippine delegation arrived in Beijing on Tuesday, Chinese officials rejected its proposal.',
     'CHN', 'PHL', '2024-02-06'),
    ('A5.0', '2024-09-12', "Ukraine's army shelled the Belgorod region after Russia launched a missile strike on Kyiv on Sunday.",
     'RUS', 'UKR', '2024-09-08'),
    ('A5.1', '2024-09-12', "Ukraine's army shelled the Belgorod region after Russia launched a missile strike on Kyiv on Sunday.",
     'UKR', 'RUS', '2024-09'),
    ('A6.0', '2024-06-21', 'The foreign ministers of Brazil and Argentina met in Brasilia on Wednesday and signed a trade accord.',
     'BRA', 'ARG', '2024-06-19'),
    ('A6.1', '2024-06-21', 'The foreign ministers of Brazil and Argentina met in Brasilia on Wednesday and signed a trade accord.',
     'BRA', 'ARG', '2024-06-19'),
    ('A7.0', '2024-04-04', 'Poland expelled a Belarusian diplomat and closed its consulate in Grodno on Monday, the foreign ministry said.',
     'POL', 'BLR', '2024-04-01'),
    ('A8.0', '2024-05-20', 'In March, Canada imposed new sanctions on Iranian officials.',
     'CAN', 'IRN', '2024-03'),
    ('A9.0', '2024-07-15', 'Last week, Indonesian Foreign Minister Retno Marsudi held talks with her Australian counterpart in Jakarta.',
     'IDN', 'AUS', ('2024-07-08', '2024-07-14')),
    ('A10.0', '2024-03-18', 'The agreement, which Rwanda and Uganda signed in 2019, was suspended by Kampala on Friday.',
     'RWA', 'UGA', '2019'),
    ('P1.0', '2024-08-02', 'Mexico has recalled its ambassador to Ecuador, the foreign ministry said.',
     'MEX', 'ECU', '2024'),
    ('P2.0', '2024-08-02', 'Chile condemned the arrest of opposition leaders in Venezuela.',
     'CHL', 'VEN', '2024-08'),
    ('P3.0', '2024-08-02', 'Turkey has traditionally supported Azerbaijan in its dispute with Armenia.',
     'TUR', 'AZE', None),
    ('P4.0', '2024-08-02', 'Chinese coast guard ships regularly harass Philippine fishing boats near the shoal.',
     'CHN', 'PHL', None),
    ('P5.0', '2024-08-02', 'Iran often accuses Israel of sabotage at its nuclear sites.',
     'IRN', 'ISR', None),
    ('P6.0', '2024-05-09', 'Saudi Arabia restores ties with Syria. Riyadh reopened its embassy in Damascus, state media reported.',
     'SAU', 'SYR', '2024-05'),
    ('P7.0', '2023-09-01', "Niger's junta has ordered the French ambassador to leave the country.",
     'NER', 'FRA', '2023'),
    ('R1.0', '2024-03-20', 'Pakistan launched air strikes on Afghan territory on March 18. Two days later, the Taliban government protested to Islamabad.',
     'PAK', 'AFG', '2024-03-18'),
    ('R1.1', '2024-03-20', 'Pakistan launched air strikes on Afghan territory on March 18. Two days later, the Taliban government protested to Islamabad.',
     'AFG', 'PAK', '2024-03-20'),
    ('R2.0', '2024-06-14', 'World leaders gathered for a peace summit in Geneva on June 3. A week after the summit, Armenia and Azerbaijan agreed to a prisoner exchange.',
     'ARM', 'AZE', '2024-06-10'),
    ('R3.0', '2024-11-05', 'Qatar hosted talks between Hamas and Israel in August. The following month, Israel rejected a new truce proposal from Hamas.',
     'ISR', 'HAMAS', '2024-09'),
    ('R4.0', '2024-10-10', 'Earlier this year, India and Bangladesh signed a water-sharing agreement.',
     'IND', 'BGD', '2024'),
    ('R5.0', '2024-04-18', 'Last Tuesday, the Nigerian army attacked Boko Haram positions near Lake Chad.',
     'NGA', 'BOKO', '2024-04-16'),
    ('R6.0', '2024-02-01', 'Three weeks ago, Venezuela deployed troops to its border with Guyana.',
     'VEN', 'GUY', '2024-01-11'),
    ('R7.0', '2024-07-05', 'Kazakhstan and Uzbekistan signed a border treaty on Monday. Two days earlier, their foreign ministers had met in Astana.',
     'KAZ', 'UZB', '2024-07-01'),
    ('R7.1', '2024-07-05', 'Kazakhstan and Uzbekistan signed a border treaty on Monday. Two days earlier, their foreign ministers had met in Astana.',
     'KAZ', 'UZB', '2024-06-29'),
    ('R8.0', '2024-12-03', 'Last month, the United States imposed sanctions on a Hong Kong shipping company.',
     'USA', 'HKG', '2024-11'),
    ('F1.0', '2023-12-14', 'Germany said on Thursday it will deliver air defence systems to Ukraine in March.',
     'DEU', 'UKR', '2024-03'),
    ('F2.0', '2024-11-22', 'Indian Prime Minister Narendra Modi will visit Japan in January, his office announced.',
     'IND', 'JPN', '2025-01'),
    ('F3.0', '2024-10-08', 'Morocco and Spain will hold talks on migration in February.',
     'MAR', 'ESP', '2025-02'),
    ('F4.0', '2024-03-05', 'In January, Colombia suspended peace talks with the ELN rebels.',
     'COL', 'ELN', '2024-01'),
    ('F5.0', '2024-12-10', 'Iran and Oman agreed on Monday to hold a new round of talks in January.',
     'IRN', 'OMN', '2024-12-09'),
    ('F5.1', '2024-12-10', 'Iran and Oman agreed on Monday to hold a new round of talks in January.',
     'IRN', 'OMN', '2025-01'),
    ('G1.0', '2024-06-01', 'Between 2011 and 2013, Qatar sent weapons to Syrian rebel groups.',
     'QAT', 'SYR', ('2011', '2013')),
    ('G2.0', '2024-09-10', 'From May to July, Chinese vessels blocked Philippine resupply missions.',
     'CHN', 'PHL', ('2024-05', '2024-07')),
    ('G3.0', '2024-01-15', 'In the 1990s, Turkey fought Kurdish militants in the southeast.',
     'TUR', 'PKK', ('1990', '1999')),
    ('G4.0', '2024-04-10', 'Sudan and South Sudan held talks from 3 to 5 April in Juba.',
     'SDN', 'SSD', ('2024-04-03', '2024-04-05')),
    ('G5.0', '2024-08-20', 'Since 2018, Israel has carried out hundreds of air strikes on Iranian targets in Syria.',
     'ISR', 'IRN', ('2018', '2024')),
]
HELD = frozenset(['A3.0', 'A6.0', 'A6.1', 'A9.0', 'F2.0', 'F5.0', 'F5.1', 'G3.0', 'P2.0', 'P5.0', 'R1.0', 'R1.1', 'R4.0', 'R7.0', 'R7.1'])
# failing rows and their class (NOPAIR: the pair is not found, a participant matter; BADDATE: dating)
KNOWN = {'A5.1': 'NOPAIR', 'R8.0': 'NOPAIR', 'F5.1': 'BADDATE', 'G3.0': 'NOPAIR', 'G5.0': 'NOPAIR'}


def _side(ref, code):
    return ref is not None and code.upper() in " ".join(str(x) for x in (ref.actor_id, ref.country, ref.name, ref.text)
                                                          if x).upper()


def _dated(ev, gold):
    value = ev.date.value if ev.date else None
    if gold is None:
        return value is None
    if isinstance(gold, tuple):
        first, last = gold
        end = ev.date.end or value if value else None
        return value is None or value[:len(first)] >= first and end[:len(last)] <= last
    return value is not None and value.startswith(gold)


@pytest.mark.parametrize("key,published,text,source,target,date", [
    pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=KNOWN[row[0]])) if row[0] in KNOWN else row
    for row in ROWS], ids=[row[0] for row in ROWS])
def test_invented_sentence_dates(res, key, published, text, source, target, date):
    events = diplograph.code(text, resources=res, published=published)
    pair = [e for e in events if _side(e.source, source) and _side(e.target, target)]
    assert pair, f"no {source} -> {target} in {[(e.type, e.source, e.target) for e in events]}"
    assert any(_dated(e, date) for e in pair), [(e.type, e.date) for e in pair]


# -- the mechanisms, one construction each ---------------------------------------------------------

def _code(res, text, published):
    return [(e.type, e.source and e.source.actor_id, e.target and e.target.actor_id, e.date.value, e.date.end)
            for e in diplograph.code(text, resources=res, published=published)]


def test_a_date_before_the_complement_s_subject_is_the_saying_s(res):
    rows = _code(res, "Officials said on Friday that China would host talks with India in February.", "2024-11-20")
    assert ("CONSULT", "CHN", "IND", "2025-02", None) in rows  # the act announced: the coming February
    rows = _code(res, "Germany said on Thursday it will deliver air defence systems to Ukraine in March.", "2023-12-14")
    assert ("AID", "DEU", "UKR", "2024-03", None) in rows
    assert ("AGREE", "DEU", "UKR", "2023-12-14", None) in rows  # the promise: the day it was made


def test_an_announced_act_s_month_does_not_date_the_announcement(res):
    rows = _code(res, "Germany said it will deliver air defence systems to Ukraine in March.", "2023-12-14")
    assert ("AID", "DEU", "UKR", "2024-03", None) in rows
    assert ("AGREE", "DEU", "UKR", "2023-12", None) in rows  # not last March, not next March


def test_a_count_after_a_named_earlier_act_counts_from_it(res):
    rows = _code(res, "Serbia and Kosovo held talks on 2 March. Three days after the talks, Serbia rejected a "
                      "proposal by Kosovo.", "2024-03-06")
    assert ("REJECT", "SRB", "XKX", "2024-03-05", None) in rows
    assert ("CONSULT", "SRB", "XKX", "2024-03-02", None) in rows


@pytest.mark.parametrize("text,published,first,last", [
    ("Last spring, Colombia restored diplomatic relations with Venezuela.", "2024-03-06", "2023-03", "2023-05"),
    ("This past summer, Colombia restored diplomatic relations with Venezuela.", "2024-03-06", "2023-06", "2023-08"),
    ("In the winter, Russian jets bombed Ukrainian power plants.", "2024-03-06", "2023-12", "2024-02"),
    ("Japan and Australia will hold talks in the spring.", "2024-12-10", "2025-03", "2025-05"),
])
def test_a_season_is_counted_from_the_publication(res, text, published, first, last):
    assert any(r[3:] == (first, last) for r in _code(res, text, published))


def test_over_the_weekend_is_the_last_saturday_and_sunday(res):
    rows = _code(res, "Turkey launched drone strikes on Kurdish fighters in Iraq over the weekend.", "2024-03-06")
    assert rows and all(r[3:] == ("2024-03-02", "2024-03-03") for r in rows if r[0] == "ASSAULT")


@pytest.mark.parametrize("text,first,last", [
    ("During the 1980s, Iraq fought a long war against Iran.", "1980", "1989"),
    ("In the late 1990s, Turkey threatened Syria with war.", "1996", "1999"),
])
def test_a_decade_is_the_span_of_its_years(res, text, first, last):
    rows = _code(res, text, "2024-10-02")
    assert rows and all(r[3:] == (first, last) for r in rows)


def test_last_weekday_opening_a_sentence_is_a_week_back_on_that_weekday(res):
    rows = _code(res, "Last Friday, Argentina expelled a Venezuelan diplomat.", "2024-05-17")  # a Friday
    assert ("SANCTION", "ARG", "VEN", "2024-05-10", None) in rows


@pytest.mark.parametrize("text,first,last", [
    ("Earlier in the week, Hungary blocked EU military aid to Ukraine.", "2024-06-10", "2024-06-13"),
    ("In March and April, Houthi rebels attacked ships in the Red Sea.", "2024-03", "2024-04"),
    ("At the end of March, Japan and the Philippines signed a defence pact.", "2024-03", None),
    ("Kenya and Somalia will hold talks in March and April.", "2025-03", "2025-04"),
])
def test_spans_and_edges_of_months_and_weeks(res, text, first, last):
    rows = _code(res, text, "2024-06-13")
    assert rows and all(r[3:] == (first, last) for r in rows)


def test_an_open_span_up_to_now_does_not_make_a_report_look_back(res):
    text = ("Poland closes border crossing with Belarus\n\nPoland has closed a key border crossing with Belarus, the "
            "interior ministry said. Warsaw accused Minsk of orchestrating migrant crossings. The two countries "
            "have clashed over migration since 2021.")
    assert ("ACCUSE", "POL", "BLR", "2024-09", None) in _code(res, text, "2024-09-18")  # the news, not background


def test_a_vague_count_told_in_the_simple_past_is_one_occasion(res):
    rows = _code(res, "Vietnam and China signed a number of agreements during a visit by Chinese Premier Li Qiang.",
                 "2024-09-18")
    assert ("SUPPORT", "VNM", "CHN", "2024-09", None) in rows
    rows = _code(res, "Analysts say Vietnam and China have signed a number of agreements over the years.", "2024-09-18")
    assert rows and all(r[3] is None for r in rows)  # a record of acts: no date


def test_an_after_clause_is_not_dated_with_the_day_of_the_clause_it_precedes(res):
    rows = _code(res, "Israel struck Iran on 19 April, days after Iran launched drones at Israel.", "2024-10-10")
    assert ("ASSAULT", "ISR", "IRN", "2024-04-19", None) in rows
    assert ("ASSAULT", "IRN", "ISR", "2024-04", None) in rows  # before the 19th: its month at most


def test_the_next_morning_is_the_next_day(res):
    rows = _code(res, "Tunisia arrested an Algerian journalist on 3 November. The next morning, Algeria summoned the "
                      "Tunisian ambassador.", "2024-11-20")
    assert ("ACCUSE", "DZA", "TUN", "2024-11-04", None) in rows


def test_a_bare_month_in_a_narrative_of_another_year_is_that_year_s(res):
    rows = _code(res, "In March 2021, Morocco suspended contacts with Germany. In May, Rabat recalled its ambassador "
                      "from Berlin.", "2024-11-20")
    assert ("SANCTION", "MAR", "DEU", "2021-05", None) in rows
    rows = _code(res, "Morocco recalled its ambassador from Germany on Monday. In May, Rabat suspended contacts with "
                      "Berlin.", "2024-11-20")
    assert ("SANCTION", "MAR", "DEU", "2024-05", None) in rows  # a news story: the publication's year


def test_a_bare_time_phrase_the_parse_hangs_on_the_object_dates_the_verb(res):
    rows = _code(res, "Greece and Turkey will sign a fisheries deal next March.", "2024-11-20")
    assert rows and all(r[3] == "2025-03" for r in rows)


def test_a_bare_month_after_a_narrative_year_is_in_that_year_while_the_narrative_stands_there(res):
    rows = _code(res, "In 2019, Ethiopia and Eritrea signed a peace deal. In November, Ethiopia accused Eritrea of "
                      "sending troops.", "2024-11-20")
    assert ("ACCUSE", "ETH", "ERI", "2019-11", None) in rows
    rows = _code(res, "In 2019, Ethiopia and Eritrea signed a peace deal.\n\nThe region is calm now.\n\n"
                      "In November, Ethiopia accused Eritrea of sending troops.", "2024-11-20")
    assert ("ACCUSE", "ETH", "ERI", "2024-11", None) in rows  # a new paragraph: back to the story's time


def test_a_fronted_date_does_not_reach_a_later_conjunct_in_another_tense(res):
    rows = _code(res, "In 2019, Russia stationed troops in Moldova and has since refused to withdraw them.", "2024-11-20")
    assert ("MOBILIZE", "RUS", "MDA", "2019", None) in rows
    rejected = [r[3:] for r in rows if r[0] == "REJECT"]
    assert rejected and all(d == ("2019", "..") for d in rejected)  # since then, up to now


@pytest.mark.parametrize("text,day", [
    ("Ecuador's police stormed the Mexican embassy in Quito late on Friday, and Mexico broke off relations the next "
     "day.", "2024-02-10"),
    ("Ecuador's police stormed the Mexican embassy in Quito on Friday, and two days later Mexico broke off "
     "relations.", "2024-02-11"),
])
def test_a_count_from_a_day_told_earlier_in_the_sentence(res, text, day):
    rows = _code(res, text, "2024-02-15")
    assert ("ASSAULT", "ECU", "MEX", "2024-02-09", None) in rows
    assert ("SANCTION", "MEX", "ECU", day, None) in rows


@pytest.mark.parametrize("text,start", [
    ("Since March 2022, Russia has blocked grain exports from Ukraine.", "2022-03"),
    ("Since 2018, Russia has blocked grain exports from Ukraine.", "2018"),
])
def test_since_a_date_is_open_up_to_now_whatever_pattern_found_the_date(res, text, start):
    rows = _code(res, text, "2024-08-20")
    assert ("COERCE", "RUS", "UKR", start, "..") in rows


@pytest.mark.parametrize("text,row", [
    ("The African Union suspended Niger after the July coup.", ("SANCTION", "AU", "NER", "2023-07", None)),
    ("Mali's junta expelled the French ambassador weeks after the May attack on its troops.",
     ("SANCTION", "MLI", "FRA", "2024-05", None)),
])
def test_a_month_naming_an_act_s_time_inside_its_noun_phrase(res, text, row):
    assert row in _code(res, text, "2024-06-13")


def test_a_date_the_parse_hangs_on_an_adverbial_noun_through_since_dates_the_verb(res):
    rows = _code(res, "The United States has sanctioned Russian banks several times since 2022.", "2024-06-13")
    assert ("COERCE", "USA", "RUS", "2022", "..") in rows
