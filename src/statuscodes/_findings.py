"""The warning and the error by which the adapters report findings: exported by `statuscodes`,
so this module imports nothing that `import statuscodes` would not load anyway."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._data import Finding
    from ._reporting import Exchange


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
