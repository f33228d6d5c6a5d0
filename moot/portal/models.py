"""The portal keeps no rows of its own: its page cache's versions live in the shared cache
(``moot.portal.cache``)."""
