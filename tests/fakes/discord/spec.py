"""REST requests checked against Discord's OpenAPI 3.1 description of API v10.

A request conforms when its path matches one of the spec's path templates
(literal segments before ``{parameters}``, as ``/users/@me`` before
``/users/{user_id}``), the template has an operation for its method, its path
and query parameters fit their schemas, and its JSON body (or a multipart
body's ``payload_json``) validates against the operation's request schema —
types, required fields, enums, string lengths and array sizes — with
``jsonschema``'s Draft 2020-12 validator (the dialect of OpenAPI 3.1), ``$ref``
resolved against the spec's components.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests.fakes import conformance

from . import rules

SPEC = "discord/openapi.json"
URI = "urn:discord-openapi"


@dataclass(frozen=True)
class Route:
    template: str
    pattern: re.Pattern[str]
    literals: int  # literal segments: the more, the more specific


class DiscordSpec:
    def __init__(self, document: dict[str, Any]) -> None:
        document = _widened(document)
        self.document = document
        self.registry = Registry().with_resource(
            URI, Resource.from_contents(document, default_specification=DRAFT202012)
        )
        routes = [_route(template) for template in document["paths"]]
        self.routes = sorted(routes, key=lambda r: -r.literals)
        self._validators: dict[str, Draft202012Validator] = {}

    def route(self, path: str) -> Route | None:
        return next((r for r in self.routes if r.pattern.fullmatch(path)), None)

    def check(
        self, method: str, path: str, query: dict[str, str], body: Any, content_type: str
    ) -> tuple[str, list[str]]:
        """The spec's name for the call (``METHOD /template``) and what in it the
        spec refuses."""
        route = self.route(path)
        if route is None:
            return f"{method} {path}", ["no such route in Discord's API"]
        call = f"{method} {route.template}"
        item = self.document["paths"][route.template]
        operation = item.get(method.lower())
        if operation is None:
            return call, [f"the route has no {method} operation"]
        params = [*item.get("parameters", []), *operation.get("parameters", [])]
        problems = self._params(route, path, query, params)
        problems += self._body(route.template, method, operation, body, content_type)
        return call, problems

    def _params(
        self, route: Route, path: str, query: dict[str, str], params: list[dict[str, Any]]
    ) -> list[str]:
        values = route.pattern.fullmatch(path).groupdict()  # type: ignore[union-attr]
        declared = {p["name"]: p for p in params if p["in"] == "query"}
        problems = [f"unknown query parameter {name!r}" for name in query if name not in declared]
        for p in params:
            raw = values.get(p["name"]) if p["in"] == "path" else query.get(p["name"])
            if p["in"] not in ("path", "query") or raw is None:
                continue
            value = _from_text(raw, self._resolve(p["schema"]))
            where = f"{p['in']} parameter {p['name']!r}"
            problems += [f"{where}{e}" for e in self._errors(p["schema"], value)]
        return problems

    def _body(
        self, template: str, method: str, operation: dict, body: Any, content_type: str
    ) -> list[str]:
        request_body = operation.get("requestBody")
        if request_body is None:
            return [] if body in (None, {}) else ["this operation takes no body"]
        if body is None:
            return ["a body is required"] if request_body.get("required") else []
        kind = "multipart/form-data" if content_type.startswith("multipart/") else content_type
        if kind not in request_body["content"]:
            return [f"content type {content_type!r} is not accepted"]
        pointer = "/".join(
            _escape(part)
            for part in ("paths", template, method.lower(), "requestBody", "content", kind)
        )
        schema = {"$ref": f"{URI}#/{pointer}/schema"}
        return [f"body{problem}" for problem in self._errors(schema, body)]

    def _errors(self, schema: dict[str, Any], value: Any) -> list[str]:
        if "$ref" in schema and not schema["$ref"].startswith(URI):
            schema = {"$ref": URI + schema["$ref"]}
        key = json.dumps(schema, sort_keys=True)
        validator = self._validators.get(key)
        if validator is None:
            validator = Draft202012Validator(schema, registry=self.registry)
            self._validators[key] = validator
        return [_describe(e) for e in validator.iter_errors(value)]

    def _resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            target = schema["$ref"].split("#/", 1)[1].split("/")
            schema = self.document
            for part in target:
                schema = schema[part.replace("~1", "/").replace("~0", "~")]
        return schema


@cache
def published() -> DiscordSpec | None:
    """Discord's spec, read once (None where it is missing locally)."""
    document = conformance.load(SPEC)
    return None if document is None else DiscordSpec(document)


def _widened(document: dict[str, Any]) -> dict[str, Any]:
    """The spec with :mod:`rules`' allowances (a copy; the file is not changed)."""
    if rules.CLOSED_OBJECTS:
        document = _closed(document)
    schemas = dict(document["components"]["schemas"])
    snowflake = schemas[rules.SNOWFLAKE_SCHEMA]
    schemas[rules.SNOWFLAKE_SCHEMA] = {"anyOf": [snowflake, rules.INTEGER_SNOWFLAKE]}
    for name, fields in rules.EXTRA_FIELDS.items():
        schema = schemas[name]
        schemas[name] = {**schema, "properties": {**schema["properties"], **fields}}
    components = {**document["components"], "schemas": schemas}
    return {**document, "components": components}


def _closed(node: Any, part: bool = False) -> Any:
    """A copy of ``node`` whose object schemas with ``properties`` admit no others
    (except a part of an ``allOf``, whose properties are only some of the whole)."""
    if isinstance(node, list):
        return [_closed(item, part) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _closed(value, key == "allOf") for key, value in node.items()}
    if (
        not part
        and isinstance(out.get("properties"), dict)
        and not {"additionalProperties", "patternProperties", "unevaluatedProperties"} & out.keys()
    ):
        out["additionalProperties"] = False
    return out


def _route(template: str) -> Route:
    parts = template.strip("/").split("/")
    regex = "".join(
        "/" + (f"(?P<{p[1:-1]}>[^/]+)" if p.startswith("{") else re.escape(p)) for p in parts
    )
    literals = sum(not p.startswith("{") for p in parts)
    return Route(template, re.compile(regex), literals)


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _from_text(raw: str, schema: dict[str, Any]) -> Any:
    """A path or query value as the type its schema wants."""
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if "boolean" in kinds and raw in rules.QUERY_TRUE | rules.QUERY_FALSE:
        return raw in rules.QUERY_TRUE
    if "integer" in kinds and raw.lstrip("-").isdigit():
        return int(raw)
    return raw


def _describe(error: ValidationError) -> str:
    """``.field[2].name: why`` — for a union, why the branch meant failed: one
    whose ``type`` matched, else the one that got furthest into the value."""
    while error.context:
        here = [*error.absolute_path, "type"]
        branches: dict[Any, list[ValidationError]] = {}
        for e in error.context:
            branches.setdefault(e.relative_schema_path[0], []).append(e)
        meant = [
            b
            for b in branches.values()
            if not any(
                e.validator in ("enum", "const") and list(e.absolute_path) == here for e in b
            )
        ]
        errors = [e for b in (meant or branches.values()) for e in b]
        error = max(errors, key=lambda e: (len(e.absolute_path), e.validator != "type"))
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    return f"{where}: {error.message:.300}"
