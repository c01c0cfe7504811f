<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI namesdates module: names of people, organisations and places are names; a list of
     people (the correctors, in standOff) is a register the @resp pointers name, shown where
     they name it (tk:responsible), not as text of the edition. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tk="urn:x-teikit:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:template match="persName | orgName | placeName | name | roleName | forename | surname">
    <xsl:call-template name="tk:make-inline">
      <xsl:with-param name="kind" select="'name'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="standOff/listPerson"/>

</xsl:stylesheet>
