<?xml version="1.0" encoding="UTF-8"?>
<!-- HTML of the reading edition made EPUB 3 XHTML: elements in the XHTML namespace, links
     to an id pointed at the file that holds it, note marks and notes as popup footnotes
     (epub:type noteref / footnote), printed page numbers as page breaks. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ep="urn:x-teikit:epub"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="xs ep">

  <!-- One XHTML content document. -->
  <xsl:template name="ep:content-document">
    <xsl:param name="href" as="xs:string"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:param name="body" as="node()*"/>
    <xsl:result-document href="{$ep:content-dir}{$href}" method="xhtml" html-version="5"
                         encoding="UTF-8" indent="no" omit-xml-declaration="no">
      <html xml:lang="{$lang}" lang="{$lang}">
        <head>
          <meta charset="utf-8"/>
          <title><xsl:value-of select="$title"/></title>
          <link rel="stylesheet" type="text/css" href="css/epub.css"/>
        </head>
        <body>
          <xsl:apply-templates select="$body" mode="ep:xhtml"/>
        </body>
      </html>
    </xsl:result-document>
  </xsl:template>

  <xsl:template match="*" mode="ep:xhtml">
    <xsl:element name="{local-name()}" namespace="http://www.w3.org/1999/xhtml">
      <xsl:apply-templates select="@*" mode="ep:xhtml"/>
      <xsl:apply-templates select="." mode="ep:type"/>
      <xsl:apply-templates mode="ep:xhtml"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="@* | text()" mode="ep:xhtml">
    <xsl:copy/>
  </xsl:template>

  <!-- A link to an id goes to the file that holds it; one to nothing in the book is dropped. -->
  <xsl:template match="@href[starts-with(., '#')]" mode="ep:xhtml">
    <xsl:param name="ids" as="map(xs:string, xs:string)" tunnel="yes"/>
    <xsl:variable name="file" select="$ids(substring(., 2))"/>
    <xsl:if test="exists($file)">
      <xsl:attribute name="href" select="$file || ."/>
    </xsl:if>
  </xsl:template>

  <!-- The HTML edition's popover and download attributes mean nothing in a reading system. -->
  <xsl:template match="@popover | @popovertarget | @popovertargetaction | @download"
                mode="ep:xhtml"/>

  <!-- The note list: each note an aside that reading systems show as a popup footnote. -->
  <xsl:template match="ol[tokenize(@class) = 'note-list']" mode="ep:xhtml">
    <div class="note-list">
      <xsl:apply-templates mode="ep:xhtml"/>
    </div>
  </xsl:template>

  <xsl:template match="li[tokenize(@class) = 'note']" mode="ep:xhtml">
    <aside epub:type="footnote" role="doc-footnote">
      <xsl:apply-templates select="@*" mode="ep:xhtml"/>
      <xsl:apply-templates mode="ep:xhtml"/>
    </aside>
  </xsl:template>

  <!-- the aside is the footnote now -->
  <xsl:template match="div[tokenize(@class) = 'note-body']/@role" mode="ep:xhtml"/>

  <!-- epub:type (the EPUB structural semantics vocabulary) added to what the HTML marks. -->
  <xsl:template match="*" mode="ep:type"/>

  <xsl:template match="a[tokenize(@class) = 'noteref']" mode="ep:type">
    <xsl:attribute name="epub:type" select="'noteref'"/>
  </xsl:template>

  <xsl:template match="span[tokenize(@class) = 'pb'][@id]" mode="ep:type">
    <xsl:attribute name="epub:type" select="'pagebreak'"/>
  </xsl:template>

</xsl:stylesheet>
