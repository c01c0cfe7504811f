<?xml version="1.0" encoding="UTF-8"?>
<!-- One language convention for every citation export. The edition's xml:lang is BCP 47 with a
     script subtag (zh-Hans, zh-Hant); the exports write the CSL locale code (zh-CN, zh-TW) in
     CSL-JSON and RIS, the locale citeproc processors and Zotero choose a locale by, and the
     babel/polyglossia language name in biblatex's langid. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:cite="urn:x-teikit:cite"
    exclude-result-prefixes="#all">

  <!-- BCP 47 tag (lower case) → CSL locale; other tags are written as they are. -->
  <xsl:variable name="cite:locales" as="map(xs:string, xs:string)" select="map {
      'zh': 'zh-CN', 'zh-hans': 'zh-CN', 'zh-hans-cn': 'zh-CN', 'zh-cn': 'zh-CN',
      'zh-hant': 'zh-TW', 'zh-hant-tw': 'zh-TW', 'zh-tw': 'zh-TW', 'zh-hant-hk': 'zh-HK',
      'en': 'en-US', 'ja': 'ja-JP', 'de': 'de-DE', 'fr': 'fr-FR'}"/>

  <!-- First subtag → biblatex langid (babel/polyglossia names). -->
  <xsl:variable name="cite:langids" as="map(xs:string, xs:string)" select="map {
      'zh': 'chinese', 'en': 'english', 'ja': 'japanese', 'de': 'german', 'fr': 'french'}"/>

  <xsl:function name="cite:locale" as="xs:string?">
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:sequence select="if (empty($lang)) then ()
        else ($cite:locales(lower-case($lang)), $lang)[1]"/>
  </xsl:function>

  <xsl:function name="cite:langid" as="xs:string?">
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:sequence select="$cite:langids(tokenize(lower-case(string($lang)), '-')[1])"/>
  </xsl:function>

</xsl:stylesheet>
