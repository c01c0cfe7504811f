<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI linking: pointers (ref, ptr) and what points to what — contents entries to chapters,
     bibliography entries to the notes that cite them. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:x-teikit:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:key name="tk:referenced" match="ref[@target] | ptr[@target]"
           use="tokenize(@target)[starts-with(., '#')]!substring(., 2)"/>

  <!-- The one allow-list for URLs taken from the TEI (@target, @url, @facs, licence) before
       they become an href or src: http, https, mailto or relative. Anything else (javascript:,
       data:, file:, vbscript:, …) yields nothing. Browsers drop tabs and line ends anywhere
       in a URL and control characters and spaces around it, so the check does the same. -->
  <xsl:function name="tk:safe-url" as="xs:string?">
    <xsl:param name="url" as="xs:string?"/>
    <xsl:variable name="bare" as="xs:string"
                  select="replace(replace(string($url), '[&#9;&#10;&#13;]', ''),
                                  '^[\p{Cc} ]+|[\p{Cc} ]+$', '')"/>
    <xsl:variable name="scheme" as="xs:string"
                  select="if (matches($bare, '^[A-Za-z][A-Za-z0-9+.\-]*:'))
                          then lower-case(substring-before($bare, ':')) else ''"/>
    <xsl:sequence select="$bare[. ne ''][$scheme = ('', 'http', 'https', 'mailto')]"/>
  </xsl:function>

  <!-- An image source (graphic/@url): what tk:safe-url allows, and inline raster images
       (data:image/png, gif, jpeg, webp), which an img element shows but cannot run; never SVG. -->
  <xsl:function name="tk:safe-image-url" as="xs:string?">
    <xsl:param name="url" as="xs:string?"/>
    <xsl:variable name="bare" select="normalize-space($url)"/>
    <xsl:sequence select="(tk:safe-url($url),
                           $bare[matches(., '^data:image/(png|gif|jpeg|webp)(;base64)?,[A-Za-z0-9+/=%]*$', 'i')])[1]"/>
  </xsl:function>

  <!-- An absolute link out of the edition (http, https, mailto) that passes tk:safe-url. -->
  <xsl:function name="tk:external-url" as="xs:string?">
    <xsl:param name="url" as="xs:string?"/>
    <xsl:sequence select="tk:safe-url($url)[matches(., '^(https?|mailto):', 'i')]"/>
  </xsl:function>

  <!-- The elements a pointer attribute (#id #id …) designates in this document. -->
  <xsl:function name="tk:targets" as="element()*">
    <xsl:param name="pointer" as="attribute()?"/>
    <xsl:sequence select="for $t in tokenize($pointer)[starts-with(., '#')]
                          return key('tk:id', substring($t, 2), root($pointer))"/>
  </xsl:function>

  <!-- The contents entry that points to a division, if any. -->
  <xsl:function name="tk:contents-entry" as="element(item)?">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="($div/@xml:id!key('tk:referenced', string(.), root($div))
                           /ancestor::item[ancestor::list[@type = 'contents']])[1]"/>
  </xsl:function>

  <!-- The division a contents entry points to; empty for works not in this edition. -->
  <xsl:function name="tk:entry-target" as="element()?">
    <xsl:param name="item" as="element(item)"/>
    <xsl:sequence select="tk:targets(($item//ref/@target)[1])[1]"/>
  </xsl:function>

  <!-- First printed page of a contents entry. -->
  <xsl:function name="tk:entry-first-page" as="xs:string?">
    <xsl:param name="item" as="element(item)"/>
    <xsl:sequence select="($item//num[@type = 'page'])[1]!string((@value, .)[1])"/>
  </xsl:function>

  <!-- Last printed page of a contents entry: the page before the next entry's start. -->
  <xsl:function name="tk:entry-last-page" as="xs:string?">
    <xsl:param name="item" as="element(item)"/>
    <xsl:variable name="next" select="$item/following-sibling::item[1]!tk:entry-first-page(.)"/>
    <xsl:sequence select="if ($next castable as xs:integer) then string(xs:integer($next) - 1) else ()"/>
  </xsl:function>

  <!-- The notes citing a bibliography entry: its cited-by pointers and its tagged citations. -->
  <xsl:function name="tk:citing-notes" as="element(note)*">
    <xsl:param name="bibl" as="element()"/>
    <xsl:sequence select="(tk:targets($bibl/note[@type = 'cited-by']/ptr/@target)/self::note,
                           tk:targets($bibl/@corresp)/ancestor::note[1]) / ."/>
  </xsl:function>

  <!-- A contents entry: a work of the book, linked when its division is in this edition. -->
  <xsl:template match="list[@type = 'contents']/item">
    <xsl:call-template name="tk:make-contents-entry">
      <xsl:with-param name="target" select="tk:entry-target(.)"/>
      <xsl:with-param name="page" select="tk:entry-first-page(.)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="ref">
    <xsl:call-template name="tk:make-link">
      <xsl:with-param name="target" select="tk:targets(@target)[1]"/>
      <xsl:with-param name="url" select="string(@target)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="ptr">
    <xsl:call-template name="tk:make-pointer">
      <xsl:with-param name="targets" select="tk:targets(@target)"/>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
