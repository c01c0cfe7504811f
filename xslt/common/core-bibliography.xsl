<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI core, bibliographic part: citations (bibl) and their fields, the list of works cited. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:x-teikit:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- A citation that keeps its printed punctuation between the fields. -->
  <xsl:function name="tk:is-printed-citation" as="xs:boolean">
    <xsl:param name="bibl" as="element()"/>
    <xsl:sequence select="exists($bibl/text()[normalize-space()])"/>
  </xsl:function>

  <!-- standOff holds what the edition compiled, apart from the transcription: here the works
       cited, a section of the edition's own (no printed heading). -->
  <xsl:template match="standOff">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="standOff/listBibl[@type = 'works-cited']">
    <xsl:call-template name="tk:make-works-cited"/>
  </xsl:template>

  <xsl:template match="listBibl">
    <xsl:call-template name="tk:make-bibliography"/>
  </xsl:template>

  <xsl:template match="listBibl/bibl | listBibl/biblStruct">
    <xsl:call-template name="tk:make-bibliography-entry">
      <xsl:with-param name="citing" select="tk:citing-notes(.)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="bibl">
    <xsl:call-template name="tk:make-inline">
      <xsl:with-param name="kind" select="'bibl'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="bibl/note[@type = 'cited-by']"/>

  <xsl:template match="author | editor | publisher | pubPlace | biblScope | edition | idno
                       | distributor">
    <xsl:call-template name="tk:make-inline">
      <xsl:with-param name="kind" select="local-name()"/>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
