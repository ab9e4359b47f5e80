"""Entry point of the frozen program: the same main() as the console script `tumorboard`.

Logging starts first so that a windowed build (no console: sys.stdout and
sys.stderr are None) records everything, tracebacks included, in the log file.
"""

import sys

from tumorboard.applog import setup_logging


def main() -> int:
    no_console = sys.stdout is None
    setup_logging()
    from ui.launcher import main as launcher_main

    argv = sys.argv[1:]
    if not argv and no_console:  # a double-click opens the window instead of printing help nowhere
        argv = ["gui"]
    return launcher_main(argv)


if __name__ == "__main__":
    sys.exit(main())
