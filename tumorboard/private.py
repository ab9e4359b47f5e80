"""Patient data stays private on disk: every file the program writes is readable by its owner
only (0600) and every folder it makes is 0700, on POSIX, whatever the umask. (On Windows the
files live under the user's profile, whose folder permissions already keep others out.)

The CLI and the GUI also set the process umask to 077 at start (`restrict_umask`), so files
made by libraries (SQLite's -wal/-shm, a rotated log) are private from their first byte; the
functions below set the modes explicitly as well, for callers that use the services as a library.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from tumorboard.i18n import msg

FILE_MODE = 0o600
DIR_MODE = 0o700
POSIX = sys.platform != "win32"


def restrict_umask() -> None:
    """New files and folders of this process: owner only."""
    if POSIX:
        os.umask(0o077)


def make_private(path: str | os.PathLike[str]) -> None:
    """Owner read/write only (a file) or owner only (a folder); silently skips a file we do not own."""
    if not POSIX:
        return
    p = Path(path)
    with contextlib.suppress(OSError):
        if p.is_dir():
            os.chmod(p, DIR_MODE)
        elif p.exists():
            os.chmod(p, FILE_MODE)


def private_folder(path: str | os.PathLike[str]) -> Path:
    """Create the program's own folder (data, log, backups) owner-only; an existing one is made so.
    Only for the program's folders: never for a folder the user chose to save into."""
    p = Path(path)
    missing = []
    for parent in [p, *p.parents]:
        if parent.exists():
            break
        missing.append(parent)
    p.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    for made in missing:
        make_private(made)
    make_private(p)
    return p


def create_private_file(path: str | os.PathLike[str]) -> int:
    """Create a new, empty file that is owner-only from the start; refuse an existing one (FileExistsError)."""
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)
    return os.open(path, flags, FILE_MODE)


def private_opener(path: str, flags: int) -> int:
    """`open(..., opener=private_opener)`: a file created by it is 0600."""
    fd = os.open(path, flags, FILE_MODE)
    if POSIX:
        with contextlib.suppress(OSError):
            os.fchmod(fd, FILE_MODE)
    return fd


def user_path(text: str | os.PathLike[str], what: str = "file") -> Path:
    """A file name the user gave (--db, -o, a restore file), made absolute, or StorageError in words:
    an unknown ~user, a name longer than the file system allows, a folder part that is a file."""
    from tumorboard.errors import StorageError

    raw = os.fspath(text)
    try:
        path = Path(raw).expanduser()
    except RuntimeError:  # ~nosuchuser
        user = raw.split("/", 1)[0].split("\\", 1)[0]
        raise StorageError(msg("The {what} {raw!r} starts with {user}, but there is no user {user2!r} on this "
                               "computer whose home folder it could mean. Give the full path.",
                               what=what, raw=raw, user=user, user2=user[1:])) from None
    path = path.absolute()
    limit = 255
    for part in path.parts[1:]:
        size = len(os.fsencode(part))
        if size > limit:
            raise StorageError(msg("The {what} name {part}… is {size} bytes long; file systems allow at most "
                                   "{limit}. Choose a shorter name.",
                                   what=what, part=part[:40], size=size, limit=limit))
    for parent in path.parents:
        try:
            if parent.exists():
                if not parent.is_dir():
                    raise StorageError(msg("The {what} {path} cannot be used: {parent} is a file, not a folder.", what=what, path=path, parent=parent))
                break
        except OSError as exc:
            raise StorageError(msg("The {what} {path} cannot be used: {reason}.", what=what, path=path, reason=exc.strerror)) from None
    return path
