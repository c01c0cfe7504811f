"""Fault injection: the fixtures every safety test shares.

``listener`` is a loopback HTTP server that records every request (Saxon and libxml2 open
their own sockets, which no Python-level guard sees); ``no_python_network`` makes any
Python socket connection outside loopback fail loudly; ``run`` calls the real CLI
in-process and checks what every command must do on any input: the documented exit code,
no Python traceback.
"""
from __future__ import annotations

import hashlib
import http.server
import os
import socket
import stat
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from teikit.cli import app
from teikit.errors import ExitCode
from teikit.output import TEMP_PREFIX

DOCUMENTED_EXIT_CODES = {int(code) for code in ExitCode}  # README, "Exit codes"


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 (http.server's name)
        type(self).hits.append(self.path)
        body = b'<!ENTITY leak "LEAKED">'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def _server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()


@pytest.fixture
def listener(_server):
    """The loopback listener's base URL; the test fails if anything fetched from it."""
    _Recorder.hits.clear()
    yield f"http://127.0.0.1:{_server.server_address[1]}"
    assert _Recorder.hits == [], f"teikit fetched {_Recorder.hits} over the network"


@pytest.fixture(autouse=True)
def no_python_network(monkeypatch):
    """A socket guard: Python code may not connect anywhere but loopback."""
    real_connect = socket.socket.connect

    def guarded(sock, address):
        host = address[0] if isinstance(address, tuple) else address
        if sock.family in (socket.AF_INET, socket.AF_INET6) and host not in ("127.0.0.1", "::1"):
            raise AssertionError(f"network connection attempted to {address}")
        return real_connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


class Result:
    def __init__(self, invoked):
        self.code = invoked.exit_code
        self.output = invoked.output
        self.exception = invoked.exception


@pytest.fixture
def run():
    """Run ``teikit ARGS…`` in-process; assert a documented exit code and no traceback."""
    runner = CliRunner()

    def invoke(*args) -> Result:
        invoked = runner.invoke(app, [str(a) for a in args])
        result = Result(invoked)
        assert "Traceback" not in result.output, result.output
        assert result.exception is None or isinstance(result.exception, SystemExit), \
            repr(result.exception)
        assert result.code in DOCUMENTED_EXIT_CODES, (result.code, result.output)
        return result

    return invoke


def snapshot(folder: Path) -> dict[str, tuple]:
    """Every entry under ``folder``: its kind, mode and (for files) content digest."""
    state = {}
    for path in sorted(Path(folder).rglob("*")):
        info = os.lstat(path)
        digest = ""
        if stat.S_ISREG(info.st_mode) and info.st_size > 1 << 24:
            digest = f"{info.st_size}:{info.st_mtime_ns}"  # the sparse "too big" input
        elif stat.S_ISREG(info.st_mode):
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        state[str(path.relative_to(folder))] = (stat.S_IFMT(info.st_mode),
                                                stat.S_IMODE(info.st_mode), digest)
    return state


def temporaries(folder: Path) -> list[Path]:
    return [p for p in Path(folder).rglob(f"{TEMP_PREFIX}*")]
