import os

from django.core.wsgi import get_wsgi_application

from moot.operations.collector import settle

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moot.settings")
application = get_wsgi_application()

# The loaded application is not walked by the cycle collector again (moot.operations.collector).
settle()
