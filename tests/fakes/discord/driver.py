"""Members on the fake Discord: a Discord client's side of the contract.

The driver types commands the way Discord's client sends them — it reads the
command tree Haven registered (``PUT .../commands``), picks the subcommand and
sends typed options with resolved users — and reports what members saw as
:class:`~tests.support.contract.Seen` values: an ephemeral interaction reply is
visible to its user, a channel post to everyone, a DM to its recipient, a
thread message to the thread's members.
"""

from __future__ import annotations

import asyncio
import shlex
from typing import Any

from tests.fakes.discord.server import FakeDiscord, Shown
from tests.support.contract import Seen

ERROR_MARK = "⚠️ "


class DiscordDriver:
    def __init__(self, fake: FakeDiscord, adapter) -> None:
        self.fake = fake
        self.adapter = adapter

    # -- the Driver protocol ---------------------------------------------------

    async def command(self, user: str, line: str) -> list[Seen]:
        return self.seen(await self.shown_after_command(user, line))

    async def click(self, user: str, label: str) -> list[Seen]:
        return self.seen(await self.shown_after_click(user, label))

    async def submit(self, user: str, values: dict[str, str], forged: bool = False) -> list[Seen]:
        """Fill in and send the open form; ``forged``: send values the form does
        not offer, as a modified client could."""
        return self.seen(await self.shown_after_submit(user, values, forged))

    # -- raw access for Discord-specific tests ----------------------------------

    async def shown_after_command(self, user: str, line: str) -> list[Shown]:
        return await self.interact(user, 2, self.command_data(line))

    async def shown_after_click(self, user: str, label: str) -> list[Shown]:
        """Press the button labelled ``label`` — or pick that option in a select
        menu (component type 3, ``values`` holding the option's value)."""
        uid = self.fake.user_id(user)
        for shown in reversed(self.fake.shown):
            if shown.visible_to != "all" and uid not in shown.visible_to:
                continue
            for item in shown.buttons:
                data = None
                if item.get("type") == 2 and item.get("label") == label:
                    data = {"custom_id": item["custom_id"], "component_type": 2}
                for option in item.get("options") or [] if item.get("type") == 3 else []:
                    if option.get("label") == label:
                        data = {
                            "custom_id": item["custom_id"],
                            "component_type": 3,
                            "values": [option["value"]],
                        }
                if data is not None:
                    message = self.fake.messages.get(shown.message_id)
                    return await self.interact(
                        user, 3, data, channel_id=shown.channel_id, message=message
                    )
        raise AssertionError(f"{user} sees no button or choice {label!r}")

    async def shown_after_submit(
        self, user: str, values: dict[str, str], forged: bool = False
    ) -> list[Shown]:
        uid = self.fake.user_id(user)
        opened = next(
            (s for s in reversed(self.fake.shown) if s.kind == "form" and s.user_id == uid),
            None,
        )
        assert opened is not None and opened.modal is not None, f"no form is open for {user}"
        modal = opened.modal
        rows: list[dict[str, Any]] = []
        for row in modal["components"]:
            for item in row.get("components") or [row.get("component")]:
                if not item or item.get("type") not in (3, 4, 21, 23):
                    continue
                name = item["custom_id"]
                if item["type"] == 4:
                    answer = {"type": 4, "custom_id": name, "value": values.get(name, "")}
                elif item["type"] == 23:  # a checkbox: ticked for a yes
                    answer = {"type": 23, "custom_id": name, "value": values.get(name) == "yes"}
                elif item["type"] == 21:  # a radio group: the option whose value was given
                    picked = values.get(name) or None
                    offered = [o["value"] for o in item.get("options") or []]
                    assert forged or picked in offered or not picked, f"{picked!r} is not offered"
                    answer = {"type": 21, "custom_id": name, "value": picked}
                else:  # a select: the member picks the options whose values were given
                    given = values.get(name)
                    picks = [p for p in (given or "").split(",") if p] if given else []
                    if item.get("max_values", 1) == 1:
                        picks = [given] if given else []
                    offered = [o["value"] for o in item.get("options") or []]
                    for picked in picks:
                        assert forged or picked in offered, f"{picked!r} is not offered"
                    assert forged or len(picks) <= item.get("max_values", 1), "too many picks"
                    answer = {"type": 3, "custom_id": name, "values": picks}
                if row.get("type") == 18:  # submissions keep the modal's layout
                    rows.append({"type": 18, "component": answer})
                else:
                    rows.append({"type": 1, "components": [answer]})
        data = {"custom_id": modal["custom_id"], "components": rows}
        # A form is submitted where it was opened (a DM's form from that DM).
        return await self.interact(user, 5, data, channel_id=opened.channel_id or None)

    async def interact(self, user: str, itype: int, data: dict[str, Any], **kw) -> list[Shown]:
        before = len(self.fake.shown)
        iid = self.fake.interaction(user, itype, data, **kw)
        await self.settled(iid)
        return self.fake.shown[before:]

    async def settled(self, iid: str, limit: float = 15.0) -> None:
        """Until Haven answered the interaction and finished handling it."""
        inter = self.fake.interactions[iid]
        loop = asyncio.get_running_loop()
        end = loop.time() + limit
        while inter.response_type is None:
            assert loop.time() < end, "Haven never answered the interaction"
            await asyncio.sleep(0.002)
        await self.adapter.idle()

    # -- what Discord's client would send ----------------------------------------

    def command_data(self, line: str) -> dict[str, Any]:
        words = shlex.split(line.strip().lstrip("/"))
        registered = self.fake.commands.get("global", []) + self.fake.commands.get(
            self.fake.guild_id, []
        )
        top = next((c for c in registered if c["name"] == words[0]), None)
        assert top is not None, f"/{words[0]} is not registered"
        resolved: dict[str, Any] = {}
        node, rest, chain = top, words[1:], []
        while any(o.get("type") in (1, 2) for o in node.get("options") or []):
            assert rest, f"/{' '.join(words)} needs a subcommand"
            node = next(o for o in node["options"] if o["name"] == rest[0])
            chain.append(node)
            rest = rest[1:]
        options = self._options(node.get("options") or [], rest, resolved)
        for sub in reversed(chain):
            options = [{"name": sub["name"], "type": sub["type"], "options": options}]
        data = {
            "id": top["id"],
            "name": top["name"],
            "type": 1,
            "options": options,
            "guild_id": self.fake.guild_id,
        }
        if resolved:
            data["resolved"] = resolved
        return data

    def _options(self, schema: list[dict], words: list[str], resolved: dict) -> list[dict]:
        named: dict[str, str] = {}
        positional: list[str] = []
        known = {o["name"] for o in schema}
        for word in words:
            key, sep, value = word.partition(":")
            if sep and key in known:
                named[key] = value
            else:
                positional.append(word)
        for opt in schema:
            if opt["name"] not in named and positional:
                last = opt is schema[-1] or all(
                    o["name"] in named for o in schema[schema.index(opt) + 1 :]
                )
                if opt["type"] == 3 and last:
                    named[opt["name"]] = " ".join(positional)
                    positional = []
                else:
                    named[opt["name"]] = positional.pop(0)
        out = []
        for opt in schema:
            if opt["name"] in named:
                out.append(self._value(opt, named[opt["name"]], resolved))
        return out

    def _value(self, opt: dict, raw: str, resolved: dict) -> dict[str, Any]:
        otype = opt["type"]
        if otype == 6 and raw.startswith("@") and raw[1:] in self.fake.users:
            uid = self.fake.user_id(raw[1:])
            resolved.setdefault("users", {})[uid] = self.fake.users[raw[1:]]
            resolved.setdefault("members", {})[uid] = self.fake.member(uid, with_user=False)
            return {"name": opt["name"], "type": 6, "value": uid}
        if otype == 7 and raw.startswith("#"):
            channel = next(c for c in self.fake.channels.values() if c.get("name") == raw[1:])
            resolved.setdefault("channels", {})[channel["id"]] = {
                k: channel[k] for k in ("id", "name", "type")
            } | {"permissions": "0"}
            return {"name": opt["name"], "type": 7, "value": channel["id"]}
        if otype == 4 and raw.lstrip("-").isdigit():
            return {"name": opt["name"], "type": 4, "value": int(raw)}
        if otype == 5 and raw.lower() in ("yes", "no", "true", "false"):
            return {"name": opt["name"], "type": 5, "value": raw.lower() in ("yes", "true")}
        # Discord's client only lets members pick a user or channel; a value that
        # is none goes as text (what a stale schema would send), so the adapter's
        # fall-through to Haven's own validation is exercised. In a text option the
        # client turns a member picked from its @-popup into their mention.
        if otype == 3 and raw.startswith("@") and raw[1:] in self.fake.users:
            raw = f"<@{self.fake.user_id(raw[1:])}>"
        return {"name": opt["name"], "type": 3, "value": raw}

    # -- what members saw -------------------------------------------------------

    def names(self, ids: list[str] | str) -> list[str] | str:
        return ids if ids == "all" else [self.fake.names[i] for i in ids]

    def seen(self, shown: list[Shown]) -> list[Seen]:
        out = []
        for s in shown:
            text = s.content
            # The message itself is in the embed when the content was too long,
            # or is a discreet message's neutral line (bot.discretion).
            if s.embeds and s.embeds[0].get("description"):
                text = s.embeds[0]["description"]
            error = text.startswith(ERROR_MARK)
            if error:
                text = text[len(ERROR_MARK) :]
            out.append(
                Seen(
                    s.kind,
                    text,
                    self.names(s.visible_to),
                    s.ephemeral,
                    error,
                    labels(s.buttons),
                )
            )
        return out


def labels(items: list[dict[str, Any]]) -> list[str]:
    """Button labels, and the options of select menus, in order."""
    out: list[str] = []
    for item in items:
        if item.get("type") == 3:
            out += [o.get("label", "") for o in item.get("options") or []]
        else:
            out.append(item.get("label", ""))
    return out
