"""API keys for write endpoints, the request body limit, and security headers."""
from __future__ import annotations

import hmac
import os
from pathlib import Path
from typing import Optional

from fastapi import Request, Security
from fastapi.security import APIKeyHeader

from dateline.api.errors import ApiError, send_json
from dateline.errors import DatelineError

KEY_ENV, KEY_FILE_ENV = "DATELINE_API_KEY", "DATELINE_API_KEY_FILE"
DEFAULT_MAX_BODY = 2 * 1024 * 1024

api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False,
                              description="The server's API key (DATELINE_API_KEY).")


def load_api_key(api_key: Optional[str] = None) -> Optional[str]:
    """The key: given, else ``$DATELINE_API_KEY``, else the file ``$DATELINE_API_KEY_FILE``."""
    if api_key:
        return api_key
    if os.environ.get(KEY_ENV, "").strip():
        return os.environ[KEY_ENV].strip()
    path = os.environ.get(KEY_FILE_ENV, "").strip()
    if path:
        try:
            key = Path(path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise DatelineError(f"{KEY_FILE_ENV}={path}: cannot read the API key file "
                                f"({exc.strerror})") from None
        if not key:
            raise DatelineError(f"{KEY_FILE_ENV}={path}: the API key file is empty")
        return key
    return None


def require_api_key(request: Request, key: Optional[str] = Security(api_key_header)) -> None:
    """Dependency of every write endpoint: a matching X-API-Key (or Bearer token)."""
    expected: Optional[str] = request.app.state.api_key
    if not expected:
        raise ApiError(403, f"writes are disabled: start the server with {KEY_ENV} or "
                            f"{KEY_FILE_ENV} set")
    if not key:
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            key = auth[7:].strip()
    if not key:
        raise ApiError(401, "an API key is required: send it in the X-API-Key header",
                       {"WWW-Authenticate": "ApiKey"})
    if not hmac.compare_digest(key.encode("utf-8"), expected.encode("utf-8")):
        raise ApiError(401, "the API key is not valid", {"WWW-Authenticate": "ApiKey"})


class _TooLarge(Exception):
    pass


class BodyLimit:
    """ASGI middleware: 413 for a request body over ``max_body`` bytes, declared or streamed."""

    def __init__(self, app, max_body: int = DEFAULT_MAX_BODY):
        self.app, self.max_body = app, max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        message = f"request body too large: the limit is {self.max_body} bytes"
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.max_body
            except ValueError:
                return await send_json(send, 400, "invalid Content-Length header")
            if too_big:
                return await send_json(send, 413, message)
        received, exceeded, started = 0, False, False

        async def limited_receive():
            nonlocal received, exceeded
            msg = await receive()
            if msg["type"] == "http.request":
                received += len(msg.get("body", b""))
                if received > self.max_body:
                    exceeded = True
                    raise _TooLarge()
            return msg

        async def guarded_send(msg):
            nonlocal started
            if exceeded:  # whatever the app answers to a cut-off body, the answer is 413
                return
            if msg["type"] == "http.response.start":
                started = True
            await send(msg)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except _TooLarge:
            pass
        if exceeded and not started:
            await send_json(send, 413, message)


CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
#: Swagger UI's page starts itself with an inline script.
DOCS_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' "
            "'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            "frame-ancestors 'none'")


class SecurityHeaders:
    """ASGI middleware: no sniffing, no framing, no referrer, and a same-origin-only CSP."""

    def __init__(self, app, docs_paths: tuple[str, ...] = ("/docs", "/redoc")):
        self.app, self.docs_paths = app, docs_paths

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        csp = DOCS_CSP if scope.get("path") in self.docs_paths else CSP

        async def add_headers(msg):
            if msg["type"] == "http.response.start":
                headers = list(msg.get("headers") or [])
                headers += [(b"x-content-type-options", b"nosniff"),
                            (b"x-frame-options", b"DENY"),
                            (b"referrer-policy", b"no-referrer"),
                            (b"content-security-policy", csp.encode())]
                msg = {**msg, "headers": headers}
            await send(msg)

        await self.app(scope, receive, add_headers)
