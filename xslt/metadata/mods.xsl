<?xml version="1.0" encoding="UTF-8"?>
<!-- MODS 3.8 record of the edition. What each element holds is decided in common/record.xsl;
     this file only writes it. A part of a multipart book is titleInfo with partNumber and
     partName; a named series is a relatedItem of type series. Names stay literal (one
     namePart); roles are MARC relator terms (主编 is an editor: edt). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:rec="urn:x-teikit:record"
    xmlns="http://www.loc.gov/mods/v3"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/record.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <!-- MARC relator term and code by the role a name has in the citation item. -->
  <xsl:variable name="rec:relators" as="map(xs:string, xs:string+)" select="map {
      'authors': ('author', 'aut'), 'editors': ('editor', 'edt'),
      'translators': ('translator', 'trl')}"/>

  <xsl:template match="/">
    <xsl:variable name="r" select="rec:record(.)"/>
    <xsl:variable name="book" select="$r?book"/>
    <xsl:variable name="lang" select="$book?language"/>
    <mods version="3.8" xsi:schemaLocation="http://www.loc.gov/mods/v3 https://www.loc.gov/standards/mods/v3/mods-3-8.xsd">
      <xsl:namespace name="xlink" select="'http://www.w3.org/1999/xlink'"/>
      <titleInfo>
        <xsl:choose>
          <xsl:when test="exists($r?part)">
            <title><xsl:value-of select="$r?main-title"/></title>
            <xsl:for-each select="$r?part-number">
              <partNumber><xsl:value-of select="."/></partNumber>
            </xsl:for-each>
            <partName><xsl:value-of select="$r?part"/></partName>
          </xsl:when>
          <xsl:otherwise>
            <title><xsl:value-of select="$book?title"/></title>
            <xsl:for-each select="$book?subtitle">
              <subTitle><xsl:value-of select="."/></subTitle>
            </xsl:for-each>
          </xsl:otherwise>
        </xsl:choose>
      </titleInfo>
      <xsl:for-each select="'authors', 'editors', 'translators'">
        <xsl:variable name="relator" select="$rec:relators(.)"/>
        <xsl:for-each select="$book(.)?*">
          <name type="{if (?corporate) then 'corporate' else 'personal'}">
            <namePart><xsl:value-of select="?name"/></namePart>
            <role>
              <roleTerm type="text" authority="marcrelator"><xsl:value-of select="$relator[1]"/></roleTerm>
              <roleTerm type="code" authority="marcrelator"><xsl:value-of select="$relator[2]"/></roleTerm>
            </role>
          </name>
        </xsl:for-each>
      </xsl:for-each>
      <typeOfResource>text</typeOfResource>
      <genre authority="marcgt">book</genre>
      <originInfo eventType="publication">
        <xsl:for-each select="$book?place">
          <place><placeTerm type="text"><xsl:value-of select="."/></placeTerm></place>
        </xsl:for-each>
        <xsl:for-each select="$book?publisher">
          <publisher><xsl:value-of select="."/></publisher>
        </xsl:for-each>
        <xsl:for-each select="$book?date">
          <dateIssued encoding="w3cdtf" keyDate="yes"><xsl:value-of select="."/></dateIssued>
        </xsl:for-each>
      </originInfo>
      <xsl:for-each select="$lang">
        <language><languageTerm type="code" authority="rfc5646"><xsl:value-of select="."/></languageTerm></language>
      </xsl:for-each>
      <physicalDescription>
        <form authority="marcform">electronic</form>
        <internetMediaType>application/tei+xml</internetMediaType>
        <xsl:for-each select="$r?extent">
          <extent><xsl:value-of select="."/></extent>
        </xsl:for-each>
      </physicalDescription>
      <xsl:for-each select="$r?description">
        <note type="content" lang="eng"><xsl:value-of select="."/></note>
      </xsl:for-each>
      <xsl:for-each select="$r?subjects">
        <subject><topic><xsl:value-of select="."/></topic></subject>
      </xsl:for-each>
      <xsl:for-each select="$r?classes">
        <classification authority="clc"><xsl:value-of select="?code"/></classification>
      </xsl:for-each>
      <xsl:if test="exists($book?series) and not($book?series = $r?main-title and exists($r?part))">
        <relatedItem type="series">
          <titleInfo>
            <title><xsl:value-of select="$book?series"/></title>
            <xsl:for-each select="$book?series-number">
              <partNumber><xsl:value-of select="."/></partNumber>
            </xsl:for-each>
          </titleInfo>
        </relatedItem>
      </xsl:if>
      <xsl:for-each select="$r?edition-id[.]">
        <identifier type="local"><xsl:value-of select="."/></identifier>
      </xsl:for-each>
      <xsl:for-each select="$book?isbn">
        <identifier type="isbn"><xsl:value-of select="."/></identifier>
      </xsl:for-each>
      <xsl:for-each select="$r?cip">
        <identifier type="cip"><xsl:value-of select="."/></identifier>
      </xsl:for-each>
      <xsl:for-each select="$r?licence">
        <accessCondition type="use and reproduction">
          <xsl:for-each select="$r?licence-url">
            <xsl:attribute name="xlink:href" select="."/>
          </xsl:for-each>
          <xsl:value-of select="."/>
        </accessCondition>
      </xsl:for-each>
      <xsl:for-each select="$r?print-rights">
        <accessCondition type="use and reproduction"><xsl:value-of select="."/></accessCondition>
      </xsl:for-each>
    </mods>
  </xsl:template>

</xsl:stylesheet>
