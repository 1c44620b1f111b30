"""The pytest plugin (statuscodes.pytest_plugin), run with pytester in a fresh pytest for each
case: off unless asked, and once on, each test client's responses are checked."""

from __future__ import annotations

import textwrap

import pytest

pytest_plugins = ["pytester"]
pytestmark = pytest.mark.slow  # a fresh pytest in a subprocess per case: ~2 s each

# An app answering 401 without WWW-Authenticate on /private, for each client.
CLIENT_TESTS = {
    "starlette": """
        from starlette.applications import Starlette
        from starlette.responses import PlainTextResponse
        from starlette.routing import Route
        from starlette.testclient import TestClient

        async def private(request):
            return PlainTextResponse("who are you?", status_code=401)

        def test_client():
            with TestClient(Starlette(routes=[Route("/private", private)])) as client:
                assert client.get("/private").status_code == 401
    """,
    "httpx_async": """
        import asyncio
        import httpx

        def test_client():
            async def main():
                transport = httpx.MockTransport(lambda request: httpx.Response(401))
                async with httpx.AsyncClient(transport=transport) as client:
                    return await client.get("http://example.com/private")
            assert asyncio.run(main()).status_code == 401
    """,
    "requests": """
        import requests
        import requests.adapters

        class Adapter(requests.adapters.BaseAdapter):
            def send(self, request, **kwargs):
                response = requests.Response()
                response.status_code = 401
                response._content = b"who are you?"
                response.headers["Content-Type"] = "text/plain"
                response.request = request
                return response

            def close(self):
                pass

        def test_client():
            with requests.Session() as session:
                session.mount("http://", Adapter())
                assert session.get("http://example.com/private").status_code == 401
    """,
    "flask": """
        from flask import Flask, abort

        app = Flask(__name__)

        @app.route("/private")
        def private():
            abort(401)

        def test_client():
            assert app.test_client().get("/private").status_code == 401
    """,
    "django": """
        import django
        from django.conf import settings

        settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["testserver"])
        django.setup()

        from django.http import HttpResponse
        from django.test import Client
        from django.urls import path

        urlpatterns = [path("private", lambda request: HttpResponse("who?", status=401))]

        def test_client():
            assert Client().get("/private").status_code == 401
    """,
}


@pytest.mark.parametrize("source", CLIENT_TESTS.values(), ids=CLIENT_TESTS.keys())
def test_a_finding_fails_the_test_listing_it(pytester: pytest.Pytester, source: str) -> None:
    pytester.makepyfile(source)

    result = pytester.runpytest_subprocess("--check-responses", "-p", "no:cacheprovider")

    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*responses broke RFC rules:",
            "GET *private -> 401: 1 RFC rule(s) broken:",
            "  MUST: 401 response without WWW-Authenticate: RFC 9110, Section 15.5.2 says*",
        ]
    )


@pytest.mark.parametrize("source", CLIENT_TESTS.values(), ids=CLIENT_TESTS.keys())
def test_off_unless_asked(pytester: pytest.Pytester, source: str) -> None:
    pytester.makepyfile(source)

    pytester.runpytest_subprocess("-p", "no:cacheprovider").assert_outcomes(passed=1)


HTTPX = textwrap.dedent(CLIENT_TESTS["httpx_async"])


def test_the_ini_turns_it_on_and_the_marker_off(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\ncheck_responses = true\n")
    unchecked = """
        import pytest

        @pytest.mark.check_responses(False)
        def test_unchecked():
            test_client()
    """
    pytester.makepyfile(HTTPX + textwrap.dedent(unchecked))

    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")

    result.assert_outcomes(failed=1, passed=1)
    result.stdout.fnmatch_lines(["FAILED *::test_client*"])


def test_the_marker_turns_it_on_and_warn_warns(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\ncheck_responses_on_finding = warn\n")
    marked = "import pytest\n\n@pytest.mark.check_responses\ndef test_client"
    pytester.makepyfile(HTTPX.replace("def test_client", marked))

    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")

    result.assert_outcomes(passed=1, warnings=1)
    result.stdout.fnmatch_lines(["*ResponseRuleWarning: GET http://example.com/private -> 401*"])


def test_a_clean_response_passes(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(HTTPX.replace("401", "200"))

    result = pytester.runpytest_subprocess("--check-responses", "-p", "no:cacheprovider")

    result.assert_outcomes(passed=1)
