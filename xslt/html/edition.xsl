<?xml version="1.0" encoding="UTF-8"?>
<!-- The reading edition in HTML5: one page, with its stylesheet and script in assets/.
     xslt/common/ decides what each TEI element is; the files included here say how it looks. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:x-teikit:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:include href="../common/params.xsl"/>
  <xsl:include href="../common/core.xsl"/>
  <xsl:include href="../common/core-bibliography.xsl"/>
  <xsl:include href="../common/textstructure.xsl"/>
  <xsl:include href="../common/namesdates.xsl"/>
  <xsl:include href="../common/figures.xsl"/>
  <xsl:include href="../common/transcr.xsl"/>
  <xsl:include href="../common/linking.xsl"/>
  <xsl:include href="../common/header.xsl"/>
  <xsl:include href="../common/citations.xsl"/>
  <xsl:include href="../common/gbt7714.xsl"/>

  <xsl:include href="labels.xsl"/>
  <xsl:include href="blocks.xsl"/>
  <xsl:include href="divisions.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="transcr.xsl"/>
  <xsl:include href="bibliography.xsl"/>
  <xsl:include href="about.xsl"/>
  <xsl:include href="facsimile.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"
              include-content-type="no"/>

  <!-- Element-only containers: their indentation is not text. -->
  <xsl:strip-space elements="TEI text front body back standOff div titlePage docTitle list table row
                             listBibl argument closer postscript"/>

  <xsl:template name="tk:make-document">
    <html lang="{(@xml:lang, 'zh-Hans')[1]}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="tk:display-title(.)"/></title>
        <link rel="stylesheet" href="{$assets-path}edition.css"/>
        <xsl:if test="facsimile">
          <link rel="stylesheet" href="{$assets-path}facsimile.css"/>
        </xsl:if>
        <script src="{$assets-path}edition.js" defer="defer"></script>
      </head>
      <body>
        <xsl:call-template name="tk:masthead"/>
        <main id="main">
          <xsl:if test="empty(.//titlePage)">
            <h1 class="book-title"><xsl:value-of select="tk:display-title(.)"/></h1>
          </xsl:if>
          <xsl:apply-templates select="text, standOff"/>
        </main>
        <xsl:call-template name="tk:editorial-notes"/>
        <xsl:call-template name="tk:about"/>
        <xsl:call-template name="tk:footer"/>
        <xsl:call-template name="tk:note-popover"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="tk:masthead">
    <xsl:variable name="contents" select="(.//div[@type = 'contents'])[1]"/>
    <header class="masthead">
      <a class="skip-link" href="#main"><xsl:value-of select="tk:label('skip')"/></a>
      <p class="masthead-title"><xsl:value-of select="tk:display-title(.)"/></p>
      <nav class="site-nav" aria-label="{tk:label('site-nav')}">
        <ul>
          <xsl:if test="$contents">
            <li><a href="#{tk:id($contents)}"><xsl:value-of select="tk:label('contents')"/></a></li>
          </xsl:if>
          <li><a href="#about"><xsl:value-of select="tk:label('about')"/></a></li>
          <li><a href="#cite-book"><xsl:value-of select="tk:label('cite-book')"/></a></li>
          <xsl:call-template name="tk:printed-toggle"/>
        </ul>
      </nav>
    </header>
  </xsl:template>

  <xsl:template name="tk:make-matter">
    <xsl:param name="kind" as="xs:string"/>
    <div class="{$kind}">
      <xsl:apply-templates/>
      <xsl:if test="$kind = 'text'">
        <xsl:call-template name="tk:notes-list">
          <xsl:with-param name="notes" select="tk:notes-of(.)"/>
        </xsl:call-template>
      </xsl:if>
    </div>
  </xsl:template>

  <!-- xml:lang becomes lang wherever the source sets it. -->
  <xsl:template match="@xml:lang" mode="tk:attributes">
    <xsl:attribute name="lang" select="."/>
  </xsl:template>

</xsl:stylesheet>
