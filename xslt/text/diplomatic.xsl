<?xml version="1.0" encoding="UTF-8"?>
<!-- The diplomatic text: the source's layout regenerated from the TEI. Paragraphs joined over a
     page break are split again at the pb; each page's notes print at the foot of the page,
     after its last text and before the next page, with their printed marks; contents entries
     keep their leaders and brackets; colophon rows are "key<TAB>value". Its non-whitespace
     characters are the source file's, in order (tested). The header is not printed. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:txt="urn:x-teikit:text"
    xmlns:tk="urn:x-teikit:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:import href="text-common.xsl"/>
  <xsl:include href="transcr.xsl"/>

  <!-- Interventions show what the source printed (see ../common/transcr.xsl). -->
  <xsl:variable name="txt:view" as="xs:string" select="'printed'"/>

  <!-- Mark where each printed page starts with a line "[p. N]" ([p.] where the page number
       is unknown); off by default, so that the text's characters stay the source's. -->
  <xsl:param name="page-markers" as="xs:boolean" select="false()"/>

  <!-- The notes printed at the foot of a page, by the page break that ends the page ("" for
       the last page). -->
  <xsl:key name="page-notes" match="text//note[@place][not(@type = 'editorial')]" use="generate-id((following::pb)[1])"/>
  <!-- The furniture printed at the foot of a page (folio), likewise: after the page's notes. -->
  <xsl:key name="page-foot" match="text//fw[@place = 'bottom']"
           use="generate-id((following::pb)[1])"/>

  <xsl:template match="/">
    <xsl:variable name="text" as="xs:string*">
      <xsl:apply-templates select="TEI/text"/>
      <xsl:sequence select="txt:foot(key('page-notes', ''))"/>
      <xsl:sequence select="txt:furniture(key('page-foot', ''))"/>
    </xsl:variable>
    <!-- tidied after the transform (teikit.transform.finish_text) -->
    <xsl:value-of select="string-join($text)"/>
  </xsl:template>

  <xsl:template match="teiHeader"/>

  <!-- The bibliography of cited works is compiled by the converter, not printed in the book. -->
  <xsl:template match="back/div[@type = 'bibliography']"/>

  <xsl:template match="*">
    <xsl:variable name="block" select="txt:is-block(.)"/>
    <xsl:sequence select="$txt:blank[$block]"/>
    <xsl:apply-templates/>
    <xsl:sequence select="$txt:blank[$block]"/>
  </xsl:template>

  <xsl:template match="text()">
    <xsl:sequence select="string(.)"/>
  </xsl:template>

  <xsl:template match="lb">
    <xsl:sequence select="'&#10;'"/>
  </xsl:template>

  <!-- A page ends: its notes, then the next page starts a new block. -->
  <xsl:template match="pb">
    <xsl:sequence select="$txt:blank, txt:foot(key('page-notes', generate-id())),
        txt:furniture(key('page-foot', generate-id())), $txt:blank,
        ('[p.' || (' ' || @n)[current()/@n] || ']', $txt:blank)[$page-markers]"/>
  </xsl:template>

  <!-- Page furniture: a head line prints where it stands, after its page's break; a foot
       line at its page's foot (see the pb template). -->
  <xsl:template match="fw[@place = 'bottom']"/>

  <xsl:template match="fw">
    <xsl:sequence select="$txt:blank, string(.), $txt:blank"/>
  </xsl:template>

  <xsl:function name="txt:furniture" as="xs:string*">
    <xsl:param name="lines" as="element(fw)*"/>
    <xsl:for-each select="$lines">
      <xsl:sequence select="$txt:blank, string(.)"/>
    </xsl:for-each>
  </xsl:function>

  <xsl:template match="note">
    <xsl:sequence select="txt:printed-mark(.)"/>
  </xsl:template>

  <!-- The editors' notes were not printed. -->
  <xsl:template match="note[@type = 'editorial']"/>

  <xsl:template match="gap"/>

  <!-- An abstract's label (its head) was printed at the start of its first paragraph. -->
  <xsl:template match="argument/head[following-sibling::*[1][self::p]]"/>
  <xsl:template match="argument/p[preceding-sibling::*[1][self::head]]">
    <xsl:sequence select="$txt:blank"/>
    <xsl:apply-templates select="preceding-sibling::head/node(), node()"/>
    <xsl:sequence select="$txt:blank"/>
  </xsl:template>

  <!-- One line per row and per contents entry. -->
  <xsl:template match="row | list/item">
    <xsl:apply-templates/>
    <xsl:sequence select="'&#10;'"/>
  </xsl:template>

  <xsl:template match="cell[preceding-sibling::cell]">
    <xsl:sequence select="'&#9;'"/>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- In a contents entry a tab follows the title and the leader, as in the source lines. -->
  <xsl:template match="item/title | item/ref | item/pc[@type = 'leader']">
    <xsl:apply-templates/>
    <xsl:sequence select="'&#9;'[current()/following-sibling::node()[1]/self::*[not(self::lb or self::pc)]]"/>
  </xsl:template>

  <xsl:function name="txt:foot" as="xs:string*">
    <xsl:param name="notes" as="element(note)*"/>
    <xsl:for-each select="$notes">
      <xsl:variable name="mark" select="txt:printed-mark(.)"/>
      <xsl:sequence select="$txt:blank, ($mark || ' ')[$mark]"/>
      <xsl:apply-templates/>
      <xsl:sequence select="$txt:blank"/>
    </xsl:for-each>
  </xsl:function>

</xsl:stylesheet>
