<?xml version="1.0" encoding="UTF-8"?>
<!-- "About this edition" (the header's facts for readers), "cite this" boxes, the footer. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:x-teikit:xslt"
    xmlns:cite="urn:x-teikit:cite"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- Stem of the citation exports beside the HTML folder (teikit build: dist/STEM.bib):
       the parameter, else the edition's file name, else its identifier when that is a name. -->
  <xsl:function name="tk:export-stem" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="file" select="tokenize(string(base-uri(root($node))), '/')[last()]"/>
    <xsl:variable name="idno" select="root($node)/TEI/teiHeader/fileDesc/publicationStmt/idno
                                      [matches(., '^[A-Za-z0-9_.-]+$')][1]"/>
    <xsl:sequence select="($export-stem[.], replace($file, '\.[^.]*$', '')[.], string($idno)[.])[1]"/>
  </xsl:function>

  <!-- The book's title as its CIP record gives it: "Common title. 4, Part title: Subtitle". -->
  <xsl:function name="tk:about-title" as="xs:string">
    <xsl:param name="book" as="map(*)"/>
    <xsl:sequence select="string-join(($book?main-title, string-join(($book?volume,
        $book?title), ', ')), '. ') || $book?subtitle!(': ' || .)"/>
  </xsl:function>

  <!-- "Place: Publisher, Year", any of them may be missing. -->
  <xsl:function name="tk:about-imprint" as="xs:string">
    <xsl:param name="book" as="map(*)"/>
    <xsl:sequence select="string-join(($book?place, string-join(($book?publisher,
        substring($book?date, 1, 4)[.]), ', ')[.]), ': ')"/>
  </xsl:function>

  <!-- A citation item in GB/T 7714; its key names the same item in the downloads. -->
  <xsl:template name="tk:cite-box">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="item" as="map(*)"/>
    <xsl:variable name="stem" select="tk:export-stem(.)"/>
    <section class="cite-box" id="{$id}" aria-labelledby="{$id}-title" data-cite-key="{$item?key}">
      <h3 id="{$id}-title">
        <xsl:value-of select="tk:label(if ($item?role = 'chapter') then 'cite-chapter' else 'cite-book')"/>
      </h3>
      <p class="citation">
        <span class="citation-style">GB/T 7714—2015</span>
        <xsl:text> </xsl:text>
        <span class="citation-text"><xsl:value-of select="tk:gbt($item)"/></span>
      </p>
      <xsl:if test="$export-links and $stem">
        <p class="citation-downloads">
          <xsl:value-of select="tk:label('cite-download')"/>
          <a href="../{$stem}.bib" download="{$stem}.bib" type="application/x-bibtex">BibTeX</a>
          <xsl:text> · </xsl:text>
          <a href="../{$stem}.ris" download="{$stem}.ris" type="application/x-research-info-systems">RIS</a>
          <xsl:text> · </xsl:text>
          <a href="../{$stem}.csl.json" download="{$stem}.csl.json" type="application/json">CSL-JSON</a>
        </p>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="tk:about">
    <xsl:variable name="header" select="teiHeader"/>
    <xsl:variable name="monogr" select="tk:monogr(.)"/>
    <xsl:variable name="book" select="cite:book(.)"/>
    <aside class="about" id="about" aria-labelledby="about-title">
      <h2 id="about-title"><xsl:value-of select="tk:label('about')"/></h2>
      <dl class="about-list">
        <xsl:call-template name="tk:about-row">
          <xsl:with-param name="key" select="'title'"/>
          <xsl:with-param name="values" select="tk:about-title($book)"/>
        </xsl:call-template>
        <xsl:call-template name="tk:about-row">
          <xsl:with-param name="key" select="'responsibility'"/>
          <xsl:with-param name="values" select="($monogr/author, $monogr/editor)
              !(normalize-space() || (self::editor[not(@role)]!' 主编'))"/>
        </xsl:call-template>
        <xsl:call-template name="tk:about-row">
          <xsl:with-param name="key" select="'series'"/>
          <xsl:with-param name="values" select="root()//sourceDesc/biblStruct/series
              !string-join((title!normalize-space(), biblScope!normalize-space()), '，')"/>
        </xsl:call-template>
        <xsl:call-template name="tk:about-row">
          <xsl:with-param name="key" select="'imprint'"/>
          <xsl:with-param name="values" select="tk:about-imprint($book)"/>
        </xsl:call-template>
        <xsl:call-template name="tk:about-row">
          <xsl:with-param name="key" select="'edition'"/>
          <xsl:with-param name="values" select="$monogr/edition!normalize-space()"/>
        </xsl:call-template>
        <xsl:call-template name="tk:about-row">
          <xsl:with-param name="key" select="'isbn'"/>
          <xsl:with-param name="values" select="$monogr/idno[@type = 'ISBN']!normalize-space()"/>
        </xsl:call-template>
        <xsl:call-template name="tk:about-row">
          <xsl:with-param name="key" select="'cip-number'"/>
          <xsl:with-param name="values" select="$monogr/idno[@type = 'CIP']!normalize-space()"/>
        </xsl:call-template>
        <xsl:call-template name="tk:about-row">
          <xsl:with-param name="key" select="'class-code'"/>
          <xsl:with-param name="values" select="tk:class-codes(.)!(normalize-space()
              || tk:scheme-name(.)!('（' || . || '）'))"/>
        </xsl:call-template>
        <xsl:call-template name="tk:about-row">
          <xsl:with-param name="key" select="'subjects'"/>
          <xsl:with-param name="values" select="tk:subjects(.)"/>
        </xsl:call-template>
        <xsl:call-template name="tk:about-row">
          <xsl:with-param name="key" select="'extent'"/>
          <xsl:with-param name="values" select="string-join($monogr/extent!normalize-space(), '；')[.]"/>
        </xsl:call-template>
      </dl>
      <xsl:call-template name="tk:about-prose">
        <xsl:with-param name="key" select="'source'"/>
        <xsl:with-param name="blocks" select="$header/fileDesc/extent"/>
      </xsl:call-template>
      <xsl:call-template name="tk:about-prose">
        <xsl:with-param name="key" select="'encoding'"/>
        <xsl:with-param name="blocks" select="$header/encodingDesc/(projectDesc | editorialDecl/*)/p"/>
      </xsl:call-template>
      <xsl:call-template name="tk:cite-box">
        <xsl:with-param name="id" select="'cite-book'"/>
        <xsl:with-param name="item" select="$book"/>
      </xsl:call-template>
    </aside>
  </xsl:template>

  <xsl:template name="tk:about-row">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="values" as="xs:string*"/>
    <xsl:if test="exists($values[normalize-space()])">
      <div class="about-row">
        <dt><xsl:value-of select="tk:label($key)"/></dt>
        <xsl:for-each select="$values[normalize-space()]">
          <dd><xsl:value-of select="."/></dd>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- The header's own prose (often English), each paragraph with its language. -->
  <xsl:template name="tk:about-prose">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="blocks" as="element()*"/>
    <xsl:if test="exists($blocks)">
      <h3><xsl:value-of select="tk:label($key)"/></h3>
      <xsl:for-each select="$blocks">
        <p class="about-prose">
          <xsl:for-each select="tk:prose-lang(.)"><xsl:attribute name="lang" select="."/></xsl:for-each>
          <xsl:value-of select="normalize-space()"/>
        </p>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <xsl:template name="tk:footer">
    <xsl:variable name="publication" select="teiHeader/fileDesc/publicationStmt"/>
    <footer class="site-footer">
      <p>
        <xsl:for-each select="teiHeader/fileDesc/editionStmt/edition">
          <span lang="{(tk:prose-lang(.), tk:lang(.))[1]}"><xsl:value-of select="normalize-space()"/></span>
        </xsl:for-each>
        <xsl:for-each select="$publication/availability/licence">
          <xsl:text> · </xsl:text>
          <xsl:value-of select="tk:label('licence')"/>
          <xsl:text>：</xsl:text>
          <xsl:element name="{if (tk:safe-url(@target)) then 'a' else 'span'}">
            <xsl:if test="tk:safe-url(@target)">
              <xsl:attribute name="rel" select="'license'"/>
              <xsl:attribute name="href" select="tk:safe-url(@target)"/>
            </xsl:if>
            <xsl:attribute name="lang" select="(tk:prose-lang(.), tk:lang(.))[1]"/>
            <xsl:value-of select="normalize-space()"/>
          </xsl:element>
        </xsl:for-each>
      </p>
      <xsl:for-each select="$publication/availability/p">
        <p class="rights" lang="{(tk:prose-lang(.), tk:lang(.))[1]}"><xsl:value-of select="normalize-space()"/></p>
      </xsl:for-each>
    </footer>
  </xsl:template>

</xsl:stylesheet>
