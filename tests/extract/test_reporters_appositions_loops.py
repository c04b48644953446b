"""Reporters, appositions, relative clauses, self-loops and person linking on invented sentences
(issue 17). Each item: the sentence, the rows that must be output (type alternatives, source, target:
an actor id, country or name fragment, "|" for alternatives, None for any side), and checks: "self"
(no event from a state to itself) or a reporter's name that must be on no side of any event.

The sentences were written, with their rows, before the code was read, in new words and shapes (not
the construction suite's or the dev set's); the few the coder still gets wrong are marked as expected
failures with the mechanism they need.
"""

from __future__ import annotations

import pytest

import diplograph

ITEMS = [
 # reporters
 ("R1", "Japan will send humanitarian aid to Sudan, the chief cabinet secretary told reporters on Friday.", [("AID", "JPN", "SDN")], []),
 ("R2", "According to the Kremlin, Vladimir Putin spoke with Recep Tayyip Erdogan by phone on Sunday.", [("CONSULT", "RUS", "TUR")], []),
 ("R3", "Armed men attacked a police convoy in northern Mali, killing six officers, the AFP news agency reported.", [("ASSAULT", None, "MLI")], ["AFP"]),
 ("R4", "In a statement, the Saudi foreign ministry condemned the Houthi missile strike on a tanker.", [("ACCUSE|PROTEST", "SAU", "Houthi")], []),
 ("R5", "Kenyan police arrested twelve Ethiopian migrants near the border, a government spokesman said.", [("COERCE", "KEN", "ETH")], []),
 ("R6", "Xinhua quoted Wang Yi as saying that China firmly opposed the new American tariffs.", [("REJECT|ACCUSE|PROTEST", "CHN", "USA")], ["Xinhua"]),
 ("R7", "Pakistan said it would expel two Afghan diplomats accused of espionage.", [("COERCE|SANCTION", "PAK", "AFG")], []),
 ("R8", "Officials in Washington said Iranian drones had attacked a cargo ship off the coast of Oman.", [("ASSAULT", "IRN", None)], ["USA"]),
 ("R9", "The German chancellor told reporters in Berlin that Germany would deliver more air-defence systems to Ukraine.", [("AID|SUPPORT", "DEU", "UKR")], []),
 ("R10", "Egypt's foreign ministry spokesman said Cairo had rejected an Israeli proposal for a new border crossing.", [("REJECT", "EGY", "ISR")], []),
 ("R11", "Brazil and Argentina signed a trade agreement on Thursday, Reuters reported, citing two officials.", [("AGREE|SUPPORT", "BRA", "ARG")], ["Reuters"]),
 ("R12", "Moscow has cut gas deliveries to Moldova, the state energy company Moldovagaz said in a statement.", [("SANCTION|REDUCE", "RUS", "MDA")], ["Moldovagaz"]),
 # appositions
 ("A1", "The Iranian foreign minister, Abbas Araghchi, met his Omani counterpart in Muscat on Saturday.", [("CONSULT", "IRN", "OMN")], []),
 ("A2", "Petra Novak, the head of the Slovenian delegation, criticised Hungary's veto on Wednesday.", [("ACCUSE|PROTEST|REJECT", "SVN", "HUN")], []),
 ("A3", "Kenya's president, William Ruto, praised Somalia for its efforts against al-Shabaab.", [("SUPPORT", "KEN", "SOM")], []),
 ("A4", "Colombia's defence minister Ivan Morales accused Venezuela of sheltering rebel commanders.", [("ACCUSE", "COL", "VEN")], []),
 ("A5", "Hamid Rezaei, a senior commander of Iran's Revolutionary Guards, threatened to close the Strait of Hormuz to American ships.", [("THREATEN", "IRN", "USA")], []),
 ("A6", "Lars Eriksen, Norway's special envoy for the region, held talks with Sudanese army leaders in Port Sudan.", [("CONSULT", "NOR", "SDN")], []),
 ("A7", "Ghana's trade minister, Kwame Asante, signed a cooperation deal with his Nigerian counterpart.", [("AGREE|COOPERATE|SUPPORT", "GHA", "NGA")], []),
 ("A8", "Ukraine's ambassador to Poland, Olena Kravets, protested against the closure of the border by Polish farmers.", [("PROTEST|ACCUSE", "UKR", "POL")], []),
 # relative clauses
 ("C1", "Lithuania, which expelled three Russian diplomats last month, summoned the Belarusian charge d'affaires on Monday.", [("SANCTION", "LTU", "RUS"), (None, "LTU", "BLR")], []),
 ("C2", "The militia that attacked the United Nations base in Goma last week has signed a ceasefire with the Congolese army.", [("ASSAULT", "militia", "UN"), ("AGREE|SUPPORT", "militia", "COD")], []),
 ("C3", "The sanctions, which Washington imposed on Venezuelan oil exports in January, were lifted on Friday.", [("COERCE", "USA", "VEN")], []),
 ("C4", "Serbia, whom the European Union accused of stalling the talks, denied the charge.", [("ACCUSE", "EU", "SRB"), ("REJECT", "SRB", "EU")], []),
 ("C5", "Troops sent by Rwanda to Mozambique clashed with insurgents in Cabo Delgado.", [("ASSAULT", "RWA", "insurgent")], []),
 ("C6", "Humanitarian aid delivered by Jordan to Gaza was distributed on Tuesday.", [("AID", "JOR", "PSE|Gaza")], []),
 ("C7", "The rebel group, which Ethiopia accused of shelling civilians, rejected the peace plan.", [("ACCUSE", "ETH", "rebel")], []),
 ("C8", "A Chinese company that Washington sanctioned last year has sued the US Treasury.", [("COERCE", "USA", "CHN")], []),
 # self loops
 ("S1", "Russia recalled its ambassador on Thursday.", [], ["self"]),
 ("S2", "France recalled its ambassador from Algeria for consultations.", [("SANCTION|REDUCE|PROTEST", "FRA", "DZA")], ["self"]),
 ("S3", "Peru's president dismissed his interior minister on Wednesday.", [], ["self"]),
 ("S4", "Thailand's parliament approved the government's budget plan.", [], ["self"]),
 ("S5", "India evacuated its citizens from Sudan.", [], ["self"]),
 ("S6", "The Turkish government arrested dozens of its own soldiers after the failed coup.", [], ["self"]),
 ("S7", "Israel withdrew its envoy from Turkey after the dispute.", [("SANCTION|REDUCE|PROTEST", "ISR", "TUR")], ["self"]),
 ("S8", "Nigeria's army chief said Nigerian forces had killed forty Boko Haram fighters.", [("ASSAULT", "NGA", "Boko")], ["self"]),
 ("S9", "Japan's cabinet sacked the head of its coast guard.", [], ["self"]),
 # person linking
 ("P1", "Sergei Lavrov arrived in Ankara on Monday. Lavrov later met Hakan Fidan.", [("CONSULT", "RUS", "TUR")], []),
 ("P2", "Mr. Blinken urged Israel to allow more aid into Gaza.", [("REQUEST", "USA", "ISR")], []),
 ("P3", "Sheikh Tamim received the Egyptian president in Doha.", [("CONSULT", "QAT", "EGY")], []),
 ("P4", "The Hungarian prime minister vetoed the EU aid package for Ukraine.", [("REJECT", "HUN", "EU")], []),
 ("P5", "Brazilian army colonel Rafael Lima accused Paraguayan smugglers of arming gangs.", [("ACCUSE", "BRA", "PRY")], []),
 ("P6", "President Macron met Chancellor Scholz in Paris. Macron pledged to back Germany's proposal.", [("CONSULT", "FRA", "DEU"), ("SUPPORT|AGREE", "FRA", "DEU")], []),
 ("P7", "Dutch foreign minister Anna de Vries met Indonesian officials in Jakarta. De Vries said the Netherlands would return looted artefacts to Indonesia.", [("CONSULT", "NLD", "IDN"), ("CONCEDE|AID|AGREE|COOPERATE|RETREAT", "NLD", "IDN")], []),
]
ITEMS += [
 ("R13", "A spokesperson for the Indian foreign ministry said New Delhi had lodged a strong protest with Beijing over the new map.", [("PROTEST|ACCUSE", "IND", "CHN")], []),
 ("R14", "Iran said on Sunday it had seized a foreign tanker in the Gulf.", [("COERCE|ASSAULT", "IRN", None)], []),
 ("R15", "Hungary will block the next sanctions package against Russia, Foreign Minister Peter Szijjarto told state television.", [("REJECT", "HUN", None)], ["RUS"]),
 ("R16", "The United Arab Emirates, a senior official said, had agreed to release forty Yemeni prisoners.", [("CONCEDE|AGREE|RETREAT", "ARE", "YEM")], []),
 ("R17", "Chad has expelled the French ambassador, according to a statement read on national television.", [("COERCE|SANCTION", "TCD", "FRA")], []),
 ("R18", "Greek diplomatic sources said Athens had asked Ankara to stop the drilling.", [("REQUEST", "GRC", "TUR")], []),
 ("R19", "The ministry said in a statement that Vietnam had protested to China over the sinking of a fishing boat.", [("PROTEST|ACCUSE", "VNM", "CHN")], []),
 ("R20", "Qatari mediators said Hamas had accepted the proposal, Al Jazeera reported.", [("AGREE|CONCEDE", "Hamas", None)], ["Al Jazeera", "QAT"]),
 ("A9", "The head of the IAEA, Rafael Grossi, urged Tehran to allow inspectors back.", [("REQUEST", "IAEA", "IRN")], []),
 ("A10", "Yoon Suk Yeol, South Korea's president, warned Pyongyang against further provocations.", [("THREATEN|ACCUSE|REQUEST", "KOR", "PRK")], []),
 ("A11", "The Taliban's deputy leader, Mawlawi Abdul Kabir, met a Chinese delegation in Kabul.", [("CONSULT", "Taliban|AFG", "CHN")], []),
 ("A12", "Mexico's top diplomat, Alicia Barcena, condemned the raid on its embassy in Quito.", [("ACCUSE|PROTEST", "MEX", None)], []),
 ("A13", "Elena Petrova, a spokeswoman for the Bulgarian government, said Sofia would expel two Russian diplomats.", [("COERCE|SANCTION", "BGR", "RUS")], []),
 ("A14", "Nabil Haddad, who heads Lebanon's delegation, accused Israel of violating the truce.", [("ACCUSE", "LBN", "ISR")], []),
 ("C9", "Qatar, which has mediated between the two sides, hosted a delegation from Sudan's army on Friday.", [("CONSULT", "QAT", "SDN")], []),
 ("C10", "The diplomats whom Poland expelled on Monday left Warsaw on Wednesday.", [], ["self"]),
 ("C11", "Sweden, whose bid had been blocked by Turkey for months, thanked Ankara for its approval.", [("SUPPORT|COOPERATE", "SWE", "TUR")], []),
 ("C12", "Militants who kidnapped two Italian engineers in Niger released them on Saturday.", [("COERCE|ASSAULT", "Militants|GEN", "ITA")], []),
 ("C13", "The weapons supplied by Iran to the Houthis were seized by the US Navy.", [("AID", "IRN", "Houthi")], []),
 ("S10", "Venezuela's president recalled his country's ambassador to Guyana.", [("SANCTION|REDUCE|PROTEST", "VEN", "GUY")], ["self"]),
 ("S11", "The Kremlin dismissed its envoy to Armenia on Tuesday.", [], ["self"]),
 ("S12", "The Georgian parliament overrode the president's veto of the foreign agents law.", [], ["self"]),
 ("S13", "Egypt's cabinet approved a plan by the central bank to float the pound.", [], ["self"]),
 ("P8", "Prime Minister Sanchez held talks with King Abdullah in Madrid.", [("CONSULT", "ESP", "JOR")], []),
 ("P9", "Erdogan accused Netanyahu of genocide.", [("ACCUSE", "TUR", "ISR")], []),
 ("P10", "Colonel Mehdi Karimi of the Iranian army met Russian officers in Damascus.", [("CONSULT", "IRN", "RUS")], []),
]
ITEMS += [
 ("X1", "Estonia summoned its ambassador in Moscow home for consultations on Tuesday after Russian jets violated Estonian airspace.", [("SANCTION", "EST", "RUS"), ("MOBILIZE|COERCE", "RUS", "EST")], ["self"]),
 ("X2", "Niger's junta dissolved the country's electoral commission on Monday, prompting condemnation from ECOWAS.", [("ACCUSE", "ECOWAS", "NER")], ["self"]),
 ("X3", "The Ecuadorian president replaced his army commander on Friday, days after gunmen stormed a television studio in Guayaquil.", [], ["self"]),
 ("X4", "Morocco's king appointed a new ambassador to Paris on Wednesday, ending a year-long diplomatic freeze with France.", [], ["self"]),
 ("X5", "Malaysia, whose foreign minister visited Beijing in May, protested on Monday against Chinese patrols near Sarawak.", [("PROTEST|ACCUSE", "MYS", "CHN")], ["self"]),
 ("X6", "Police in Islamabad said they had arrested three Afghan nationals suspected of planning an attack.", [("COERCE", "PAK", "AFG")], []),
 ("X7", "Poland will close its border with Belarus, Interior Minister Tomasz Wojcik told the PAP news agency on Sunday.", [("COERCE|SANCTION", "POL", "BLR")], ["PAP"]),
 ("X8", "A Sudanese army spokesman accused the Rapid Support Forces of shelling a camp near El Fasher, the state news agency SUNA reported.", [("ACCUSE", "SDN", "RSF|Rapid")], ["SUNA"]),
 ("X9", "The Czech president, Pavel Novotny, and his Slovak counterpart agreed on Friday to build a joint ammunition plant.", [("AGREE", "CZE", "SVK")], []),
 ("X10", "Ali Mansour, the leader of a Libyan armed group, was arrested by Tunisian border guards on Sunday.", [("COERCE", "TUN", "Mansour|LBY")], []),
 ("X11", "The drones, which Kyiv says were launched by Russia, struck a power plant in Kharkiv.", [("ASSAULT", "RUS", "UKR|Kharkiv")], ["Kyiv->"]),
 ("X12", "Denmark's foreign minister said Copenhagen would summon the Iranian ambassador over the plot.", [("ACCUSE|PROTEST|CONSULT", "DNK", "IRN")], []),
]
ITEMS += [
 ("Y1", "Turkish warplanes struck Kurdish militant positions in northern Iraq overnight, the Turkish defence ministry said on Wednesday.", [("ASSAULT", "TUR", None)], ["self"]),
 ("Y2", "According to Ukrainian officials, Russian forces shelled the city of Kherson on Sunday.", [("ASSAULT", "RUS", "UKR|Kherson")], []),
 ("Y3", "Speaking to reporters in Brasilia, the Brazilian foreign minister said his government would not recognise the election result in Venezuela.", [("REJECT", "BRA", "VEN")], []),
 ("Y4", "Japan's top government spokesman told a news conference that Tokyo had lodged a protest with Beijing.", [("ACCUSE|PROTEST", "JPN", "CHN")], []),
 ("Y5", "State television quoted President Tebboune as saying Algeria would recall its ambassador from Madrid.", [("SANCTION", "DZA", "ESP")], []),
 ("Y6", "The Israeli army said its jets had struck Hezbollah targets in southern Lebanon.", [("ASSAULT", "ISR", "Hezbollah|LBN")], ["self"]),
 ("Y7", "The White House said on Monday that Washington had imposed new sanctions on Iranian oil exports.", [("COERCE", "USA", "IRN")], ["self"]),
 ("Y8", "Azerbaijan's foreign ministry spokesperson, Aylin Mammadova, said Baku had expelled two French diplomats.", [("SANCTION", "AZE", "FRA")], []),
 ("Y9", "Armenian Prime Minister Nikol Pashinyan, speaking in parliament, accused Azerbaijan of planning a new offensive.", [("ACCUSE", "ARM", "AZE")], []),
 ("Y10", "The Sudanese army, which has been fighting the RSF since April, rejected a truce proposed by Saudi Arabia.", [("REJECT", "SDN", "SAU")], []),
 ("Y11", "Philippine coast guard vessels, which were escorting a supply mission, were blocked by Chinese ships on Saturday.", [("COERCE|MOBILIZE|ASSAULT", "CHN", "PHL")], []),
 ("Y12", "Myanmar's junta extended the detention of its former leader on Friday.", [], ["self"]),
 ("Y13", "South Africa's parliament voted to close the Israeli embassy in Pretoria.", [("SANCTION|COERCE", "ZAF", "ISR")], ["self"]),
 ("Y14", "Pakistan's supreme court ordered the release of the former prime minister.", [], ["self"]),
 ("Y15", "The Dutch government withdrew its envoy from Caracas after Venezuela expelled two Dutch diplomats.", [("SANCTION", "NLD", "VEN"), ("SANCTION", "VEN", "NLD")], ["self"]),
 ("Y16", "Saudi Arabia's crown prince, Mohammed bin Salman, received the visiting Iraqi prime minister in Riyadh.", [("CONSULT", "SAU", "IRQ")], []),
 ("Y17", "Vietnamese fishermen who were detained by Chinese authorities near the Paracels were freed on Monday.", [("COERCE", "CHN", "VNM")], []),
 ("Y18", "The ceasefire that Qatar brokered between Israel and Hamas collapsed on Tuesday.", [("CONSULT", "QAT", "ISR|Hamas")], []),
 ("Y19", "Goran Petrovic, the Serbian interior minister, accused Kosovo police of harassing ethnic Serbs.", [("ACCUSE", "SRB", "Kosovo|XKX")], []),
 ("Y20", "Britain's foreign secretary said Iran was behind the attack, and London summoned Iran's ambassador.", [("ACCUSE", "GBR", "IRN")], []),
]

ITEMS += [
 ("Z1", "In an interview with CNN, the Qatari prime minister said Israel had agreed to a two-week pause in the fighting.", [("AGREE|RETREAT", "ISR", None)], ["CNN"]),
 ("Z2", "A spokesman for the Taliban told the BBC that the group had released two British nationals.", [("RETREAT", "Taliban|AFG", "GBR")], ["BBC"]),
 ("Z3", "Iraqi Prime Minister Mohammed Shia al-Sudani told his Turkish counterpart that Baghdad would not allow attacks on Turkey from Iraqi soil.", [], ["self"]),
 ("Z4", "Ms. Baerbock urged China to press Russia to end the war, a German diplomat told reporters.", [("REQUEST", "DEU", "CHN")], []),
 ("Z5", "Mr Lavrov accused Washington of fuelling the conflict, the RIA news agency quoted him as saying.", [("ACCUSE", "RUS", "USA")], ["RIA"]),
 ("Z6", "The Kremlin's spokesman, Dmitry Peskov, said Moscow had warned Helsinki against joining NATO.", [("THREATEN|ACCUSE|REQUEST", "RUS", "FIN")], []),
 ("Z7", "Niger's military government has revoked a military cooperation agreement with the United States, its spokesman said in a televised statement.", [("SANCTION|REJECT|RETREAT", "NER", "USA")], []),
 ("Z8", "Nicaragua broke off diplomatic relations with the Netherlands, the foreign ministry in Managua said.", [("SANCTION", "NIC", "NLD")], []),
 ("Z9", "North Korea said on Saturday that it had test-fired a new cruise missile over the Yellow Sea.", [("MOBILIZE", "PRK", None)], []),
 ("Z10", "Pyongyang's state news agency KCNA said Kim Jong Un had inspected a missile factory.", [], ["KCNA"]),
 ("Z11", "Bolivia severed ties with Israel, Deputy Foreign Minister Freddy Mamani told a news conference in La Paz.", [("SANCTION", "BOL", "ISR")], []),
 ("Z12", "Officials said the Ethiopian army had withdrawn from the disputed town, handing it over to Eritrean forces.", [("RETREAT", "ETH", None)], []),
 ("Z13", "Jordan's King Abdullah II met French President Emmanuel Macron in Paris on Wednesday.", [("CONSULT", "JOR", "FRA")], []),
 ("Z14", "Amos Hochstein, a senior adviser to the US president, held talks with Lebanese officials in Beirut.", [("CONSULT", "USA", "LBN")], []),
 ("Z15", "Tanzania's foreign minister, January Makamba, who visited Kinshasa last week, said Congo had accepted the mediation offer.", [("AGREE|CONCEDE", "COD", "TZA|None")], []),
 ("Z16", "Police in Nairobi detained Hassan Abdi, a Somali journalist who had criticised the Kenyan government.", [("COERCE", "KEN", "Abdi|SOM")], []),
 ("Z17", "The Algerian foreign ministry recalled Algeria's ambassador to France for consultations.", [("SANCTION", "DZA", "FRA")], ["self"]),
 ("Z18", "Spain's government expelled its own military attache from the embassy in Rabat after a spying scandal.", [], ["self"]),
 ("Z19", "The Polish president vetoed a bill passed by the Polish parliament.", [], ["self"]),
 ("Z20", "India deported a British academic who had criticised the Indian government.", [("COERCE", "IND", "GBR|academic")], []),
]
ITEMS += [
 ("W1", "Niger's army chief, Lt. Col. Moussa Salaou, accused France of arming jihadists.", [("ACCUSE", "NER", "FRA")], []),
 ("W2", "Nigeria bombed camps of a rebel group, the Ansaru movement, on Monday.", [("ASSAULT", "NGA", "Ansaru")], []),
 ("W3", "Soldiers deployed by Kenya to Somalia clashed with al-Shabaab fighters near the border.", [("ASSAULT", "KEN", None)], []),
 ("W4", "Morocco summoned its ambassador in Algiers home on Thursday.", [("SANCTION", "MAR", "DZA")], ["self"]),
]


# still wrong, by mechanism: knowledge-base
# people named by title and one name ("Sheikh Tamim", "Prime Minister Sanchez") that the knowledge base
# lacks (P3, P8); the rejected package's target, not its subject (R15: noun arguments); a relative clause
# inside a reported passive (X11); a noun argument of a negated recognition (Y3)
KNOWN = {"P3", "P8", "R15", "X11", "Y3"}


def _match(ref, want: str | None) -> bool:
    if want is None:
        return True
    if ref is None:
        return False
    fields = [f for f in (ref.actor_id, ref.country, ref.name, ref.text) if f]
    return any(a == f or a.lower() in f.lower() for a in want.split("|") for f in fields)


def _problems(events, rows, checks) -> list[str]:
    out = []
    for types, src, tgt in rows:
        if not any((types is None or e.type in types.split("|")) and _match(e.source, src) and _match(e.target, tgt)
                   for e in events):
            out.append(f"missing {types} {src} -> {tgt}")
    for check in checks:
        for e in events:
            if check == "self":
                if e.source and e.target and (e.source.actor_id == e.target.actor_id or (
                        e.source.kind == e.target.kind == "state" and e.source.country == e.target.country)):
                    out.append(f"self-loop {e.type} {e.source.actor_id}")
            elif _match(e.source, check) or _match(e.target, check):
                out.append(f"reporter {check} as a side of {e.type}")
    return out


@pytest.mark.parametrize("iid, text, rows, checks",
                         [pytest.param(*item, marks=pytest.mark.xfail(reason="see KNOWN", strict=True))
                          if item[0] in KNOWN else item for item in ITEMS], ids=[item[0] for item in ITEMS])
def test_invented_sentence_rows(res, iid, text, rows, checks) -> None:
    events = diplograph.code(text, published="2024-05-02", resources=res)
    problems = _problems(events, rows, checks)
    assert not problems, (problems, [(e.type, e.source and e.source.actor_id, e.target and e.target.actor_id)
                                     for e in events])


def test_a_rank_written_short_is_no_name(res) -> None:
    """ "army chief, Maj. Gen. X": the ranks between the apposed title and the name are neither the
    person's name nor a break between the title and the name (the person serves the title's state)."""
    events = diplograph.code("Egypt's intelligence chief, Maj. Gen. Hassan Rashad, met Hamas leaders in Cairo.",
                             published="2024-05-02", resources=res)
    sources = [e.source for e in events if e.type == "CONSULT" and e.source]
    assert sources and sources[0].actor_id == "PER_HASSAN_RASHAD" and sources[0].country == "EGY", sources


def test_an_aide_serves_the_side_to_names_but_an_ambassador_does_not(res) -> None:
    aide = diplograph.code("Amos Hochstein, a senior adviser to the US president, held talks with Lebanese officials.",
                           published="2024-05-02", resources=res)
    assert [(e.source.country, e.target.country) for e in aide if e.type == "CONSULT"] == [("USA", "LBN")]
    envoy = diplograph.code("Lena Berg, Sweden's ambassador to Turkey, met Greek officials in Athens.",
                            published="2024-05-02", resources=res)
    assert [(e.source.country, e.target.country) for e in envoy if e.type == "CONSULT"] == [("SWE", "GRC")]


@pytest.mark.parametrize("text, type_, source, targets", [
    ("It was Egypt that brokered the truce between Israel and Islamic Jihad.", "CONSULT", "EGY", {"ISR", "PIJ"}),
    ("It was Turkey that shot down the Russian jet on Tuesday.", "ASSAULT", "TUR", {"RUS"}),
])
def test_a_clefts_focus_is_the_doer(res, text, type_, source, targets) -> None:
    """ "It was X that did Y": the relative pronoun of a cleft stands for its focus, X."""
    events = diplograph.code(text, published="2024-05-02", resources=res)
    got = {e.target.actor_id for e in events if e.type == type_ and e.source and e.source.actor_id == source and e.target}
    assert got == targets, [(e.type, e.source, e.target) for e in events]


def test_captives_are_freed_by_their_captor_not_by_a_mediator(res) -> None:
    """ "X detained by Y were freed after mediation by Z": Y frees them (the reduced relative names the
    captor); "by Z" belongs to the adjunct's noun even when the parser hangs it on the verb."""
    events = diplograph.code("Six Indian sailors held by Iranian forces were freed on Sunday after mediation by Oman.",
                             published="2024-05-02", resources=res)
    freed = [(e.source and e.source.actor_id, e.target and e.target.actor_id) for e in events if e.type == "RETREAT"]
    assert freed == [("IRN", "IND")], [(e.type, e.source, e.target) for e in events]


def test_evacuating_ones_own_citizens_is_no_act_between_parties(res) -> None:
    """A state flying its own people out of a country helps its own (no event), unlike evacuating
    others' civilians or recalling its envoy from a state (an act toward that state)."""
    own = diplograph.code("Brazil evacuated 40 of its nationals from Lebanon on Sunday.", published="2024-05-02",
                          resources=res)
    assert [e for e in own if e.type == "AID"] == []
    others = diplograph.code("Egypt evacuated 300 Palestinian civilians from Gaza on Sunday.", published="2024-05-02",
                             resources=res)
    assert [(e.source.actor_id, e.target.actor_id) for e in others if e.type == "AID"] == [("EGY", "PSE")]


def test_in_protest_at_gives_the_motive_of_the_act_not_a_protest(res) -> None:
    """ "recalled its envoy in protest at X": the recall is the protest; no street protest is told."""
    events = diplograph.code("Colombia recalled its ambassador from Israel in protest over the shelling of Gaza.",
                             published="2024-05-02", resources=res)
    assert [e.type for e in events if e.type == "PROTEST"] == []
    assert [(e.source.actor_id, e.target.actor_id) for e in events if e.type == "SANCTION"] == [("COL", "ISR")]


@pytest.mark.parametrize("text, type_, pair", [
    ("Antony Blinken met Wang Yi in Beijing. Blinken urged Wang to curb exports to Russia.", "REQUEST",
     ("USA", "CHN")),
    ("Kim Jong Un met Vladimir Putin in Vostochny. Kim later praised Russia.", "SUPPORT", ("PRK", "RUS")),
])
def test_a_family_name_written_first_names_the_person_again(res, text, type_, pair) -> None:
    events = diplograph.code(text, published="2024-05-02", resources=res)
    assert pair in {(e.source.country, e.target.country) for e in events if e.type == type_ and e.source and e.target}


def test_a_family_name_two_people_share_names_neither(res) -> None:
    events = diplograph.code("Kim Jong Un met the South Korean envoy Kim Sang-hoon in Pyongyang. Kim praised Russia.",
                             published="2024-05-02", resources=res)
    assert not [e for e in events if e.type == "SUPPORT" and e.source and e.source.country in ("PRK", "KOR")]


@pytest.mark.parametrize("text, type_, pair", [
    ("Greece accused Turkey of violating its airspace, a claim Ankara denied.", "REJECT", ("TUR", "GRC")),
    ("Serbia expelled two Croatian diplomats, a move Zagreb condemned.", "ACCUSE", ("HRV", "SRB")),
])
def test_a_contact_clause_on_a_summary_noun_reacts_to_the_doer(res, text, type_, pair) -> None:
    """ "X did Y, a claim/move Z denied": Z's reaction is aimed at X."""
    events = diplograph.code(text, published="2024-05-02", resources=res)
    assert pair in {(e.source.actor_id, e.target.actor_id) for e in events if e.type == type_ and e.source and e.target}


@pytest.mark.parametrize("text", [
    "In a phone call with Erdogan, Putin said Russia was ready to resume grain exports.",
    "Putin told Erdogan in a phone call that Russia would resume grain exports.",
])
def test_a_call_told_of_by_its_speaker_has_both_parties(res, text) -> None:
    """The one told or called is the call's other party, also when the tagger takes a bare surname of
    the knowledge base for a place."""
    events = diplograph.code(text, published="2024-05-02", resources=res)
    assert ("RUS", "TUR") in {(e.source.country, e.target.country) for e in events
                              if e.type == "CONSULT" and e.source and e.target}


@pytest.mark.parametrize("text, type_, pair", [
    ("Latvia summoned its ambassador in Minsk for consultations on Tuesday.", "SANCTION", ("LVA", "BLR")),
    ("The Russian foreign ministry summoned Russia's ambassador to Armenia for consultations.", "SANCTION",
     ("RUS", "ARM")),
    ("Poland summoned Russia's ambassador over the drone incursion.", "ACCUSE", ("POL", "RUS")),
])
def test_summoning_ones_own_envoy_is_a_recall_from_the_host(res, text, type_, pair) -> None:
    events = diplograph.code(text, published="2024-05-02", resources=res)
    assert [(e.type, e.source.actor_id, e.target.actor_id) for e in events if e.source and e.target] == [(type_, *pair)]


def test_forces_moved_by_an_act_noun_are_not_its_recipient(res) -> None:
    """ "the deployment of police officers to X": X receives them, not the officers (the doer's own)."""
    events = diplograph.code("Kenya's parliament approved the deployment of 1,000 police officers to Haiti.",
                             published="2024-05-02", resources=res)
    assert [(e.source.country, e.target.actor_id) for e in events if e.type == "MOBILIZE"] == [("KEN", "HTI")]
