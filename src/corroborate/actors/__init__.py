"""Actors: who does what, from the words that name them (see ``mentions``)."""
