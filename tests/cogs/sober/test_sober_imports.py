"""The sober cog uses the engine only through bot.api (its migrations, being
history, keep the paths they were written with)."""

import ast
from pathlib import Path

COG = Path(__file__).parents[3] / "cogs" / "sober"


def test_the_sober_cog_imports_only_bot_api_from_the_engine():
    found = []
    for path in sorted(COG.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            found += [f"{path.name}: {n}" for n in names if n.split(".")[0] == "bot"]
    assert found and all(line.endswith(": bot.api") for line in found), found
