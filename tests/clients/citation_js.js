// Reads a citation export with citation-js and prints what it imported, as CSL-JSON.
// Usage: node citation_js.js FORMAT FILE   (FORMAT: bibtex, ris, csl-json)
'use strict'
const fs = require('fs')
const { Cite, plugins } = require('@citation-js/core')
require('@citation-js/plugin-bibtex')
require('@citation-js/plugin-ris')
require('@citation-js/plugin-csl')

const FORCE = { bibtex: '@biblatex/text', ris: '@ris/file', 'csl-json': '@csl/list+object' }
const [format, file] = process.argv.slice(2)
if (!(format in FORCE) || !file) {
  process.stderr.write('usage: node citation_js.js bibtex|ris|csl-json FILE\n')
  process.exit(2)
}
let input = fs.readFileSync(file, 'utf8')
if (format === 'csl-json') input = JSON.parse(input)
const data = plugins.input.chain(input, { forceType: FORCE[format], generateGraph: false })
process.stdout.write(JSON.stringify(data, null, 1) + '\n')
