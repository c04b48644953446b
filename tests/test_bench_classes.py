"""bench/construction.py --classes: misses and false positives counted by class, on hand-made outputs."""
import importlib.util
from pathlib import Path
from types import SimpleNamespace as NS

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def cons():
    spec = importlib.util.spec_from_file_location("construction_bench", ROOT / "bench" / "construction.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def actor(name):
    return NS(actor_id=name[:3].upper(), name=name, text=name, country=name[:3].upper())


def event(type_, source, target, modality="asserted"):
    return NS(type=type_, source=source and actor(source), target=target and actor(target), negated=False,
              modality=modality, date=NS(value=None))


def item(*lines):
    return {"events": [{"type": t, "alt_types": [], "source": s, "target": g, "modality": "asserted",
                        "tier": "core", "date": None} for t, s, g in lines]}


def test_a_missing_target_and_a_one_sided_false_positive(cons):
    c = cons.classes(item(("SANCTION", ["peru"], ["chile"])), [event("SANCTION", "Peru", None)])
    assert c == {"miss: type found: 2 target missing": 1,
                 "false positive: a gold type with another pair (one-sided)": 1}


def test_reversed_sides_and_another_type(cons):
    c = cons.classes(item(("ACCUSE", ["peru"], ["chile"]), ("REJECT", ["chile"], ["peru"])),
                     [event("ACCUSE", "Chile", "Peru"), event("THREATEN", "Chile", "Peru")])
    assert c["miss: type found: 1 sides reversed"] == 1
    assert c["miss: pair found with another type"] == 1
    assert c["false positive: a gold pair with another type"] == 2


def test_factuality_and_matched_lines_are_not_counted_as_type_errors(cons):
    c = cons.classes(item(("AID", ["peru"], ["chile"]), ("CONSULT", ["peru"], ["chile"])),
                     [event("AID", "Peru", "Chile", modality="future"), event("CONSULT", "Chile", "Peru")])
    assert c == {"miss: factuality differs": 1}
