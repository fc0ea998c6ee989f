"""Property: whatever a member types after /sober, Haven answers with a reason,
never a traceback, and an answer that reports a problem changes nothing."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# Each subcommand: does it take a bare first value, and its named options.
SHAPES = {
    "set": (True, ("label", "note")),
    "show": (False, ("label",)),
    "reset": (False, ("label", "date", "note")),
    "history": (False, ("label",)),
    "share": (True, ()),
    "remove": (False, ("label",)),
    "count": (True, ()),
    "morning": (True, ()),
    "roles": (True, ()),
}
VALUES = (
    "today", "yesterday", "tomorrow", "2026-01-01", "2026-11-21", "1899-12-31", "2030-01-01",
    "2026-02-30", "private", "named", "anonymous", "from-one", "from-zero", '"', "'", "“",
    "alcohol", "sobriety", "Alcohol", '"a b"', "90d", "7d", "07:30", "off", "!!", "",
    "bad", "label:", "Ω", "x" * 41,
)  # fmt: skip

value = st.one_of(
    st.sampled_from(VALUES),
    st.text(max_size=15),
    st.text(max_size=15).map(lambda v: f'"{v}"'),
)


@st.composite
def command_line(draw) -> tuple[str, str]:
    """A subcommand and arguments shaped like its options, often valid, often not;
    or plain random text."""
    sub = draw(st.sampled_from(sorted(SHAPES)))
    if draw(st.integers(0, 3)) == 0:
        return sub, draw(st.text(max_size=60))
    bare, names = SHAPES[sub]
    words = [draw(value)] if bare and draw(st.integers(0, 4)) else []
    for name in draw(st.lists(st.sampled_from(names), unique=True)) if names else ():
        words.append(f"{name}:{draw(value)}")
    if draw(st.integers(0, 5)) == 0:
        words.append(draw(value))  # one too many, or a role name's next word
    return sub, " ".join(words)


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(line=command_line())
async def test_any_sober_arguments_get_an_answer_and_errors_change_nothing(
    console, sober_rows, line
):
    sub, text = line
    await console.agree("alice")
    await console.run("/sober set 2026-01-01 label:alcohol")
    before = await sober_rows(console)
    start = len(console.outputs)
    await console.session.command(f"sober {sub} {text}")
    produced = console.outputs[start:]
    assert produced, (sub, text)
    for out in produced:
        assert "Something went wrong" not in out.text, (sub, text, out.text)
        assert out.visible_to == ["alice"], (sub, text)  # nothing public, ever
    if produced[-1].error:
        assert await sober_rows(console) == before, (sub, text, produced[-1].text)
