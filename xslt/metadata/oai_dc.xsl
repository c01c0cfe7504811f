<?xml version="1.0" encoding="UTF-8"?>
<!-- Dublin Core (OAI-PMH oai_dc) record of the edition. What each field holds is decided in
     common/record.xsl; this file only writes the fifteen elements. Names stay literal (no
     family/given split); editors (主编) are contributors, authors creators. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:rec="urn:x-teikit:record"
    xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/record.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:template match="/">
    <xsl:variable name="r" select="rec:record(.)"/>
    <xsl:variable name="book" select="$r?book"/>
    <xsl:variable name="lang" select="$book?language"/>
    <oai_dc:dc xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">
      <xsl:namespace name="dc" select="'http://purl.org/dc/elements/1.1/'"/>
      <dc:title xml:lang="{$lang}"><xsl:value-of select="$r?full-title"/></dc:title>
      <xsl:for-each select="$book?authors?*">
        <dc:creator><xsl:value-of select="?name"/></dc:creator>
      </xsl:for-each>
      <xsl:for-each select="$book?editors?*, $book?translators?*">
        <dc:contributor><xsl:value-of select="?name"/></dc:contributor>
      </xsl:for-each>
      <xsl:for-each select="$r?subjects">
        <dc:subject xml:lang="{$lang}"><xsl:value-of select="."/></dc:subject>
      </xsl:for-each>
      <xsl:for-each select="$r?classes">
        <dc:subject><xsl:value-of select="string-join((?scheme[.], ?code), ': ')"/></dc:subject>
      </xsl:for-each>
      <xsl:for-each select="$r?description">
        <dc:description xml:lang="en"><xsl:value-of select="."/></dc:description>
      </xsl:for-each>
      <xsl:for-each select="$book?publisher">
        <dc:publisher xml:lang="{$lang}"><xsl:value-of select="."/></dc:publisher>
      </xsl:for-each>
      <xsl:for-each select="$book?date">
        <dc:date><xsl:value-of select="."/></dc:date>
      </xsl:for-each>
      <dc:type>Text</dc:type>
      <dc:format>application/tei+xml</dc:format>
      <xsl:for-each select="$r?extent">
        <dc:format xml:lang="{$lang}"><xsl:value-of select="."/></dc:format>
      </xsl:for-each>
      <xsl:for-each select="$r?edition-id[.]">
        <dc:identifier><xsl:value-of select="."/></dc:identifier>
      </xsl:for-each>
      <xsl:for-each select="$book?isbn">
        <dc:identifier><xsl:value-of select="'urn:isbn:' || replace(., '[^0-9Xx]', '')"/></dc:identifier>
      </xsl:for-each>
      <xsl:for-each select="$r?cip">
        <!-- a bare DC identifier says what it is: the approval number with its label -->
        <dc:identifier xml:lang="{$lang}"><xsl:value-of select="'中国版本图书馆CIP数据核字 ' || ."/></dc:identifier>
      </xsl:for-each>
      <dc:source xml:lang="{$lang}"><xsl:value-of select="$r?source"/></dc:source>
      <xsl:for-each select="$lang">
        <dc:language><xsl:value-of select="."/></dc:language>
      </xsl:for-each>
      <xsl:for-each select="$r?whole">
        <dc:relation xml:lang="{$lang}"><xsl:value-of select="string-join((., $r?whole-number), '; ')"/></dc:relation>
      </xsl:for-each>
      <xsl:for-each select="$r?licence">
        <dc:rights><xsl:value-of select="string-join((., $r?licence-url), ' ')"/></dc:rights>
      </xsl:for-each>
      <xsl:for-each select="$r?print-rights">
        <dc:rights xml:lang="{$lang}"><xsl:value-of select="."/></dc:rights>
      </xsl:for-each>
    </oai_dc:dc>
  </xsl:template>

</xsl:stylesheet>
