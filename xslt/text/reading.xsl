<?xml version="1.0" encoding="UTF-8"?>
<!-- The reading text: headings and logical paragraphs whole, one block each; page breaks
     dropped or shown as "[p. 3]"; notes numbered from 1 in each top-level division and listed
     after it as "[1] …" (a note printed with a symbol, such as the preface's "*", keeps it), or
     printed inline where they are anchored. Contents entries lose their leader dots and line
     breaks. The works cited end the text as a numbered GB/T 7714 list, the strings the HTML
     and the gbt7714 format print (common/gbt7714.xsl). The header is not printed. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:txt="urn:x-teikit:text"
    xmlns:tk="urn:x-teikit:xslt"
    xmlns:cite="urn:x-teikit:cite"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:import href="text-common.xsl"/>
  <xsl:include href="../common/citations.xsl"/>
  <xsl:include href="../common/gbt7714.xsl"/>

  <!-- The heading of the works cited, which the book does not print (the HTML's label). -->
  <xsl:variable name="txt:works-cited" as="xs:string" select="'引用文献'"/>
  <xsl:include href="transcr.xsl"/>

  <!-- Interventions show the corrected text (see ../common/transcr.xsl). -->
  <xsl:variable name="txt:view" as="xs:string" select="'reading'"/>

  <!-- Where notes go: 'chapter' (marked [1], [2]… in the text and listed after their top-level
       division; a note on the division as a whole is listed as [*]) or 'inline' (the note's
       text in 〔注：…〕 at its anchor). -->
  <xsl:param name="notes" as="xs:string" select="'chapter'"/>
  <!-- Show page breaks as [p. N] ([p.] where the page number is unknown). -->
  <xsl:param name="page-markers" as="xs:boolean" select="false()"/>

  <xsl:template match="/">
    <xsl:if test="not($notes = ('chapter', 'inline'))">
      <xsl:message terminate="yes">parameter notes must be 'chapter' or 'inline', not '<xsl:value-of
        select="$notes"/>'</xsl:message>
    </xsl:if>
    <xsl:variable name="text" as="xs:string*">
      <xsl:apply-templates select="TEI/text, TEI/standOff"/>
    </xsl:variable>
    <!-- tidied after the transform (teikit.transform.finish_text) -->
    <xsl:value-of select="string-join($text)"/>
  </xsl:template>

  <xsl:template match="teiHeader"/>

  <xsl:template match="*">
    <xsl:variable name="block" select="txt:is-block(.)"/>
    <xsl:sequence select="$txt:blank[$block]"/>
    <xsl:apply-templates/>
    <xsl:sequence select="$txt:blank[$block]"/>
  </xsl:template>

  <xsl:template match="text()">
    <xsl:sequence select="string(.)"/>
  </xsl:template>

  <!-- A top-level division (or a part's loose matter): its text, then its notes. -->
  <xsl:template match="front | body | back | text/*/div">
    <xsl:next-match/>
    <xsl:if test="$notes = 'chapter'">
      <xsl:variable name="own" select=".//note[not(ancestor::note)][txt:is-note(.)]
          [txt:unit(.) is current()]"/>
      <xsl:for-each select="$own">
        <xsl:sequence select="if (position() eq 1) then $txt:blank else '&#10;',
            txt:mark(.) || ' '"/>
        <xsl:apply-templates/>
        <xsl:sequence select="txt:signature(.)"/>
      </xsl:for-each>
      <xsl:sequence select="$txt:blank[exists($own)]"/>
    </xsl:if>
  </xsl:template>

  <!-- The works cited: compiled by the converter, so headed with the edition's own words;
       each entry is its GB/T 7714 reference (as printed, if the source printed it). -->
  <xsl:template match="standOff/listBibl[@type = 'works-cited']" priority="2">
    <xsl:sequence select="$txt:blank, $txt:works-cited, $txt:blank"/>
    <xsl:apply-templates/>
    <xsl:sequence select="$txt:blank"/>
  </xsl:template>

  <xsl:template match="back//div[@type = 'bibliography']" priority="2">
    <xsl:sequence select="$txt:blank, $txt:works-cited[not(current()/head)], $txt:blank"/>
    <xsl:next-match/>
  </xsl:template>

  <xsl:template match="back//listBibl/bibl | standOff/listBibl/bibl" priority="2">
    <xsl:variable name="item" select="cite:item-for-bibl(.)"/>
    <xsl:sequence select="'&#10;', '[' || (count(preceding-sibling::bibl) + 1) || '] ',
        if (exists($item) and not(text()[normalize-space()])) then tk:gbt($item)
        else cite:text(.)"/>
  </xsl:template>

  <!-- Links from a work cited to its citing notes are not notes of the text. -->
  <xsl:template match="note[not(txt:is-note(.))]" priority="2"/>

  <xsl:template match="lb[ancestor::item]"/>
  <xsl:template match="lb">
    <xsl:sequence select="'&#10;'"/>
  </xsl:template>

  <xsl:template match="pc[@type = 'leader']"/>

  <xsl:template match="item/title | item/ref">
    <xsl:apply-templates/>
    <xsl:sequence select="'&#9;'[current()/following-sibling::*[self::orgName or self::persName or self::name or self::author]]"/>
  </xsl:template>

  <xsl:template match="pb">
    <xsl:if test="$page-markers">
      <xsl:variable name="marker" select="'[p.' || (' ' || @n)[current()/@n] || ']'"/>
      <xsl:sequence select="if (ancestor::*[txt:is-block(.)]) then $marker
                            else ($txt:blank, $marker, $txt:blank)"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="note">
    <xsl:choose>
      <xsl:when test="$notes = 'inline'">
        <xsl:sequence select="$txt:blank[current()/@anchored = 'false'], '〔注：'"/>
        <xsl:apply-templates/>
        <xsl:sequence select="txt:signature(.)"/>
        <xsl:sequence select="'〕', $txt:blank[current()/@anchored = 'false']"/>
      </xsl:when>
      <xsl:when test="not(@anchored = 'false')">
        <xsl:sequence select="txt:mark(.)"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="gap">
    <xsl:sequence select="'[…' || tk:gap-reason(.) || ']'"/>
  </xsl:template>

  <!-- An editorial note is signed by the people its @resp names: "（李明）". -->
  <xsl:function name="txt:signature" as="xs:string?">
    <xsl:param name="note" as="element(note)"/>
    <xsl:variable name="names" select="tk:responsible($note)[tk:is-editorial($note)]"/>
    <xsl:sequence select="('（' || string-join($names, '、') || '）')[exists($names)]"/>
  </xsl:function>

  <xsl:template match="row | list/item">
    <xsl:apply-templates/>
    <xsl:sequence select="'&#10;'"/>
  </xsl:template>

  <xsl:template match="cell[preceding-sibling::cell]">
    <xsl:sequence select="'&#9;'"/>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- The top-level division a note belongs to (or the front, body or back). -->
  <xsl:function name="txt:unit" as="element()?">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="($note/ancestor::div[parent::front | parent::body | parent::back],
        $note/ancestor::front, $note/ancestor::body, $note/ancestor::back)[1]"/>
  </xsl:function>

  <!-- A note of the text (not a works-cited entry's list of citing notes). -->
  <xsl:function name="txt:is-note" as="xs:boolean">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="not($note/@type = 'cited-by')"/>
  </xsl:function>

  <!-- A note printed with a symbol (*, †) rather than a number keeps its mark. -->
  <xsl:function name="txt:has-symbol-mark" as="xs:boolean">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="matches(string($note/@n), '^[*＊†‡§※]+$')"/>
  </xsl:function>

  <!-- The mark of a note: "[1]", "[*]" for a note on its division, the printed symbol ("*")
       for a note printed with one. -->
  <xsl:function name="txt:mark" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="if (txt:has-symbol-mark($note) and not($note/@anchored = 'false'))
        then string($note/@n) else '[' || txt:number($note) || ']'"/>
  </xsl:function>

  <!-- The count of numbered notes so far: xsl:number level="any" from="front | body | back |
       text/*/div" in one pass over the document (xsl:number scans back from every note). -->
  <xsl:mode use-accumulators="txt:note-number"/>
  <xsl:accumulator name="txt:note-number" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="front | body | back | text/*/div" select="0"/>
    <xsl:accumulator-rule match="note[not(@anchored = 'false')][txt:is-note(.)]
        [not(txt:has-symbol-mark(.))]" select="$value + 1"/>
  </xsl:accumulator>

  <!-- Anchored notes count from 1 in each top-level division; a note on the division is *;
       a note printed with a symbol keeps it. -->
  <xsl:function name="txt:number" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:choose>
      <xsl:when test="$note/@anchored = 'false'">*</xsl:when>
      <xsl:when test="txt:has-symbol-mark($note)"><xsl:value-of select="$note/@n"/></xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$note/accumulator-before('txt:note-number')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

</xsl:stylesheet>
