<?xml version="1.0" encoding="UTF-8"?>
<!-- How blocks, phrases, breaks, lists, tables, figures and links look in HTML. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:x-teikit:xslt"
    xmlns:cite="urn:x-teikit:cite"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- HTML element for each kind of block; a kind not listed becomes a div. -->
  <xsl:variable name="tk:block-elements" as="map(xs:string, xs:string)" select="map {
    'paragraph': 'p', 'titlePart': 'p', 'byline': 'p', 'docImprint': 'p', 'docEdition': 'p',
    'docDate': 'p', 'signed': 'p', 'dateline': 'p', 'salute': 'p', 'opener': 'div',
    'closer': 'div', 'docTitle': 'div', 'epigraph': 'blockquote', 'argument': 'section'}"/>

  <!-- HTML element for each kind of phrase; a kind not listed becomes a span. -->
  <xsl:variable name="tk:inline-elements" as="map(xs:string, xs:string)" select="map {
    'title-m': 'cite', 'title-j': 'cite', 'title-s': 'cite', 'title-a': 'cite', 'title-u': 'cite',
    'emphasis-bold': 'b', 'emphasis-italic': 'i', 'emphasis-sup': 'sup', 'emphasis-sub': 'sub',
    'emphasis-default': 'em', 'emph': 'em', 'abbr': 'abbr'}"/>

  <xsl:template name="tk:make-block">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="$kind = 'titlePart' and @type = 'main' and ancestor::titlePage[tk:is-principal-title-page(.)]">
        <h1 class="titlePart main">
          <xsl:apply-templates select="@xml:lang" mode="tk:attributes"/>
          <xsl:apply-templates/>
        </h1>
      </xsl:when>
      <xsl:when test="$kind = 'argument'">
        <xsl:call-template name="tk:abstract"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:element name="{($tk:block-elements($kind), 'div')[1]}">
          <xsl:attribute name="class" select="string-join(($kind, @type), ' ')"/>
          <xsl:apply-templates select="@xml:lang" mode="tk:attributes"/>
          <xsl:apply-templates/>
        </xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The abstract, set apart, named by its printed label (【内容提要】) when it has one. -->
  <xsl:template name="tk:abstract">
    <xsl:variable name="label" select="(head, .//label)[1]"/>
    <section class="abstract"
             aria-label="{if ($label) then replace(normalize-space($label), '^[【\[(（]|[】\])）]$', '')
                          else tk:label('abstract')}">
      <xsl:apply-templates select="@xml:lang" mode="tk:attributes"/>
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <xsl:template name="tk:make-inline">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="$kind = 'leader'">
        <span class="leader" aria-hidden="true"><xsl:value-of select="."/></span>
      </xsl:when>
      <xsl:when test="self::date[@when castable as xs:date or @when castable as xs:gYearMonth
                                 or @when castable as xs:gYear]">
        <time class="date" datetime="{@when}"><xsl:apply-templates/></time>
      </xsl:when>
      <xsl:otherwise>
        <xsl:element name="{($tk:inline-elements($kind), 'span')[1]}">
          <xsl:attribute name="class" select="$kind"/>
          <xsl:apply-templates select="@xml:lang" mode="tk:attributes"/>
          <xsl:apply-templates/>
        </xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="tk:make-heading">
    <xsl:param name="level" as="xs:integer"/>
    <xsl:element name="h{min((max((2, $level)), 6))}">
      <xsl:attribute name="id" select="tk:id(..) || '-title'"/>
      <xsl:apply-templates select="@xml:lang" mode="tk:attributes"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template name="tk:make-line-break">
    <br/>
  </xsl:template>

  <xsl:template name="tk:make-gap">
    <xsl:param name="reason" as="xs:string"/>
    <span class="gap" role="note">
      <xsl:if test="@extent"><xsl:attribute name="title" select="@extent"/></xsl:if>
      <xsl:value-of select="($tk:labels('gap-' || $reason), tk:gap-reason(.)!('〔' || . || '〕'),
                             tk:label('gap'))[1]"/>
    </span>
  </xsl:template>

  <xsl:template name="tk:make-list">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:element name="{if (@rend = 'numbered' or $kind = ('ordered', 'contents')) then 'ol' else 'ul'}">
      <xsl:attribute name="class" select="'list ' || $kind"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template name="tk:make-item">
    <li><xsl:apply-templates/></li>
  </xsl:template>

  <xsl:template name="tk:make-table">
    <div class="table-wrap">
      <table class="{string-join(('table', ancestor::div[1]/@type), ' ')}">
        <tbody><xsl:apply-templates/></tbody>
      </table>
    </div>
  </xsl:template>

  <xsl:template name="tk:make-row">
    <tr><xsl:apply-templates/></tr>
  </xsl:template>

  <xsl:template name="tk:make-cell">
    <xsl:param name="is-label" as="xs:boolean"/>
    <xsl:element name="{if ($is-label) then 'th' else 'td'}">
      <xsl:if test="$is-label"><xsl:attribute name="scope" select="'row'"/></xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template name="tk:make-figure">
    <xsl:param name="description" as="xs:string"/>
    <figure class="figure">
      <xsl:for-each select="graphic">
        <img>
          <xsl:if test="tk:safe-image-url(@url)">
            <xsl:attribute name="src" select="tk:safe-image-url(@url)"/>
          </xsl:if>
          <xsl:attribute name="alt" select="$description"/>
        </img>
      </xsl:for-each>
      <xsl:if test="head">
        <figcaption><xsl:apply-templates select="head/node()"/></figcaption>
      </xsl:if>
    </figure>
  </xsl:template>

  <!-- A link to a place in this edition, or out of it; a dangling pointer stays plain text. -->
  <xsl:template name="tk:make-link">
    <xsl:param name="target" as="element()?"/>
    <xsl:param name="url" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="$target">
        <a href="#{tk:id($target)}"><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:when test="tk:external-url($url)">
        <a href="{tk:external-url($url)}"><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="tk:make-pointer">
    <xsl:param name="targets" as="element()*"/>
    <xsl:for-each select="$targets">
      <a href="#{tk:id(.)}"><xsl:value-of select="cite:text((head, .)[1])"/></a>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
