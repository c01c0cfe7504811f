<?xml version="1.0" encoding="UTF-8"?>
<!-- DataCite Metadata Schema 4.6 record of the edition (validates against kernel-4.5 and later).
     What each property holds is decided in common/record.xsl; this file only writes it.
     Names stay literal (no givenName/familyName split of Chinese names); a book with no author
     names its editors as creators, as DataCite asks for at least one creator. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:rec="urn:x-teikit:record"
    xmlns="http://datacite.org/schema/kernel-4"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/record.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:template match="/">
    <xsl:variable name="r" select="rec:record(.)"/>
    <xsl:variable name="book" select="$r?book"/>
    <xsl:variable name="lang" select="$book?language"/>
    <xsl:variable name="year" select="substring(($book?date, $r?edition-date)[1], 1, 4)"/>
    <resource xsi:schemaLocation="http://datacite.org/schema/kernel-4 https://schema.datacite.org/meta/kernel-4.6/metadata.xsd">
      <identifier identifierType="{$r?edition-id-type}"><xsl:value-of select="$r?edition-id"/></identifier>
      <creators>
        <xsl:for-each select="(if (exists($book?authors?*)) then $book?authors else $book?editors)?*">
          <creator>
            <creatorName nameType="{rec:name-type(.)}" xml:lang="{$lang}"><xsl:value-of select="?name"/></creatorName>
          </creator>
        </xsl:for-each>
      </creators>
      <titles>
        <title xml:lang="{$lang}"><xsl:value-of select="$book?title"/></title>
        <xsl:for-each select="$book?subtitle">
          <title xml:lang="{$lang}" titleType="Subtitle"><xsl:value-of select="."/></title>
        </xsl:for-each>
        <xsl:if test="$r?full-title ne string-join(($book?title, $book?subtitle), '：')">
          <title xml:lang="{$lang}" titleType="AlternativeTitle"><xsl:value-of select="$r?full-title"/></title>
        </xsl:if>
      </titles>
      <publisher xml:lang="{$lang}"><xsl:value-of select="$book?publisher"/></publisher>
      <publicationYear><xsl:value-of select="$year"/></publicationYear>
      <resourceType resourceTypeGeneral="Book">TEI P5 edition</resourceType>
      <subjects>
        <xsl:for-each select="$r?subjects">
          <subject xml:lang="{$lang}"><xsl:value-of select="."/></subject>
        </xsl:for-each>
        <xsl:for-each select="$r?classes">
          <subject subjectScheme="{?scheme-en}" classificationCode="{?code}"><xsl:value-of select="?code"/></subject>
        </xsl:for-each>
      </subjects>
      <contributors>
        <xsl:for-each select="$book?editors?*">
          <contributor contributorType="Editor">
            <contributorName nameType="{rec:name-type(.)}" xml:lang="{$lang}"><xsl:value-of select="?name"/></contributorName>
          </contributor>
        </xsl:for-each>
        <xsl:for-each select="$book?translators?*">
          <contributor contributorType="Other">
            <contributorName nameType="{rec:name-type(.)}" xml:lang="{$lang}"><xsl:value-of select="?name"/></contributorName>
          </contributor>
        </xsl:for-each>
      </contributors>
      <dates>
        <xsl:for-each select="$book?date">
          <date dateType="Issued"><xsl:value-of select="."/></date>
        </xsl:for-each>
        <xsl:for-each select="$r?edition-date">
          <date dateType="Created"><xsl:value-of select="."/></date>
        </xsl:for-each>
      </dates>
      <xsl:for-each select="$lang">
        <language><xsl:value-of select="."/></language>
      </xsl:for-each>
      <xsl:if test="exists($book?isbn)">
        <relatedIdentifiers>
          <relatedIdentifier relatedIdentifierType="ISBN" relationType="IsVariantFormOf"
              resourceTypeGeneral="Book"><xsl:value-of select="$book?isbn"/></relatedIdentifier>
        </relatedIdentifiers>
      </xsl:if>
      <sizes>
        <xsl:for-each select="$r?extent">
          <size><xsl:value-of select="."/></size>
        </xsl:for-each>
      </sizes>
      <formats>
        <format>application/tei+xml</format>
      </formats>
      <rightsList>
        <xsl:for-each select="$r?licence">
          <rights>
            <xsl:for-each select="$r?licence-url">
              <xsl:attribute name="rightsURI" select="."/>
            </xsl:for-each>
            <xsl:value-of select="."/>
          </rights>
        </xsl:for-each>
        <xsl:for-each select="$r?print-rights">
          <rights xml:lang="{$lang}"><xsl:value-of select="."/></rights>
        </xsl:for-each>
      </rightsList>
      <descriptions>
        <xsl:for-each select="$r?description">
          <description descriptionType="Other" xml:lang="en"><xsl:value-of select="."/></description>
        </xsl:for-each>
        <xsl:for-each select="$r?whole">
          <description descriptionType="SeriesInformation" xml:lang="{$lang}">
            <xsl:value-of select="string-join((., $r?whole-number), '; ')"/>
          </description>
        </xsl:for-each>
      </descriptions>
      <xsl:if test="exists($r?funders)">
        <fundingReferences>
          <xsl:for-each select="$r?funders">
            <fundingReference>
              <funderName><xsl:value-of select="."/></funderName>
            </fundingReference>
          </xsl:for-each>
        </fundingReferences>
      </xsl:if>
      <relatedItems>
        <relatedItem relatedItemType="Book" relationType="IsVariantFormOf">
          <xsl:for-each select="$book?isbn">
            <relatedItemIdentifier relatedItemIdentifierType="ISBN"><xsl:value-of select="."/></relatedItemIdentifier>
          </xsl:for-each>
          <xsl:call-template name="rec:related-creators">
            <xsl:with-param name="book" select="$book"/>
          </xsl:call-template>
          <titles>
            <title xml:lang="{$lang}"><xsl:value-of select="$r?full-title"/></title>
          </titles>
          <xsl:for-each select="$year[.]">
            <publicationYear><xsl:value-of select="."/></publicationYear>
          </xsl:for-each>
          <xsl:for-each select="$book?publisher">
            <publisher><xsl:value-of select="."/></publisher>
          </xsl:for-each>
          <xsl:call-template name="rec:related-editors">
            <xsl:with-param name="book" select="$book"/>
          </xsl:call-template>
        </relatedItem>
        <xsl:for-each select="$r?whole">
          <relatedItem relatedItemType="Collection" relationType="IsPartOf">
            <titles>
              <title xml:lang="{$lang}"><xsl:value-of select="."/></title>
            </titles>
            <xsl:for-each select="$r?whole-number">
              <volume><xsl:value-of select="."/></volume>
            </xsl:for-each>
          </relatedItem>
        </xsl:for-each>
      </relatedItems>
    </resource>
  </xsl:template>

  <!-- The printed book's names, in relatedItem's order: creators first, contributors last. -->
  <xsl:template name="rec:related-creators">
    <xsl:param name="book" as="map(*)"/>
    <xsl:if test="exists($book?authors?*)">
      <creators>
        <xsl:for-each select="$book?authors?*">
          <creator>
            <creatorName nameType="{rec:name-type(.)}"><xsl:value-of select="?name"/></creatorName>
          </creator>
        </xsl:for-each>
      </creators>
    </xsl:if>
  </xsl:template>

  <xsl:template name="rec:related-editors">
    <xsl:param name="book" as="map(*)"/>
    <xsl:if test="exists($book?editors?*)">
      <contributors>
        <xsl:for-each select="$book?editors?*">
          <contributor contributorType="Editor">
            <contributorName nameType="{rec:name-type(.)}"><xsl:value-of select="?name"/></contributorName>
          </contributor>
        </xsl:for-each>
      </contributors>
    </xsl:if>
  </xsl:template>

  <xsl:function name="rec:name-type" as="xs:string">
    <xsl:param name="name" as="map(*)"/>
    <xsl:sequence select="if ($name?corporate) then 'Organizational' else 'Personal'"/>
  </xsl:function>

</xsl:stylesheet>
