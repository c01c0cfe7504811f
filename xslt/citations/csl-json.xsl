<?xml version="1.0" encoding="UTF-8"?>
<!-- CSL-JSON (the CSL data schema 1.0.2) for Zotero and citeproc: the book, each chapter listed
     in the contents, each work cited in the notes. Chinese personal names and organisations are
     {"literal": ...}: CSL would put a space between a family and a given name. Items:
     xslt/common/citations.xsl. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    xmlns:fn="http://www.w3.org/2005/xpath-functions"
    xmlns:cite="urn:x-teikit:cite"
    xmlns:csl="urn:x-teikit:csl"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/citations.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>


  <xsl:template match="/">
    <!-- One item per line: a stable order of keys, and diffs that show what changed. -->
    <xsl:variable name="items" select="cite:items(.)!xml-to-json(csl:item(.))"/>
    <xsl:value-of select="'[&#10;  ' || string-join($items, ',&#10;  ') || '&#10;]&#10;'"/>
  </xsl:template>

  <xsl:function name="csl:item" as="element(fn:map)">
    <xsl:param name="item" as="map(*)"/>
    <xsl:variable name="date" select="cite:date-parts($item)"/>
    <xsl:variable name="own-title" select="string-join(($item?title, $item?subtitle), ': ')"/>
    <fn:map>
      <xsl:sequence select="
        csl:string('id', $item?key),
        csl:string('type', $item?type),
        csl:names('author', $item?authors),
        csl:names('editor', $item?editors),
        csl:names('container-author', $item?container-authors),
        csl:names('translator', $item?translators),
        csl:string('title', if ($item?type = 'chapter') then $own-title
                            else ($item?main-title, $own-title)[1]),
        (: CSL 1.0.2: a book that is one part of a multipart work has the work's title and
           its own in volume-title; a chapter's container is the work, its book the volume :)
        csl:string('volume-title', if ($item?type = 'chapter') then $item?container-title[
            exists($item?main-title)] else $own-title[exists($item?main-title)]),
        csl:string('container-title', ($item?main-title[$item?type = 'chapter'],
                                       $item?container-title)[1]),
        csl:string('collection-title', $item?series),
        csl:string('collection-number', $item?series-number),
        csl:string('volume', $item?volume),
        csl:string('issue', $item?issue),
        csl:string('publisher', $item?publisher),
        csl:string('publisher-place', $item?place),
        csl:string('page', cite:page-range($item, '-')),
        csl:string('ISBN', $item?isbn),
        csl:string('number', $item?number),
        csl:string('archive', $item?archive),
        csl:string('archive_location', $item?archive-location),
        csl:string('URL', $item?url),
        csl:string('language', cite:locale($item?language)),
        csl:date('issued', $date),
        csl:date('accessed', cite:date-parts($item, 'accessed'))"/>
    </fn:map>
  </xsl:function>

  <xsl:function name="csl:date" as="element(fn:map)?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="parts" as="xs:integer*"/>
    <xsl:if test="exists($parts)">
      <fn:map key="{$key}">
        <fn:array key="date-parts">
          <fn:array>
            <xsl:for-each select="$parts"><fn:number><xsl:value-of select="."/></fn:number></xsl:for-each>
          </fn:array>
        </fn:array>
      </fn:map>
    </xsl:if>
  </xsl:function>

  <xsl:function name="csl:string" as="element(fn:string)?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:if test="$value">
      <fn:string key="{$key}"><xsl:value-of select="$value"/></fn:string>
    </xsl:if>
  </xsl:function>

  <!-- Every name a literal, except a personal name the TEI splits into surname and forename. -->
  <xsl:function name="csl:names" as="element(fn:array)?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="names" as="array(map(*))?"/>
    <xsl:if test="exists($names)">
      <fn:array key="{$key}">
        <xsl:for-each select="array:flatten($names)">
          <fn:map>
            <xsl:choose>
              <xsl:when test="not(?corporate) and ?family">
                <fn:string key="family"><xsl:value-of select="?family"/></fn:string>
                <xsl:sequence select="csl:string('given', ?given)"/>
              </xsl:when>
              <xsl:otherwise>
                <fn:string key="literal"><xsl:value-of select="?name"/></fn:string>
              </xsl:otherwise>
            </xsl:choose>
          </fn:map>
        </xsl:for-each>
      </fn:array>
    </xsl:if>
  </xsl:function>

</xsl:stylesheet>
