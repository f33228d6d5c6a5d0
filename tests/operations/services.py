"""Services a production test starts on loopback and stops: an S3-compatible object store
(moto's server mode, from PyPI), a Redis server of its own (Debian's redis-server) and
`moot serve` processes, each with its own data folder as if on its own machine."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent
BUCKET = "moot-test"
S3_KEYS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, what: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} stopped at start-up (exit {process.returncode})")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not listen on port {port} within {seconds} s")


def stop(process: subprocess.Popen, sig: int = signal.SIGTERM) -> None:
    """Stop a process this test started (its own group: gunicorn's workers too)."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)


@dataclass
class ObjectStore:
    endpoint: str
    process: subprocess.Popen

    def url(self, prefix: str) -> str:
        return f"s3://{BUCKET}/{prefix}?endpoint={self.endpoint}&region=us-east-1&addressing=path"

    def client(self):
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            region_name="us-east-1",
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
        )

    def upload_folder(self, folder: Path, prefix: str) -> int:
        """Copy a document folder into the store (what moving to an object store does)."""
        client, count = self.client(), 0
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file():
                key = f"{prefix}/{path.relative_to(folder).as_posix()}"
                client.upload_file(str(path), BUCKET, key)
                count += 1
        return count

    def keys(self, prefix: str) -> list[str]:
        pages = (
            self.client().get_paginator("list_objects_v2").paginate(Bucket=BUCKET, Prefix=prefix)
        )
        return sorted(o["Key"] for page in pages for o in page.get("Contents", []))


def start_object_store() -> ObjectStore:
    port = free_port()
    process = subprocess.Popen(
        [str(BIN / "moto_server"), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    wait_for_port(port, process, "moto_server")
    store = ObjectStore(f"http://127.0.0.1:{port}", process)
    store.client().create_bucket(Bucket=BUCKET)
    return store


@dataclass
class Redis:
    url: str
    port: int
    process: subprocess.Popen | None
    folder: Path | None = None

    def restart(self) -> None:
        assert self.folder is not None
        self.process = _redis_process(self.port, self.folder)

    def stop(self) -> None:
        if self.process is not None:
            stop(self.process)


def _redis_process(port: int, folder: Path) -> subprocess.Popen:
    process = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(folder),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    wait_for_port(port, process, "redis-server")
    return process


def start_redis(folder: Path) -> Redis:
    """A Redis server of the test's own on a free port (so it can be stopped); without
    redis-server, the machine's Redis at 127.0.0.1:6379, database 7 (MOOT_TEST_REDIS_URL)."""
    if shutil.which("redis-server"):
        port = free_port()
        return Redis(f"redis://127.0.0.1:{port}/0", port, _redis_process(port, folder), folder)
    url = os.environ.get("MOOT_TEST_REDIS_URL", "redis://127.0.0.1:6379/7")
    return Redis(url, 6379, None)


def postgres_url() -> str:
    """The test database as a URL, for servers started by a test (PostgreSQL only)."""
    from django.db import connection

    s = connection.settings_dict
    if connection.vendor != "postgresql":
        pytest.skip(
            "needs PostgreSQL (DATABASE_URL=postgres://...): servers on two ports "
            "cannot share the test run's SQLite database, which lives in memory"
        )
    user = s.get("USER") or ""
    password = f":{s['PASSWORD']}" if s.get("PASSWORD") else ""
    auth = f"{user}{password}@" if user else ""
    return f"postgres://{auth}{s.get('HOST') or '127.0.0.1'}:{s.get('PORT') or 5432}/{s['NAME']}"


@dataclass
class Server:
    port: int
    data: Path
    process: subprocess.Popen
    log: Path
    base: str = ""
    cookies: dict = field(default_factory=dict)

    def __post_init__(self):
        self.base = f"http://127.0.0.1:{self.port}"

    def get(self, path: str, **kwargs):
        import requests

        return requests.get(self.base + path, cookies=self.cookies, timeout=60, **kwargs)

    def post(self, path: str, data=None, files=None, **kwargs):
        import requests

        return requests.post(
            self.base + path,
            data=data,
            files=files,
            cookies=self.cookies,
            timeout=60,
            allow_redirects=False,
            **kwargs,
        )


def server_environment(*, database: str, redis: str, storage: str, data: Path) -> dict:
    from django.conf import settings

    env = {k: v for k, v in os.environ.items() if k not in {"MOOT_TESTING", "MOOT_DEBUG"}}
    env.update(S3_KEYS)
    env.update(
        DATABASE_URL=database,
        MOOT_CACHE_URL=redis,
        MOOT_STORAGE_URL=storage,
        MOOT_DATA_DIR=str(data),
        MOOT_SECRET_KEY=settings.SECRET_KEY,
        MOOT_ALLOWED_HOSTS="127.0.0.1",
        MOOT_SSL_REDIRECT="0",
        PYTHONUNBUFFERED="1",
    )
    return env


_COLLECTED: list[Path] = []  # the static files collected once for this test process


def seed_static(folder: Path, env: dict, data: Path) -> None:
    """Give the data folder ``data`` static files already collected (and stamped current),
    collected once per test process: each `moot serve` then finds them current and skips
    collectstatic (moot.operations.staticfiles), instead of every server compressing the
    whole front end again at start-up."""
    if not _COLLECTED:
        seed = folder / "static-seed"
        code = (
            "import django; django.setup()\n"
            "from moot.operations.staticfiles import collect_static; collect_static()"
        )
        subprocess.run(  # noqa: S603 - this interpreter, fixed code
            [sys.executable, "-c", code],
            env={**env, "MOOT_DATA_DIR": str(seed)},
            check=True,
            timeout=600,
        )
        _COLLECTED.append(seed / "static")
    shutil.copytree(_COLLECTED[0], data / "static", dirs_exist_ok=True)


def launch_server(folder: Path, env: dict, *, workers: int = 1) -> Server:
    """Start `moot serve` (not yet waiting for it to listen: start several, then wait)."""
    port = free_port()
    data = Path(env["MOOT_DATA_DIR"])
    data.mkdir(parents=True, exist_ok=True)
    log = folder / f"serve-{port}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(BIN / "moot"), "serve", "--port", str(port), "--workers", str(workers)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return Server(port, data, process, log)


def wait_for_server(server: Server) -> Server:
    try:
        wait_for_port(server.port, server.process, "moot serve", seconds=90)
    except RuntimeError as error:
        raise RuntimeError(f"{error}\n{server.log.read_text(errors='replace')[-3000:]}") from None
    return server


def start_server(folder: Path, env: dict, *, workers: int = 1) -> Server:
    return wait_for_server(launch_server(folder, env, workers=workers))


def small_pdf(text: str) -> bytes:
    """A one-page tagged PDF with ``text`` on it (WeasyPrint, as Moot renders)."""
    from moot.documents.services import render_text_pdf

    return render_text_pdf(title=text, text=text)


def as_file(data: bytes):
    return io.BytesIO(data)
