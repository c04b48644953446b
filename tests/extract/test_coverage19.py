"""Lexical coverage of the trigger lexicon (brief coverage19): wordings journalists use for PLOVER types that the
lexicon lacked, drawn from the ontology (tools/coverage_candidates.txt, tools/lexicon_gaps.py), each with the sense
that tells an act between parties and, beside it, senses of the same word that must stay silent. Invented sentences."""

from __future__ import annotations

import pytest
from helpers import assert_rows, coded_rows


@pytest.mark.parametrize("text, must, must_not", [
    # ASSAULT: targeting, hammering, rocketing, stones thrown, force used
    ("Israeli jets targeted Hezbollah positions in southern Lebanon on Tuesday.", [("ASSAULT", "ISR", "HEZBOLLAH", None)], []),
    ("Ukraine targeted a Russian fuel depot in Belgorod with drones.", [("ASSAULT", "UKR", "RUS", None)], []),
    ("Hamas commanders in Gaza were targeted by Israeli jets.", [("ASSAULT", "ISR", "HAMAS", None)], []),
    ("Washington targeted Chinese chipmakers with export controls.", [], [("ASSAULT", None, None, None)]),
    ("The new US sanctions target Russian banks and oligarchs.", [], [("ASSAULT", None, None, None)]),
    ("The European Union on Monday approved new sanctions against Serbia, targeting 20 officials and a bank in Belgrade.",
     [("COERCE", "EU", "SRB", None)], [("ASSAULT", None, None, None)]),
    ("The airstrikes targeted a Syrian airbase near Homs.", [], [("ASSAULT", None, "SYR", None)]),
    ("Israeli warplanes hammered Gaza City overnight.", [("ASSAULT", "ISR", None, None)], []),
    ("Critics hammered the Kenyan government over the tax bill.", [], [("ASSAULT", None, None, None)]),
    ("The Philippines hammered out a deal with China over the shoal.", [("AGREE", "PHL", "CHN", None)],
     [("ASSAULT", None, None, None)]),
    ("Shares rocketed to a record high on Monday.", [], [("ASSAULT", None, None, None)]),
    ("Palestinian youths pelted Israeli soldiers with stones near Nablus.", [("ASSAULT", "PSE", "ISR", None)], []),
    ("Protesters lobbed petrol bombs at the Serbian police.", [("ASSAULT", None, "SRB", None)], []),
    ("Russian forces rained missiles on Odesa overnight.", [("ASSAULT", "RUS", "UKR", None)], []),
    ("Serbian protesters threw stones at the Hungarian consulate.", [("ASSAULT", "SRB", "HUN", None)], []),
    ("Greek police used water cannon against Turkish fans.", [("ASSAULT", "GRC", "TUR", None)], []),
    ("Chinese hackers breached Belgian government networks.", [("ASSAULT", "CHN", "BEL", None)], []),
    ("The Houthis fired a salvo of missiles at Israel.", [("ASSAULT", "HOUTHIS", "ISR", None)], []),
    ("Moscow's war crimes in Ukraine were documented.", [("ASSAULT", "RUS", "UKR", None)], []),
    # COERCE
    ("The Taliban forbade Afghan women from working for the United Nations.", [("COERCE", "TALIBAN", None, None)], []),
    ("Islamic law forbids the charging of interest.", [], [("COERCE", None, None, None)]),
    ("China punished Lithuania with trade curbs after the Taiwan office opened.", [("COERCE", "CHN", "LTU", None)], []),
    ("Moscow levied new tariffs on Kazakh grain.", [("COERCE", "RUS", "KAZ", None)], []),
    ("Eritrea compelled Ethiopian troops to withdraw from the town.", [("COERCE", "ERI", "ETH", None)], []),
    ("Rising costs compelled Nigeria to cut subsidies.", [], [("COERCE", None, None, None)]),
    ("Indonesian patrol boats turned back a Malaysian fishing vessel.", [("COERCE", "IDN", "MYS", None)], []),
    ("Venezuela grounded Colombian planes.", [("COERCE", "VEN", "COL", None)], []),
    ("The European Union imposed penalties on Iranian drone makers.", [("COERCE", "EU", "IRN", None)], []),
    ("Iran's jailing of the Swedish diplomat angered Stockholm.", [("COERCE", "IRN", "SWE", None)], []),
    # MOBILIZE: a show of force (CAMEO 15)
    ("Chinese coast guard vessels shadowed a Philippine supply boat.", [("MOBILIZE", "CHN", "PHL", None)], []),
    ("Chinese jets buzzed an Australian surveillance plane.", [("MOBILIZE", "CHN", "AUS", None)], []),
    ("Russia repositioned warships from Sevastopol to Novorossiysk.", [("MOBILIZE", "RUS", None, None)], []),
    # REJECT, PROTEST, SANCTION, CONCEDE, REQUEST, ACCUSE, AID, SUPPORT
    ("Beijing has shunned the Philippine president since the election.", [("REJECT", "CHN", None, None)], []),
    ("Celebrities shunned the spotlight.", [], [("REJECT", None, None, None)]),
    ("Venezuela scorned the Organization of American States as a tool of Washington.", [("REJECT", "VEN", "OAS", None)], []),
    ("Hungary vetoed the package and voted against new sanctions on Russia.", [], [("REJECT", "HUN", "RUS", None)]),
    ("Kosovo Serbs revolted against the government in Pristina.", [("PROTEST", None, "XKX", None)], []),
    ("Latvia froze its participation in the CSTO.", [("SANCTION", "LVA", "CSTO", None)], []),
    ("Lithuania's downgrade of its ties with China followed.", [("SANCTION", "LTU", "CHN", None)], []),
    ("The downgrade of Egypt's credit rating by Moody's hit markets.", [], [("SANCTION", None, None, None)]),
    ("Serbia retracted its recognition of Kosovo's independence.", [], [("CONCEDE", None, None, None)]),
    ("Finland applied for NATO membership in May 2022.", [("REQUEST", "FIN", "NATO", None)], []),
    ("The rule applies to Russian citizens.", [], [("REQUEST", None, None, None)]),
    ("Taiwan enlisted the help of Japan in the crisis.", [("REQUEST", "TWN", "JPN", None)], []),
    ("The Chinese foreign ministry lamented Washington's decision.", [("ACCUSE", "CHN", "USA", None)], []),
    ("Chinese officials suspect Japan of spying.", [("ACCUSE", "CHN", "JPN", None)], []),
    ("Seoul issued a démarche to Tokyo over the textbooks.", [("ACCUSE", "KOR", "JPN", None)], []),
    ("Ethiopia furnished Somalia with troops for the AU mission.", [("AID", "ETH", "SOM", None)], []),
    ("Egypt ferried aid to Gaza through the Rafah crossing.", [("AID", "EGY", "PSE", None)], []),
    ("The Kremlin has propped up the Belarusian leader Alexander Lukashenko for years.", [("SUPPORT", "RUS", None, None)], []),
    ("The central bank propped up the lira again.", [], [("SUPPORT", None, None, None)]),
    # headline and colloquial wordings
    ("Beijing rapped Tokyo over the Yasukuni visit.", [("ACCUSE", "CHN", "JPN", None)], []),
    ("The talks panned out badly for Serbia.", [], [("ACCUSE", None, None, None)]),
    ("Modi feted the UAE president in Ahmedabad.", [("CONSULT", None, "ARE", None)], []),
    ("Washington wooed Vietnam with a defence pact.", [("REQUEST", "USA", "VNM", None)], []),
    ("His remarks courted controversy in Brazil.", [], [("REQUEST", None, None, None)]),
    ("Canada axed its aid programme for Nicaragua.", [("SANCTION", "CAN", "NIC", None)], []),
    ("Burkina Faso booted out French troops.", [("SANCTION", "BFA", "FRA", None)], []),
    ("Russia poured troops into Belarus.", [("MOBILIZE", "RUS", "BLR", None)], []),
    ("The Gulf states poured aid into Egypt.", [("AID", None, "EGY", None)], []),
    ("Rain poured into the Turkish camps.", [], [("AID", None, None, None), ("MOBILIZE", None, None, None)]),
    ("Egypt opened a credit line for Sudan.", [("AID", "EGY", "SDN", None)], []),
])
def test_coverage(res, text, must, must_not):
    assert_rows(coded_rows(res, text, "2025-06-12"), must, must_not, text)
