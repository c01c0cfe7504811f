<?xml version="1.0" encoding="UTF-8"?>
<!-- How notes and page breaks look: the printed mark links to the note (opened in place by
     assets/edition.js), notes are listed after their chapter and link back; printed page
     numbers stand in the margin. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:x-teikit:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:template name="tk:make-note-mark">
    <xsl:variable name="mark">
      <a class="noteref" id="{tk:note-ref-id(.)}" href="#{tk:id(.)}" role="doc-noteref"
         aria-label="{tk:label('note') || tk:note-mark(.)}">
        <xsl:value-of select="tk:note-mark(.)"/>
      </a>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="@rend = 'sup'"><sup class="noteref-sup"><xsl:sequence select="$mark"/></sup></xsl:when>
      <xsl:otherwise><xsl:sequence select="$mark"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="tk:make-division-note">
    <aside class="division-note" id="{tk:id(.)}" aria-label="{tk:label('note-on-division')}">
      <span class="division-note-label"><xsl:value-of select="tk:label('note-on-division')"/></span>
      <xsl:text> </xsl:text>
      <xsl:apply-templates/>
    </aside>
  </xsl:template>

  <xsl:template name="tk:notes-list">
    <xsl:param name="notes" as="element(note)*"/>
    <xsl:if test="exists($notes)">
      <section class="notes" aria-labelledby="{tk:id(.)}-notes">
        <xsl:element name="{if (self::div) then 'h3' else 'h2'}">
          <xsl:attribute name="class" select="'notes-title'"/>
          <xsl:attribute name="id" select="tk:id(.) || '-notes'"/>
          <xsl:value-of select="tk:label('notes')"/>
        </xsl:element>
        <ol class="note-list">
          <xsl:for-each select="$notes">
            <xsl:variable name="page" select="tk:page-of(.)"/>
            <li class="note" id="{tk:id(.)}">
              <a class="note-back" href="#{tk:note-ref-id(.)}" role="doc-backlink"
                 aria-label="{tk:label('back-to-text') || ' ' || tk:label('note') || tk:note-mark(.)}">
                <xsl:value-of select="tk:note-mark(.)"/>
              </a>
              <div class="note-body" role="doc-footnote">
                <xsl:apply-templates/>
              </div>
              <xsl:for-each select="tk:responsible(.)[tk:is-editorial(current())]">
                <span class="note-resp"><xsl:value-of select="tk:label('resp', .)"/></span>
              </xsl:for-each>
              <xsl:if test="$page">
                <span class="note-page"><xsl:value-of select="tk:label('page', $page)"/></span>
              </xsl:if>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- Filled and opened by edition.js when a mark is clicked; closes without script too. -->
  <xsl:template name="tk:note-popover">
    <div id="note-popover" class="note-popover" popover="auto" role="dialog"
         aria-label="{tk:label('popover')}">
      <div class="note-popover-body"></div>
      <p class="note-popover-actions">
        <a class="note-popover-goto" href="#main"><xsl:value-of select="tk:label('popover-goto')"/></a>
        <button type="button" popovertarget="note-popover" popovertargetaction="hide">
          <xsl:value-of select="tk:label('popover-close')"/>
        </button>
      </p>
    </div>
  </xsl:template>

  <xsl:template name="tk:make-page-break">
    <xsl:param name="n" as="xs:string?"/>
    <xsl:param name="anchor" as="xs:string?"/>
    <xsl:choose>
      <xsl:when test="not($page-numbers)">
        <xsl:if test="$anchor"><span class="pb pb-hidden" id="{$anchor}"></span></xsl:if>
      </xsl:when>
      <xsl:when test="$n">
        <span class="pb">
          <xsl:if test="$anchor"><xsl:attribute name="id" select="$anchor"/></xsl:if>
          <a class="pb-n" href="#{($anchor, tk:id(.))[1]}" aria-label="{tk:label('page', $n)}">
            <xsl:if test="not($anchor)"><xsl:attribute name="id" select="tk:id(.)"/></xsl:if>
            <xsl:value-of select="$n"/>
          </a>
        </span>
      </xsl:when>
      <xsl:otherwise>
        <span class="pb pb-unnumbered" title="{tk:label('page-unnumbered')}"></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
