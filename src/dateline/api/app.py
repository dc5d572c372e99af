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
from dateline.errors import DatelineError

log = logging.getLogger("dateline.api")
CORS_ENV = "DATELINE_CORS_ORIGINS"
MAX_BODY_ENV = "DATELINE_MAX_BODY"
#: What ``serve`` hands to the worker processes of ``--workers N`` (see :func:`app_from_env`).
SERVE_DB_ENV = "DATELINE_SERVE_DB"
SERVE_READ_ONLY_ENV = "DATELINE_SERVE_READ_ONLY"
SERVE_HOSTS_ENV = "DATELINE_SERVE_ALLOWED_HOSTS"


def create_app(db_url: str, api_key: Optional[str] = None, max_body: Optional[int] = None,
               cors_origins: Optional[Sequence[str]] = None, pool_size: int = 8,
               allowed_hosts: Optional[Sequence[str]] = None,
               read_only: bool = False) -> FastAPI:
    """The dateline API and web interface over the store at ``db_url``.

    With ``read_only`` (``dateline serve --immutable``) a DuckDB store is opened read-only,
    without migrations (an out-of-date schema is an error naming `dateline migrate`), and
    the write endpoints answer 405; several processes may then serve the same file.

    ``api_key`` (else ``$DATELINE_API_KEY`` or the file ``$DATELINE_API_KEY_FILE``) guards
    the write endpoints; without one they answer 403. Bodies over ``max_body`` bytes
    (else ``$DATELINE_MAX_BODY``, 2 MiB) get 413. CORS is off unless ``cors_origins``
    (or ``$DATELINE_CORS_ORIGINS``, comma-separated) names origins.
    """
    if max_body is None:
        max_body = int(os.environ.get(MAX_BODY_ENV) or DEFAULT_MAX_BODY)
    if cors_origins is None:
        cors_origins = [o.strip() for o in os.environ.get(CORS_ENV, "").split(",") if o.strip()]
    pool = StorePool(db_url, size=pool_size, read_only=read_only)
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
    app.state.read_only = read_only
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


def app_from_env() -> FastAPI:
    """The app of one worker process of ``dateline serve --workers N``: a uvicorn factory
    (``dateline.api.app:app_from_env``) configured by the environment that :func:`serve`
    sets (``DATELINE_SERVE_DB``, ``DATELINE_SERVE_READ_ONLY``, ``DATELINE_SERVE_ALLOWED_HOSTS``;
    the API key, body limit and CORS origins from their usual variables)."""
    db_url = os.environ.get(SERVE_DB_ENV)
    if not db_url:
        raise DatelineError(f"{SERVE_DB_ENV} is not set: start workers with `dateline serve`")
    hosts = [h for h in os.environ.get(SERVE_HOSTS_ENV, "").split(",") if h]
    return create_app(db_url, allowed_hosts=hosts or None,
                      read_only=os.environ.get(SERVE_READ_ONLY_ENV) == "1")


def serve(db_url: str, host: str = "127.0.0.1", port: int = 8000, workers: int = 1,
          read_only: bool = False, **options: Any) -> None:
    """Run the API and web interface with uvicorn until interrupted (``dateline serve``).

    On a loopback address only loopback Host headers are accepted (no DNS rebinding).
    ``workers`` > 1 runs that many processes: on DuckDB only with ``read_only``
    (``--immutable``; DuckDB lets several processes read a file, or one write it), on
    PostgreSQL always.
    """
    import uvicorn

    from dateline.store import parse_url

    if workers < 1:
        raise DatelineError("--workers must be at least 1")
    backend = parse_url(db_url)[0]
    if workers > 1 and backend == "duckdb" and not read_only:
        raise DatelineError(
            "--workers > 1 needs --immutable on a DuckDB store: DuckDB lets one process write "
            "a database file or several read it, not both. Serve it read-only with "
            "`dateline serve --immutable --workers N`, use PostgreSQL, or use one worker")
    if workers > 1 and backend == "duckdb" and parse_url(db_url)[1] == ":memory:":
        raise DatelineError("--workers > 1 needs a database file, not :memory:")
    if _is_loopback(host) and "allowed_hosts" not in options:
        options["allowed_hosts"] = ["localhost", "127.0.0.1", "::1", "[::1]"]
    run = dict(host=host, port=port, log_level="info", server_header=False, proxy_headers=False)
    if workers == 1:
        uvicorn.run(create_app(db_url, read_only=read_only, **options), **run)
        return
    extra = set(options) - {"allowed_hosts"}
    if extra:
        raise TypeError(f"serve() with workers > 1 takes no {sorted(extra)}: set them in the environment")
    # check the store once here, with its own message, before starting the workers
    from dateline.store import open_store
    open_store(db_url, read_only=read_only).close()
    os.environ[SERVE_DB_ENV] = db_url
    os.environ[SERVE_READ_ONLY_ENV] = "1" if read_only else "0"
    os.environ[SERVE_HOSTS_ENV] = ",".join(options.get("allowed_hosts") or ())
    uvicorn.run("dateline.api.app:app_from_env", factory=True, workers=workers, **run)
