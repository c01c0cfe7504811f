<?xml version="1.0" encoding="UTF-8"?>
<!-- The reading edition as an EPUB 3 publication. The HTML module renders the text (its
     decisions are imported, not copied); this module cuts it into one XHTML file per title
     page, front-matter division, chapter and notes list, writes the navigation document
     (contents and page list) and the package document, each with xsl:result-document under
     the base output URI. teikit.transform zips the folder (mimetype first, stored). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tk="urn:x-teikit:xslt"
    xmlns:ep="urn:x-teikit:epub"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:import href="../html/edition.xsl"/>

  <xsl:include href="params.xsl"/>
  <xsl:include href="xhtml.xsl"/>
  <xsl:include href="nav.xsl"/>
  <xsl:include href="package.xsl"/>

  <!-- The main result is unused: every file is a result document. -->
  <xsl:output method="text"/>

  <!-- Block elements of the HTML rendering that become a file of their own. -->
  <xsl:function name="ep:is-chunk" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists($node/(self::Q{}section | self::Q{}article | self::Q{}nav
                                        | self::Q{}aside | self::Q{}div))"/>
  </xsl:function>

  <xsl:template name="tk:make-document">
    <xsl:variable name="html" as="element()">
      <main>
        <xsl:apply-templates select="text, standOff"/>
        <xsl:call-template name="tk:about"/>
      </main>
    </xsl:variable>
    <!-- front, body and back are unwrapped: their divisions, and the text's own notes, are
         the files; a page break between two divisions opens the next one's file. The works
         cited (standOff) and the about box follow the text, each a file of its own. -->
    <xsl:variable name="parts" select="$html/*!(if (self::Q{}div) then node()!(
        if (self::Q{}div[tokenize(@class) = ('front', 'body', 'back')]) then node() else .)
        else .)"/>
    <xsl:variable name="chunks" as="element(ep:chunk)*">
      <xsl:for-each-group select="$parts" group-ending-with="*[ep:is-chunk(.)]">
        <xsl:if test="current-group()[self::*]">
          <ep:chunk file="{ep:file-name(position())}">
            <xsl:sequence select="current-group()"/>
          </ep:chunk>
        </xsl:if>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:variable name="ids" as="map(xs:string, xs:string)" select="map:merge(
        for $chunk in $chunks, $id in $chunk//@id return map {string($id): string($chunk/@file)},
        map {'duplicates': 'use-first'})"/>
    <xsl:variable name="title" select="tk:display-title(.)"/>
    <xsl:variable name="lang" select="string((@xml:lang, 'zh-Hans')[1])"/>

    <xsl:for-each select="$chunks">
      <xsl:call-template name="ep:content-document">
        <xsl:with-param name="href" select="string(@file)"/>
        <xsl:with-param name="title" select="ep:chunk-title(.)"/>
        <xsl:with-param name="lang" select="$lang"/>
        <xsl:with-param name="ids" select="$ids" tunnel="yes"/>
        <xsl:with-param name="file" select="string(@file)" tunnel="yes"/>
        <xsl:with-param name="body" select="node()"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:call-template name="ep:nav-document">
      <xsl:with-param name="chunks" select="$chunks"/>
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="lang" select="$lang"/>
      <xsl:with-param name="ids" select="$ids" tunnel="yes"/>
    </xsl:call-template>
    <xsl:call-template name="ep:package-document">
      <xsl:with-param name="chunks" select="$chunks"/>
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="lang" select="$lang"/>
    </xsl:call-template>
    <xsl:call-template name="ep:container"/>
    <xsl:result-document href="{$ep:content-dir}css/epub.css" method="text">
      <xsl:value-of select="unparsed-text(resolve-uri('assets/epub.css', static-base-uri()))"/>
    </xsl:result-document>
  </xsl:template>

  <xsl:function name="ep:file-name" as="xs:string">
    <xsl:param name="position" as="xs:integer"/>
    <xsl:sequence select="'text-' || format-number($position, '000') || '.xhtml'"/>
  </xsl:function>

  <!-- What a file is called in the contents: its division's heading, else its label. -->
  <xsl:function name="ep:chunk-title" as="xs:string">
    <xsl:param name="chunk" as="element(ep:chunk)"/>
    <xsl:variable name="block" select="$chunk/*[ep:is-chunk(.)][last()]"/>
    <xsl:variable name="labelled" select="$block/@aria-labelledby!(for $i in tokenize(.)
        return $chunk//*[@id = $i])"/>
    <xsl:sequence select="(($labelled, ($block//(Q{}h1 | Q{}h2 | Q{}h3))[1])!normalize-space(),
        $block/@aria-label!string(), string($chunk/@file))[. != ''][1]"/>
  </xsl:function>

</xsl:stylesheet>
