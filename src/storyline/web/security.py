"""Safe defaults: loopback unless a token is set, the token checked on every request, strict headers."""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Callable

from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp

Deny = Callable[[Request, int, str], Response]

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
COOKIE = "storyline_token"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
       " form-action 'self'; base-uri 'none'; frame-ancestors 'none'")


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


class Guard(BaseHTTPMiddleware):
    """Token check (when a token is set) and security headers on every response."""

    def __init__(self, app: ASGIApp, token: str | None, deny: Deny) -> None:
        super().__init__(app)
        self.token = token
        self.deny = deny  # answers in the app's error format: JSON for the API, a page otherwise

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        if self.token:
            given = presented_token(request)
            if not given or not hmac.compare_digest(given.encode(), self.token.encode()):
                response = self.deny(request, 401, "a valid token is required (Authorization: Bearer TOKEN)")
                response.headers["WWW-Authenticate"] = "Bearer"
                return self._harden(response)
        response = await call_next(request)
        if self.token and request.query_params.get("token"):  # let the browser keep navigating
            response.set_cookie(COOKIE, self.token, httponly=True, samesite="strict")
        return self._harden(response)

    @staticmethod
    def _harden(response: Response) -> Response:
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response
