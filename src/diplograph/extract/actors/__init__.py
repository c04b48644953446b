"""Actors: the knowledge base, matching mentions to it, people, sectors, coreference, the gazetteer."""
