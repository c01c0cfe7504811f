<?xml version="1.0" encoding="UTF-8"?>
<!-- The EPUB navigation document: the contents (one entry per file, a chapter's sections
     under it) and the page list (each printed page number the edition records). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ep="urn:x-teikit:epub"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="xs ep">

  <!-- The words the navigation document adds (in the book's language). -->
  <xsl:variable name="ep:words" as="map(xs:string, xs:string)" select="map {
    'toc': '目录', 'page-list': '页码', 'landmarks': '导航', 'bodymatter': '正文'}"/>

  <xsl:template name="ep:nav-document">
    <xsl:param name="chunks" as="element(ep:chunk)*"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="pages" select="$chunks//*:span[tokenize(@class) = 'pb'][@id]"/>
    <xsl:result-document href="{$ep:content-dir}nav.xhtml" method="xhtml" html-version="5"
                         encoding="UTF-8" indent="no">
      <html xml:lang="{$lang}" lang="{$lang}">
        <head>
          <meta charset="utf-8"/>
          <title><xsl:value-of select="$title"/></title>
          <link rel="stylesheet" type="text/css" href="css/epub.css"/>
        </head>
        <body>
          <nav epub:type="toc" id="toc" role="doc-toc">
            <h1><xsl:value-of select="$ep:words('toc')"/></h1>
            <ol>
              <xsl:for-each select="$chunks">
                <li>
                  <a href="{@file}"><xsl:value-of select="ep:chunk-title(.)"/></a>
                  <xsl:call-template name="ep:sections">
                    <xsl:with-param name="file" select="string(@file)"/>
                    <xsl:with-param name="within" select="*[ep:is-chunk(.)][last()]"/>
                  </xsl:call-template>
                </li>
              </xsl:for-each>
            </ol>
          </nav>
          <xsl:if test="exists($pages)">
            <nav epub:type="page-list" id="page-list" hidden="hidden">
              <h2><xsl:value-of select="$ep:words('page-list')"/></h2>
              <ol>
                <xsl:for-each select="$pages">
                  <li>
                    <a href="{ancestor::ep:chunk/@file}#{@id}">
                      <xsl:value-of select="(.//*:a[tokenize(@class) = 'pb-n'], substring(@id, 2))[1]
                                            !normalize-space()"/>
                    </a>
                  </li>
                </xsl:for-each>
              </ol>
            </nav>
          </xsl:if>
          <xsl:variable name="first-chapter" select="($chunks[*:article])[1]"/>
          <xsl:if test="$first-chapter">
            <nav epub:type="landmarks" id="landmarks" hidden="hidden">
              <h2><xsl:value-of select="$ep:words('landmarks')"/></h2>
              <ol>
                <li><a epub:type="bodymatter" href="{$first-chapter/@file}">
                  <xsl:value-of select="$ep:words('bodymatter')"/></a></li>
              </ol>
            </nav>
          </xsl:if>
        </body>
      </html>
    </xsl:result-document>
  </xsl:template>

  <!-- The headed divisions inside a file's division, nested as they are. -->
  <xsl:template name="ep:sections">
    <xsl:param name="file" as="xs:string"/>
    <xsl:param name="within" as="element()?"/>
    <xsl:variable name="sections" select="$within//*:section[tokenize(@class) = 'division']
        [@aria-labelledby][not(ancestor::*:section[tokenize(@class) = 'division']
                               intersect $within//*)]"/>
    <xsl:if test="exists($sections)">
      <ol>
        <xsl:for-each select="$sections">
          <li>
            <a href="{$file}#{@id}">
              <xsl:value-of select="normalize-space((.//*[@id = current()/@aria-labelledby])[1])"/>
            </a>
            <xsl:call-template name="ep:sections">
              <xsl:with-param name="file" select="$file"/>
              <xsl:with-param name="within" select="."/>
            </xsl:call-template>
          </li>
        </xsl:for-each>
      </ol>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
