<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI figures module: tables (a label cell heads its row) and figures with their description. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:x-teikit:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:template match="table">
    <xsl:call-template name="tk:make-table"/>
  </xsl:template>

  <xsl:template match="row">
    <xsl:call-template name="tk:make-row"/>
  </xsl:template>

  <xsl:template match="cell">
    <xsl:call-template name="tk:make-cell">
      <xsl:with-param name="is-label" select="@role = 'label' or parent::row/@role = 'label'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="figure">
    <xsl:call-template name="tk:make-figure">
      <xsl:with-param name="description" select="normalize-space(string-join(figDesc, ' '))"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Descriptions become the image's alternative text (see make-figure), not running text. -->
  <xsl:template match="figDesc"/>

</xsl:stylesheet>
