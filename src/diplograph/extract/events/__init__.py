"""Events: the PLOVER ontology and trigger lexicon, the coder, recipients, modality and page context."""
