// Runs the Electronegativity scanner over electron/ and fails on any HIGH or MEDIUM finding that is not
// listed, with its reason, in electronegativity-accepted.json. The scanner's CLI always exits 0 (and its
// CSV writer races with itself), so this calls its runner and reads the findings directly.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const scan = require('@doyensec/electronegativity');
const electronVersion = require('electron/package.json').version;
const accepted = JSON.parse(readFileSync(new URL('./electronegativity-accepted.json', import.meta.url), 'utf8'));

const { errors, issues } = await scan({
  input: resolve('electron'),
  customScan: [],
  excludeFromScan: [],
  isRelative: true,
  isVerbose: false,
  electronVersionOverride: electronVersion,
  parserPlugins: [],
});

if (errors.length > 0) {
  // A file the scanner cannot parse is a file it did not check.
  for (const error of errors) console.error(`Electronegativity could not parse ${error.file}: ${error.message ?? error.error ?? ''}`);
  process.exit(1);
}

const findings = issues
  .filter((issue) => ['HIGH', 'MEDIUM'].includes(issue.severity.name))
  .map((issue) => ({
    check: issue.id,
    severity: issue.severity.name,
    file: issue.file,
    at: `${issue.location.line}:${issue.location.column}`,
  }));
const open = findings.filter((finding) => !accepted.some((entry) => entry.check === finding.check && entry.file === finding.file));

for (const finding of findings) {
  console.log(
    `${open.includes(finding) ? 'FAIL    ' : 'accepted'} ${finding.severity.padEnd(6)} ${finding.check} ${finding.file}:${finding.at}`,
  );
}
if (open.length > 0) {
  console.error(
    `\nElectronegativity: ${open.length} high or medium finding(s) to fix, or to document in scripts/electronegativity-accepted.json.`,
  );
  process.exit(1);
}
console.log(`Electronegativity: no open high or medium findings in electron/ (${findings.length} documented as accepted).`);
