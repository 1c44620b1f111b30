"""The statuscodes command, driven as a subprocess as users run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def run(*args: str, **environment: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "statuscodes", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="backslashreplace",
        env={**os.environ, "PYTHONIOENCODING": "utf-8:backslashreplace", **environment},
        timeout=60,
    )


def test_a_code_prints_its_facts_and_the_constant_to_paste() -> None:
    result = run("422")

    assert result.returncode == 0
    assert result.stdout.startswith("422 Unprocessable Content\n")
    assert "RFC 9110, Section 15.5.21" in result.stdout
    assert "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.21" in result.stdout
    assert "status.HTTP_422_UNPROCESSABLE_CONTENT" in result.stdout
    assert "Client Error" in result.stdout
    assert all(len(line) <= 80 for line in result.stdout.splitlines())


def test_a_close_code_says_whether_it_may_be_sent() -> None:
    result = run("1006")

    assert result.returncode == 0
    assert "1006 Abnormal Closure" in result.stdout
    assert "sendable:     no" in result.stdout


@pytest.mark.parametrize(
    ("words", "code"), [(("not", "found"), "404"), (("NOT_FOUND",), "404"), (("teapot",), "418")]
)
def test_names_phrases_and_words_find_the_code(words: tuple[str, ...], code: str) -> None:
    result = run(*words)

    assert result.returncode == 0
    assert result.stdout.startswith(code)


def test_unregistered_codes_say_what_they_are_treated_as() -> None:
    assert "not registered; treated as 400 Bad Request" in run("499").stdout
    assert "private use" in run("4001").stdout


@pytest.mark.parametrize(
    "argument", ["zzzz", "99999999999999999999", "-5", "ünïcödé", "x" * 100_000, "\udcff"]
)
def test_nothing_matched_exits_1_with_a_message(argument: str) -> None:
    result = run(argument)

    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("statuscodes:")
    assert len(result.stderr) < 1000


def test_empty_input_is_a_usage_error() -> None:
    assert run().returncode == 2
    assert run("").returncode == 1


def test_help_shows_examples() -> None:
    result = run("--help")

    assert result.returncode == 0
    assert "statuscodes 422" in result.stdout


def test_a_class_prints_a_table_that_fits_80_columns() -> None:
    result = run("4xx")

    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["400", "Bad", "Request"]
    assert len(lines) == 29
    assert all(len(line) <= 80 for line in lines)


def test_list_filters_by_registry_and_category() -> None:
    assert len(run("list").stdout.splitlines()) == 64 + 19
    assert len(run("list", "--ws").stdout.splitlines()) == 19
    assert len(run("list", "--http", "--category", "server-error").stdout.splitlines()) == 11
    assert run("list", "--category", "nonsense").returncode == 2
    assert run("list", "--category", "private").returncode == 1


def test_json_has_the_fields_of_the_python_api() -> None:
    facts = json.loads(run("404", "--json").stdout)

    assert facts["code"] == 404
    assert facts["phrase"] == "Not Found"
    assert facts["category"] == "CLIENT_ERROR"
    assert facts["reference"] == {
        "document": "RFC 9110",
        "section": "15.5.5",
        "url": "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5",
    }
    assert facts["is_client_error"] is True
    assert facts["constant"] == "status.HTTP_404_NOT_FOUND"
    table = json.loads(run("list", "--ws", "--json").stdout)
    assert [entry["code"] for entry in table][:3] == [1000, 1001, 1002]
    unregistered = json.loads(run("299", "--json").stdout)
    assert unregistered == {"code": 299, "registered": False, "treated_as": 200}


def _on_a_terminal(*args: str, **environment: str) -> str:
    """What the command prints when its stdout is a terminal (a pseudo-terminal here)."""
    import pty

    leader, follower = pty.openpty()
    environment = {key: value for key, value in {**os.environ, **environment}.items() if value}
    with subprocess.Popen(
        [sys.executable, "-m", "statuscodes", *args],
        stdout=follower,
        stderr=follower,
        env=environment,
    ) as process:
        os.close(follower)
        output = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closed: the command has finished
                break
            if not chunk:
                break
            output += chunk
        process.wait(timeout=60)
    os.close(leader)
    return output.decode("utf-8", "replace")


def test_colour_only_on_a_terminal_without_no_color() -> None:
    assert "\033[1m404 Not Found" in _on_a_terminal("404", NO_COLOR="")
    assert "\033[" not in _on_a_terminal("404", NO_COLOR="1")
    assert "\033[" not in run("404").stdout


def test_several_matches_print_one_line_each() -> None:
    result = run("too", "large")

    assert result.returncode == 0
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["413", "431"]


def test_a_closed_pipe_is_not_an_error() -> None:
    command = f"{sys.executable} -m statuscodes list | head -n 1"
    result = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=60)

    assert result.stdout.startswith(" 100")
    assert "Traceback" not in result.stderr


def test_a_number_lists_its_unofficial_meanings_after_the_registry() -> None:
    result = run("499")

    lines = result.stdout.splitlines()
    assert lines[0] == "499: not registered; treated as 400 Bad Request (RFC 9110)"
    assert "  nginx: Client Closed Request" in lines
    assert "  Esri ArcGIS: Token Required" in lines
    assert all(len(line) <= 80 for line in lines)
    registered = run("451").stdout
    assert registered.startswith("451 Unavailable For Legal Reasons")
    assert "statuscodes.unofficial.IIS.REDIRECT" in registered
    facts = json.loads(run("520", "--json").stdout)
    assert facts["treated_as"] == 500
    assert [entry["vendor"] for entry in facts["unofficial"]] == ["Cloudflare"]


def test_help_fits_80_columns() -> None:
    assert all(len(line) <= 80 for line in run("--help").stdout.splitlines())


def test_a_code_lists_the_header_fields_its_rfc_requires() -> None:
    result = run("401")

    assert result.returncode == 0
    assert "header rules:\n  MUST WWW-Authenticate (RFC 9110, Section 15.5.2)" in result.stdout
    assert "content:      allowed" in result.stdout


def test_json_carries_the_header_rules_with_their_references() -> None:
    facts = json.loads(run("401", "--json").stdout)

    assert facts["allows_content"] is True
    assert facts["is_cacheable_by_default"] is False
    [rule] = facts["header_rules"]
    assert (rule["field"], rule["level"], rule["when"]) == ("WWW-Authenticate", "MUST", None)
    assert rule["reference"]["url"].endswith("rfc9110.html#section-15.5.2")


def test_a_code_without_content_says_so() -> None:
    result = run("204")

    assert "content:      never" in result.stdout
    assert "cacheable:    by default" in result.stdout


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
def test_a_full_disk_is_a_one_line_error_not_a_traceback() -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "statuscodes", "404"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )

    assert result.returncode == 3
    assert result.stderr.startswith("statuscodes: cannot write the answer: ")
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("argument", ["404", "0404", "00404", "0000404", "0" * 30 + "404"])
def test_leading_zeros_are_accepted_however_many(argument: str) -> None:
    result = run(argument)

    assert result.returncode == 0
    assert result.stdout.startswith("404 Not Found\n")


def test_help_states_the_rules_for_numbers_and_exit_statuses() -> None:
    help_text = run("--help").stdout

    assert "leading zeros are ignored" in help_text
    assert "3 the answer could not be written" in help_text
