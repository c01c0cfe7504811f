<?xml version="1.0" encoding="UTF-8"?>
<!-- How the list of works cited looks: numbered entries, each linking to its citing notes. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:x-teikit:xslt"
    xmlns:cite="urn:x-teikit:cite"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- The cited-work item an entry of the bibliography stands for: its key is made from the
       entry's signature and date (cite:cited-works groups the entries the same way). -->
  <xsl:template name="tk:make-bibliography">
    <ol class="bibliography"><xsl:apply-templates/></ol>
  </xsl:template>

  <!-- The works cited the edition compiled: headed with the edition's own words. -->
  <xsl:template name="tk:make-works-cited">
    <section class="division bibliography level-1" id="{(@xml:id, 'works-cited')[1]}"
             aria-label="{tk:label('bibliography')}">
      <h2 class="supplied-head"><xsl:value-of select="tk:label('bibliography')"/></h2>
      <xsl:call-template name="tk:make-bibliography"/>
    </section>
  </xsl:template>

  <xsl:template name="tk:make-bibliography-entry">
    <xsl:param name="citing" as="element(note)*"/>
    <xsl:variable name="item" select="cite:item-for-bibl(.)"/>
    <li class="bibl-entry" id="{tk:id(.)}">
      <xsl:if test="exists($item)"><xsl:attribute name="data-cite-key" select="$item?key"/></xsl:if>
      <span class="bibl-text">
        <xsl:choose>
          <xsl:when test="tk:is-printed-citation(.) or empty($item)"><xsl:apply-templates/></xsl:when>
          <xsl:otherwise><xsl:value-of select="tk:gbt($item)"/></xsl:otherwise>
        </xsl:choose>
      </span>
      <xsl:if test="exists($citing)">
        <span class="bibl-cited">
          <xsl:value-of select="tk:label('cited-in')"/>
          <xsl:for-each select="$citing">
            <xsl:if test="position() gt 1"><xsl:text>、</xsl:text></xsl:if>
            <a href="#{tk:id(.)}">
              <xsl:value-of select="tk:page-of(.)!tk:label('page', .) || tk:label('note') || tk:note-mark(.)"/>
            </a>
          </xsl:for-each>
        </span>
      </xsl:if>
    </li>
  </xsl:template>

</xsl:stylesheet>
