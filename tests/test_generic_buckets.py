"""Generic actor buckets mean what their names say (data/actors/generic.yaml)."""

from __future__ import annotations

import pytest

from diplograph.extract.actors.loading import load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _bucket(kb, noun: str) -> str:
    found = [a for a, _ in kb.lookup(noun) if a.id.startswith("GEN_")]
    assert found, noun
    return found[0].name


@pytest.mark.parametrize("noun, name", [
    ("traffickers", "criminals (unspecified)"), ("smugglers", "criminals (unspecified)"),
    ("pirates", "pirates (unspecified)"), ("hackers", "hackers (unspecified)"),
    ("Islamists", "Islamists (unspecified)"), ("activists", "activists (unspecified)"),
    ("refugees", "refugees and migrants (unspecified)"), ("hostages", "detainees and hostages (unspecified)"),
    ("aid workers", "aid agencies (unspecified)"), ("doctors", "health workers (unspecified)"),
    ("nurses", "health workers (unspecified)"), ("rebels", "rebels (unspecified)"),
    ("insurgents", "rebels (unspecified)"), ("gunmen", "armed groups (unspecified)"),
    ("militias", "armed groups (unspecified)"), ("jihadists", "armed groups (unspecified)"),
    ("fundamentalists", "religious fundamentalists (unspecified)"), ("crowds", "civilians (unspecified)"),
    ("security forces", "security forces (unspecified)"), ("protesters", "protesters (unspecified)"),
    ("extremists", "extremists (unspecified)"),
])
def test_nouns_land_in_the_bucket_that_names_them(kb, noun, name):
    assert _bucket(kb, noun) == name


def test_every_alias_is_a_kind_of_its_bucket(kb):
    """No bucket lists a noun for a different kind of group: each alias of a bucket whose name is
    a plural noun is that noun, a compound of it or a listed synonym."""
    wrong = {"GEN_HACKERS": {"criminals", "smugglers", "traffickers", "pirates"},
             "GEN_PROTESTERS": {"Islamists", "fundamentalists", "hardliners", "activists", "crowds"},
             "GEN_ISLAMISTS": {"fundamentalists"},
             "GEN_REBELS": {"militants", "gunmen", "fighters", "militia", "militias", "armed groups", "jihadists"},
             "GEN_FARMERS": {"landowners"},
             "GEN_CIVILIANS": {"refugees", "migrants", "immigrants", "prisoners", "detainees", "hostages"},
             "GEN_WORKERS": {"teachers", "doctors", "farmers"},
             "GEN_RIGHTS_GROUPS": {"aid agencies", "aid workers"}}
    for aid, nouns in wrong.items():
        actor = kb.get(aid)
        assert not nouns & set(actor.aliases), (aid, nouns & set(actor.aliases))


# every alias of every bucket, and the kind of group its label names: reviewed by hand, so that a new
# alias (or bucket) must be reviewed here too
REVIEWED = {
    "GEN_POLICE": {"police", "policemen", "police officers", "riot police"},
    "GEN_SECURITY_FORCES": {"security forces"},
    "GEN_MILITARY": {"troops", "soldiers", "the army", "the military", "armed forces", "paratroopers", "government forces",
                     "soldier"},  # singulars (tests/extract/test_object_targets13.py): "killed a soldier"
    "GEN_PROTESTERS": {"protesters", "protestors", "demonstrators", "marchers", "rioters",
                       "protester", "protestor", "demonstrator"},
    "GEN_ACTIVISTS": {"activists", "activist"},
    "GEN_ISLAMISTS": {"Islamists"},
    "GEN_EXTREMISTS": {"extremists", "radicals"},
    "GEN_FUNDAMENTALISTS": {"fundamentalists", "religious fundamentalists"},
    "GEN_REBELS": {"rebels", "insurgents", "guerrillas", "guerillas", "separatists", "rebel group", "rebel groups",
                   "rebel movement", "insurgent group", "insurgent groups", "separatist group"},
    "GEN_ARMED_GROUPS": {"militants", "gunmen", "fighters", "militia", "militias", "armed groups", "armed men", "jihadists",
                         "armed group", "militant group", "militant groups", "jihadist group"},
    "GEN_STUDENTS": {"students", "university students", "pupils", "student"},
    "GEN_TEACHERS": {"teachers"},
    "GEN_WORKERS": {"workers", "strikers", "miners", "truckers", "lorry drivers", "truck drivers", "taxi drivers", "bus drivers",
                    "dockers", "dockworkers", "port workers"},
    "GEN_UNIONS": {"trade unions", "unions"},
    "GEN_MEDICS": {"health workers", "medical staff", "doctors", "nurses", "medics", "paramedics"},
    "GEN_FARMERS": {"farmers", "peasants", "farmer"},
    "GEN_OPPOSITION": {"the opposition", "opposition parties", "opposition leaders", "opposition groups",
                       "opposition activists", "dissidents", "opposition supporters", "opposition members",
                       "opposition figures", "opposition politicians", "opposition lawmakers",
                       "opposition party", "opposition leader", "opposition figure", "opposition politician",
                       "opposition lawmaker", "opposition activist", "opposition member"},  # not "dissident": an adjective too
    "GEN_CIVILIANS": {"civilians", "villagers", "residents", "youths", "tribesmen", "pilgrims", "crowds",
                      "worshippers", "worshipers", "churchgoers", "mourners", "herders", "herdsmen", "fishermen",
                      "passengers", "shoppers", "schoolchildren",
                      "thousands of people", "hundreds of people", "dozens of people", "scores of people",
                      "millions of people"},
    "GEN_SETTLERS": {"settlers"},
    "GEN_REFUGEES": {"refugees", "immigrants", "migrants", "asylum seekers",
                     "migrant boat", "migrant boats", "refugee boat", "refugee boats",  # those aboard
                     "refugee", "migrant", "asylum seeker"},
    "GEN_DETAINEES": {"prisoners", "detainees", "hostages"},
    "GEN_MEDIA": {"journalists", "reporters", "the media", "the press", "journalist", "reporter"},
    "GEN_RIGHTS_GROUPS": {"human rights group", "human rights groups", "rights group", "rights groups",
                          "human rights organization", "human rights organisation", "human rights organizations",
                          "human rights organisations", "rights organizations", "rights organisations"},
    "GEN_AID_GROUPS": {"aid agencies", "aid groups", "aid workers", "humanitarian organisations",
                       "humanitarian organizations", "aid worker"},
    "GEN_HACKERS": {"hackers"},
    "GEN_CRIMINALS": {"criminals", "smugglers", "traffickers", "drug traffickers", "people smugglers", "gangs",
                      "drug cartels"},
    "GEN_PIRATES": {"pirates"},
    "GEN_PEACEKEEPERS": {"peacekeepers", "blue helmets"},  # unnamed peacekeepers: a party of an attack on them
    "GEN_INTERNATIONAL": {"international community", "the international community", "world community",
                          "the world community"},
    "GEN_STATES": {"countries", "states", "nations", "governments", "foreign governments", "member states",
                   "other countries", "many countries", "several countries"},
    # openactors19 (reviewed at merge: each a kind of its bucket's group)
}
REVIEWED["GEN_ARMED_GROUPS"] |= {"assailants", "gunman", "mercenaries", "militiamen", "paramilitaries"}
REVIEWED["GEN_CRIMINALS"] |= {"bandits", "kidnappers", "poachers"}
REVIEWED["GEN_MEDIA"] |= {"blogger", "bloggers", "correspondent", "correspondents", "editors", "photojournalist",
                          "photojournalists"}
REVIEWED.update({
    "GEN_BUSINESS": {"business leaders", "exporters", "importers", "merchants", "shopkeepers"},
    "GEN_CLERGY": {"bishops", "clergymen", "monk", "monks", "nuns", "rabbis", "religious leaders"},
    "GEN_ELDERS": {"clan elders", "community leaders", "elders", "traditional leaders", "tribal elders", "tribal leaders",
                   "village elders"},
    "GEN_JUDICIARY": {"judge", "magistrate", "magistrates"},
    "GEN_LAWYERS": {"attorneys", "defence lawyers", "defense lawyers", "lawyer", "lawyers"},
})


def test_every_bucket_and_alias_was_reviewed(kb):
    buckets = {a.id: set(a.aliases) for a in kb if a.id.startswith("GEN_")}
    assert buckets == REVIEWED


def test_trafficking_aid_is_not_hacking(res):
    import diplograph
    evs = diplograph.code("The Taliban helps traffickers transport opium.", published="2024-05-02", resources=res)
    names = {e.target.name for e in evs if e.target}
    assert "hackers (unspecified)" not in names and "criminals (unspecified)" in names
