import os

os.environ.setdefault("MOOT_TESTING", "1")
