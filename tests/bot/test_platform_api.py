"""bot.platform is the whole engine surface an adapter may use: what it takes
from the engine and what it defines is listed in ``__all__`` (nothing slips in
unlisted), every listed name exists, and adapters import nothing else of the
engine (their migrations, being history, keep the paths they were written with)."""

import ast
from pathlib import Path

import pytest

import bot.platform

ROOT = Path(__file__).parents[2]
ADAPTERS = sorted(
    path
    for path in (ROOT / "adapters").rglob("*.py")
    if "migrations" not in path.relative_to(ROOT).parts
)


def offered() -> set[str]:
    """Each public name bot/platform.py binds from the engine or defines."""
    tree = ast.parse(Path(bot.platform.__file__).read_text())
    names = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("bot."):
            names |= {a.asname or a.name for a in node.names}
        elif isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            names.add(node.name)
    return {name for name in names if not name.startswith("_")}


def test_bot_platform_lists_exactly_what_it_offers():
    assert offered() == set(bot.platform.__all__)
    assert len(bot.platform.__all__) == len(set(bot.platform.__all__))
    assert all(hasattr(bot.platform, name) for name in bot.platform.__all__)


def test_the_offer_is_a_real_seam():
    """What is re-exported is the engine's own object, not a copy."""
    from bot import app, community_settings, forms

    assert bot.platform.Haven is app.Haven
    assert bot.platform.read_community_settings is community_settings.read
    assert bot.platform.validate_form is forms.validate


def engine_imports(path: Path) -> list[str]:
    """Each engine module ``path`` imports, a function's and TYPE_CHECKING's too."""
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        modules = [a.name for a in node.names] if isinstance(node, ast.Import) else []
        if isinstance(node, ast.ImportFrom) and node.level == 0:
            module = node.module or ""
            # ``from bot import metrics`` imports bot.metrics
            modules = [f"bot.{a.name}" for a in node.names] if module == "bot" else [module]
        found += [m for m in modules if m.split(".")[0] == "bot"]
    return found


@pytest.mark.parametrize("path", ADAPTERS, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_adapter_imports_only_bot_platform_from_the_engine(path):
    assert set(engine_imports(path)) <= {"bot.platform"}


def test_the_check_sees_every_kind_of_engine_import(tmp_path):
    module = tmp_path / "m.py"
    module.write_text(
        "from bot import metrics\nimport bot.ledger\n"
        "def f():\n    from bot.app import Haven\nfrom bot.platform import Ref\n"
    )
    assert set(engine_imports(module)) == {"bot.app", "bot.ledger", "bot.metrics", "bot.platform"}
    assert len(ADAPTERS) > 30  # the adapters were found
