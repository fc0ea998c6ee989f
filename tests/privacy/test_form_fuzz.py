"""PRIVACY.md P13 for forms: every declared form (found in the registry, so a
new one is covered without editing this file) gets arbitrary field values from
a consented member, submitted the way the console's ``:submit`` submits them.
Each answer is the form's own per-field problems, a private one-line reason, or
a normal reply — never the "something went wrong" fallback — and an answer
that reports a problem changes nothing stored."""

from __future__ import annotations

import asyncio

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.adapters import FormErrors, Invocation
from bot.forms import MAX_REASON, subject
from tests.conftest import START
from tests.privacy.privacy_support import snapshot
from tests.support.harness import COMMUNITY, build_harness

free_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
field_value = st.one_of(
    st.none(),
    free_text,
    st.integers(min_value=-20, max_value=20).map(str),
    st.sampled_from(
        ["", "   ", "yes", "no", "YES", "1e3", "0x10", "٣", "3.5", "+4", "99999999999"]
    ),
    st.integers(min_value=900, max_value=1200).map(lambda n: "x" * n),
)


def test_every_form_survives_arbitrary_values(settings_obj, tmp_path):
    loop = asyncio.new_event_loop()
    h = loop.run_until_complete(build_harness(settings_obj, start=START, files_dir=tmp_path))
    try:
        loop.run_until_complete(h.agree("alice"))
        forms = sorted(h.app.registry.forms)
        assert forms
        field_names = {
            fid: [f.name for f in h.app.registry.forms[fid].form.fields] for fid in forms
        }

        @settings(
            max_examples=120,
            deadline=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture],
        )
        @given(st.sampled_from(forms), st.data())
        def check(form_id, data):
            names = field_names[form_id] + ["unexpected"]
            values = {}
            for name in names:
                value = data.draw(field_value, label=name)
                if value is not None:
                    values[name] = value
            spec = h.app.registry.forms[form_id]
            asker = Invocation(COMMUNITY, "alice", user_name="alice", channel_id="general")
            loop.run_until_complete(h.adapter.open_form(asker, spec.form))  # as the cog would
            before = loop.run_until_complete(snapshot(h.db))
            submitted = Invocation(
                COMMUNITY,
                "alice",
                user_name="alice",
                channel_id="general",
                via="form",
                form_id=form_id,
                values=values,
            )
            answer = loop.run_until_complete(h.app.dispatch(submitted))
            after = loop.run_until_complete(snapshot(h.db))
            if isinstance(answer, FormErrors):
                assert answer.errors and set(answer.errors) <= set(names), answer.errors
                fields = {f.name: f for f in spec.form.fields}
                for name, reason in answer.errors.items():
                    # One short sentence that says which field, and why.
                    assert reason.startswith(subject(fields[name])), reason
                    assert reason.endswith(".") and len(reason) <= MAX_REASON, reason
                assert after == before
                return
            assert answer is not None
            assert "Something went wrong" not in answer.text, (form_id, values, answer.text)
            if answer.error:
                assert answer.text.strip() and after == before, (form_id, values, answer.text)

        check()
    finally:
        loop.run_until_complete(h.close())
        loop.close()


async def test_console_submit_reports_form_problems_privately(console):
    """The same path through the console's own ``:submit`` line."""
    await console.agree("alice")
    before = await snapshot(console.db)
    out = await console.run('/checkin\n:submit mood=9 craving=x note="hi"')
    problems = out[-1]
    assert problems.error and problems.visible_to == ["alice"]
    assert "Mood" in problems.text and "Craving" in problems.text
    assert await snapshot(console.db) == before
