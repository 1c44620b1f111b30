"""The apps that tools/capture_corpus.py serves: each framework's stock ways of answering (static
files, conditional GET, ranges, 405, redirects, 401), written as its documentation shows them.

No `from __future__ import annotations`: FastAPI reads the dependencies' annotations at run time,
and these name closures' locals.
"""

import datetime
import os
import sys
from pathlib import Path
from typing import Annotated, Any

# The file every server serves: big enough for two ranges, text so that the corpus stays readable.
TEXT = "".join(
    f"line {number:02d} of the file that every server in the corpus serves\n"
    for number in range(20)
)
# One fixed modification time, so that If-Modified-Since answers are the same on every capture.
MODIFIED = datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)


def static_dir(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    path = root / "hello.txt"
    path.write_text(TEXT, encoding="ascii")
    stamp = MODIFIED.timestamp()
    os.utime(path, (stamp, stamp))
    return root


def starlette_app(files: Path) -> Any:
    from starlette.applications import Starlette
    from starlette.responses import PlainTextResponse, RedirectResponse, StreamingResponse
    from starlette.routing import Mount, Route
    from starlette.staticfiles import StaticFiles

    async def home(request: Any) -> Any:
        return PlainTextResponse("hello")

    async def moved(request: Any) -> Any:
        return RedirectResponse("/", status_code=301)

    async def found(request: Any) -> Any:
        return RedirectResponse("/")  # 307, Starlette's default

    async def stream(request: Any) -> Any:
        return StreamingResponse(iter(["chunked ", "by the server\n"]), media_type="text/plain")

    return Starlette(
        routes=[
            Route("/", home),
            Route("/moved", moved),
            Route("/found", found),
            Route("/stream", stream),
            Mount("/static", StaticFiles(directory=files)),
        ]
    )


def fastapi_app() -> Any:
    from fastapi import Depends, FastAPI, HTTPException, Response
    from fastapi.security import HTTPBasic, HTTPBearer, OAuth2PasswordBearer

    app = FastAPI()
    basic, bearer, oauth2 = HTTPBasic(), HTTPBearer(), OAuth2PasswordBearer(tokenUrl="token")

    @app.get("/items/{item_id}")
    def read_item(item_id: int) -> dict[str, int]:
        return {"item_id": item_id}

    @app.post("/items", status_code=201)
    def create_item() -> dict[str, int]:
        return {"item_id": 1}

    @app.delete("/items/{item_id}", status_code=204, response_class=Response)
    def delete_item(item_id: int) -> None:
        return None

    @app.get("/basic")
    def with_basic(credentials: Annotated[Any, Depends(basic)]) -> str:
        return "in"

    @app.get("/bearer")
    def with_bearer(credentials: Annotated[Any, Depends(bearer)]) -> str:
        return "in"

    @app.get("/oauth2")
    def with_oauth2(token: Annotated[str, Depends(oauth2)]) -> str:
        return "in"

    @app.get("/login-required")
    def login_required() -> str:
        raise HTTPException(status_code=401, detail="Not authenticated")

    @app.get("/slash/")
    def slash() -> str:
        return "slash"

    return app


def django_app(files: Path) -> Any:
    import django
    from django.conf import settings

    settings.configure(
        DEBUG=False,
        ALLOWED_HOSTS=["127.0.0.1"],
        ROOT_URLCONF=__name__,
        SECRET_KEY="corpus",
        MIDDLEWARE=[
            "django.middleware.common.CommonMiddleware",
            "django.middleware.http.ConditionalGetMiddleware",
        ],
        USE_TZ=True,
    )
    django.setup()
    from django.core.wsgi import get_wsgi_application
    from django.http import (
        FileResponse,
        HttpResponse,
        HttpResponsePermanentRedirect,
        StreamingHttpResponse,
    )
    from django.shortcuts import redirect
    from django.urls import path
    from django.views.decorators.http import condition, require_GET

    # Django ships no types: its decorators are untyped.
    @condition(  # type: ignore[untyped-decorator]
        etag_func=lambda request: '"v1"', last_modified_func=lambda request: MODIFIED
    )
    def page(request: Any) -> Any:
        return HttpResponse("a page with an ETag and a Last-Modified\n")

    @require_GET  # type: ignore[untyped-decorator]
    def get_only(request: Any) -> Any:
        return HttpResponse("GET only\n")

    def file(request: Any) -> Any:
        return FileResponse(open(files / "hello.txt", "rb"))  # FileResponse closes it

    def no_content(request: Any) -> Any:
        return HttpResponse(status=204)

    module = sys.modules[__name__]
    module.urlpatterns = [  # type: ignore[attr-defined]  # ROOT_URLCONF is this module
        path("page/", page),
        path("get-only/", get_only),
        path("file/", file),
        path("no-content/", no_content),
        path(
            "stream/", lambda request: StreamingHttpResponse(iter([b"streamed ", b"by Django\n"]))
        ),
        path("found/", lambda request: redirect("/page/")),
        path("moved/", lambda request: HttpResponsePermanentRedirect("/page/")),
    ]
    return get_wsgi_application()


def flask_app(files: Path) -> Any:
    from flask import Flask, abort, redirect, send_file

    app = Flask(__name__)

    @app.get("/file")
    def file() -> Any:
        return send_file(files / "hello.txt", conditional=True, etag=True, last_modified=MODIFIED)

    @app.get("/unauthorized")
    def unauthorized() -> Any:
        abort(401)

    @app.get("/not-allowed")
    def not_allowed() -> Any:
        abort(405)

    @app.get("/found")
    def found() -> Any:
        return redirect("/file")

    @app.get("/stream")
    def stream() -> Any:
        return iter(["streamed ", "by Flask\n"])  # a generator: no Content-Length

    return app


def aiohttp_app(files: Path) -> Any:
    from aiohttp import web

    async def unauthorized(request: Any) -> Any:
        raise web.HTTPUnauthorized()

    async def found(request: Any) -> Any:
        raise web.HTTPFound("/static/hello.txt")

    async def stream(request: Any) -> Any:
        response = web.StreamResponse(headers={"Content-Type": "text/plain"})
        response.enable_chunked_encoding()
        await response.prepare(request)
        for part in (b"chunked ", b"by aiohttp\n"):
            await response.write(part)
        await response.write_eof()
        return response

    app = web.Application()
    app.router.add_static("/static", files)
    app.router.add_get("/unauthorized", unauthorized)
    app.router.add_get("/found", found)
    app.router.add_get("/stream", stream)
    return app
