"""The warning and the error by which the adapters report findings: exported by `statuscodes`,
so this module imports nothing that `import statuscodes` would not load anyway."""

from __future__ import annotations

# The same classes as collections.abc, which would import collections (~7M instructions on 3.13).
from _collections_abc import Iterable, Mapping

from ._data import Finding


class Exchange:
    """One request and its response, as an adapter saw them: what a callable `on_finding` gets
    beside the findings. (A plain class: a NamedTuple would import typing with the package.)"""

    __slots__ = (
        "content",
        "content_length",
        "headers",
        "method",
        "request_headers",
        "status",
        "target",
    )

    def __init__(
        self,
        method: str,
        target: str | None,
        status: int,
        headers: Mapping[object, object] | Iterable[object],
        request_headers: Mapping[object, object] | Iterable[object] | None = None,
        content: bytes | None = None,
        content_length: int | None = None,
    ) -> None:
        self.method = method
        self.target = target  #: path?query, or the URL for a client
        self.status = status
        self.headers = headers
        self.request_headers = request_headers
        self.content = content  #: the whole body, only when it was kept
        self.content_length = content_length  #: bytes sent, when counted

    def __repr__(self) -> str:
        return f"Exchange({self.method} {self.target} -> {self.status})"


class ResponseRuleWarning(UserWarning):
    """A response broke an RFC rule: what `on_finding="warn"` emits, one warning per finding.

    A `UserWarning`, so `-W error::statuscodes.ResponseRuleWarning` and pytest's
    `filterwarnings` turn it into an error.

    >>> issubclass(ResponseRuleWarning, UserWarning)
    True
    """

    __module__ = "statuscodes"


class ResponseRuleError(AssertionError):
    """A response broke RFC rules: what `on_finding="raise"` raises once the response is sent.

    Its `findings` are the list the check returned; its message lists them, one a line.
    """

    __module__ = "statuscodes"

    findings: list[Finding]  #: what the check found, in its order
    exchange: Exchange  #: the request and the response they were found in

    def __init__(self, findings: list[Finding], exchange: Exchange) -> None:
        self.findings = findings
        self.exchange = exchange
        super().__init__(describe(findings, exchange))


def describe(findings: list[Finding], exchange: Exchange) -> str:
    """The findings as lines under one heading naming the request."""
    target = f" {exchange.target}" if exchange.target is not None else ""
    lines = "".join(f"\n  {finding.level}: {finding.message}" for finding in findings)
    heading = f"{exchange.method}{target} -> {exchange.status}"
    return f"{heading}: {len(findings)} RFC rule(s) broken:{lines}"
