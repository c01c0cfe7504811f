"""Which TEI P5 module defines each element and each attribute class outside module tei.

Facts from the TEI P5 specifications (P5/Source/Specs, the module attribute of each elementSpec and
classSpec), as a literal table: the ODD reader needs them to do what the TEI's own odd2rng does --
an element or attribute class exists only when its module is loaded.
"""
from __future__ import annotations

#: attribute classes defined outside module tei (those of module tei are always available)
CLASS_MODULES: dict[str, str] = {
    "att.citeStructurePart": "header",
    "att.combinable": "tagdocs",
    "att.coordinated": "transcr",
    "att.datable.custom": "namesdates",
    "att.datable.iso": "namesdates",
    "att.deprecated": "tagdocs",
    "att.duration": "spoken",
    "att.enjamb": "verse",
    "att.entryLike": "dictionaries",
    "att.gaijiProp": "gaiji",
    "att.global.analytic": "analysis",
    "att.global.change": "transcr",
    "att.global.facs": "transcr",
    "att.global.linking": "linking",
    "att.identified": "tagdocs",
    "att.lexicographic": "dictionaries",
    "att.lexicographic.normalized": "analysis",
    "att.linguistic": "analysis",
    "att.metrical": "verse",
    "att.milestoneUnit": "core",
    "att.msClass": "msdescription",
    "att.msExcerpt": "msdescription",
    "att.namespaceable": "tagdocs",
    "att.patternReplacement": "header",
    "att.predicate": "tagdocs",
    "att.rdgPart": "textcrit",
    "att.repeatable": "tagdocs",
    "att.tableDecoration": "figures",
    "att.textCritical": "textcrit",
    "att.translatable": "tagdocs",
    "att.witnessed": "textcrit",
}

#: module -> the elements it defines
MODULE_ELEMENTS: dict[str, frozenset[str]] = {
    "analysis": frozenset("""
        c cl interp interpGrp m pc phr s span spanGrp w
        """.split()),
    "certainty": frozenset("""
        certainty precision respons
        """.split()),
    "cmc": frozenset("""
        post
        """.split()),
    "core": frozenset("""
        abbr add addrLine address analytic author bibl biblScope biblStruct binaryObject cb
        choice cit citedRange corr date del desc distinct divGen editor ellipsis email emph
        expan foreign gap gb gloss graphic head headItem headLabel hi imprint index item l
        label lb lg list listBibl measure measureGrp media meeting mentioned milestone
        monogr name note noteGrp num orig p pb postBox postCode ptr pubPlace publisher q
        quote rb ref reg relatedItem resp respStmt rs rt ruby said series sic soCalled sp
        speaker stage street teiCorpus term textLang time title unclear unit
        """.split()),
    "corpus": frozenset("""
        activity channel constitution derivation domain factuality interaction locale
        particDesc preparedness purpose setting settingDesc textDesc
        """.split()),
    "dictionaries": frozenset("""
        case colloc def dictScrap entry entryFree etym form gen gram gramGrp hom hyph iType
        lang lbl mood number oRef orth pRef per pos pron re sense stress subc superEntry
        syll tns usg xr
        """.split()),
    "drama": frozenset("""
        actor camera caption castGroup castItem castList epilogue move performance prologue
        role roleDesc set sound spGrp tech view
        """.split()),
    "figures": frozenset("""
        cell figDesc figure formula notatedMusic row table
        """.split()),
    "gaiji": frozenset("""
        char charDecl g glyph localProp mapping unihanProp
        charName charProp glyphName localName unicodeName unicodeProp value
        """.split()),
    "header": frozenset("""
        abstract appInfo application authority availability biblFull cRefPattern calendar
        calendarDesc catDesc catRef category change citeData citeStructure classCode
        classDecl conversion correction correspAction correspContext correspDesc creation
        distributor edition editionStmt editorialDecl encodingDesc extent fileDesc funder
        geoDecl handNote hyphenation idno interpretation keywords langUsage language licence
        listChange listPrefixDef namespace normalization notesStmt prefixDef principal
        profileDesc projectDesc publicationStmt punctuation quotation refState refsDecl
        rendition revisionDesc samplingDecl schemaRef scriptNote segmentation seriesStmt
        sourceDesc sponsor stdVals styleDefDecl tagUsage tagsDecl taxonomy teiHeader
        textClass titleStmt unitDecl unitDef xenoData
        """.split()),
    "iso-fs": frozenset("""
        bicond binary cond default f fDecl fDescr fLib fs fsConstraints fsDecl fsDescr
        fsdDecl fsdLink fvLib if iff numeric string symbol then vAlt vColl vDefault vLabel
        vMerge vNot vRange
        """.split()),
    "linking": frozenset("""
        ab alt altGrp anchor annotation join joinGrp link linkGrp listAnnotation seg
        standOff timeline when
        """.split()),
    "msdescription": frozenset("""
        accMat acquisition additional additions adminInfo altIdentifier binding bindingDesc
        catchwords collation collection colophon condition custEvent custodialHist decoDesc
        decoNote depth dim dimensions explicit filiation finalRubric foliation handDesc
        height heraldry history incipit institution layout layoutDesc locus locusGrp
        material msContents msDesc msFrag msIdentifier msItem msItemStruct msName msPart
        musicNotation objectDesc objectType origDate origPlace origin physDesc provenance
        recordHist repository rubric scriptDesc seal sealDesc secFol signatures source stamp
        summary support supportDesc surrogates typeDesc typeNote watermark width
        """.split()),
    "namesdates": frozenset("""
        addName affiliation age birth bloc climate country death district education event
        eventName faith floruit forename genName gender geo geogFeat geogName langKnowledge
        langKnown listEvent listNym listObject listOrg listPerson listPlace listRelation
        location nameLink nationality nym object objectIdentifier objectName occupation
        offset org orgName persName persPronouns person personGrp persona place placeName
        population region relation residence roleName settlement sex socecStatus state
        surname terrain trait
        """.split()),
    "nets": frozenset("""
        arc eLeaf eTree forest graph iNode leaf listForest node root tree triangle
        """.split()),
    "spoken": frozenset("""
        annotationBlock broadcast equipment incident kinesic pause recording recordingStmt
        scriptStmt shift transcriptionDesc u vocal writing
        """.split()),
    "tagdocs": frozenset("""
        altIdent alternate anyElement att attDef attList attRef classRef classSpec classes
        code constraint constraintSpec content dataFacet dataRef dataSpec datatype
        defaultVal eg egXML elementRef elementSpec empty equiv exemplum gi ident listRef
        macroRef macroSpec memberOf model modelGrp modelSequence moduleRef moduleSpec
        outputRendition param paramList paramSpec remarks schemaSpec sequence specDesc
        specGrp specGrpRef specList tag textNode val valDesc valItem valList
        """.split()),
    "textcrit": frozenset("""
        app lacunaEnd lacunaStart lem listApp listWit rdg rdgGrp variantEncoding wit
        witDetail witEnd witStart witness
        """.split()),
    "textstructure": frozenset("""
        TEI argument back body byline closer dateline div div1 div2 div3 div4 div5 div6 div7
        docAuthor docDate docEdition docImprint docTitle epigraph floatingText front group
        imprimatur opener postscript salute signed text titlePage titlePart trailer
        """.split()),
    "transcr": frozenset("""
        addSpan am damage damageSpan delSpan ex facsimile fw handNotes handShift line
        listTranspose metamark mod path redo restore retrace secl sourceDoc space subst
        substJoin supplied surface surfaceGrp surplus transpose undo zone
        """.split()),
    "verse": frozenset("""
        caesura metDecl metSym rhyme
        """.split()),
}

#: element -> its module
ELEMENT_MODULE: dict[str, str] = {e: m for m, names in MODULE_ELEMENTS.items() for e in names}
