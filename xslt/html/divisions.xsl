<?xml version="1.0" encoding="UTF-8"?>
<!-- How divisions look: title pages, the copyright page, the contents, chapters with their
     header, notes and "cite this" box. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:x-teikit:xslt"
    xmlns:cite="urn:x-teikit:cite"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:template name="tk:make-title-page">
    <xsl:param name="principal" as="xs:boolean"/>
    <section class="{string-join(('title-page', @type), ' ')}" id="{tk:id(.)}"
             aria-label="{tk:label(if ($principal) then 'title-page-main' else 'title-page-cover')}">
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <xsl:template name="tk:make-division">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="level" as="xs:integer"/>
    <xsl:variable name="element" select="if ($kind = 'contents') then 'nav'
        else if (tk:is-chapter(.)) then 'article' else 'section'"/>
    <xsl:element name="{$element}">
      <xsl:attribute name="class" select="string-join(('division', $kind, 'level-' || $level), ' ')"/>
      <xsl:attribute name="id" select="tk:id(.)"/>
      <xsl:apply-templates select="@xml:lang" mode="tk:attributes"/>
      <xsl:choose>
        <xsl:when test="head">
          <xsl:attribute name="aria-labelledby" select="tk:id(.) || '-title'"/>
        </xsl:when>
        <xsl:when test="$tk:labels($kind)">
          <xsl:attribute name="aria-label" select="tk:label($kind)"/>
        </xsl:when>
      </xsl:choose>
      <xsl:if test="not(head) and $kind = 'bibliography'">
        <!-- compiled by the converter, not printed: the heading is the edition's own words -->
        <h2 class="supplied-head"><xsl:value-of select="tk:label($kind)"/></h2>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="tk:is-chapter(.)">
          <xsl:call-template name="tk:chapter-content"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates/>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="tk:is-top-division(.)">
        <xsl:call-template name="tk:notes-list">
          <xsl:with-param name="notes" select="tk:notes-of(.)"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="tk:is-chapter(.) and tk:is-top-division(.)">
        <xsl:call-template name="tk:cite-box">
          <xsl:with-param name="id" select="'cite-' || tk:id(.)"/>
          <xsl:with-param name="item" select="cite:item-for-division(., $tk:chapter-items)"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <!-- Every chapter's citation item, computed once for the whole edition. -->
  <xsl:variable name="tk:chapter-items" as="map(*)*" select="cite:chapters(/)"/>

  <!-- A chapter opens with its title, authors, printed pages and any note on it as a whole. -->
  <xsl:template name="tk:chapter-content">
    <xsl:variable name="opening" select="head | byline | docAuthor | note[tk:is-division-note(.)]
                                          | pb[not(preceding-sibling::*[not(self::pb)])]"/>
    <xsl:variable name="entry" select="tk:contents-entry(.)"/>
    <header class="chapter-header">
      <xsl:apply-templates select="$opening"/>
      <xsl:if test="$entry">
        <p class="chapter-pages">
          <xsl:value-of select="tk:label('pages', string-join(($entry!tk:entry-first-page(.),
                                $entry!tk:entry-last-page(.)), '—'))"/>
        </p>
      </xsl:if>
    </header>
    <xsl:apply-templates select="node() except $opening"/>
  </xsl:template>

  <!-- A contents entry as printed: title, authors, leader, page — linked only when present. -->
  <xsl:template name="tk:make-contents-entry">
    <xsl:param name="target" as="element()?"/>
    <xsl:param name="page" as="xs:string?"/>
    <xsl:variable name="names" select="(.//persName | .//orgName | .//name)[not(ancestor::title)]"/>
    <xsl:variable name="title" select="(.//title)[1]"/>
    <li class="toc-entry {if ($target) then 'present' else 'absent'}">
      <span class="toc-title">
        <xsl:choose>
          <xsl:when test="$target">
            <a href="#{tk:id($target)}"><xsl:apply-templates select="$title/node()"/></a>
          </xsl:when>
          <xsl:otherwise>
            <span class="toc-title-text"><xsl:apply-templates select="$title/node()"/></span>
            <span class="toc-absent"><xsl:value-of select="tk:label('absent')"/></span>
          </xsl:otherwise>
        </xsl:choose>
      </span>
      <span class="toc-line">
        <span class="toc-authors">
          <xsl:apply-templates select="$names[1], $names[1]/following-sibling::node()
                                       intersect $names[last()]/preceding-sibling::node(),
                                       $names[last()][count($names) gt 1]"/>
        </span>
        <span class="toc-leader" aria-hidden="true"></span>
        <xsl:if test="$page">
          <span class="toc-page">
            <xsl:variable name="pb" select="key('tk:pb-by-n', $page)[1]"/>
            <xsl:choose>
              <xsl:when test="$pb and tk:page-anchor($pb)">
                <a href="#{tk:page-anchor($pb)}" aria-label="{tk:label('page', $page)}">
                  <xsl:value-of select="$page"/>
                </a>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="$page"/></xsl:otherwise>
            </xsl:choose>
          </span>
        </xsl:if>
      </span>
    </li>
  </xsl:template>

</xsl:stylesheet>
