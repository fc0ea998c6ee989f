"""The engine names no platform: a new platform adapter touches no file in
``bot/``. Every identifier and string literal in ``bot/`` (its migrations,
docstrings and comments aside) is free of a platform's name; what differs by
platform comes from the platform (bot/platform.py)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

BOT = Path(__file__).resolve().parents[2] / "bot"
NAMES = re.compile(r"discord|slack|console", re.IGNORECASE)


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the docstring constants (a module's, a class's, a function's)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _words(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Name):
        return [node.id]
    if isinstance(node, ast.Attribute):
        return [node.attr]
    if isinstance(node, ast.arg):
        return [node.arg]
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return [node.name]
    if isinstance(node, ast.alias):
        return [node.name, node.asname or ""]
    if isinstance(node, ast.ImportFrom):
        return [node.module or ""]
    if isinstance(node, ast.keyword):
        return [node.arg or ""]
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    return []


def platform_names_in(path: Path, root: Path = BOT.parent) -> list[str]:
    """``path:line: text`` of each identifier or string naming a platform."""
    source = path.read_text("utf-8")
    tree = ast.parse(source)
    skip = _docstrings(tree)
    lines = source.splitlines()
    found = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if any(NAMES.search(word) for word in _words(node)):
            line = getattr(node, "lineno", 0)
            found.append(f"{path.relative_to(root)}:{line}: {lines[line - 1].strip()}")
    return found


def test_the_engine_names_no_platform():
    files = [p for p in sorted(BOT.rglob("*.py")) if "migrations" not in p.parts]
    found = sorted({hit for path in files for hit in platform_names_in(path)})
    assert not found, "platform names in bot/ (move them to the platform):\n" + "\n".join(found)


def test_the_check_finds_names_in_code_not_in_docstrings_or_comments(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""Docstrings may say Slack."""\n'
        "# comments may say Discord\n"
        'DEFAULT = {"slack": True}\n'
        "def f(console_only):\n"
        '    """Nor here: Console."""\n'
        "    return 1\n"
    )
    assert platform_names_in(sample, tmp_path) == [
        'sample.py:3: DEFAULT = {"slack": True}',
        "sample.py:4: def f(console_only):",
    ]
