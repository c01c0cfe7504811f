"""teikit: raw text of printed books to validated TEI P5 editions, and XSLT 3.0 exports."""
__version__ = "0.1.0"
