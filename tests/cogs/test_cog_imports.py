"""Cogs use the engine only through bot.api (their migrations, being history,
keep the paths they were written with)."""

import ast
from pathlib import Path

import pytest

COGS = Path(__file__).parents[2] / "cogs"
THROUGH_API = ("sober", "accountability", "checkins", "crisis", "help", "moderation",
               "discretion", "me", "meetings")  # fmt: skip


def engine_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
        if isinstance(node, ast.ImportFrom) and node.level == 0:
            names = [node.module or ""]
        found += [f"{path.name}: {n}" for n in names if n.split(".")[0] == "bot"]
    return found


@pytest.mark.parametrize("cog", THROUGH_API)
def test_the_cog_imports_only_bot_api_from_the_engine(cog):
    package = COGS / cog
    files = sorted(package.glob("*.py")) if package.is_dir() else [COGS / f"{cog}.py"]
    found = [line for path in files for line in engine_imports(path)]
    assert found and all(line.endswith(": bot.api") for line in found), found


#: Cogs that reach the engine only through their Context, never the app.
THROUGH_CONTEXT = ("accountability", "checkins", "crisis", "help", "moderation", "sober")


def app_reaches(path: Path) -> list[str]:
    """Each ``<x>.app…`` expression in ``path``, whole (``ctx.app.registry.cogs``)."""
    found, inner = [], set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Attribute) and id(node) not in inner:
            chain, part = [node], node.value
            while isinstance(part, ast.Attribute):
                chain.append(part)
                part = part.value
            inner.update(id(n) for n in chain[1:])
            if any(n.attr == "app" for n in chain):
                found.append(f"{path.name}: {ast.unparse(node)}")
    return found


@pytest.mark.parametrize("cog", THROUGH_CONTEXT)
def test_the_cog_asks_its_context_not_the_app(cog):
    package = COGS / cog
    files = sorted(package.glob("*.py")) if package.is_dir() else [COGS / f"{cog}.py"]
    found = [line for path in files for line in app_reaches(path)]
    assert not found, found
