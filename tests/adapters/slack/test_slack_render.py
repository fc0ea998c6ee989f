"""Block Kit rendering through slack_sdk's models, and Slack's markup."""

from __future__ import annotations

import json

from adapters.slack.render import ERROR_BLOCK, blocks, form_values, modal, mrkdwn, payload
from bot.messages import Button, ButtonStyle, Form, FormField, Message, MessageField, error


def test_timestamps_become_slack_dates_each_reader_sees_in_their_zone():
    text = mrkdwn("Meeting <t:1795338000:F> — starts <t:1795338000:R>")
    assert "<!date^1795338000^{date_short_pretty} {time}|" in text
    assert "<!date^1795338000^{ago}|" in text
    assert "UTC>" in text  # the fallback names its zone


def test_markup_is_converted_and_everything_else_escaped():
    text = mrkdwn(
        "**Hi** <@UALICE> in <#C0GENERAL>, see [docs](https://x.org/a?b=1&c=2)\n- a & b < c"
    )
    assert text.startswith("*Hi* <@UALICE> in <#C0GENERAL>")
    assert "<https://x.org/a?b=1&amp;c=2|docs>" in text
    assert text.endswith("• a &amp; b &lt; c")
    assert mrkdwn("`/partner request <@member>`") == "`/partner request &lt;@member&gt;`"


def test_message_blocks_carry_buttons_fields_and_an_error_marker():
    msg = error(
        "x" * 4500,
        title="Check-in",
        fields=(MessageField("Mood", "4"),),
        buttons=tuple(Button(f"b:{n}", f"B{n}", ButtonStyle.PRIMARY) for n in range(7)),
    )
    built = blocks(msg)
    assert built[0]["type"] == "header"
    sections = [b for b in built if b["type"] == "section" and "text" in b]
    assert len(sections) == 2 and built[0]["block_id"] == ERROR_BLOCK
    actions = [b for b in built if b["type"] == "actions"]
    assert [len(a["elements"]) for a in actions] == [5, 2]
    assert actions[0]["elements"][0]["style"] == "primary"
    body = payload(Message(text="plain"))
    assert body["text"] == "plain" and json.dumps(body)


def test_modal_uses_form_id_and_field_names_and_reads_values_back():
    form = Form(
        "checkin:edit:3",
        "A much longer title than Slack allows",
        (
            FormField("mood", "Mood", input="int", min_value=1, max_value=5),
            FormField("sober", "Sober?", input="choice", choices=("yes", "no"), required=False),
            FormField("note", "Note", required=False, multiline=True),
        ),
    )
    view = modal(form, {"c": "C1", "r": "https://hooks/x"})
    assert view["callback_id"] == "checkin:edit:3" and len(view["title"]["text"]) <= 24
    assert [b["block_id"] for b in view["blocks"]] == ["mood", "sober", "note"]
    assert view["blocks"][0]["element"]["type"] == "number_input"
    assert view["blocks"][1]["optional"] is True
    state = {
        "values": {
            "mood": {"value": {"type": "number_input", "value": "4"}},
            "sober": {"value": {"type": "static_select", "selected_option": {"value": "yes"}}},
            "note": {"value": {"type": "plain_text_input", "value": None}},
        }
    }
    assert form_values({"state": state}) == {"mood": "4", "sober": "yes", "note": ""}
