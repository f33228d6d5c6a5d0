"""The pure rules of running Moot: how many server processes, reading MOOT_STORAGE_URL,
telling a backup of a newer schema, reading pg_dump's version."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.operations.backup import pg_dump_major, unknown_migrations
from moot.operations.config import ConfigurationError, parse_storage_url, storages_setting
from moot.operations.rules import MAX_DEFAULT_WORKERS, default_workers, workers_from

STATIC = "django.contrib.staticfiles.storage.StaticFilesStorage"


@given(st.one_of(st.none(), st.integers(min_value=-4, max_value=512)))
def test_the_default_number_of_workers_is_two_per_cpu_and_one_within_bounds(cpus):
    workers = default_workers(cpus)
    assert 2 <= workers <= MAX_DEFAULT_WORKERS
    if cpus and 1 <= cpus <= 3:
        assert workers == 2 * cpus + 1
    if cpus and cpus >= 4:
        assert workers == MAX_DEFAULT_WORKERS


@given(st.integers(min_value=1, max_value=64), st.text(max_size=5), st.integers(1, 64))
def test_the_option_wins_over_the_environment_and_the_cpu_count(option, environment, cpus):
    assert workers_from(option, environment, cpus) == option


@given(st.integers(min_value=1, max_value=999), st.integers(1, 64))
def test_moot_workers_wins_over_the_cpu_count(number, cpus):
    assert workers_from(None, f" {number} ", cpus) == number
    assert workers_from(None, "", cpus) == default_workers(cpus)


@pytest.mark.parametrize(
    ("option", "environment", "named"),
    [
        (0, "", "--workers 0"),
        (None, "zero", "MOOT_WORKERS 'zero'"),
        (None, "0", "MOOT_WORKERS '0'"),
    ],
)
def test_a_bad_number_of_workers_is_named(option, environment, named):
    with pytest.raises(ValueError, match=named):
        workers_from(option, environment, 2)


def test_no_storage_url_is_the_default_folder_which_follows_media_root():
    config = parse_storage_url("", default_folder="/srv/moot/media")
    assert config.kind == "folder" and config.default
    assert "OPTIONS" not in storages_setting(config, static_backend=STATIC)["default"]
    folder = parse_storage_url("file:///srv/docs", default_folder="/x")
    assert storages_setting(folder, static_backend=STATIC)["default"]["OPTIONS"] == {
        "location": "/srv/docs"
    }


def test_an_s3_url_gives_documents_and_builds_in_one_bucket():
    config = parse_storage_url(
        "s3://KEY:SECRET@council-moot/site?endpoint=http://127.0.0.1:9000&region=eu-west-2"
        "&addressing=path",
        default_folder="/x",
    )
    assert (config.bucket, config.prefix, config.endpoint, config.region) == (
        "council-moot",
        "site",
        "http://127.0.0.1:9000",
        "eu-west-2",
    )
    assert "SECRET" not in config.describe()
    storages = storages_setting(config, static_backend=STATIC)
    assert storages["default"]["OPTIONS"]["location"] == "site/media"
    assert storages["moot_builds"]["OPTIONS"]["location"] == "site/builds"
    assert storages["default"]["OPTIONS"]["access_key"] == "KEY"
    assert storages["default"]["OPTIONS"]["client_config"].s3 == {"addressing_style": "path"}


@pytest.mark.parametrize(
    ("url", "named"),
    [
        ("ftp://host/x", "only s3://BUCKET"),
        ("s3:///prefix", "the bucket name is missing"),
        ("s3://b?colour=blue", "unknown option 'colour'"),
        ("s3://b?endpoint=127.0.0.1:9000", "is not an http\\(s\\) address"),
        ("s3://b?addressing=sideways", "addressing is 'path' or 'virtual'"),
        ("file://relative/path", "file:///absolute/path"),
        ("s3://KEY:TOPSECRET@b?colour=x", "KEY:\\*\\*\\*@b"),
    ],
)
def test_a_storage_url_moot_cannot_use_is_refused_naming_the_fault(url, named):
    with pytest.raises(ConfigurationError, match=named) as refused:
        parse_storage_url(url, default_folder="/x")
    assert "MOOT_STORAGE_URL" in str(refused.value) and "TOPSECRET" not in str(refused.value)


names = st.from_regex(r"[0-9]{4}_[a-z]{1,8}", fullmatch=True)
schemas = st.dictionaries(
    st.sampled_from(["meetings", "documents", "auth"]), st.lists(names, max_size=4)
)


@given(schemas, schemas)
def test_a_backup_is_newer_exactly_when_it_has_a_migration_not_known_here(backup, here):
    known = {(app, name) for app, names in here.items() for name in names}
    unknown = unknown_migrations(backup, known)
    assert unknown == sorted(unknown)
    for app, names in backup.items():
        for name in names:
            assert (f"{app}.{name}" in unknown) == ((app, name) not in known)
    assert unknown_migrations(here, known) == []


@pytest.mark.parametrize(
    ("text", "major"),
    [
        ("pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)", 15),
        ("pg_dump (PostgreSQL) 9.6.24", 9),
        ("pg_dump (PostgreSQL) 17devel", 17),
        ("something else", None),
    ],
)
def test_pg_dump_versions_are_read(text, major):
    assert pg_dump_major(text) == major
