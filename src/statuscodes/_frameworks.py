"""The registries in the shapes frameworks take as plain data: Django's `choices=` pairs and
FastAPI's `responses=` mapping. No framework is imported: these are lists and dicts.

docs/frameworks.md shows each in use, and tests/test_frameworks_*.py run them in the frameworks.
"""

from __future__ import annotations

# The same classes as collections.abc, which would import collections (~7M instructions on 3.13).
from _collections_abc import Iterable

from ._http import HTTPCode
from ._registry import CodeRegistry


def choices(codes: Iterable[CodeRegistry]) -> list[tuple[int, str]]:
    """`(value, label)` pairs for Django's `choices=`: one per code, aliases once, labelled
    "404 Not Found".

    Pass a registry (`HTTPCode`, `WSCloseCode`, a vendor enum) or any iterable of its members.

    >>> from statuscodes import HTTPCode, WSCloseCode, choices
    >>> choices(HTTPCode)[:2]
    [(100, '100 Continue'), (101, '101 Switching Protocols')]
    >>> choices(code for code in WSCloseCode if code.is_sendable)[0]
    (1000, '1000 Normal Closure')
    """
    return [(int(code), f"{int(code)} {code.phrase}") for code in codes]


def openapi_responses(*codes: int) -> dict[int | str, dict[str, object]]:
    """FastAPI's `responses=` mapping for `codes`, described by the IANA registry's phrases
    (FastAPI's own come from `http.client.responses`, which lacks 104 and 306 and changes with
    the Python version). An unregistered code raises `UnregisteredCodeError`.

    >>> from statuscodes import openapi_responses
    >>> openapi_responses(404, 422)
    {404: {'description': 'Not Found'}, 422: {'description': 'Unprocessable Content'}}
    """
    responses: dict[int | str, dict[str, object]] = {}
    for code in codes:
        responses[int(code)] = {"description": HTTPCode(code).phrase}
    return responses
