<?xml version="1.0" encoding="UTF-8"?>
<!-- GB/T 7714-2015 references. One renderer: citeproc-py with the standard's CSL style
     (src/teikit/citeproc.py) renders every CSL-JSON item once per transform; teikit passes
     the strings in the parameter gbt7714 (a JSON object, item key → reference) and the
     stylesheets only look them up. The HTML cite boxes and works cited, the reading text's
     works cited and the gbt7714 output format therefore print the same strings. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:x-teikit:xslt"
    exclude-result-prefixes="#all">

  <!-- The GB/T 7714 references of the edition's citation items as JSON, key → string
       (teikit.citeproc.gbt7714_param; teikit sets it). -->
  <xsl:param name="gbt7714" as="xs:string" select="'{}'"/>

  <xsl:variable name="tk:gbt7714" as="map(*)" select="parse-json($gbt7714)"/>

  <!-- The reference of a citation item (a map of common/citations.xsl). -->
  <xsl:function name="tk:gbt" as="xs:string">
    <xsl:param name="item" as="map(*)"/>
    <xsl:variable name="reference" select="$tk:gbt7714($item?key)"/>
    <xsl:if test="empty($reference)">
      <xsl:message terminate="yes">no GB/T 7714 reference for citation item <xsl:value-of
        select="$item?key"/>: the parameter gbt7714 must hold citeproc's references
        (teikit.citeproc.gbt7714_param)</xsl:message>
    </xsl:if>
    <xsl:sequence select="string($reference)"/>
  </xsl:function>

</xsl:stylesheet>
