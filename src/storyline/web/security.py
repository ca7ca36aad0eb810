"""Safe defaults: loopback unless a token is set, the token checked on every request, strict headers."""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Callable
from urllib.parse import urlsplit

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

Deny = Callable[[Request, int, str], Response]

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
COOKIE = "storyline_token"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
       " form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin",
           "X-Frame-Options": "DENY"}


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach."""
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, token: str | None) -> None:
    """Refuse (ValueError) to listen beyond loopback without a token."""
    if not is_loopback(host) and not token:
        raise ValueError(f"refusing to listen on {host} without a token: pass --token (or bind 127.0.0.1)")


def presented_token(request: Request) -> str | None:
    """The token a request carries: Authorization: Bearer, then ?token=, then the cookie set by ?token=."""
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return request.query_params.get("token") or request.cookies.get(COOKIE)


def cross_site(request: Request) -> bool:
    """A state-changing request sent by a page of another origin (a browser always says so in Origin)."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return False
    origin = request.headers.get("origin")
    if origin is None:
        return False  # not from a browser page: curl, scripts, the tests' clients
    return urlsplit(origin).netloc != request.headers.get("host", "")


class Guard:
    """ASGI middleware: cross-site writes refused, the token checked (when set), security headers on every response."""

    def __init__(self, app: ASGIApp, token: str | None, deny: Deny) -> None:
        self.app = app
        self.token = token
        self.deny = deny  # answers in the app's error format: JSON for the API, a page otherwise

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        if cross_site(request):
            response = self.deny(request, 403, "cross-site requests may not change anything here")
            await response(scope, receive, self._hardened(send, None))
            return
        cookie = None
        if self.token:
            given = presented_token(request)
            if not given or not hmac.compare_digest(given.encode(), self.token.encode()):
                response = self.deny(request, 401, "a valid token is required (Authorization: Bearer TOKEN)")
                response.headers["WWW-Authenticate"] = "Bearer"
                await response(scope, receive, self._hardened(send, None))
                return
            if request.query_params.get("token"):  # let the browser keep navigating without ?token=
                carrier = Response()
                carrier.set_cookie(COOKIE, self.token, httponly=True, samesite="strict")
                cookie = carrier.headers["set-cookie"]
        await self.app(scope, receive, self._hardened(send, cookie))

    @staticmethod
    def _hardened(send: Send, cookie: str | None) -> Send:
        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS.items():
                    headers[name] = value
                if cookie:
                    headers.append("set-cookie", cookie)
            await send(message)

        return wrapped
