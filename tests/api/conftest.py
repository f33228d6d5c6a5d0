# The planted-marker fixtures of the portal's crawl, for the API's crawl.
from tests.portal.test_exempt_never_leaks import marker, needle, token  # noqa: F401
