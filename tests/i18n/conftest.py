from sme2go.i18n import compile_all


def pytest_configure(config):
    # The pages below are rendered in every language: compile the catalogues first, as
    # `make install` does, so that a bare `pytest` on a fresh checkout sees them too.
    compile_all()
