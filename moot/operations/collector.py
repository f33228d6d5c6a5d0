"""Python's cycle collector in a server process.

A page builds tens of thousands of short-lived objects (query rows, model instances, template
nodes), and every 700 new objects Python's collector walks the youngest generation; every
tenth of those walks the next, and so on, through the whole loaded application (Django, the
models, the templates): measured on the API's events list, about 40 % of a request's CPU.
Once the application is loaded (``moot.wsgi``), ``gc.freeze()`` moves everything alive into a
permanent generation the collector no longer walks, and a larger first threshold lets a
request's garbage be freed by reference counting, as most of it is, before a walk starts.
Cycles are still collected: less often, and without re-walking the application.
"""

from __future__ import annotations

import gc

# objects allocated (less those freed) before the youngest generation is walked; Python's
# default is 700
FIRST_THRESHOLD = 50_000


def settle() -> None:
    """Call once, after the application is loaded and before serving."""
    gc.collect()
    gc.freeze()
    _, second, third = gc.get_threshold()
    gc.set_threshold(FIRST_THRESHOLD, second, third)
