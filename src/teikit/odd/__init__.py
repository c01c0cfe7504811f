"""The project schema: the ODD customisation and the RELAX NG, XSD and Schematron derived from it.

``teikit schema build`` regenerates ``schema/teikit.{rng,xsd,sch}`` from ``schema/teikit.odd``;
``teikit.odd.derive.outdated()`` tells which derived files no longer match their sources.
"""
