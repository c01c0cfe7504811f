<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI textstructure module: the text, its front/body/back, divisions, title pages, closers. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:x-teikit:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- A division directly in front, body or back: a chapter, the preface, the contents. -->
  <xsl:function name="tk:is-top-division" as="xs:boolean">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="exists($div/self::div[parent::front | parent::body | parent::back])"/>
  </xsl:function>

  <!-- A chapter: a top-level division of the body, or any division typed so. -->
  <xsl:function name="tk:is-chapter" as="xs:boolean">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="exists($div/self::div[@type = 'chapter'
                          or (parent::body and not(@type = ('bibliography', 'contents')))])"/>
  </xsl:function>

  <!-- What a division is: its @type (chapter, preface, contents, cip, colophon, ...). -->
  <xsl:function name="tk:division-kind" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="string(($div/@type, 'division')[1])"/>
  </xsl:function>

  <!-- Depth of a division among divisions, 1 for a chapter. -->
  <xsl:function name="tk:division-level" as="xs:integer">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="count($div/ancestor-or-self::div)"/>
  </xsl:function>

  <!-- The title page that carries the book's title (the main one; else the last printed). -->
  <xsl:function name="tk:is-principal-title-page" as="xs:boolean">
    <xsl:param name="page" as="element(titlePage)"/>
    <xsl:variable name="pages" select="root($page)//titlePage"/>
    <xsl:sequence select="$page is ($pages[@type = 'main'], $pages[last()])[1]"/>
  </xsl:function>

  <xsl:template match="TEI">
    <xsl:call-template name="tk:make-document"/>
  </xsl:template>

  <!-- The header is metadata: formats pull what they show from it (see header.xsl). -->
  <xsl:template match="teiHeader"/>

  <xsl:template match="text | front | body | back">
    <xsl:call-template name="tk:make-matter">
      <xsl:with-param name="kind" select="local-name()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="div">
    <xsl:call-template name="tk:make-division">
      <xsl:with-param name="kind" select="tk:division-kind(.)"/>
      <xsl:with-param name="level" select="tk:division-level(.)"/>
    </xsl:call-template>
  </xsl:template>

  <!-- An abstract's head is its printed label (【内容提要】), not a heading of the outline. -->
  <xsl:template match="argument/head">
    <xsl:call-template name="tk:make-inline">
      <xsl:with-param name="kind" select="'label'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="head">
    <xsl:call-template name="tk:make-heading">
      <xsl:with-param name="level" select="tk:division-level(..) + 1"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="titlePage">
    <xsl:call-template name="tk:make-title-page">
      <xsl:with-param name="principal" select="tk:is-principal-title-page(.)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="docTitle | titlePart | byline | docImprint | docEdition | docDate
                       | argument | closer | postscript | opener | signed | dateline | salute
                       | epigraph">
    <xsl:call-template name="tk:make-block">
      <xsl:with-param name="kind" select="local-name()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="docAuthor">
    <xsl:call-template name="tk:make-inline">
      <xsl:with-param name="kind" select="'docAuthor'"/>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
