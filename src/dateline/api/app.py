"""The FastAPI application: the REST API, its offline docs, and the web interface."""
from __future__ import annotations

import ipaddress
import logging
import os
import threading
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, Optional, Sequence

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.staticfiles import StaticFiles

import dateline
from dateline.api import errors
from dateline.api.responses import SafeJSON
from dateline.api.routes import router
from dateline.api.security import DEFAULT_MAX_BODY, BodyLimit, SecurityHeaders, load_api_key
from dateline.api.stores import StorePool

log = logging.getLogger("dateline.api")
CORS_ENV = "DATELINE_CORS_ORIGINS"
MAX_BODY_ENV = "DATELINE_MAX_BODY"


def create_app(db_url: str, api_key: Optional[str] = None, max_body: Optional[int] = None,
               cors_origins: Optional[Sequence[str]] = None, pool_size: int = 8,
               allowed_hosts: Optional[Sequence[str]] = None) -> FastAPI:
    """The dateline API and web interface over the store at ``db_url``.

    ``api_key`` (else ``$DATELINE_API_KEY`` or the file ``$DATELINE_API_KEY_FILE``) guards
    the write endpoints; without one they answer 403. Bodies over ``max_body`` bytes
    (else ``$DATELINE_MAX_BODY``, 2 MiB) get 413. CORS is off unless ``cors_origins``
    (or ``$DATELINE_CORS_ORIGINS``, comma-separated) names origins.
    """
    if max_body is None:
        max_body = int(os.environ.get(MAX_BODY_ENV) or DEFAULT_MAX_BODY)
    if cors_origins is None:
        cors_origins = [o.strip() for o in os.environ.get(CORS_ENV, "").split(",") if o.strip()]
    pool = StorePool(db_url, size=pool_size)
    pool.open()  # fail now, with the store's message, rather than on the first request

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        pool.close()

    app = FastAPI(
        title="dateline", version=dateline.__version__, lifespan=lifespan,
        description="PLOVER events extracted from news articles: query, extract, ingest.",
        docs_url=None, redoc_url=None, default_response_class=SafeJSON)
    app.state.pool = pool
    app.state.api_key = load_api_key(api_key)
    app.state.nlp_lock = threading.Lock()
    errors.install(app)
    app.include_router(router)
    _docs(app)
    from dateline.web import mount
    mount(app)

    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware
        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins),
                           allow_methods=["GET", "POST"], allow_headers=["X-API-Key", "Content-Type"])
    if allowed_hosts:
        from starlette.middleware.trustedhost import TrustedHostMiddleware
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, max_body=max_body)
    app.add_middleware(errors.ErrorShield)
    return app


def _docs(app: FastAPI) -> None:
    """Swagger UI at /docs from files shipped in a package (no CDN)."""
    try:
        import fastapi_offline
    except ImportError:  # pragma: no cover - a dependency; without it, no /docs page
        return
    static = Path(fastapi_offline.__file__).parent / "static"
    app.mount("/docs-static", StaticFiles(directory=static), name="docs-static")

    @app.get("/docs", include_in_schema=False)
    async def docs():
        return get_swagger_ui_html(
            openapi_url="/openapi.json", title="dateline API",
            swagger_js_url="/docs-static/swagger-ui-bundle.js",
            swagger_css_url="/docs-static/swagger-ui.css",
            swagger_favicon_url="/docs-static/favicon.png",
            swagger_ui_parameters={"validatorUrl": None})


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(db_url: str, host: str = "127.0.0.1", port: int = 8000, **options: Any) -> None:
    """Run the API and web interface with uvicorn until interrupted (``dateline serve``).

    On a loopback address only loopback Host headers are accepted (no DNS rebinding).
    """
    import uvicorn

    if _is_loopback(host) and "allowed_hosts" not in options:
        options["allowed_hosts"] = ["localhost", "127.0.0.1", "::1", "[::1]"]
    app = create_app(db_url, **options)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False,
                proxy_headers=False)
