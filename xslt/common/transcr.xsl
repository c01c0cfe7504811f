<?xml version="1.0" encoding="UTF-8"?>
<!-- Editorial interventions (TEI Guidelines 3.5 "Simple Editorial Changes", 11 "Representation of
     Primary Sources"): which reading of an edited passage each view shows. Two views:
       'reading'  the corrected text: corr, reg, expan, add and supplied; not sic, orig, abbr, del;
       'printed'  what the source printed: sic, orig, abbr and del; not corr, reg, expan, add,
                  supplied nor editorial notes (so the diplomatic text stays lossless).
     The plain-text exports (xslt/text/) call the functions; the HTML gets the templates, which
     hand each intervention to the format's tk:make-choice / tk:make-edit. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:x-teikit:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- Text the editors put in: the print does not have it. (add counts as the editors' too: in
       an edition of a printed book, an addition is an intervention, not a second hand.) -->
  <xsl:function name="tk:is-editorial" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="exists($element/(self::corr | self::reg | self::expan | self::add
                          | self::supplied | self::note[@type = 'editorial']))"/>
  </xsl:function>

  <!-- Text the print has but the corrected reading drops. A sic outside a choice ("thus in
       the source") is kept in both views. -->
  <xsl:function name="tk:is-superseded" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="exists($element/(self::sic[parent::choice] | self::orig[parent::choice]
                          | self::abbr[parent::choice] | self::del))"/>
  </xsl:function>

  <!-- Does the view show this element's text? -->
  <xsl:function name="tk:shows" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:param name="view" as="xs:string"/>
    <xsl:sequence select="if ($view = 'reading') then not(tk:is-superseded($element))
                          else not(tk:is-editorial($element))"/>
  </xsl:function>

  <!-- The child of a choice the view shows: the first that fits it. -->
  <xsl:function name="tk:choice-shown" as="element()?">
    <xsl:param name="choice" as="element(choice)"/>
    <xsl:param name="view" as="xs:string"/>
    <xsl:sequence select="($choice/*[tk:shows(., $view)], $choice/*)[1]"/>
  </xsl:function>

  <!-- Brackets around supplied text, and the mark after an unclear reading. -->
  <xsl:variable name="tk:supplied-open" as="xs:string" select="'〔'"/>
  <xsl:variable name="tk:supplied-close" as="xs:string" select="'〕'"/>
  <xsl:variable name="tk:unclear-mark" as="xs:string" select="'〔?〕'"/>

  <!-- What a gap's reason says, in the book's language; none for reasons that describe the
       edition rather than the page (an excerpt's end is described in the header). -->
  <xsl:variable name="tk:gap-reasons" as="map(xs:string, xs:string)" select="map {
    'illegible': '字迹不清', 'damage': '残损', 'damaged': '残损', 'cancelled': '删去',
    'deleted': '删去', 'omitted': '从略', 'irrelevant': '从略', 'editorial': '从略',
    'inaudible': '听不清'}"/>

  <xsl:function name="tk:gap-reason" as="xs:string?">
    <xsl:param name="gap" as="element(gap)"/>
    <xsl:sequence select="$tk:gap-reasons(normalize-space($gap/@reason))"/>
  </xsl:function>

  <!-- The people responsible for an intervention or an editorial note: the names of the
       respStmt or person its @resp points at. -->
  <xsl:function name="tk:responsible" as="xs:string*">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="root" select="root($element)"/>
    <xsl:for-each select="tokenize(normalize-space($element/@resp), ' ')[starts-with(., '#')]">
      <xsl:variable name="id" select="substring(., 2)"/>
      <xsl:variable name="who" select="($root//*[@xml:id = $id])[1]"/>
      <xsl:sequence select="($who/(name, persName, orgName)[1], $who)[1]!normalize-space(string-join(.//text()[not(ancestor::resp)], ''))"/>
    </xsl:for-each>
  </xsl:function>

  <!-- Each intervention goes to the format's make-* hook with what both views show; the
       format shows one and may keep the other available (the HTML: hover and a toggle). -->
  <xsl:template match="choice">
    <xsl:call-template name="tk:make-choice">
      <xsl:with-param name="reading" select="tk:choice-shown(., 'reading')"/>
      <xsl:with-param name="printed" select="tk:choice-shown(., 'printed')"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="add | del | supplied | unclear | damage | space | subst
                       | sic[not(parent::choice)] | corr[not(parent::choice)]
                       | reg[not(parent::choice)] | orig[not(parent::choice)]">
    <xsl:call-template name="tk:make-edit">
      <xsl:with-param name="kind" select="local-name()"/>
      <xsl:with-param name="in-reading" select="tk:shows(., 'reading')"/>
      <xsl:with-param name="in-print" select="tk:shows(., 'printed')"/>
      <xsl:with-param name="responsible" select="tk:responsible(.)"/>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
