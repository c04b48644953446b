"""The package layout: stages import only earlier stages, no import circles, modules of a readable size.

Data flows one way (reading -> nlp -> extract -> pipeline -> store -> engines -> watching -> analysis
-> outputs -> api -> web -> cli); a module may import its own stage and earlier ones, never a later one.
"""

from __future__ import annotations

import ast
from pathlib import Path

import diplograph

PKG = Path(diplograph.__file__).parent
RANK = {"records": 0, "config": 0, "data": 0, "reading": 1, "nlp": 2, "extract": 3, "pipeline": 4,
        "store": 5, "engines": 6, "watching": 6.5, "analysis": 7, "outputs": 8, "api": 9, "_ingest": 9, "web": 10, "cli": 11}
MAX_LINES = 420


def _modules() -> dict[str, Path]:
    out = {}
    for path in PKG.rglob("*.py"):
        parts = list(path.relative_to(PKG.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """The diplograph modules ``path`` imports, at module level or inside functions."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("diplograph"):
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in modules else node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("diplograph"))
        elif isinstance(node, ast.ImportFrom) and node.level:
            raise AssertionError(f"{path}: relative import (use absolute diplograph.* imports)")
    return found


def _stage(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None


def test_no_module_imports_a_later_stage():
    modules = _modules()
    bad = []
    for name, path in modules.items():
        stage = _stage(name)
        if stage not in RANK:
            continue
        for target in _imports(path, modules):
            other = _stage(target)
            if other is None:
                continue  # the package root (``from diplograph import __version__``)
            assert other in RANK, f"{target} is in no stage; add it to RANK"
            if RANK[other] > RANK[stage]:
                bad.append(f"{name} imports {target}")
    assert not bad, bad


def test_every_subpackage_is_a_known_stage_and_none_shadows_an_api_function():
    subpackages = {p.parent.name for p in PKG.glob("*/__init__.py")}
    assert subpackages <= set(RANK), subpackages - set(RANK)
    public = {n for n in diplograph.__all__ if callable(getattr(diplograph, n))}
    assert not subpackages & public


def test_no_import_circles():
    modules = _modules()
    graph = {name: _imports(path, modules) & modules.keys() for name, path in modules.items()}
    state: dict[str, int] = {}
    cycles = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if nxt == node or (node.startswith(nxt + ".") and nxt != "diplograph"):
                continue  # a package's own __init__ re-exporting, or a module naming its package
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, stack + [nxt])
        state[node] = 2

    for name in sorted(graph):
        if name not in state and name != "diplograph":
            visit(name, [name])
    assert not cycles, cycles


def test_modules_stay_readable():
    long = {str(p.relative_to(PKG)): n for p in PKG.rglob("*.py") if (n := len(p.read_text().splitlines())) > MAX_LINES}
    assert not long, long
