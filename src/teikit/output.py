"""Writing outputs safely: every file and folder teikit writes goes through this module.

A file is written to a temporary file in its destination folder, flushed to disk and renamed
into place, so a reader (or a crash) sees the old file or the new one, never a part. A folder
of outputs (the HTML edition and its assets) is assembled beside its destination and swapped
in the same way. New files get the mode the umask gives (0644 under umask 022); a replaced
file keeps its mode. Temporary files carry ``TEMP_PREFIX`` and the writer's process id: they
are removed on error and on SIGINT/SIGTERM (see ``teikit.cli``), and the next run removes
those whose process is gone.

The checks that protect a user's files live here too (``check_target``): no existing file is
replaced unless the caller says so (``--force``), never a device or FIFO, never an input.
"""
from __future__ import annotations

import ctypes
import os
import shutil
import stat
import threading
from contextlib import contextmanager
from pathlib import Path

from teikit.errors import UsageError, io_error
from teikit.inputs import kind

#: Every temporary file or folder teikit creates starts with this (then the process id).
TEMP_PREFIX = ".teikit-tmp-"
_umask_lock = threading.Lock()


def write_file(path: str | Path, data: bytes, *, force: bool = False,
               inputs: tuple = ()) -> Path:
    """Write ``data`` to ``path`` atomically; refuse to replace a file unless ``force``."""
    path = Path(path)
    with _staged(path, force=force, inputs=inputs, folder=False) as (temp, old_mode):
        _write_new(temp, data, old_mode if old_mode is not None else new_file_mode())
        os.replace(temp, path)
    return path


def write_folder(path: str | Path, files: dict[str, bytes], *, copy_trees: dict[str, Path] | None = None,
                 force: bool = False, inputs: tuple = ()) -> Path:
    """Write a folder of outputs: assembled beside ``path``, then swapped in whole.

    ``files`` maps relative names to contents; ``copy_trees`` maps relative folder names to
    folders copied into the new one (the assets). With ``force`` an existing folder is
    replaced whole (its other files go with it); without, an existing non-empty folder is
    refused.
    """
    path = Path(path)
    with _staged(path, force=force, inputs=inputs, folder=True) as (temp, old_mode):
        os.mkdir(temp, 0o700)
        files = dict(files)  # the caller's dict stays as it was
        for name, source in (copy_trees or {}).items():
            for file in sorted(Path(source).rglob("*")):
                if file.is_file():
                    files[f"{name}/{file.relative_to(source).as_posix()}"] = file.read_bytes()
        for name, data in files.items():
            target = temp / name
            _make_dirs(temp, target.parent)
            _write_new(target, data, new_file_mode())
        os.chmod(temp, old_mode if old_mode is not None else new_folder_mode())
        _swap_in(temp, path)
    return path


@contextmanager
def _staged(path: Path, *, force: bool, inputs: tuple, folder: bool):
    """The temporary beside ``path`` that a write fills and renames into place, with the mode
    of what it replaces: removed on any error (an OSError becomes teikit's I/O error, naming
    ``path``); the folder is synced after the rename."""
    old_mode = check_target(path, force=force, inputs=inputs, folder=folder)
    directory = _parent(path)
    clean_stale(directory)
    temp = _temp_path(directory, path.name)
    try:
        yield temp, old_mode
    except BaseException as error:
        _remove(temp)
        if isinstance(error, OSError):
            raise io_error(error, path, "write") from None
        raise
    _fsync_dir(directory)


def check_target(path: Path, *, force: bool, inputs: tuple = (), folder: bool) -> int | None:
    """Refuse an output that would destroy something; return the mode of what it replaces."""
    _parent(path)
    for source in inputs:
        if _same_file(path, Path(source)):
            raise UsageError(f"the output is the input {source}; teikit never writes over "
                             "its input", path=str(path))
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise io_error(error, path, "write") from None
    if stat.S_ISDIR(info.st_mode) != folder:
        if folder:
            raise UsageError("is a file; this output is a folder (give a folder name)",
                             path=str(path))
        if stat.S_ISDIR(info.st_mode):
            raise UsageError("is a folder; this output is a file (give a file name)",
                             path=str(path))
    if not folder and not stat.S_ISREG(info.st_mode):
        raise UsageError(f"is {kind(info.st_mode)}; teikit writes only regular files",
                         path=str(path))
    if folder and not force and not any(Path(path).iterdir()):
        return stat.S_IMODE(info.st_mode)  # an empty folder holds nothing to lose
    if not force:
        what = "folder" if folder else "file"
        raise UsageError(f"output {what} exists; pass --force to replace it", path=str(path))
    return stat.S_IMODE(info.st_mode)


def new_file_mode() -> int:
    """The mode the user's umask gives a new file (0644 under umask 022)."""
    return 0o666 & ~_umask()


def new_folder_mode() -> int:
    return 0o777 & ~_umask()


def clean_stale(directory: Path) -> list[Path]:
    """Remove temporary files and folders left in ``directory`` by teikit runs now dead."""
    removed = []
    try:
        names = os.listdir(directory)
    except OSError:
        return removed
    for name in names:
        if not name.startswith(TEMP_PREFIX):
            continue
        pid = name[len(TEMP_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            _remove(directory / name)
            removed.append(directory / name)
    return removed


def staging_folder(directory: Path, name: str) -> Path:
    """A new folder in ``directory`` where a run assembles outputs before renaming them into
    place: named with ``TEMP_PREFIX`` and the process id, so that the next run's
    `clean_stale` removes it if this one dies; the umask's folder mode, which what is renamed
    out of it keeps. Stale folders of dead runs are removed first."""
    directory = Path(directory)
    clean_stale(directory)
    folder = _temp_path(directory, name)
    os.mkdir(folder, 0o700)
    os.chmod(folder, new_folder_mode())
    return folder


def _parent(path: Path) -> Path:
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        what = "is not a folder" if directory.exists() else "does not exist"
        raise UsageError(f"the output's folder {what}", path=str(directory))
    return directory


def _temp_path(directory: Path, name: str) -> Path:
    return directory / f"{TEMP_PREFIX}{os.getpid()}-{os.urandom(4).hex()}-{name}"


def _umask() -> int:
    with _umask_lock:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def _write_new(path: Path, data: bytes, mode: int) -> None:
    """Create ``path`` (it must not exist), write, set ``mode``, flush to disk: every byte
    teikit writes goes through here."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fchmod(handle.fileno(), mode)
        os.fsync(handle.fileno())


def _make_dirs(top: Path, folder: Path) -> None:
    """Create ``folder`` and its parents up to ``top`` with the umask's folder mode."""
    if folder == top or folder.is_dir():
        return
    _make_dirs(top, folder.parent)
    os.mkdir(folder)
    os.chmod(folder, new_folder_mode())


def swap_folder(new: Path, path: Path) -> None:
    """Put folder ``new`` (made beside ``path``) at ``path``: readers see the old folder or the
    new one, never a mix; an atomic exchange where the kernel offers one."""
    _swap_in(Path(new), Path(path))


def _swap_in(new: Path, path: Path) -> None:
    """Put folder ``new`` at ``path``: an atomic exchange where the kernel offers one."""
    if not path.exists():
        os.rename(new, path)
        return
    if _exchange(new, path):
        shutil.rmtree(new)  # ``new`` now holds the old folder
        return
    old = _temp_path(path.parent, path.name + ".old")
    os.rename(path, old)
    try:
        os.rename(new, path)
    except BaseException:
        os.rename(old, path)
        raise
    shutil.rmtree(old)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """renameat2(RENAME_EXCHANGE): swap two paths atomically (Linux); False if unavailable."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove(path: Path) -> None:
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            os.unlink(path)
    except FileNotFoundError:
        pass
    except OSError:
        pass


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
