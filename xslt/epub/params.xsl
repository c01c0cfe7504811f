<?xml version="1.0" encoding="UTF-8"?>
<!-- The EPUB module's parameters, and the HTML module's that it sets otherwise. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ep="urn:x-teikit:epub">

  <!-- An e-book travels alone: no links to citation exports written beside it. -->
  <xsl:param name="export-links" as="xs:boolean" select="false()"/>

  <!-- Last-modified time of the package (dcterms:modified, CCYY-MM-DDThh:mm:ssZ); empty:
       the edition's latest revision (change/@when), so that a build is reproducible. -->
  <xsl:param name="modified" as="xs:string" select="''"/>

  <!-- Folder of the content files inside the container. -->
  <xsl:variable name="ep:content-dir" as="xs:string" select="'EPUB/'"/>

</xsl:stylesheet>
