# The work happens in a child Python process; the parent only waits for it.
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.exit(subprocess.call([sys.executable, os.path.join(here, "hot.py")] + sys.argv[1:]))
