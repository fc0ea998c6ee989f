"""No module of bot, cogs or adapters imports itself back through others.

Every import counts, a function's too (an import inside a function only hides
a loop until that function runs); imports under ``TYPE_CHECKING`` do not, as
they never run. A loop is named with its path so the fix is where to look.
"""

import grimp

PACKAGES = ("bot", "cogs", "adapters")


def cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Each group of modules that import one another (Tarjan's strongly
    connected components with more than one module, or one importing itself)."""
    modules = sorted(graph.modules)
    imports = {m: sorted(graph.find_modules_directly_imported_by(m)) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in imports[module]:
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = []
            while not group or group[-1] != module:
                group.append(stack.pop())
            if len(group) > 1 or module in imports[module]:
                found.append(sorted(group))

    for module in modules:
        if module not in index:
            visit(module)
    return found


def loop_through(graph: grimp.ImportGraph, group: list[str]) -> str:
    """One import path around the group: ``a -> b -> a``."""
    start = group[0]
    first = next(m for m in sorted(graph.find_modules_directly_imported_by(start)) if m in group)
    back = graph.find_shortest_chain(importer=first, imported=start) or (first, start)
    return " -> ".join((start, *back))


def test_no_module_imports_itself_back():
    graph = grimp.build_graph(*PACKAGES, exclude_type_checking_imports=True, cache_dir=None)
    assert len(graph.modules) > 100  # the packages were found
    loops = [loop_through(graph, group) for group in cycles(graph)]
    assert loops == [], "import cycles:\n" + "\n".join(loops)


def test_a_loop_closed_inside_a_function_is_found(tmp_path, monkeypatch):
    """The check sees an import inside a function, which hid the two loops it
    was written for (#20), and ignores one made only for the type checker."""
    package = tmp_path / "looped"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "runner.py").write_text("from looped import rows\n")
    (package / "rows.py").write_text(
        "import looped.typed\n\ndef spec():\n    from looped.runner import X\n"
    )
    (package / "typed.py").write_text(  # a loop only for the type checker: not one
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from looped import rows\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    graph = grimp.build_graph("looped", exclude_type_checking_imports=True, cache_dir=None)
    assert [loop_through(graph, g) for g in cycles(graph)] == [
        "looped.rows -> looped.runner -> looped.rows"
    ]
