// Writes a CSV of every indicator's latest progress, for the province and each
// district, using only the SDK: what a BI tool's nightly extract does.
//
//   API_TOKEN=bkea_... npm run example:progress-csv > progress.csv
//
// API_URL defaults to the local server (http://127.0.0.1:4000/graphql); AS_OF
// (YYYY-MM-DD) to today.
import { createClient } from '@bac-kan-ethnic-affairs/sdk';

const url = process.env.API_URL ?? 'http://127.0.0.1:4000/graphql';
const token = process.env.API_TOKEN;
if (!token) {
  console.error('Set API_TOKEN to a token of any role (npm start prints one on its first start).');
  process.exit(2);
}
const asOf = process.env.AS_OF ?? new Date().toISOString().slice(0, 10);
const sdk = createClient({ url, token });

const COLUMNS = ['indicator', 'name', 'unit', 'unit_code', 'unit_name', 'period', 'value', 'target_year', 'comparator', 'target', 'expected', 'status'];

/** RFC 4180: quote a field when it holds a comma, a quote or a line break. */
function csvField(value) {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(values) {
  return values.map(csvField).join(',') + '\r\n';
}

const units = [{ code: '06', name: 'Tỉnh Bắc Kạn' }];
for await (const district of sdk.paginate.administrativeUnits({ filter: { level: 'DISTRICT' } })) units.push(district);

process.stdout.write(row(COLUMNS));
let rows = 0;
for (const unit of units) {
  for await (const indicator of sdk.paginate.progressDashboard({ unitCode: unit.code, asOf })) {
    const p = indicator.progress;
    process.stdout.write(
      row([indicator.code, indicator.name, indicator.unit, unit.code, unit.name, p.period?.code, p.value, p.target?.year, p.target?.comparator, p.target?.value, p.expectedValue, p.status]),
    );
    rows++;
  }
}
console.error(`${rows} rows: ${units.length} units x every indicator, as of ${asOf}`);
