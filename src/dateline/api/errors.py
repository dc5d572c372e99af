"""Every error the API returns is JSON ``{"status": int, "message": str}``, never a traceback."""
from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from dateline.errors import DatelineError, StoreError

log = logging.getLogger("dateline.api")


class ApiError(Exception):
    """An error answered with ``status`` and a message for the user."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        self.status, self.message, self.headers = status, message, headers
        super().__init__(message)


def body(status: int, message: str, **extra: Any) -> dict[str, Any]:
    return {"status": status, "message": message, **extra}


def error_response(status: int, message: str, headers=None, **extra: Any) -> JSONResponse:
    return JSONResponse(body(status, message, **extra), status_code=status, headers=headers)


def _location(loc) -> str:
    return ".".join(str(p) for p in loc if p != "body" or len(loc) == 1)


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return error_response(exc.status, exc.message, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        return error_response(exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        errors = [{"field": _location(e.get("loc", ())), "message": str(e.get("msg", ""))}
                  for e in exc.errors()]
        summary = "; ".join(f"{e['field']}: {e['message']}" for e in errors[:5])
        return error_response(422, f"invalid request: {summary}", errors=errors)

    @app.exception_handler(StoreError)
    async def _store_error(request: Request, exc: StoreError):
        message = str(exc)
        if "while running" in message or "commit failed" in message:
            log.error("store error on %s: %s", request.url.path, message)
            return error_response(503, "the database could not answer this request")
        return error_response(400, message)

    @app.exception_handler(DatelineError)
    async def _dateline_error(request: Request, exc: DatelineError):
        return error_response(400, str(exc))


class ErrorShield:
    """Outer ASGI layer: any exception left unhandled becomes a JSON 500, logged here."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = False

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if not started:
                await send_json(send, 500, "internal server error; the server log has details")


async def send_json(send, status: int, message: str) -> None:
    payload = json.dumps(body(status, message)).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(payload)).encode())]})
    await send({"type": "http.response.body", "body": payload})
