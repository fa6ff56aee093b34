"""OAI-PMH 2.0: the catalog for harvesters, at /oai (museum/views/oai.py).

protocol.py reads a request and answers it, repository.py reads the records, sets.py holds the
set specs (and the tombstones the catalog writes), dublin_core.py maps an exhibit to oai_dc,
tokens.py makes resumption tokens, identifiers.py the items' identifiers and xml.py the
envelope. This package imports nothing from museum.catalog: the catalog imports sets.py.
"""
