"""Production settings: secure by default, configured from the environment."""

import os
import subprocess
import sys


def _moot(*args, env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("MOOT_", "DATABASE_URL"))}
    return subprocess.run(
        [sys.executable, "-m", "moot.cli", *args],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_in_production_settings(tmp_path):
    result = _moot(
        "manage",
        "check",
        "--deploy",
        env={
            "MOOT_SECRET_KEY": "a-production-secret-" + "x" * 50,
            "MOOT_ALLOWED_HOSTS": "moot.example.org",
            "MOOT_DATA_DIR": str(tmp_path),
        },
    )
    assert result.returncode == 0, result.stderr
    assert "no issues (0 silenced)" in result.stdout


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    result = _moot("manage", "check", env={"MOOT_DATA_DIR": str(tmp_path)})
    assert result.returncode == 1
    assert result.stderr.startswith("moot manage: MOOT_SECRET_KEY must be set")
    assert "Traceback" not in result.stderr
