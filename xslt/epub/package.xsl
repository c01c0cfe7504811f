<?xml version="1.0" encoding="UTF-8"?>
<!-- The EPUB package document (metadata from the TEI header, manifest, spine) and the OCF
     container file that points to it. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:x-teikit:xslt"
    xmlns:ep="urn:x-teikit:epub"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns="http://www.idpf.org/2007/opf"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="xs tk ep">

  <!-- MARC relator codes of the TEI roles a book's responsibility is printed with. -->
  <xsl:variable name="ep:relators" as="map(xs:string, xs:string)" select="map {
    'author': 'aut', 'editor': 'edt', 'translator': 'trl'}"/>

  <xsl:template name="ep:package-document">
    <xsl:param name="chunks" as="element(ep:chunk)*"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="monogr" select="tk:monogr(.)"/>
    <xsl:variable name="isbn" select="replace(string(($monogr/idno[@type = 'ISBN'])[1]), '[^0-9Xx]', '')"/>
    <xsl:variable name="edition-id" select="normalize-space((teiHeader/fileDesc/publicationStmt
        /idno[@type = ('teikit', 'URI')])[1])"/>
    <xsl:result-document href="{$ep:content-dir}package.opf" method="xml" encoding="UTF-8" indent="yes">
      <package version="3.0" unique-identifier="edition-id" xml:lang="{$lang}">
        <metadata>
          <dc:identifier id="edition-id">
            <xsl:value-of select="if ($edition-id) then 'urn:x-teikit:' || encode-for-uri($edition-id)
                                  else 'urn:isbn:' || $isbn"/>
          </dc:identifier>
          <dc:title><xsl:value-of select="$title"/></dc:title>
          <dc:language><xsl:value-of select="$lang"/></dc:language>
          <xsl:for-each select="$monogr/(author | editor)">
            <xsl:variable name="role" select="if (self::author) then 'author'
                                              else if (@role = 'translator') then 'translator' else 'editor'"/>
            <xsl:element name="{if ($role = 'author') then 'dc:creator' else 'dc:contributor'}"
                         namespace="http://purl.org/dc/elements/1.1/">
              <xsl:attribute name="id" select="'resp' || position()"/>
              <xsl:value-of select="normalize-space()"/>
            </xsl:element>
            <meta refines="#resp{position()}" property="role" scheme="marc:relators">
              <xsl:value-of select="$ep:relators($role)"/>
            </meta>
          </xsl:for-each>
          <xsl:for-each select="($monogr/imprint/publisher)[1]">
            <dc:publisher><xsl:value-of select="normalize-space()"/></dc:publisher>
          </xsl:for-each>
          <xsl:if test="$isbn">
            <!-- the printed book: the source of the page list -->
            <dc:source id="print-source">urn:isbn:<xsl:value-of select="$isbn"/></dc:source>
          </xsl:if>
          <xsl:for-each select="($monogr/imprint/date/@when)[1]">
            <dc:date><xsl:value-of select="."/></dc:date>
          </xsl:for-each>
          <meta property="dcterms:modified"><xsl:value-of select="ep:modified(.)"/></meta>
          <!-- schema.org accessibility metadata (EPUB Accessibility 1.1): what this book offers -->
          <meta property="schema:accessMode">textual</meta>
          <meta property="schema:accessModeSufficient">textual</meta>
          <xsl:for-each select="'structuralNavigation', 'tableOfContents',
                                if (exists(.//text//pb[@n])) then 'printPageNumbers' else ()">
            <meta property="schema:accessibilityFeature"><xsl:value-of select="."/></meta>
          </xsl:for-each>
          <meta property="schema:accessibilityHazard">none</meta>
        </metadata>
        <manifest>
          <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
          <item id="css" href="css/epub.css" media-type="text/css"/>
          <xsl:for-each select="$chunks">
            <item id="{replace(@file, '\.xhtml$', '')}" href="{@file}" media-type="application/xhtml+xml"/>
          </xsl:for-each>
        </manifest>
        <spine>
          <xsl:for-each select="$chunks">
            <itemref idref="{replace(@file, '\.xhtml$', '')}"/>
          </xsl:for-each>
        </spine>
      </package>
    </xsl:result-document>
  </xsl:template>

  <!-- dcterms:modified: the parameter, else the latest revision of the edition (midnight UTC). -->
  <xsl:function name="ep:modified" as="xs:string">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:variable name="dates" select="($tei/teiHeader/revisionDesc//change/@when,
        $tei/teiHeader/fileDesc/publicationStmt/date/@when)[. castable as xs:date]!xs:date(.)"/>
    <xsl:if test="$modified and not(matches($modified, '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$'))">
      <xsl:sequence select="error(QName('urn:x-teikit:epub', 'ep:bad-modified'),
          'parameter modified must be CCYY-MM-DDThh:mm:ssZ, not ' || $modified)"/>
    </xsl:if>
    <xsl:sequence select="if ($modified) then $modified
        else if (exists($dates)) then string(max($dates)) || 'T00:00:00Z'
        else format-dateTime(adjust-dateTime-to-timezone(current-dateTime(), xs:dayTimeDuration('PT0H')),
                             '[Y0001]-[M01]-[D01]T[H01]:[m01]:[s01]Z')"/>
  </xsl:function>

  <xsl:template name="ep:container">
    <xsl:result-document href="META-INF/container.xml" method="xml" encoding="UTF-8" indent="yes">
      <container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0">
        <rootfiles>
          <rootfile full-path="{$ep:content-dir}package.opf" media-type="application/oebps-package+xml"/>
        </rootfiles>
      </container>
    </xsl:result-document>
  </xsl:template>

</xsl:stylesheet>
