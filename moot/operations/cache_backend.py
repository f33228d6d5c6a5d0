"""Django's Redis cache, made to carry on while Redis is down (``ResilientRedisCache``);
and Django's file cache, made cheaper to write (``FileCache``, at the end).

While Redis is down, a page is rendered from the database (a read is a miss), nothing is
kept (a write is dropped) and the failed write of a page-cache version is reported to the
caller (``set_many`` returns the keys it could not set), so that
``moot.portal.cache.bump`` can try again from the job queue. After a failure this process
leaves Redis alone for ``RETRY_SECONDS`` instead of paying a connection attempt on every
request; that is state about reachability only, never about the record. ``ping`` raises,
for the health check and the start-up check.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import pickle
import tempfile
import time
import zlib

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger("moot.cache")

RETRY_SECONDS = 2.0


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        params = dict(params)
        options = {"socket_connect_timeout": 1.0, "socket_timeout": 1.0}
        options.update(params.get("OPTIONS") or {})
        params["OPTIONS"] = options
        super().__init__(server, params)
        self._down_until = 0.0

    # --- reachability ---------------------------------------------------------------

    def _errors(self) -> tuple[type[BaseException], ...]:
        import redis

        return (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError)

    def _available(self) -> bool:
        return time.monotonic() >= self._down_until

    def _failed(self, error: BaseException) -> None:
        if self._available():
            logger.warning("moot.cache.unreachable %s: %s", self._servers[0], error)
        self._down_until = time.monotonic() + RETRY_SECONDS

    def _try(self, default, method, *args, **kwargs):
        if not self._available():
            return default
        try:
            return method(*args, **kwargs)
        except self._errors() as error:
            self._failed(error)
            return default

    def ping(self) -> None:
        """Raise (redis.ConnectionError and friends) if Redis cannot be reached."""
        self._cache.get_client(write=True).ping()
        self._down_until = 0.0

    # --- the cache API ----------------------------------------------------------------

    def get(self, key, default=None, version=None):
        return self._try(default, super().get, key, default, version)

    def get_many(self, keys, version=None):
        return self._try({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._try(False, super().has_key, key, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._try(False, super().add, key, value, timeout, version)

    def set(self, key, value, *args, **kwargs):
        return self._try(None, super().set, key, value, *args, **kwargs)

    def set_many(self, data, *args, **kwargs):
        return self._try(list(data), super().set_many, data, *args, **kwargs)

    def touch(self, key, *args, **kwargs):
        return self._try(False, super().touch, key, *args, **kwargs)

    def delete(self, key, version=None):
        return self._try(False, super().delete, key, version)

    def delete_many(self, keys, version=None):
        return self._try(None, super().delete_many, keys, version)

    def incr(self, key, delta=1, version=None):
        # A counter that cannot be read is the ValueError of Django's cache API (a missing
        # key), on which the rate limiter fails open; never a silent zero.
        if not self._available():
            raise ValueError("the cache is unreachable")
        try:
            return super().incr(key, delta, version)
        except self._errors() as error:
            self._failed(error)
            raise ValueError("the cache is unreachable") from error

    def clear(self):
        return self._try(False, super().clear)


class FileCache(FileBasedCache):
    """Django's file cache (the default shared cache of one machine, under MOOT_DATA_DIR),
    made cheaper to write; its files are Django's, read and written alike by both.

    - Django lists every file of the folder on every write, to see whether it holds more
      than ``MAX_ENTRIES`` and must make room (about 6 ms a page written, with a few
      hundred files). Here the folder is listed on one write in ``CULL_EVERY`` of this
      process, so it may hold up to ``CULL_EVERY`` more files for each process before room
      is made; nothing else changes (expired entries are still removed when read).
    - Django compresses every entry at zlib's default level 6; here at level
      ``COMPRESSION`` (1, the fastest): a zlib stream all the same, which Django reads the
      same way, a little larger on disk.
    - Django renames its new file over the old one; here the old one is removed first. On
      ext4 (and other file systems that do the same), a rename over an existing file makes
      the kernel write the new file's data out at once (``auto_da_alloc``), which took 1 to
      3 ms a page on the benchmarks' machine, about as long as reading the page's record
      (docs/benchmarks.md, "Scale"); a rename to a free name does not. A reader between
      the two sees no file, which is a miss; it still never sees a partly written one.
    """

    CULL_EVERY = 64
    COMPRESSION = 1
    _writes: dict[str, itertools.count] = {}  # this process's writes, per folder

    def _cull(self):
        writes = self._writes.setdefault(self._dir, itertools.count())
        if next(writes) % self.CULL_EVERY == 0:
            super()._cull()

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._createdir()  # the folder may have been removed since
        name = self._key_to_file(key, version)
        self._cull()
        descriptor, written = tempfile.mkstemp(dir=self._dir)
        try:
            with open(descriptor, "wb") as file:
                self._write_content(file, timeout, value)
            with contextlib.suppress(FileNotFoundError):
                os.remove(name)
            os.rename(written, name)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.remove(written)
            raise

    def _write_content(self, file, timeout, value):
        expiry = self.get_backend_timeout(timeout)
        file.write(pickle.dumps(expiry, self.pickle_protocol))
        file.write(zlib.compress(pickle.dumps(value, self.pickle_protocol), self.COMPRESSION))
