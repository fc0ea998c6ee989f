"""Web API calls checked against Slack's OpenAPI 2 description, plus the rules
it lacks (:mod:`tests.fakes.slack.rules`).

A call conforms when its method exists, its required parameters are there
(the bearer token counts as ``token``), it has no parameter the method does
not take, each value has the parameter's type — whether it came form-encoded
(every value a string) or as JSON — and its blocks and views keep Block Kit's
limits.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from tests.fakes import conformance

from . import rules

SPEC = "slack/web_openapi_v2.json"


class SlackSpec:
    def __init__(self, document: dict[str, Any]) -> None:
        self.methods: dict[str, dict[str, tuple[str, bool]]] = {}
        for path, operations in document["paths"].items():
            params: dict[str, tuple[str, bool]] = {}
            for operation in operations.values():
                for p in operation.get("parameters", []):
                    params[p["name"]] = (p.get("type", "string"), bool(p.get("required")))
            self.methods[path.lstrip("/")] = params
        for method, params in rules.NEWER_METHODS.items():
            assert method not in self.methods, f"{method} is in the spec now: drop it from rules"
            self.methods[method] = dict(params)
        for method, extra in rules.NEWER_PARAMS.items():
            for name, kind in extra.items():
                self.methods[method].setdefault(name, (kind, False))
        for params in self.methods.values():
            for name, kind in rules.ANY_METHOD_PARAMS.items():
                params.setdefault(name, (kind, False))

    def check(self, method: str, args: dict[str, Any], *, as_json: bool) -> tuple[str, list[str]]:
        """What Slack would refuse in this call, and the error it would answer
        with (``args`` include ``token`` when the call carried one, in the
        Authorization header or the body)."""
        params = self.methods.get(method)
        if params is None:
            return "unknown_method", [f"no method {method!r} in Slack's Web API"]
        problems = [
            f"missing required argument {name!r}"
            for name, (_, required) in params.items()
            if required and args.get(name) in (None, "")
        ]
        for name, value in args.items():
            if name not in params:
                problems.append(f"unknown argument {name!r}")
                continue
            problems += _typed(name, value, params[name][0], as_json)
        if problems:
            return "invalid_arguments", problems
        problems = content_problems(args)
        if problems and "view" not in args:
            return "invalid_blocks", problems
        return "invalid_arguments", problems


@cache
def published() -> SlackSpec | None:
    """Slack's spec, read once (None where it is missing locally)."""
    document = conformance.load(SPEC)
    return None if document is None else SlackSpec(document)


def _typed(name: str, value: Any, kind: str, as_json: bool) -> list[str]:
    if name in rules.JSON_PARAMS:
        return _json_param(name, value)
    if isinstance(value, str) and not as_json:  # form-encoded: every value a string
        ok = {
            "string": True,
            "boolean": value.lower() in rules.FORM_BOOLEANS,
            "integer": value.lstrip("-").isdigit(),
            "number": _is_number(value),
        }[kind]
    else:
        ok = {
            "string": isinstance(value, str),
            "boolean": isinstance(value, bool),
            "integer": isinstance(value, int) and not isinstance(value, bool),
            "number": isinstance(value, int | float) and not isinstance(value, bool),
        }[kind]
    return [] if ok else [f"argument {name!r} must be {kind}, got {value!r:.60}"]


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def _json_param(name: str, value: Any) -> list[str]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return [f"argument {name!r} is not valid JSON"]
    wanted = rules.JSON_PARAMS[name]
    if not isinstance(value, wanted):
        return [f"argument {name!r} must be a JSON {wanted.__name__}"]
    return []


def _decoded(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def content_problems(args: dict[str, Any]) -> list[str]:
    """Block Kit's limits on the blocks or view a call carries."""
    if "view" in args:
        view = _decoded(args["view"])
        size = len(json.dumps(view, ensure_ascii=False).encode())
        problems = view_problems(view)
        if size > rules.MAX_VIEW_BYTES:
            problems.append(f"view is {size} bytes, more than {rules.MAX_VIEW_BYTES}")
        return problems
    if "blocks" in args:
        return block_problems(_decoded(args["blocks"]), "message")
    return []


def response_url_problems(body: dict[str, Any]) -> list[str]:
    """A POST to a response_url: a message payload."""
    problems = [f"unknown field {k!r}" for k in body if k not in rules.RESPONSE_URL_FIELDS]
    if "blocks" in body:
        problems += block_problems(body["blocks"], "message")
    return problems


def view_problems(view: dict[str, Any]) -> list[str]:
    kind = view.get("type")
    if kind not in ("modal", "home"):
        return [f"view.type {kind!r} is neither 'modal' nor 'home'"]
    problems = _ids("view", view)
    blocks = view.get("blocks") or []
    if kind == "modal":
        if "title" not in view:
            problems.append("view.title is required for a modal")
        for field in ("title", "submit", "close"):
            if field in view:
                problems += _text(f"view.{field}", view[field], "modal", field)
        if any(b.get("type") == "input" for b in blocks) and "submit" not in view:
            problems.append("view.submit is required when the modal has input blocks")
    return problems + block_problems(blocks, kind, "view.blocks")


def block_problems(blocks: list[Any], surface: str, where: str = "blocks") -> list[str]:
    most = rules.MAX_BLOCKS[surface]
    problems = [f"{where}: {len(blocks)} blocks, more than {most}"] if len(blocks) > most else []
    seen: set[str] = set()
    for i, block in enumerate(blocks):
        at = f"{where}[{i}]"
        if not isinstance(block, dict):
            problems.append(f"{at} is not an object")
            continue
        kind = block.get("type")
        if kind not in rules.BLOCK_TYPES:
            problems.append(f"{at}.type {kind!r} is not a block type")
            continue
        block_id = block.get("block_id")
        if block_id is not None:
            if block_id in seen:
                problems.append(f"{at}.block_id {block_id!r} repeats in one surface")
            seen.add(block_id)
        problems += _ids(at, block) + _block(at, kind, block)
    return problems


def _block(at: str, kind: str, block: dict[str, Any]) -> list[str]:
    problems = _counts(at, kind, block)
    if kind == "section":
        if "text" not in block and "fields" not in block:
            problems.append(f"{at}: a section needs text or fields")
        if "text" in block:
            problems += _text(f"{at}.text", block["text"], "section", "text")
        for j, fld in enumerate(block.get("fields") or []):
            problems += _text(f"{at}.fields[{j}]", fld, "section", "fields")
        if "accessory" in block:
            problems += _element(f"{at}.accessory", block["accessory"])
    elif kind == "header":
        problems += _text(f"{at}.text", block.get("text"), "header", "text")
    elif kind == "context":
        for j, item in enumerate(block.get("elements") or []):
            if item.get("type") in ("plain_text", "mrkdwn"):
                problems += _text(f"{at}.elements[{j}]", item, "context", "elements")
    elif kind == "actions":
        for j, item in enumerate(block.get("elements") or []):
            problems += _element(f"{at}.elements[{j}]", item)
    elif kind == "input":
        problems += _text(f"{at}.label", block.get("label"), "input", "label")
        if "hint" in block:
            problems += _text(f"{at}.hint", block["hint"], "input", "hint")
        if "element" not in block:
            problems.append(f"{at}: an input block needs an element")
        else:
            problems += _element(f"{at}.element", block["element"])
    return problems


def _element(at: str, item: dict[str, Any]) -> list[str]:
    kind = item.get("type")
    if kind not in rules.ELEMENT_TYPES:
        return [f"{at}.type {kind!r} is not a block element type"]
    problems = _ids(at, item) + _counts(at, kind, item)
    if "placeholder" in item:
        problems += _text(f"{at}.placeholder", item["placeholder"], "placeholder", "text")
    if kind == "button":
        problems += _text(f"{at}.text", item.get("text"), "button", "text")
        for field in ("value", "url"):
            problems += _string(f"{at}.{field}", item.get(field), rules.TEXT_LIMITS[kind, field])
        if "style" in item and item["style"] not in rules.BUTTON_STYLES:
            problems.append(f"{at}.style {item['style']!r} is not primary or danger")
    elif kind == "static_select":
        for j, option in enumerate(item.get("options") or []):
            problems += _text(f"{at}.options[{j}].text", option.get("text"), "option", "text")
            limit = rules.TEXT_LIMITS["option", "value"]
            problems += _string(f"{at}.options[{j}].value", option.get("value"), limit)
    elif kind == "plain_text_input":
        for field in ("max_length", "min_length"):
            value = item.get(field)
            if value is not None and not 0 <= value <= rules.INPUT_MAX_LENGTH:
                problems.append(f"{at}.{field} {value} is outside 0..{rules.INPUT_MAX_LENGTH}")
    elif kind == "number_input":
        if not isinstance(item.get("is_decimal_allowed"), bool):
            problems.append(f"{at}.is_decimal_allowed is required (a boolean)")
        for field in ("min_value", "max_value", "initial_value"):
            if field in item and not isinstance(item[field], str):
                problems.append(f"{at}.{field} must be a string")
    return problems


def _text(at: str, obj: Any, owner: str, field: str) -> list[str]:
    """A text object: the right type, not empty, within its limit."""
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        return [f"{at} must be a text object"]
    problems = []
    kind = obj.get("type")
    if kind not in ("plain_text", "mrkdwn"):
        problems.append(f"{at}.type {kind!r} is not plain_text or mrkdwn")
    elif kind != "plain_text" and (owner, field) in rules.PLAIN_ONLY:
        problems.append(f"{at} must be plain_text")
    if not obj["text"]:
        problems.append(f"{at}.text is empty")
    return problems + _string(f"{at}.text", obj["text"], rules.TEXT_LIMITS[owner, field])


def _string(at: str, value: Any, most: int) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, str):
        return [f"{at} must be a string"]
    if len(value) > most:
        return [f"{at} is {len(value)} characters, more than {most}"]
    return []


def _ids(at: str, obj: dict[str, Any]) -> list[str]:
    problems = []
    for field, most in rules.ID_LIMITS.items():
        problems += _string(f"{at}.{field}", obj.get(field), most)
    return problems


def _counts(at: str, kind: str, obj: dict[str, Any]) -> list[str]:
    problems = []
    for (owner, field), most in rules.COUNT_LIMITS.items():
        items = obj.get(field) if owner == kind else None
        if isinstance(items, list) and len(items) > most:
            problems.append(f"{at}.{field}: {len(items)} items, more than {most}")
    return problems
