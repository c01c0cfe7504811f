"""Reading a user's file: regular files only, a bounded size, OS errors as exit code 2.

Every file teikit reads on a user's behalf (raw texts, editions, user schemas) is read
here. A FIFO or a device would block or never end (``/dev/zero``), so anything but a
regular file is refused before a byte is read; the size is checked on the open file, and
the read stops one byte past the limit so that a file growing meanwhile is refused too.
"""
from __future__ import annotations

import io
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from teikit.errors import InputError, UsageError, io_error

#: The largest input teikit reads (bytes): 256 MiB, about a hundred times a long book.
MAX_INPUT_BYTES = 256 * 1024 * 1024


@contextmanager
def open_input(path: str | Path, limit: int | None = None) -> Iterator[BinaryIO]:
    """A regular file opened for reading, bounded to ``limit`` bytes: reading past the limit
    raises InputError (3), so a parser streaming from it holds no copy of the whole file.
    UsageError (2) for OS problems and non-regular files."""
    label = str(path)
    limit = MAX_INPUT_BYTES if limit is None else limit
    try:
        # O_NONBLOCK: opening a FIFO with no writer must not hang; it is refused just below.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise UsageError("no such file", path=label) from None
    except IsADirectoryError:
        raise UsageError("is a folder, not a file", path=label) from None
    except OSError as error:
        raise io_error(error, label, "read") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UsageError("is a folder, not a file", path=label)
        if not stat.S_ISREG(info.st_mode):
            raise UsageError(f"is not a regular file ({kind(info.st_mode)}); teikit reads only "
                             "regular files", path=label)
        if info.st_size > limit:
            raise InputError(too_big(info.st_size, limit), path=label)
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as stream:
            yield _Bounded(stream, limit, label)
    except OSError as error:
        raise io_error(error, label, "read") from None
    finally:
        os.close(fd)


class _Bounded(io.RawIOBase):
    """A read-only stream that refuses to go past ``limit`` bytes (a file growing meanwhile)."""

    def __init__(self, stream: BinaryIO, limit: int, label: str) -> None:
        super().__init__()
        self._stream, self._limit, self._label, self._count = stream, limit, label, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        self._count = self._stream.seek(offset, whence)
        return self._count

    def tell(self) -> int:
        return self._count

    def read(self, size: int = -1) -> bytes:
        wanted = self._limit + 1 - self._count
        data = self._stream.read(wanted if size is None or size < 0 else min(size, wanted))
        self._count += len(data)
        if self._count > self._limit:
            raise InputError(too_big(self._count, self._limit), path=self._label)
        return data

    def readinto(self, buffer) -> int:  # noqa: ANN001 - io's own signature
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def read_input(path: str | Path, limit: int | None = None, head: int | None = None) -> bytes:
    """The bytes of a regular file (only its first ``head`` bytes when given); UsageError (2)
    for OS problems and non-regular files, InputError (3) if too big."""
    with open_input(path, limit) as stream:
        return stream.read() if head is None else stream.read(head)


def kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISDIR, "a folder")):
        if test(mode):
            return name
    return "not a regular file"


def too_big(size: int, limit: int) -> str:
    return (f"the file is larger than teikit reads ({size:,} bytes; the limit is "
            f"{limit:,} bytes)")
