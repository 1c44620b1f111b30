"""Shared fixtures: the IANA snapshots vendored in tests/data, read independently of the table."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import NamedTuple

DATA = Path(__file__).parent / "data"


class IanaRow(NamedTuple):
    value: int
    description: str
    reference: str


def read_iana(name: str) -> list[IanaRow]:
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return [
        IanaRow(int(row["value"]), row["description"], row["reference"])
        for row in csv.DictReader(lines)
    ]


IANA_HTTP = read_iana("http-status-codes.csv")
IANA_WS = read_iana("websocket-close-codes.csv")
