"""Problem details for HTTP APIs (RFC 9457): the JSON object an error response carries.

`HTTPCode.problem` is the public face.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:  # for checkers only: _http imports this module
    from ._http import HTTPCode

#: The members RFC 9457, Section 3.1 defines, which an extension must not replace.
RESERVED = ("type", "status", "title", "detail", "instance")

_WHY_RESERVED = {
    "status": "it is the code itself",
    "title": "it is the code's phrase, as RFC 9457, Section 4.2.1 asks with about:blank",
}


def problem(
    code: HTTPCode,
    detail: str | None,
    type: str | None,
    instance: str | None,
    extensions: dict[str, object],
) -> dict[str, object]:
    """The problem object for `code`; see `HTTPCode.problem`."""
    if code < 400:
        raise ValueError(
            f"{int(code)} {code.phrase} is not an error: problem details (RFC 9457) describe "
            "4xx and 5xx responses"
        )
    for name, value in (("type", type), ("detail", detail), ("instance", instance)):
        # RFC 9457, Section 3.1: each of these members is a string.
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name} must be a str or None, not {value.__class__.__name__}")
    for name in extensions:
        if name in RESERVED:
            raise ValueError(
                f"{name!r} cannot be an extension member: {_WHY_RESERVED[name]} "
                f"(the members {', '.join(RESERVED)} are defined by RFC 9457, Section 3.1)"
            )
    # With about:blank the title SHOULD be the status phrase (RFC 9457, Section 4.2.1).
    body: dict[str, object] = {
        "type": "about:blank" if type is None else type,
        "title": code.phrase,
        "status": int(code),
    }
    if detail is not None:
        body["detail"] = detail
    if instance is not None:
        body["instance"] = instance
    body.update(extensions)
    return body
