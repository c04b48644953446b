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
    ("aid workers", "aid agencies (unspecified)"), ("doctors", "doctors (unspecified)"),
    ("security forces", "security forces (unspecified)"), ("protesters", "protesters (unspecified)"),
])
def test_nouns_land_in_the_bucket_that_names_them(kb, noun, name):
    assert _bucket(kb, noun) == name


def test_every_alias_is_a_kind_of_its_bucket(kb):
    """No bucket lists a noun for a different kind of group: each alias of a bucket whose name is
    a plural noun is that noun, a compound of it or a listed synonym."""
    wrong = {"GEN_HACKERS": {"criminals", "smugglers", "traffickers", "pirates"},
             "GEN_PROTESTERS": {"Islamists", "fundamentalists", "hardliners", "activists"},
             "GEN_CIVILIANS": {"refugees", "migrants", "immigrants", "prisoners", "detainees", "hostages"},
             "GEN_WORKERS": {"teachers", "doctors", "farmers"},
             "GEN_RIGHTS_GROUPS": {"aid agencies", "aid workers"}}
    for aid, nouns in wrong.items():
        actor = kb.get(aid)
        assert not nouns & set(actor.aliases), (aid, nouns & set(actor.aliases))


def test_trafficking_aid_is_not_hacking(res):
    import diplograph
    evs = diplograph.code("The Taliban helps traffickers transport opium.", published="2024-05-02", resources=res)
    names = {e.target.name for e in evs if e.target}
    assert "hackers (unspecified)" not in names and "criminals (unspecified)" in names
