"""The `moot` command's contract: JSON on stdout, exit codes, one-line errors."""

import json

import pytest

from moot import cli


@pytest.mark.django_db(transaction=True)
def test_load_example_reports_json_and_is_idempotent(capsys):
    assert cli.main(["load-example", "leicester-hwb", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["example"] == "leicester-hwb"
    assert cli.main(["load-example", "leicester-hwb", "--json"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert second == {"example": "leicester-hwb", "created": {}, "changed": False}


def test_unknown_example_is_bad_usage(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["load-example", "nowhere"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'nowhere'" in capsys.readouterr().err
