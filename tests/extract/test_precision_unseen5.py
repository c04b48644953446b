"""Rows a careful analyst would not code, on invented news sentences: a lasting state described ("the
decades-old embargo", "under sanctions"), an act that is only the topic of a study or a debate, a belief,
a hedge or a counterfactual told as fact, a figurative hostage, a leader visiting his own troops; and the
types the same words do take ("received refugees": AID, CAMEO 075; "calls from X for Y to withdraw":
REQUEST)."""

from __future__ import annotations

import pytest
from helpers import coded_rows

HAPPENED = ("asserted", "reported")


coded = coded_rows


# -- 1. a lasting state described is no new act ----------------------------------------------------

LASTING = [
    ("Cuba has suffered under the decades-old US embargo.", "COERCE"),
    ("The decades-old Israeli blockade of Gaza has crippled the territory.", "COERCE"),
    ("The six-year blockade of Qatar by Saudi Arabia ended in 2021.", "COERCE"),
    ("The long-running Russian occupation of Transnistria worries Moldova.", "COERCE"),
    ("The years-long Saudi bombing campaign in Yemen has drawn criticism.", "ASSAULT"),
    ("The US embargo on Cuba, which has lasted six decades, is the longest in modern history.", "COERCE"),
    ("The Syrian civil war, now in its 13th year, has displaced millions.", "ASSAULT"),
    ("The Israeli blockade of Gaza, now in its 17th year, has crippled the economy.", "COERCE"),
    ("A long-standing Turkish embargo on Armenia keeps the border closed.", "COERCE"),
    ("The ceasefire between Israel and Hezbollah is still in place.", "RETREAT"),
    ("The EU sanctions on Belarus are in effect.", "COERCE"),
]

# -- 2. "under sanctions": a state of the subject -----------------------------------------------------

UNDER = [
    ("Venezuela, under US sanctions since 2019, has turned to China for loans.", "COERCE"),
    ("The West Bank has been under Israeli occupation since 1967.", "COERCE"),
    ("Crimea, under Russian occupation since 2014, held local elections.", "COERCE"),
    ("North Korea, which is under a UN arms embargo, showcased new missiles.", "COERCE"),
    ("Gaza has lived under an Israeli blockade since 2007.", "COERCE"),
    ("Syria remains under EU sanctions.", "COERCE"),
    ("Russia is under Western sanctions.", "COERCE"),
    ("Iran, long under US sanctions, has built its own drone industry.", "COERCE"),
]

# -- 4. figurative hostages, visits to one's own troops -------------------------------------------------

SENSES = [
    ("Russia is holding Europe hostage over gas supplies, the minister said.", "ASSAULT"),
    ("Armed groups held the peace process hostage, the envoy said.", "ASSAULT"),
    ("The union held the economy hostage with its strike.", "ASSAULT"),
    ("President Putin visited troops in the Kherson region on Friday.", "CONSULT"),
    ("The French president visited French soldiers stationed in Estonia.", "CONSULT"),
    ("The Prime Minister visited British troops in Iraq.", "CONSULT"),
    ("Erdogan visited Turkish soldiers in northern Syria.", "CONSULT"),
    ("Biden met US troops at a base in Germany.", "CONSULT"),
    ("Kim Jong Un visited a munitions factory.", "CONSULT"),
    ("Biden met with US troops in Poland.", "CONSULT"),
    ("The protesters held the city hostage for days.", "ASSAULT"),
    ("Russia has taken the grain deal hostage.", "ASSAULT"),
    ("The Houthis are holding global shipping hostage.", "ASSAULT"),
    ("The opposition took parliament hostage with its boycott.", "ASSAULT"),
    ("The threat of US sanctions hangs over the deal.", "ASSAULT"),
    ("The Chinese team occupied the top spot.", "COERCE"),
    ("Turkey received thousands of refugees from Syria last year.", "CONSULT"),
    ("Jordan welcomed thousands of Palestinian refugees.", "SUPPORT"),
    ("Lebanon accepted more Syrian refugees.", "AGREE"),
]

# -- 6. acts that are the topic of a study, a debate or a book ---------------------------------------------

TOPICS = [
    ("Researchers published a study of the invasion of Iraq.", "ASSAULT"),
    ("Questions over the arms deal with Saudi Arabia have dogged the government.", "COOPERATE"),
    ("The book examines the 2003 invasion of Iraq by the United States.", "ASSAULT"),
    ("A conference on the Israeli blockade of Gaza opened in Oslo.", "COERCE"),
    ("A report on the Russian invasion of Ukraine was published on Monday.", "ASSAULT"),
    ("Parliament held a debate about sanctions on Russia.", "COERCE"),
    ("A documentary about the Chinese crackdown in Tibet won an award.", "COERCE"),
    ("Ukraine marked the second anniversary of the Russian invasion.", "ASSAULT"),
    ("The legacy of the French occupation of Algeria still shapes relations.", "COERCE"),
    ("The museum commemorates the Nazi occupation of Norway.", "COERCE"),
    ("Journalists asked about the Chinese military drills near Taiwan.", "REQUEST"),
]

# -- 5. descriptive verbs ----------------------------------------------------------------------------

DESCRIBED = [
    ("The nuclear deal, which dates from 2015, limits Iran's enrichment.", "AGREE"),
    ("The agreement between Egypt and Israel remains in force.", "AGREE"),
    ("Djibouti is home to a Chinese naval base.", None),
    ("Syria is home to a Russian air base at Hmeimim.", None),
    ("The nuclear accord remains in effect.", None),
    ("The alliance dates back to 1949.", None),
]


@pytest.mark.parametrize("text,type_", LASTING + UNDER + SENSES + TOPICS + DESCRIBED,
                         ids=[f"N{i}" for i in range(len(LASTING + UNDER + SENSES + TOPICS + DESCRIBED))])
def test_no_such_act_is_coded(res, text, type_):
    rows = coded(res, text)
    assert not [r for r in rows if type_ is None or r[0] == type_], rows


# -- 3 and 7. beliefs, hedges and counterfactuals are not asserted ------------------------------------------

NOT_ASSERTED = [
    ("Israel believes Iran armed the rebels.", "AID"),
    ("Analysts think Russia supplied the drones to Iran.", "AID"),
    ("The United States suspects that China helped Russia evade sanctions.", "AID"),
    ("Many in Kyiv believe that Belarus attacked the border post.", "ASSAULT"),
    ("Israel is convinced that Iran supplied the rockets.", "AID"),
    ("Experts say Russia probably sabotaged the pipeline.", "ASSAULT"),
    ("Russia likely supplied the missiles to North Korea, officials said.", "AID"),
    ("Russia reportedly supplied missiles to North Korea.", "AID"),
    ("Iran allegedly shipped weapons to the Houthis.", "AID"),
    ("Russia would have invaded Moldova if it had won in Ukraine.", "ASSAULT"),
    ("Germany could have sent tanks to Ukraine earlier.", "AID"),
    ("Russia is said to have deployed troops to Belarus.", "MOBILIZE"),
    ("The army is rumoured to have attacked the village.", "ASSAULT"),
    ("Iran is alleged to have supplied drones to Russia.", "AID"),
    ("Russia is reported to have deployed troops to Belarus.", "MOBILIZE"),
    ("Iran is thought to have supplied drones to Russia.", "AID"),
    ("Had Germany sent tanks earlier, Ukraine might have won.", "AID"),
    ("In Moscow's view, NATO provoked the war.", "ASSAULT"),
    ("Russia insists that Ukraine shelled the plant.", "ASSAULT"),
    ("The theory that Ukraine blew up the dam has been debunked.", "ASSAULT"),
    ("Rumours that China sent troops to Russia are false.", "MOBILIZE"),
    ("Speculation that Iran supplied the missiles grew.", "AID"),
    ("It appears that Iran attacked the tanker.", "ASSAULT"),
    ("It seems Turkey shelled the Kurdish town.", "ASSAULT"),
    ("The report that Russia shelled the plant is false.", "ASSAULT"),
]


@pytest.mark.parametrize("text,type_", [
    ("Were Iran to attack Israel, the US would respond.", "ASSAULT"),
    ("Had Pakistan attacked India, China would have intervened.", "ASSAULT"),
    ("Should Russia invade Moldova, Romania would respond.", "ASSAULT"),
])
def test_a_condition_without_if_is_hypothetical(res, text, type_):
    rows = [r for r in coded(res, text) if r[0] == type_]
    assert rows and all(r[3] == "hypothetical" for r in rows), rows


@pytest.mark.parametrize("text,type_", NOT_ASSERTED, ids=[f"H{i}" for i in range(len(NOT_ASSERTED))])
def test_not_told_as_fact(res, text, type_):
    rows = coded(res, text)
    assert not [r for r in rows if r[0] == type_ and r[3] == "asserted"], rows


COUNTERFACTUAL = [
    ("Had Russia not invaded Ukraine, Finland would not have joined NATO.", "REJECT"),
    ("Without Chinese help, Russia would not have signed the deal with Iran.", "REJECT"),
    ("Hungary may veto the EU sanctions package.", "COERCE"),
    ("Hungary vetoed the new EU sanctions package against Russia.", "COERCE"),
    ("Israel blocked aid deliveries to Gaza.", "AID"),
]


@pytest.mark.parametrize("text,type_", COUNTERFACTUAL, ids=[f"C{i}" for i in range(len(COUNTERFACTUAL))])
def test_an_act_not_done_is_no_refusal_and_no_fact(res, text, type_):
    rows = coded(res, text)
    assert not [r for r in rows if r[0] == type_ and r[3] in HAPPENED], rows


# -- the types the same words do take -----------------------------------------------------------------

WANTED = [
    ("Turkey received thousands of refugees from Syria last year.", ("AID", "TUR")),
    ("Germany has received more than a million Syrian refugees since 2015.", ("AID", "DEU")),
    ("Jordan welcomed thousands of Palestinian refugees.", ("AID", "JOR")),
    ("Poland took in millions of Ukrainian refugees.", ("AID", "POL")),
    ("Calls from Washington for Israel to halt the offensive have grown louder.", ("REQUEST", "USA", "ISR")),
    ("There were calls from the European Union for Russia to withdraw its forces.", ("REQUEST", "EU", "RUS")),
    ("Hamas militants held two Israeli soldiers hostage.", ("ASSAULT", "HAMAS", "ISR")),
    ("Blinken visited Israel on Monday.", ("CONSULT", "PER_ANTONY_BLINKEN", "ISR")),
    ("The United States imposed an embargo on Cuba in 1962.", ("COERCE", "USA", "CUB")),
    ("Cuba has been hurt by the US embargo for decades.", ("COERCE", "USA", "CUB")),
    ("The UN placed North Korea under sanctions in 2006.", ("COERCE", "UN", "PRK")),
    # a standing state whose onset is told is coded from that onset
    ("A Russian ban on imports of Georgian wine, in place since 2006, has hurt Georgian farmers.", ("COERCE", "RUS", "GEO")),
    ("A Chinese ban on Japanese seafood, in place since August, has cost fishermen millions.", ("COERCE", "CHN", "JPN")),
    ("Iran hanged two protesters on Monday.", ("ASSAULT", "IRN")),
    ("Hamas took more than 200 people hostage.", ("ASSAULT", "HAMAS")),
    ("Pirates held the crew hostage for months.", ("ASSAULT", "GEN_PIRATES")),
    ("Russia occupied Crimea in 2014.", ("COERCE", "RUS")),
    # an act whose length is named is still made by the verb that makes it
    ("Russia and China signed a 10-year gas deal.", ("SUPPORT", "RUS", "CHN")),
    ("The EU extended the six-year embargo on Syria.", ("COERCE", "EU", "SYR")),
    # the raised subject of a passive verb of hearsay or belief is the one said to act
    ("Russia is said to have deployed troops to Belarus.", ("MOBILIZE", "RUS", "BLR")),
    ("Iran is alleged to have supplied drones to Russia.", ("AID", "IRN", "RUS")),
    ("Iran was forced to release the British sailors.", ("RETREAT", "IRN")),
    # "is known to have" tells a fact
    ("Iran is known to have supplied drones to Russia.", ("AID", "IRN", "RUS", "asserted")),
    # a relative clause is still one: the drones were supplied
    ("The drones that Iran supplied to Russia hit Kyiv.", ("AID", "IRN", "RUS", "asserted")),
    # a verb that would stop what is under way leaves it done
    ("The dispute has threatened to derail Turkish cooperation with Greece on migration.", ("COOPERATE", "TUR", "GRC")),
]


@pytest.mark.parametrize("text,want", WANTED, ids=[f"W{i}" for i in range(len(WANTED))])
def test_the_act_the_words_tell(res, text, want):
    rows = coded(res, text)
    assert [r for r in rows if r[:len(want)] == want and r[3] in HAPPENED], rows
