import pytest

from moot.ingest.names import NameParts, normalise_name


@pytest.mark.parametrize(
    ("raw", "honorific", "given", "family", "key"),
    [
        ("Councillor Vi Dempster", "Councillor", "Vi", "Dempster", "vi dempster"),
        ("Cllr. Vi  Dempster", "Cllr", "Vi", "Dempster", "vi dempster"),
        ("Dempster, Vi (Councillor)", "Councillor", "Vi", "Dempster", "vi dempster"),
        ("DEMPSTER, Vi", "", "Vi", "Dempster", "vi dempster"),
        ("Councillor Dempster", "Councillor", "", "Dempster", "dempster"),
        ("Councillors Dempster", "Councillor", "", "Dempster", "dempster"),
        ("Professor Azhar Faroogi", "Professor", "Azhar", "Faroogi", "azhar faroogi"),
        ("Prof Azhar Farooqi", "Professor", "Azhar", "Farooqi", "azhar farooqi"),
        (
            "Chief Superintendent, Adam Streets",
            "Chief Superintendent",
            "Adam",
            "Streets",
            "adam streets",
        ),
        ("Professor Dame Sally Davies OBE", "Professor Dame", "Sally", "Davies", "sally davies"),
        ("Dr Katherine Packham (Chair)", "Dr", "Katherine", "Packham", "katherine packham"),
        ("Mr J.A. Smith", "Mr", "J A", "Smith", "j a smith"),
        ("Councillor Piara Singh Clair", "Councillor", "Piara Singh", "Clair", "piara singh clair"),
        ("Ludwig van Beethoven", "", "Ludwig", "van Beethoven", "ludwig van beethoven"),
        ("Sam O'Neil", "", "Sam", "O'Neil", "sam oneil"),
        ("Zoë Ångström", "", "Zoë", "Ångström", "zoe angstrom"),
        ("  Rupert\u00a0Matthews ,", "", "Rupert", "Matthews", "rupert matthews"),
        ("Jack Ma", "", "Jack", "Ma", "jack ma"),
        ("Jane Smith, MA", "", "Jane", "Smith", "jane smith"),
        # Welsh minutes: "Cyng" (Cynghorydd, Councillor) is an honorific, not a forename
        ("Cyng Nia Edwards-Behi", "Cyng", "Nia", "Edwards-Behi", "nia edwards behi"),
        ("Cyng. Endaf Edwards", "Cyng", "Endaf", "Edwards", "endaf edwards"),
        ("Y Cynghorydd Mair Benjamin", "Y Cynghorydd", "Mair", "Benjamin", "mair benjamin"),
        ("Cynghorwyr Huws", "Cynghorydd", "", "Huws", "huws"),
    ],
)
def test_normalise_name(raw, honorific, given, family, key):
    parts = normalise_name(raw)
    assert (parts.honorific, parts.given, parts.family, parts.key) == (
        honorific,
        given,
        family,
        key,
    )
    assert parts.full == " ".join(x for x in (given, family) if x)


def test_empty_and_honorific_only():
    assert normalise_name("") == NameParts("", "", "", "", "")
    assert normalise_name("Councillor").key == ""
    assert normalise_name("Councillor").honorific == "Councillor"
