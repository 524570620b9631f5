"""``python -m cleaner``: the same command line as ``cleaner``."""

import sys

from cleaner.cli import main

sys.exit(main())
