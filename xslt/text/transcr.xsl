<?xml version="1.0" encoding="UTF-8"?>
<!-- How editorial interventions print in the plain-text exports (what they are is decided in
     ../common/transcr.xsl). The including stylesheet says which view it is: $txt:view is
     'reading' (reading.xsl) or 'printed' (diplomatic.xsl). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:x-teikit:xslt"
    xmlns:txt="urn:x-teikit:text"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:include href="../common/transcr.xsl"/>

  <xsl:template name="tk:make-choice">
    <xsl:param name="reading" as="element()?"/>
    <xsl:param name="printed" as="element()?"/>
    <xsl:apply-templates select="(if ($txt:view = 'reading') then $reading else $printed)/node()"/>
  </xsl:template>

  <xsl:template name="tk:make-edit">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="in-reading" as="xs:boolean"/>
    <xsl:param name="in-print" as="xs:boolean"/>
    <xsl:param name="responsible" as="xs:string*"/>
    <xsl:variable name="reading" select="$txt:view = 'reading'"/>
    <xsl:choose>
      <xsl:when test="$kind = 'space'">
        <!-- the print's blank: full-width spaces in the diplomatic text, nothing in the reading -->
        <xsl:sequence select="if ($reading) then ''
            else string-join((1 to xs:integer((@quantity[. castable as xs:integer], 1)[1]))!'　')"/>
      </xsl:when>
      <xsl:when test="($reading and not($in-reading)) or (not($reading) and not($in-print))"/>
      <xsl:when test="$reading and $kind = 'supplied'">
        <xsl:sequence select="$tk:supplied-open"/>
        <xsl:apply-templates/>
        <xsl:sequence select="$tk:supplied-close"/>
      </xsl:when>
      <xsl:when test="$reading and $kind = 'unclear'">
        <xsl:apply-templates/>
        <xsl:sequence select="$tk:unclear-mark"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A figure prints its heading; its description is not text of the book. -->
  <xsl:template match="figDesc | graphic"/>

</xsl:stylesheet>
