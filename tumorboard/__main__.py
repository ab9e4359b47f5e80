import sys

from tumorboard.cli import main

sys.exit(main())
