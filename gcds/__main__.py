"""``python -m gcds``: the ``gcds`` command."""

import sys

from .cli import main

sys.exit(main())
