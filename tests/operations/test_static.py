"""`moot serve` collects the static files into hashed, compressed names before it starts
(WhiteNoise's manifest storage). Every file the front-end build ships must survive that: a
stylesheet or script naming a source map or image that the build did not copy stops the
server at start-up."""

from __future__ import annotations

from django.core.management import call_command


def test_the_built_front_end_collects_under_production_storage(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "moot.operations.staticfiles.StaticStorage"},
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    manifest = (tmp_path / "static" / "staticfiles.json").read_text()
    assert "swagger-ui/swagger-ui.css" in manifest
