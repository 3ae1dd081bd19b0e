// Example 4 of the SDK's README: a commune committee fills in and submits its
// report, handling every userError as the API returns them. Safe to run again:
// the report is found, not made twice, and a report already sent is left as it is.
//
//   API_TOKEN=bkea_... BODY=UBND-01840 PERIOD=2026-H2 node sdk/examples/submit-report.mjs
import { createClient } from '@bac-kan-ethnic-affairs/sdk';

const url = process.env.API_URL ?? 'http://127.0.0.1:4000/graphql';
const body = process.env.BODY ?? 'UBND-01840';
const period = process.env.PERIOD ?? '2026-H2';
const reporter = createClient({ url, token: process.env.API_TOKEN });

/** A payload whose userErrors are not empty changed nothing: say why and stop. */
function applied(payload) {
  if (payload.userErrors.length) throw new Error(payload.userErrors.map((e) => `${e.code} at ${e.field.join('.')}: ${e.message}`).join('\n'));
  return payload;
}

// One report per body and period: a second run finds the first, which ALREADY_EXISTS names.
const created = (await reporter.createReport({ input: { bodyCode: body, periodCode: period } })).createReport;
const existingId = created.userErrors.find((e) => e.code === 'ALREADY_EXISTS')?.existingId;
const reportId = created.report?.id ?? existingId ?? applied(created).report.id;
let report = (await reporter.report({ id: reportId })).node;

if (!report.editable) {
  console.log(`${body} ${period}: already ${report.status}, nothing to do`);
} else {
  const set = applied(
    (
      await reporter.setIndicatorValues({
        input: {
          reportId: report.id,
          version: report.version, // the version read: a stale one is a CONFLICT userError
          values: [{ indicatorCode: 'households-housing', unitCode: body.replace('UBND-', ''), value: 12 }],
        },
      })
    ).setIndicatorValues,
  );
  report = set.report;
  report = applied((await reporter.submitReport({ input: { reportId: report.id, version: report.version } })).submitReport).report;
  console.log(`${body} ${period}: ${report.status}, version ${report.version}`);
}
