<?xml version="1.0" encoding="UTF-8"?>
<!-- Citation items: what the book, its contents entries and the works cited in its notes are,
     as XPath maps. The exports (xslt/citations/) and the HTML "cite this" box only format them.

     Entry points (namespace urn:x-teikit:cite, prefix cite):
       cite:items($doc)                  every item: the book, then the chapters, then cited works
       cite:book($doc)                   the printed book (teiHeader sourceDesc/biblStruct)
       cite:chapters($doc)               one item per contents entry that names an author
       cite:cited-works($doc)            one item per distinct work cited in the notes
       cite:item-for-division($div)      the chapter item of a div, or the book item
       cite:item-for-bibl($bibl)         the cited-work item of a citation or bibliography entry

     An item is a map; every key but 'key', 'type', 'role' and 'title' may be absent:
       'key'             xs:string   stable, unique, ASCII citation key
       'type'            xs:string   CSL item type: book, chapter, article-newspaper,
                                     article-journal, thesis, paper-conference
       'role'            xs:string   'book' (this book), 'chapter' (a contents entry), 'cited'
       'title'           xs:string   (of one part of a multipart book: the part title)
       'subtitle'        xs:string
       'authors'         array(map(*))   names, see cite:name()
       'editors'         array(map(*))
       'translators'     array(map(*))
       'container-title' xs:string   book of a chapter, newspaper or journal of an article,
                                     proceedings of a conference paper
       'container-key'   xs:string   key of the book item a chapter belongs to
       'container-authors' array(map(*))  authors of that book (a chapter of an authored book)
       'main-title'      xs:string   common title of the multipart work the item (a book) or
                                     its book (a chapter) is one part of
       'volume'          xs:string   the part number in that multipart work; a journal's volume
       'series'          xs:string   title of a series (only where the source states one: a
                                     CIP series statement, a title level="s")
       'series-number'   xs:string   number in the series
       'issue'           xs:string
       'publisher'       xs:string
       'place'           xs:string
       'date'            xs:string   ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD
       'isbn'            xs:string
       'language'        xs:string   BCP 47 tag of the edition (e.g. zh-Hans)
       'page-from', 'page-to'   xs:string   printed pages (a chapter's range; a cited locator)
       'target'          xs:string   xml:id of the division that holds the chapter's text
       'notes'           xs:string*  xml:ids of the notes that cite the work
       'printed'         xs:string   the citation as printed in the first citing note
     A name is map { 'name': xs:string, 'corporate': xs:boolean } plus 'family' and 'given'
     when the TEI splits a personal name (persName/surname, forename).

     Chapters come from sourceDesc/listBibl[@type='chapters']/(bibl | biblStruct) when the header has
     one; otherwise from list[@type='contents']: start page = num[@type='page'], end page = the
     next entry's start page - 1 (the last entry has no end page). A contents entry that names
     no author (an afterword, a postscript by the editors) is not exported: it is part of the
     book and is cited as the book.

     Cited works come from the editorial list standOff/listBibl[@type='works-cited'] when the
     edition has one, else from a bibliography printed in back//listBibl, otherwise from the bibl
     elements inside notes; works cited twice (same type, authors, title, container and date)
     are one item. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    xmlns:cite="urn:x-teikit:cite"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:include href="languages.xsl"/>

  <!-- ==== entry points ================================================================ -->

  <xsl:function name="cite:items" as="map(*)*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="cite:book($doc), cite:chapters($doc), cite:cited-works($doc)"/>
  </xsl:function>

  <xsl:function name="cite:book" as="map(*)">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="root" select="root($doc)"/>
    <xsl:variable name="file" select="$root/TEI/teiHeader/fileDesc"/>
    <xsl:variable name="bs" select="($file/sourceDesc/biblStruct)[1]"/>
    <xsl:variable name="m" select="$bs/monogr[1]"/>
    <xsl:variable name="main" select="cite:text(($m/title[@type = 'main'], $m/title[not(@type)],
        $file/titleStmt/title[@type = 'main'], $file/titleStmt/title)[1])"/>
    <xsl:variable name="part" select="($m/title[@type = 'part'],
        $file/titleStmt/title[@type = 'part'])[1]"/>
    <xsl:variable name="sub" select="cite:text(($m/title[@type = 'sub'],
        $file/titleStmt/title[@type = 'sub'])[1])"/>
    <!-- a part known only by its number ("Title. 4") has no part title -->
    <xsl:variable name="part-title" select="cite:text($part)[. ne string($part/@n)]"/>
    <xsl:variable name="imprint" select="$m/imprint[1]"/>
    <!-- One reading of the CIP (see header/facts.py): a title type="part" makes the book one
         part of a multipart work; only biblStruct/series makes it a volume of a series. -->
    <xsl:sequence select="cite:compact(map {
        'key': cite:book-key($root),
        'type': 'book',
        'role': 'book',
        'title': if ($part-title) then $part-title else $main,
        'main-title': if ($part-title) then $main else (),
        'volume': string($part/@n)[.],
        'subtitle': $sub,
        'authors': cite:names($m/author),
        'editors': cite:names(if ($m/editor) then $m/editor[not(@role = 'translator')]
                              else $file/titleStmt/editor[not(@role = 'translator')]),
        'translators': cite:names($m/editor[@role = 'translator']),
        'series': cite:text($bs/series[1]/title[1]),
        'series-number': cite:text($bs/series[1]/biblScope[@unit = 'volume'][1]),
        'publisher': cite:text($imprint/publisher[1]),
        'place': cite:text($imprint/pubPlace[not(address)][1]),
        'date': cite:when(($imprint/date, $m/edition/date)[1]),
        'isbn': cite:text($m/idno[@type = 'ISBN'][1]),
        'language': cite:language($root)
      })"/>
  </xsl:function>

  <xsl:function name="cite:chapters" as="map(*)*">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="root" select="root($doc)"/>
    <xsl:variable name="listed" select="$root/TEI/teiHeader/fileDesc/sourceDesc/listBibl[
        @type = 'chapters']/(bibl | biblStruct)"/>
    <xsl:sequence select="if ($listed) then cite:chapters-from-header($root, $listed)
                          else cite:chapters-from-contents($root)"/>
  </xsl:function>

  <xsl:function name="cite:cited-works" as="map(*)*">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="root" select="root($doc)"/>
    <xsl:variable name="compiled" select="$root/TEI/standOff/listBibl[@type = 'works-cited']/bibl"/>
    <xsl:variable name="listed" select="if ($compiled) then $compiled
        else $root/TEI/text/back//listBibl/(bibl | biblStruct)"/>
    <xsl:variable name="bibls" select="if ($listed) then $listed
        else $root/TEI/text//note//bibl[not(ancestor::bibl)]"/>
    <xsl:for-each-group select="$bibls" group-by="cite:signature(.)">
      <xsl:variable name="pages" select="distinct-values(current-group()!cite:pages(.))"/>
      <xsl:variable name="citing" select="current-group()!cite:citing-notes(.)"/>
      <xsl:sequence select="cite:cited-work(., current-grouping-key(),
          if (count($pages) eq 1) then (current-group()!cite:citations(.))[1] else (),
          distinct-values($citing))"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- The cited-work item a bibl stands for (a citation in a note, or an entry of the
       works cited or of a bibliography in back); empty when it is not a citation teikit can read. -->
  <xsl:function name="cite:item-for-bibl" as="map(*)?">
    <xsl:param name="bibl" as="element()"/>
    <xsl:variable name="key" select="cite:work-key(cite:signature($bibl), ($bibl//date)[1])"/>
    <xsl:sequence select="cite:cited-works($bibl)[?key = $key][1]"/>
  </xsl:function>

  <!-- The chapter item whose text is $div (by its xml:id or, failing that, by its heading);
       the book item when the division is not a listed chapter. -->
  <xsl:function name="cite:item-for-division" as="map(*)">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="cite:item-for-division($div, cite:chapters($div))"/>
  </xsl:function>

  <!-- The same, with the book's chapter items computed once by the caller (a format that asks
       for every division's item would otherwise rebuild them all for each: quadratic). -->
  <xsl:function name="cite:item-for-division" as="map(*)">
    <xsl:param name="div" as="element()"/>
    <xsl:param name="chapters" as="map(*)*"/>
    <xsl:variable name="head" select="cite:text($div/head[1])"/>
    <xsl:sequence select="(
        $chapters[?target = string($div/@xml:id)],
        $chapters[$head and ?title = $head],
        cite:book($div))[1]"/>
  </xsl:function>

  <!-- ==== chapters ===================================================================== -->

  <xsl:function name="cite:chapters-from-contents" as="map(*)*">
    <xsl:param name="root" as="document-node()"/>
    <xsl:variable name="book" select="cite:book($root)"/>
    <xsl:variable name="entries" select="($root/TEI/text/front//list[@type = 'contents'])[1]/item"/>
    <xsl:variable name="width" select="string-length(string(count($entries)))"/>
    <xsl:for-each select="$entries">
      <xsl:variable name="i" select="position()"/>
      <xsl:variable name="from" select="cite:start-page(.)"/>
      <xsl:variable name="next" select="cite:start-page($entries[$i + 1])"/>
      <xsl:variable name="names" select="(orgName | persName | name | author | docAuthor)"/>
      <xsl:if test="exists($names)">
        <xsl:sequence select="cite:chapter($book, $i, $width, map {
            'title': cite:text((title, ref/title)[1]),
            'authors': cite:names($names),
            'page-from': if (exists($from)) then string($from) else (),
            'page-to': if (exists($from) and exists($next) and $next gt $from)
                       then string($next - 1) else (),
            'target': cite:local-target(ref/@target)
          })"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:function>

  <xsl:function name="cite:chapters-from-header" as="map(*)*">
    <xsl:param name="root" as="document-node()"/>
    <xsl:param name="entries" as="element()+"/>
    <xsl:variable name="book" select="cite:book($root)"/>
    <xsl:variable name="width" select="string-length(string(count($entries)))"/>
    <xsl:for-each select="$entries">
      <xsl:variable name="scope" select="(.//biblScope[@unit = 'page'])[1]"/>
      <xsl:variable name="names" select="(analytic/author, self::bibl/author)"/>
      <xsl:if test="exists($names)">
        <xsl:sequence select="cite:chapter($book, position(), $width, map {
            'title': cite:text((analytic/title, self::bibl/title)[1]),
            'authors': cite:names($names),
            'page-from': string($scope/@from)[.],
            'page-to': string($scope/@to)[.],
            'target': cite:local-target((@corresp, analytic/ref/@target, .//ref/@target)[1])
          })"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:function>

  <xsl:function name="cite:chapter" as="map(*)">
    <xsl:param name="book" as="map(*)"/>
    <xsl:param name="position" as="xs:integer"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:param name="own" as="map(*)"/>
    <xsl:sequence select="cite:compact(map:merge(($own, map {
        'key': $book?key || '-ch' || format-integer($position, string-join((1 to $width)!'0')),
        'type': 'chapter',
        'role': 'chapter',
        'container-title': string-join(($book?title, $book?subtitle), ': '),
        'container-authors': $book?authors,
        'container-key': $book?key,
        'editors': $book?editors,
        'main-title': $book?main-title,
        'volume': $book?volume,
        'series': $book?series,
        'series-number': $book?series-number,
        'publisher': $book?publisher,
        'place': $book?place,
        'date': $book?date,
        'isbn': $book?isbn,
        'language': $book?language
      })))"/>
  </xsl:function>

  <xsl:function name="cite:start-page" as="xs:integer?">
    <xsl:param name="entry" as="element()?"/>
    <xsl:variable name="num" select="($entry//num[@type = 'page'])[last()]"/>
    <xsl:variable name="value" select="string(($num/@value, $num)[1])"/>
    <xsl:sequence select="if ($value castable as xs:integer) then xs:integer($value) else ()"/>
  </xsl:function>

  <!-- ==== cited works ================================================================== -->

  <xsl:function name="cite:cited-work" as="map(*)">
    <xsl:param name="bibl" as="element()"/>
    <xsl:param name="signature" as="xs:string"/>
    <xsl:param name="paged" as="element()?"/>
    <xsl:param name="notes" as="xs:string*"/>
    <xsl:variable name="type" select="cite:work-type($bibl)"/>
    <xsl:variable name="article" select="$type = ('article-newspaper', 'article-journal',
        'article-magazine', 'paper-conference', 'chapter')"/>
    <xsl:variable name="own-title" select="if ($article) then $bibl//title[@level = 'a'][1]
        else ($bibl//title[@level = 'm'], $bibl//title[not(@level)], $bibl//title)[1]"/>
    <xsl:variable name="container" select="if ($article)
        then ($bibl//title[@level = ('j', 'm')])[1] else ()"/>
    <xsl:variable name="scope" select="($paged//biblScope[@unit = 'page'])[1]"/>
    <xsl:variable name="date" select="($bibl//date[not(@type = 'access')])[1]"/>
    <xsl:sequence select="cite:compact(map {
        'key': cite:work-key($signature, ($bibl//date)[1]),
        'type': $type,
        'role': 'cited',
        'title': cite:text($own-title),
        'authors': cite:names($bibl//author),
        'editors': cite:names($bibl//editor[not(@role = 'translator')]),
        'translators': cite:names($bibl//editor[@role = 'translator']),
        'container-title': cite:text($container),
        'series': cite:text(($bibl//title[@level = 's'])[1]),
        'volume': cite:scope(($bibl//biblScope[@unit = 'volume'])[1]),
        'issue': cite:scope(($bibl//biblScope[@unit = 'issue'])[1]),
        'publisher': cite:text(($bibl//publisher)[1]),
        'place': cite:text(($bibl//pubPlace)[1]),
        'date': cite:when($date),
        'page-from': string($scope/@from)[.],
        'page-to': string($scope/@to)[.],
        'number': cite:text(($bibl//idno[@type = ('standard', 'patent')])[1]),
        'url': cite:text(($bibl//idno[@type = 'URI'])[1]),
        'accessed': cite:when(($bibl//date[@type = 'access'])[1]),
        'archive': cite:text(($bibl//orgName[@role = 'repository'])[1]),
        'archive-location': cite:text(($bibl//num[@type = 'archive'])[1]),
        'language': cite:language($bibl),
        'notes': $notes,
        'printed': cite:text($bibl)
      })"/>
  </xsl:function>

  <xsl:function name="cite:work-type" as="xs:string">
    <xsl:param name="bibl" as="element()"/>
    <xsl:sequence select="if ($bibl/@type) then string($bibl/@type)
        else if ($bibl//title[@level = 'j']) then 'article-journal'
        else if ($bibl//title[@level = 'a'] and $bibl//title[@level = 'm']) then 'chapter'
        else 'book'"/>
  </xsl:function>

  <!-- What makes two citations the same work: type, names, titles and date, not the pages. -->
  <xsl:function name="cite:signature" as="xs:string">
    <xsl:param name="bibl" as="element()"/>
    <xsl:sequence select="string-join((cite:work-type($bibl),
        $bibl//(author | editor)!cite:text(.), '|',
        $bibl//title!cite:text(.), '|', cite:when(($bibl//date)[1])), ' | ')"/>
  </xsl:function>

  <!-- The cited page range of each citation a bibl stands for: itself inside a note; for an
       entry of a list of works, the tagged citations its @corresp points to. -->
  <xsl:function name="cite:pages" as="xs:string*">
    <xsl:param name="bibl" as="element()"/>
    <xsl:for-each select="cite:citations($bibl)">
      <xsl:variable name="scope" select="(.//biblScope[@unit = 'page'])[1]"/>
      <xsl:sequence select="string($scope/@from) || '-' || string($scope/@to)"/>
    </xsl:for-each>
  </xsl:function>

  <xsl:function name="cite:citations" as="element()+">
    <xsl:param name="bibl" as="element()"/>
    <xsl:variable name="linked" select="if ($bibl/ancestor::note) then ()
        else id(tokenize(string($bibl/@corresp))[starts-with(., '#')]!substring(., 2), root($bibl))"/>
    <xsl:sequence select="if ($linked) then $linked else $bibl"/>
  </xsl:function>

  <!-- The notes a cited work comes from: the note around it, or the listBibl entry's links. -->
  <xsl:function name="cite:citing-notes" as="xs:string*">
    <xsl:param name="bibl" as="element()"/>
    <xsl:sequence select="if ($bibl/ancestor::note) then string($bibl/ancestor::note[1]/@xml:id)[.]
        else (tokenize(string($bibl/@corresp)), $bibl//(ptr | ref)/@target!tokenize(.))
             [starts-with(., '#')]!substring(., 2)"/>
  </xsl:function>

  <!-- ==== keys ========================================================================= -->

  <!-- The book: its ISBN's digits; else the edition's identifier; else 'book'. -->
  <xsl:function name="cite:book-key" as="xs:string">
    <xsl:param name="root" as="document-node()"/>
    <xsl:variable name="file" select="$root/TEI/teiHeader/fileDesc"/>
    <xsl:variable name="isbn" select="replace(string(($file/sourceDesc//idno[@type = 'ISBN'])[1]),
        '[^0-9Xx]', '')"/>
    <xsl:variable name="id" select="cite:ascii(string(($file/publicationStmt/idno)[1]))"/>
    <xsl:sequence select="if ($isbn) then 'isbn' || upper-case($isbn)
                          else if ($id) then $id else 'book'"/>
  </xsl:function>

  <!-- A cited work: 'ref', its year and a hash of its signature, so that the key does not
       change when notes are added or moved. -->
  <xsl:function name="cite:work-key" as="xs:string">
    <xsl:param name="signature" as="xs:string"/>
    <xsl:param name="date" as="element()?"/>
    <xsl:variable name="year" select="substring(cite:when($date), 1, 4)"/>
    <xsl:sequence select="'ref' || $year || '-' || cite:hash($signature)"/>
  </xsl:function>

  <!-- A polynomial hash over the code points (mod the largest 32-bit prime), base 36. -->
  <xsl:function name="cite:hash" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:variable name="h" select="fold-left(string-to-codepoints($s), 7,
        function ($h, $c) { ($h * 131 + $c) mod 4294967291 })"/>
    <xsl:sequence select="cite:base36($h)"/>
  </xsl:function>

  <xsl:function name="cite:base36" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:variable name="digit" select="substring('0123456789abcdefghijklmnopqrstuvwxyz',
        $n mod 36 + 1, 1)"/>
    <xsl:sequence select="if ($n lt 36) then $digit else cite:base36($n idiv 36) || $digit"/>
  </xsl:function>

  <xsl:function name="cite:ascii" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="replace(replace($s, '[^A-Za-z0-9_-]+', '-'), '^-+|-+$', '')"/>
  </xsl:function>

  <!-- ==== values ======================================================================= -->

  <!-- Names of the given elements; an orgName, or an author/editor holding only an orgName,
       is corporate. -->
  <xsl:function name="cite:names" as="array(map(*))?">
    <xsl:param name="names" as="element()*"/>
    <xsl:variable name="all" select="$names!cite:name(.)[?name]"/>
    <xsl:sequence select="if (empty($all)) then () else array { $all }"/>
  </xsl:function>

  <xsl:function name="cite:name" as="map(*)">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="pers" select="($e/self::persName, $e/persName)[1]"/>
    <xsl:sequence select="cite:compact(map {
        'name': cite:text($e),
        'corporate': exists($e/self::orgName) or exists($e/orgName) and empty($e/persName)
                     or $e/@type = ('org', 'organisation', 'organization'),
        'family': cite:text($pers/surname[1]),
        'given': cite:text($pers/forename[1])
      })"/>
  </xsl:function>

  <!-- ISO date of a date element: @when (or @from), else the first year in its text. -->
  <xsl:function name="cite:when" as="xs:string?">
    <xsl:param name="date" as="element()?"/>
    <xsl:variable name="when" select="string(($date/@when, $date/@from, $date/@notBefore)[1])"/>
    <xsl:variable name="year" select="analyze-string(string($date), '\d{4}')/*:match[1]"/>
    <xsl:sequence select="if (matches($when, '^\d{4}(-\d{2}(-\d{2})?)?$')) then $when
        else if ($year) then string($year) else ()"/>
  </xsl:function>

  <xsl:function name="cite:language" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="lang" select="($node/ancestor-or-self::*/@xml:lang)[last()]"/>
    <xsl:sequence select="if ($lang) then string($lang)
        else string(root($node)/TEI/@xml:lang)[.]"/>
  </xsl:function>

  <!-- The printed text of an element: notes left out, line breaks and runs of space as one
       space, leader dots dropped. -->
  <xsl:function name="cite:text" as="xs:string?">
    <xsl:param name="e" as="node()?"/>
    <xsl:variable name="s" select="normalize-space(string-join(
        $e/descendant-or-self::text()[not(ancestor::note except $e/ancestor-or-self::note)]
                                       [not(ancestor::pc[@type = 'leader'])], ''))"/>
    <xsl:sequence select="if ($s) then $s else ()"/>
  </xsl:function>

  <!-- A volume or issue number: @from(-@to) when the TEI gives them, else the printed text. -->
  <xsl:function name="cite:scope" as="xs:string?">
    <xsl:param name="scope" as="element()?"/>
    <xsl:sequence select="if ($scope/@from) then string-join(distinct-values(
        ($scope/@from, $scope/@to)!string()), '-') else cite:text($scope)"/>
  </xsl:function>

  <xsl:function name="cite:local-target" as="xs:string?">
    <xsl:param name="target" as="attribute()?"/>
    <xsl:sequence select="if (starts-with($target, '#')) then substring($target, 2) else ()"/>
  </xsl:function>

  <!-- The map without its empty entries (empty sequences, empty strings). -->
  <xsl:function name="cite:compact" as="map(*)">
    <xsl:param name="m" as="map(*)"/>
    <xsl:sequence select="map:merge(map:keys($m)[exists($m(.)) and not(
        count($m(.)) eq 1 and $m(.) instance of xs:string and $m(.) eq '')] ! map { .: $m(.) })"/>
  </xsl:function>

  <!-- ==== helpers for the formats ====================================================== -->

  <!-- The names of an item's 'authors' or 'editors' entry, as strings. -->
  <xsl:function name="cite:name-strings" as="xs:string*">
    <xsl:param name="item" as="map(*)"/>
    <xsl:param name="field" as="xs:string"/>
    <xsl:sequence select="if (exists($item($field))) then array:flatten($item($field))!?name else ()"/>
  </xsl:function>

  <xsl:function name="cite:page-range" as="xs:string?">
    <xsl:param name="item" as="map(*)"/>
    <xsl:param name="dash" as="xs:string"/>
    <xsl:sequence select="if (empty($item?page-from)) then ()
        else if (empty($item?page-to) or $item?page-to eq $item?page-from) then $item?page-from
        else $item?page-from || $dash || $item?page-to"/>
  </xsl:function>

  <!-- Year, month and day of an item's date as integers (one to three of them). -->
  <xsl:function name="cite:date-parts" as="xs:integer*">
    <xsl:param name="item" as="map(*)"/>
    <xsl:sequence select="cite:date-parts($item, 'date')"/>
  </xsl:function>

  <!-- The parts of an item's date field ('date' or 'accessed'), as integers. -->
  <xsl:function name="cite:date-parts" as="xs:integer*">
    <xsl:param name="item" as="map(*)"/>
    <xsl:param name="field" as="xs:string"/>
    <xsl:sequence select="tokenize(string($item($field)), '-')!xs:integer(.)"/>
  </xsl:function>

</xsl:stylesheet>
