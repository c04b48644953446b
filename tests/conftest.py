import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

# Property tests run the same examples every time (a test run must be repeatable);
# `HYPOTHESIS_PROFILE=explore python -m pytest tests/test_properties.py` searches new ones.
import os  # noqa: E402

from hypothesis import settings as _hyp_settings  # noqa: E402

_hyp_settings.register_profile("repeatable", derandomize=True)
_hyp_settings.register_profile("explore", derandomize=False, max_examples=500)
_hyp_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


import pytest  # noqa: E402

from diplograph.config import load_settings  # noqa: E402
from diplograph.pipeline import load_resources  # noqa: E402


@pytest.fixture(scope="session")
def res():
    """The model, knowledge base, ontology and lexicon, loaded once for the whole run (read only)."""
    return load_resources(load_settings())
