"""Fetching a meeting feed from someone else's server, carefully.

A moderator types the address, so Haven must not become a way to read its own
network: only ``http``/``https``, only public addresses (checked on every
address the name resolves to, by the connector's own resolver, so a name that
later resolves elsewhere is checked again), at most a few redirects (each
checked the same way), a whole-request timeout and a size cap read as it
arrives. ``HAVEN_FEED_ALLOW_PRIVATE=1`` lifts the address rule, for tests that
serve feeds from 127.0.0.1. The request body is never logged.
"""

from __future__ import annotations

import ipaddress
import json
import socket
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode, urljoin, urlsplit, urlunsplit

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver

from bot.api import translate

#: The most a feed may be: a large region's Meeting Guide feed is 2–3 MB.
MAX_BYTES = 5 * 1024 * 1024
TIMEOUT_SECONDS = 20
MAX_REDIRECTS = 3
REDIRECTS = (301, 302, 303, 307, 308)
USER_AGENT = "Haven meeting directory"


class FeedError(Exception):
    """The feed could not be read: ``key`` (a ``meetings-feed-error-…`` message)
    and its ``args`` say why, for the moderator, in their language (:meth:`said`)."""

    def __init__(self, key: str, **args: Any) -> None:
        super().__init__(key)
        self.key, self.values = key, args

    def said(self, t: Callable[..., str]) -> str:
        """The reason, said by ``t`` (``ctx.t``, or a language's speaker)."""
        return t(f"meetings-feed-error-{self.key}", **self.values)

    def __str__(self) -> str:
        return translate("en", f"meetings-feed-error-{self.key}", **self.values)


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


class PublicResolver(AbstractResolver):
    """The default resolver, refusing names that resolve to a private address."""

    def __init__(self) -> None:
        self._inner = DefaultResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        found = await self._inner.resolve(host, port, family)
        if not found or any(not is_public(entry["host"]) for entry in found):
            raise FeedError("private", host=host)
        return found

    async def close(self) -> None:
        await self._inner.close()


def checked_url(url: str, *, allow_private: bool) -> str:
    """``url`` when it is an http(s) address Haven may fetch, else a FeedError."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 — a port that is not a number raises here
    except ValueError:
        raise FeedError("unreadable") from None
    if parts.scheme.lower() not in ("http", "https") or not host:
        raise FeedError("scheme")
    if parts.username or parts.password:
        raise FeedError("password")
    if not allow_private:
        try:
            literal = ipaddress.ip_address(host)
        except ValueError:
            literal = None
        if literal is not None and not is_public(str(literal)):
            raise FeedError("private", host=host)
        if host.lower() == "localhost" or host.lower().endswith(".localhost"):
            raise FeedError("localhost")
    return url


def with_key(url: str, key: str | None) -> str:
    """The address with ``key=`` added (12 Step Meeting List's sharing key)."""
    if not key:
        return url
    parts = urlsplit(url)
    query = f"{parts.query}&" if parts.query else ""
    return urlunsplit(parts._replace(query=query + urlencode({"key": key})))


async def fetch_json(
    url: str, *, key: str | None = None, allow_private: bool = False, max_bytes: int = MAX_BYTES
) -> Any:
    """The JSON document at ``url``, or a :class:`FeedError` that says what went wrong."""
    target = checked_url(with_key(url, key), allow_private=allow_private)
    connector = aiohttp.TCPConnector(resolver=None if allow_private else PublicResolver())
    timeout = aiohttp.ClientTimeout(total=TIMEOUT_SECONDS)
    async with aiohttp.ClientSession(
        connector=connector, timeout=timeout, headers={"User-Agent": USER_AGENT}
    ) as session:
        try:
            for _ in range(MAX_REDIRECTS + 1):
                async with session.get(target, allow_redirects=False) as response:
                    if response.status in REDIRECTS and "Location" in response.headers:
                        target = checked_url(
                            urljoin(target, response.headers["Location"]),
                            allow_private=allow_private,
                        )
                        continue
                    if response.status != 200:
                        raise FeedError("status", status=str(response.status))
                    body = await _read_capped(response, max_bytes)
                    break
            else:
                raise FeedError("redirects", count=MAX_REDIRECTS)
        except FeedError:
            raise
        except TimeoutError:
            raise FeedError("timeout", seconds=TIMEOUT_SECONDS) from None
        except aiohttp.ClientError as problem:
            cause = problem.__cause__ or problem.__context__
            if isinstance(cause, FeedError):
                raise cause from None
            raise FeedError("unreachable", problem=type(problem).__name__) from None
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        raise FeedError("not-json") from None


async def _read_capped(response: aiohttp.ClientResponse, max_bytes: int) -> bytes:
    too_big = FeedError("too-big", megabytes=max_bytes // (1024 * 1024))
    if (response.content_length or 0) > max_bytes:
        raise too_big
    chunks, size = [], 0
    async for chunk in response.content.iter_chunked(64 * 1024):
        size += len(chunk)
        if size > max_bytes:
            raise too_big
        chunks.append(chunk)
    return b"".join(chunks)
