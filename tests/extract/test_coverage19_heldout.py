"""Held-out sentences for brief coverage19 (lexical coverage of the trigger lexicon), written before any entry
was added and not tuned on. The words were drawn at random (seed 1919) from the candidate wordings of
tools/coverage_candidates.txt and set aside: cheer, compel, enlist, furnish, gift, greenlight, grill, hammer,
overpower, prop up, retract, revolt, rocket, scorn (verbs); compact, cutoff, detainment, downgrade, exit,
insurrection, jailing, penalty, rebellion, rebuttal, recrimination, retraction, slur, smear (nouns). Each has a
sentence where it tells an act between parties, and some a sense that is none. Score: 5/32 before any entry,
29/32 after (the three failing rows are marked xfail with the reason)."""

from __future__ import annotations

import pytest
from helpers import assert_rows, coded_rows


@pytest.mark.parametrize("text, must, must_not", [
    # verbs
    pytest.param("Hungary cheered Slovakia's decision to halt arms deliveries, a government spokesman said.",
                 [("SUPPORT", "HUN", "SVK", None)], [],
                 marks=pytest.mark.xfail(strict=True, reason="'cheer' left out of the lexicon: crowds cheering on the devset")),
    ("Fans in Buenos Aires cheered loudly as the national team arrived.", [], [("SUPPORT", None, None, None)]),
    ("A Chinese coast guard ship compelled a Philippine supply boat to turn back near the shoal.",
     [("COERCE", "CHN", "PHL", None)], []),
    ("Russia has enlisted thousands of convicts to fight in the war, officials in Kyiv said.",
     [("MOBILIZE", "RUS", None, None)], []),
    ("Germany furnished Ukraine with three more air defence systems last month.",
     [("AID", "DEU", "UKR", None)], []),
    ("Japan gifted Sri Lanka two coastal patrol vessels on Monday.",
     [("AID", "JPN", "LKA", None)], []),
    ("Hungary's parliament finally greenlit Sweden's accession to NATO.",
     [("SUPPORT", "HUN", "SWE", None)], []),
    ("Chinese officials grilled the Japanese ambassador over the release of treated water.",
     [("ACCUSE", "CHN", "JPN", None)], []),
    ("Russian artillery hammered Ukrainian positions near Bakhmut overnight.",
     [("ASSAULT", "RUS", "UKR", None)], []),
    ("Heavy rain hammered the coast of Mozambique for a third day.", [], [("ASSAULT", None, None, None)]),
    ("Houthi fighters overpowered Saudi border guards in a night raid.",
     [("ASSAULT", None, "SAU", None)], []),
    ("Beijing has propped up Myanmar's junta with diplomatic cover at the United Nations.",
     [("SUPPORT", "CHN", "MMR", None)], []),
    ("Turkey retracted its objection to Finland's membership bid on Thursday.",
     [("CONCEDE", "TUR", "FIN", None)], []),
    ("Tuareg clans in northern Niger revolted against the government in Niamey.",
     [("PROTEST", None, "NER", None)], []),
    ("Hezbollah rocketed northern Israel on Sunday, the Israeli army said.",
     [("ASSAULT", "HEZBOLLAH", "ISR", None)], []),
    ("Kyiv scorned Moscow's offer of a short truce as a propaganda stunt.",
     [("REJECT", "UKR", "RUS", None)], []),
    # nouns
    ("Australia agreed a security compact with Nauru in December.",
     [("AGREE", "AUS", "NRU", None)], []),
    ("The compact between Palau and the United States was renewed for twenty years.",
     [], [("ASSAULT", None, None, None)]),
    ("Russia's cutoff of gas supplies to Moldova deepened the energy crisis.",
     [("SANCTION", "RUS", "MDA", None)], []),
    ("The detainment of two Canadians by China soured relations for years.",
     [("COERCE", "CHN", "CAN", None)], []),
    ("Lithuania's downgrade of its diplomatic ties with China angered Beijing.",
     [("SANCTION", "LTU", "CHN", None)], []),
    ("Mali's exit from ECOWAS took effect in January.",
     [("SANCTION", "MLI", "ECOWAS", None)], []),
    ("The insurrection by Tuareg rebels against Mali spread to Timbuktu.",
     [("ASSAULT", None, "MLI", None)], []),
    ("Iran's jailing of a French tourist drew a protest from Paris.",
     [("COERCE", "IRN", "FRA", None)], []),
    ("The European Union imposed new penalties on Belarus over the migrant crisis.",
     [("COERCE", "EU", "BLR", None)], []),
    ("The Houthi rebellion against Yemen's government began in 2004.",
     [("ASSAULT", "HOUTHIS", "YEM", None)], []),
    ("China issued a sharp rebuttal of the American accusations on Friday.",
     [("REJECT", "CHN", "USA", None)], []),
    ("Recriminations between Armenia and Azerbaijan continued after the talks.",
     [("ACCUSE", "ARM", "AZE", None)], []),
    ("Turkey's retraction of its veto cleared the way for Sweden.",
     [("CONCEDE", "TUR", None, None)], []),
    pytest.param("Erdogan hurled slurs at Netanyahu during a rally in Istanbul.",
                 [("ACCUSE", "TUR", "ISR", None)], [],
                 marks=pytest.mark.xfail(strict=True, reason="'hurl' is a trigger only for things thrown; the 'at' phrase hangs on the verb, not the noun")),
    ("Moscow launched a smear campaign against Moldova's president, Maia Sandu.",
     [("ACCUSE", "RUS", None, None)], []),
    pytest.param("Workers applied a fresh smear of paint to the wall.", [], [("ACCUSE", None, None, None)],
                 marks=pytest.mark.xfail(strict=True, reason="the noun 'smear' takes an 'of' phrase as its target")),
])
def test_heldout_coverage(res, text, must, must_not):
    assert_rows(coded_rows(res, text, "2025-06-12"), must, must_not, text)
