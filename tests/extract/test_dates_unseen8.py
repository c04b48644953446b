"""Event dates on invented news sentences (round 8): relative days and weeks, acts anchored on other acts,
background acts, coming acts, ranges, shared dates, reported speech, role terms and dates that belong to
another act of the sentence.  Each case asserts the (start, end) a careful analyst would give the act of
that type between those sides.  Publication 2025-03-12 is a Wednesday; Monday is 2025-03-10."""

from __future__ import annotations

import pytest

import diplograph

PUB = "2025-03-12"


def span(res, text, type_, a, b, published=PUB):
    """(date, end) of the ``type_`` event from ``a`` to ``b`` (else from ``b`` to ``a``; ids or countries)."""
    def side(ref, x):
        return x is None and ref is None or ref is not None and x in (ref.actor_id, ref.country, ref.via)
    evs = diplograph.code(text, resources=res, published=published)
    for x, y in ((a, b), (b, a)):  # the stated direction first (a joint act may be told either way)
        for e in evs:
            if e.type == type_ and side(e.source, x) and side(e.target, y):
                return e.date.value, e.date.end
    raise AssertionError(f"no {type_} {a}-{b} in {[(e.type, e.source, e.target) for e in evs]}")


CASES = [
    # relative days and weeks
    ("Poland expelled a Russian diplomat on Monday.", "SANCTION", "POL", "RUS", ("2025-03-10", None)),
    ("Lithuania accused Belarus last week of sending migrants across the border.", "ACCUSE", "LTU", "BLR",
     ("2025-03-03", "2025-03-09")),
    ("Two weeks ago, Algeria recalled its ambassador from France.", "SANCTION", "DZA", "FRA", ("2025-02-26", None)),
    ("Israeli warplanes struck targets in southern Lebanon early on Monday, the Lebanese army said on Tuesday.",
     "ASSAULT", "ISR", "LBN", ("2025-03-10", None)),
    # overnight: the night before the day of the saying, not before the publication's
    ("Pakistan said on Monday that Afghan fighters had fired on its border posts overnight.", "ASSAULT", "AFG",
     "PAK", ("2025-03-09", None)),
    ("Ukraine said on Monday that Russia had launched 90 drones at Kyiv overnight.", "ASSAULT", "RUS", "UKR",
     ("2025-03-09", None)),
    ('"Russia attacked our energy grid last night," Ukraine\'s energy minister said on Tuesday.', "ASSAULT", "RUS",
     None, ("2025-03-10", None)),
    ("The Israeli ambassador was recalled from Ankara the previous day, Israel's foreign ministry said on "
     "Saturday.", "SANCTION", "ISR", "TUR", ("2025-03-07", None)),
    ("Turkey said on Monday that Syrian forces had shelled its border post the previous evening.", "ASSAULT", "SYR",
     "TUR", ("2025-03-09", None)),
    # (negative) a previous day told after a dated sentence, with no saying: counted from that sentence
    ("Chile recalled its ambassador from Peru on 2 March. The previous day, Peru had expelled a Chilean diplomat.",
     "SANCTION", "PER", "CHL", ("2025-03-01", None)),
    # (negative) told by the narrator, or said on the publication's day: the night before the publication
    ("Russian drones attacked the Ukrainian port of Odesa overnight, Ukraine's air force said on Wednesday.",
     "ASSAULT", "RUS", "UKR", ("2025-03-11", None)),
    # event anchors: hours after an act share its day; days after do not
    ("Hours after a Houthi drone struck an apartment building in Tel Aviv on Friday, Israeli warplanes bombed "
     "fuel depots in Hodeidah.", "ASSAULT", "ISR", "HOUTHIS", ("2025-03-07", None)),
    ("The United States imposed sanctions on Iran on Monday, hours after Iranian forces seized a Greek tanker.",
     "COERCE", "IRN", "GRC", ("2025-03-10", None)),
    ("Israeli jets struck Gaza on Monday, shortly after Hamas fired rockets at Ashkelon.", "ASSAULT", "HAMAS", "ISR",
     ("2025-03-10", None)),
    ("Israeli jets struck Gaza on Monday, days after Hamas fired rockets at Ashkelon.", "ASSAULT", "HAMAS", "ISR",
     ("2025-03", None)),
    ("A day after Serbia recalled its ambassador from Zagreb on Monday, Croatia expelled a Serbian diplomat.",
     "SANCTION", "HRV", "SRB", ("2025-03-11", None)),
    ("Georgia held a parliamentary vote on 2 March. Two days after the vote, the European Union criticised the "
     "Georgian government.", "ACCUSE", "EU", "GEO", ("2025-03-04", None)),
    ("Kosovo's prime minister accused Serbia on Monday of plotting attacks, two days after Serbian police arrested "
     "three Kosovo officers.", "COERCE", "SRB", "XKX", ("2025-03-08", None)),
    # "N units before X did Y" after a dated clause: X counted on from that date
    ("The ministers met on 4 March in Riyadh, a day before Saudi Arabia and Iran restored ties.", "SUPPORT", "SAU",
     "IRN", ("2025-03-05", None)),
    ("Russia expelled a Finnish diplomat in 2023, two years before Finland closed its border.", "COERCE", "FIN",
     "RUS", ("2025", None)),
    # (negative) the clause counted from keeps its own date; a count from an act told before stays as it was
    ("Kosovo accused Serbia on Monday, two days before Serbian police arrested three Kosovo officers.", "ACCUSE",
     "XKX", "SRB", ("2025-03-10", None)),
    ("Georgia held a vote on 2 March. Two days before the vote, the EU warned the Georgian government.", "THREATEN",
     "EU", "GEO", ("2025-02-28", None)),
    # what a dated act drew or brought about: from that day up to the writing
    ("Greece's expulsion of two Libyan diplomats on Monday drew a formal protest from Tripoli.", "ACCUSE", "LBY",
     "GRC", ("2025-03-10", "2025-03-12")),
    # (negative) an act told at month precision keeps its month
    ("The Russian invasion of Ukraine in February 2022 brought condemnation from the European Union.", "ACCUSE",
     "EU", "RUS", ("2022-02", None)),
    # background acts and open ranges: "since X" starts at X and runs on ('..')
    ("Houthi forces have attacked ships in the Red Sea since January.", "ASSAULT", "HOUTHIS", None, ("2025-01", "..")),
    ("Since January, Houthi forces have attacked more than 40 merchant ships.", "ASSAULT", "HOUTHIS", None,
     ("2025-01", "..")),
    ("China has repeatedly accused the Philippines of provocations since 2023.", "ACCUSE", "CHN", "PHL",
     ("2023", "..")),
    ("Russian forces have shelled Kharkiv every day since the start of the month, the governor said.", "ASSAULT",
     "RUS", "UKR", ("2025-03", "..")),
    ("Russian forces have shelled Kharkiv since the beginning of the year.", "ASSAULT", "RUS", "UKR", ("2025", "..")),
    ("In 2019, the United States withdrew from a missile treaty with Russia.", "SANCTION", "USA", "RUS",
     ("2019", None)),
    # "in recent days / weeks": a span of days up to the publication ("recently": a few months)
    ("In recent weeks, Chinese ships have blocked Philippine supply missions to the shoal.", "COERCE", "CHN", "PHL",
     ("2025-02-12", "2025-03-12")),
    ("Chinese ships have blocked Philippine supply missions in recent days.", "COERCE", "CHN", "PHL",
     ("2025-03-05", "2025-03-12")),
    ("China recently blocked Philippine supply missions.", "COERCE", "CHN", "PHL", ("2025-01", "2025-03")),
    # coming acts
    ("Indian and Pakistani officials are due to meet in Geneva later this month.", "CONSULT", "IND", "PAK",
     ("2025-03", None)),
    ("The foreign ministers of Egypt and Sudan will meet in Cairo next week.", "CONSULT", "EGY", "SDN",
     ("2025-03-17", "2025-03-23")),
    ("Colombia and Venezuela will hold talks on border security next month.", "CONSULT", "COL", "VEN",
     ("2025-04", None)),
    ("Israel must withdraw its troops from southern Lebanon by the end of the month, the Lebanese president said.",
     "REQUEST", "LBN", "ISR", ("2025-03", None)),  # the saying: the story's time (no day named)
    # a deadline in what is agreed or pledged dates the content, not the agreement
    ("Russian and Ukrainian delegations held talks in Geneva on Monday and agreed to exchange 500 detainees "
     "each before the end of the month.", "AGREE", "RUS", "UKR", ("2025-03-10", None)),
    ("Germany pledged to deliver more air defence systems to Ukraine by the end of the year.", "AGREE", "DEU",
     "UKR", ("2025-03", None)),
    # (negative) a date in the content of a past threat is the threat's
    ("Turkey threatened to launch an offensive in Syria in May 2019.", "THREATEN", "TUR", "SYR", ("2019-05", None)),
    # ranges: a coming span of days is the next one; a past one the last one
    ("Russia and Belarus will hold joint military drills from 1 to 10 September.", "COOPERATE", "RUS", "BLR",
     ("2025-09-01", "2025-09-10")),
    ("Russia and Belarus held joint military drills from 1 to 10 September.", "COOPERATE", "RUS", "BLR",
     ("2024-09-01", "2024-09-10")),
    ("Russia and Belarus held joint military drills from 1 to 10 February.", "COOPERATE", "RUS", "BLR",
     ("2025-02-01", "2025-02-10")),
    ("Armenian and Azerbaijani forces exchanged fire from Monday to Wednesday.", "ASSAULT", "ARM", "AZE",
     ("2025-03-10", "2025-03-12")),
    ("Between 2015 and 2018, Saudi Arabia bombed Houthi positions in Yemen.", "ASSAULT", "SAU", "HOUTHIS",
     ("2015", "2018")),
    # a date shared by coordinated clauses and by the next sentence
    ("Last week, North Korea fired two ballistic missiles toward Japan, and Seoul condemned the launches.", "ACCUSE",
     "KOR", None, ("2025-03-03", "2025-03-09")),
    ("Japanese and South Korean defence ministers met in Tokyo on Monday. They agreed to share missile warning "
     "data.", "AGREE", "JPN", "KOR", ("2025-03-10", None)),
    # quotes and reported speech
    ('"We expelled the Russian diplomats on Monday because they were spying," the Estonian foreign minister said.',
     "SANCTION", "EST", "RUS", ("2025-03-10", None)),
    ("Lithuania's foreign minister said on Tuesday that Russia had jammed GPS signals over the Baltic last month.",
     "COERCE", "RUS", None, ("2025-02", None)),
    # role terms date nothing
    ("Former US president Bill Clinton met the Irish prime minister in Dublin on Monday.", "CONSULT", "USA", "IRL",
     ("2025-03-10", None)),
    ("In 2018, then-president Donald Trump imposed tariffs on Chinese goods.", "COERCE", "USA", "CHN", ("2018", None)),
    # a past "where" clause on the place a dated clause reached: there and then
    ("Xi Jinping held talks with Emmanuel Macron in Paris on Monday. The next day Xi flew to Belgrade, where "
     "Serbian President Aleksandar Vucic welcomed him.", "CONSULT", "SRB", "CHN", ("2025-03-11", None)),
    ("The Iraqi prime minister travelled to Ankara on Monday. In 2016, he visited Kabul, where the Taliban "
     "attacked his convoy.", "ASSAULT", "TALIBAN", "IRQ", ("2016", None)),
    # (negative) a present perfect "where" clause keeps no date of the clause it hangs on
    ("Last week the Kenyan president flew to Mogadishu, where Somalia has fought al-Shabaab for years.", "ASSAULT",
     "SOM", "AL_SHABAAB", (None, None)),
    # a date that belongs to another act of the sentence (negative: not the main act's)
    ("Moldova expelled a Russian diplomat on Monday over remarks he made at a 2023 conference.", "SANCTION", "MDA",
     "RUS", ("2025-03-10", None)),
    ("Peru, which signed a trade deal with China in 2009, accused Beijing on Friday of dumping steel.", "ACCUSE",
     "PER", "CHN", ("2025-03-07", None)),
    ("The Chinese foreign minister, who visited Moscow in February, met his Brazilian counterpart on Tuesday.",
     "CONSULT", "CHN", "BRA", ("2025-03-11", None)),
]


@pytest.mark.parametrize("text,type_,a,b,want", CASES, ids=[c[0][:48] for c in CASES])
def test_event_date(res, text, type_, a, b, want):
    assert span(res, text, type_, a, b) == want
