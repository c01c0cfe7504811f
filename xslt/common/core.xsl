<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI core module: what paragraphs, notes, page and line breaks, phrases, lists, gaps are.
     Each template names the kind of thing an element is and hands it to a format's make-* template. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:x-teikit:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:key name="tk:id" match="*[@xml:id]" use="string(@xml:id)"/>
  <xsl:key name="tk:pb-by-n" match="pb[@n]" use="string(@n)"/>

  <xsl:key name="tk:by-kind" match="div[@type] | titlePage[@type]"
           use="local-name() || '-' || @type"/>

  <!-- An identifier for any element: its xml:id; else its kind ("contents", "titlePage-main")
       when it is the only one of its kind; else its name and node number (generate-id without the per-run document number). -->
  <xsl:function name="tk:id" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="kind" select="$element/@type!(local-name($element) || '-' || .)"/>
    <xsl:sequence select="
      if ($element/@xml:id) then string($element/@xml:id)
      else if ($kind and count(key('tk:by-kind', $kind, root($element))) = 1
               and empty(key('tk:id', $kind, root($element)))) then $kind
      else 'tk-' || local-name($element) || '-' || replace(generate-id($element), '^d\d+', '')"/>
  </xsl:function>

  <!-- The language in force at a node (xml:lang is inherited). -->
  <xsl:function name="tk:lang" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="($node/ancestor-or-self::*/@xml:lang)[last()]!string()"/>
  </xsl:function>

  <!-- A note that belongs to its division as a whole, not to a point in the text. -->
  <xsl:function name="tk:is-division-note" as="xs:boolean">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="$note/@anchored = 'false'"/>
  </xsl:function>

  <!-- A note whose mark stands in the text (a footnote or endnote). -->
  <xsl:function name="tk:is-anchored-note" as="xs:boolean">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="not(tk:is-division-note($note))
                          and not($note/@type = ('cited-by'))"/>
  </xsl:function>

  <!-- The mark printed for a note (①, *, [1]); unmarked notes are numbered in their division
       (counted there, not along the preceding axis back to the start of the document). -->
  <xsl:function name="tk:note-mark" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="if ($note/@n) then string($note/@n)
      else string(1 + count(tk:note-home($note)//note[not(@n)][tk:is-anchored-note(.)][. &lt;&lt; $note]
                            except $note/ancestor::note))"/>
  </xsl:function>

  <!-- The id of the place in the text where a note's mark stands. -->
  <xsl:function name="tk:note-ref-id" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="'ref-' || tk:id($note)"/>
  </xsl:function>

  <!-- The division whose notes list holds a note: its top-level division, else the text. -->
  <xsl:function name="tk:note-home" as="element()">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="($note/ancestor::div[tk:is-top-division(.)], $note/ancestor::text)[1]"/>
  </xsl:function>

  <!-- Anchored notes listed at the end of a division (not those of a nested text). -->
  <xsl:function name="tk:notes-of" as="element(note)*">
    <xsl:param name="home" as="element()"/>
    <xsl:sequence select="$home//note[tk:is-anchored-note(.)][tk:note-home(.) is $home]"/>
  </xsl:function>

  <!-- The printed page a node stands on, when the last page break before it has a number. -->
  <xsl:function name="tk:page-of" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="$node/preceding::pb[1]/@n!string()"/>
  </xsl:function>

  <!-- The anchor of a page break (p3 for page 3); none when unnumbered or a repeated number. -->
  <xsl:function name="tk:page-anchor" as="xs:string?">
    <xsl:param name="pb" as="element(pb)"/>
    <xsl:sequence select="if ($pb/@n and key('tk:pb-by-n', string($pb/@n), root($pb))[1] is $pb)
                          then 'p' || normalize-space($pb/@n) else ()"/>
  </xsl:function>

  <!-- How a phrase-level element is meant: the kind a format styles. -->
  <xsl:function name="tk:phrase-kind" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="
      if ($element/self::title) then 'title-' || ($element/@level, 'm')[1]
      else if ($element/self::hi) then 'emphasis-' || ($element/@rend, 'default')[1]
      else if ($element/self::pc[@type = 'leader']) then 'leader'
      else local-name($element)"/>
  </xsl:function>

  <xsl:template match="p">
    <xsl:call-template name="tk:make-block">
      <xsl:with-param name="kind" select="'paragraph'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="note[tk:is-division-note(.)]">
    <xsl:call-template name="tk:make-division-note"/>
  </xsl:template>

  <xsl:template match="note">
    <xsl:call-template name="tk:make-note-mark"/>
  </xsl:template>

  <xsl:template match="pb">
    <xsl:call-template name="tk:make-page-break">
      <xsl:with-param name="n" select="@n!normalize-space()"/>
      <xsl:with-param name="anchor" select="tk:page-anchor(.)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="lb">
    <xsl:call-template name="tk:make-line-break"/>
  </xsl:template>

  <xsl:template match="gap">
    <xsl:call-template name="tk:make-gap">
      <xsl:with-param name="reason" select="string(@reason)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="hi | emph | title | label | num | date | q | quote | foreign | term
                       | pc | measure | address | addrLine | seg | abbr | expan | sic | corr">
    <xsl:call-template name="tk:make-inline">
      <xsl:with-param name="kind" select="tk:phrase-kind(.)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="list">
    <xsl:call-template name="tk:make-list">
      <xsl:with-param name="kind" select="string((@type, 'simple')[1])"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="item">
    <xsl:call-template name="tk:make-item"/>
  </xsl:template>

  <!-- An element no template knows: an error when asked for, else its text is kept. -->
  <xsl:template match="*" priority="-10">
    <xsl:choose>
      <xsl:when test="$fail-on-unknown">
        <xsl:sequence select="error(QName('urn:x-teikit:xslt', 'tk:unknown-element'),
          'no rendering for TEI element ' || name() || ' at ' || path())"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:message select="'warning: no rendering for TEI element ' || name()"/>
        <xsl:apply-templates/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
