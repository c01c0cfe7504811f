<?xml version="1.0" encoding="UTF-8"?>
<!-- How editorial interventions look in HTML (what they are: ../common/transcr.xsl). The page
     shows the corrected reading; the printed one stays available: in the title of each choice
     (hover, or focus with the keyboard) and through the "as printed" toggle button, which
     edition.js wires to the class "as-printed" on body (edition.css swaps the readings). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:x-teikit:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- Interventions whose printed form differs from the reading: the toggle is offered. -->
  <xsl:function name="tk:has-interventions" as="xs:boolean">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="exists($tei/text//(choice | add | del | supplied | subst))"/>
  </xsl:function>

  <xsl:template name="tk:make-choice">
    <xsl:param name="reading" as="element()?"/>
    <xsl:param name="printed" as="element()?"/>
    <span class="choice {local-name($reading)}" tabindex="0"
          title="{tk:label('as-printed', string($printed))}">
      <span class="reading"><xsl:apply-templates select="$reading/node()"/></span>
      <span class="printed"><xsl:apply-templates select="$printed/node()"/></span>
    </span>
  </xsl:template>

  <xsl:template name="tk:make-edit">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="in-reading" as="xs:boolean"/>
    <xsl:param name="in-print" as="xs:boolean"/>
    <xsl:param name="responsible" as="xs:string*"/>
    <xsl:variable name="title" select="string-join((tk:label('edit-' || $kind)[. != 'edit-' || $kind],
        @reason!tk:label('reason', .), @cert!tk:label('cert', .),
        $responsible!tk:label('resp', .)), '；')"/>
    <xsl:element name="{if ($kind = 'add') then 'ins' else if ($kind = 'del') then 'del' else 'span'}">
      <xsl:attribute name="class" select="string-join(($kind, 'printed'[not($in-reading)],
                                                        'reading'[not($in-print)]), ' ')"/>
      <xsl:if test="$title"><xsl:attribute name="title" select="$title"/></xsl:if>
      <xsl:apply-templates select="@xml:lang" mode="tk:attributes"/>
      <xsl:choose>
        <xsl:when test="$kind = 'supplied'">
          <span class="mark" aria-hidden="true"><xsl:value-of select="$tk:supplied-open"/></span>
          <xsl:apply-templates/>
          <span class="mark" aria-hidden="true"><xsl:value-of select="$tk:supplied-close"/></span>
        </xsl:when>
        <xsl:when test="$kind = 'unclear'">
          <xsl:apply-templates/>
          <span class="mark"><xsl:value-of select="$tk:unclear-mark"/></span>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>

  <xsl:template name="tk:printed-toggle">
    <xsl:if test="tk:has-interventions(.)">
      <li><button type="button" class="printed-toggle" aria-pressed="false">
        <xsl:value-of select="tk:label('show-printed')"/>
      </button></li>
    </xsl:if>
  </xsl:template>

  <!-- The editors' notes, listed once with the people responsible for them. -->
  <xsl:template name="tk:editorial-notes">
    <xsl:variable name="notes" select="text//note[tk:is-editorial(.)]"/>
    <xsl:if test="exists($notes)">
      <aside class="editorial-notes" aria-labelledby="editorial-notes-title">
        <h2 id="editorial-notes-title"><xsl:value-of select="tk:label('editorial-notes')"/></h2>
        <ol>
          <xsl:for-each select="$notes">
            <li>
              <a href="#{tk:id(.)}" aria-label="{tk:label('note') || tk:note-mark(.)}"><xsl:value-of
                  select="tk:note-mark(.)"/></a>
              <xsl:text> </xsl:text>
              <span class="note-text"><xsl:apply-templates/></span>
              <xsl:for-each select="tk:responsible(.)">
                <span class="note-resp"><xsl:value-of select="tk:label('resp', .)"/></span>
              </xsl:for-each>
            </li>
          </xsl:for-each>
        </ol>
      </aside>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
