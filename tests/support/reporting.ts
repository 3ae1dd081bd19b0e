import type { GraphqlResponse, TestApp } from './test-app';

/** The report fields the reporting tests read back after each step. */
export const REPORT_FIELDS = 'id version status kind late submittedAt firstSubmittedAt returnReason editable body { code } period { code }';
const USER_ERRORS = 'userErrors { field message code existingId }';

export interface ReportState {
  id: string;
  version: number;
  status: string;
  late: boolean | null;
  [field: string]: unknown;
}

export interface UserErrorShape {
  field: string[];
  message: string;
  code: string;
  existingId: string | null;
}

export interface ValueInput {
  indicatorCode: string;
  unitCode: string;
  value?: number;
  numerator?: number;
  denominator?: number;
  sex?: 'FEMALE' | 'MALE';
  ethnicGroup?: string;
}

/** The reporting mutations as a reporter or reviewer calls them, over HTTP. */
export class ReportingClient {
  constructor(
    private readonly api: TestApp,
    readonly token: string,
  ) {}

  async mutate(name: string, input: Record<string, unknown>, extra = ''): Promise<GraphqlResponse> {
    return this.api.graphql(
      `mutation($input: ${inputTypeOf(name)}!) { ${name}(input: $input) { clientMutationId report { ${REPORT_FIELDS} } ${extra} ${USER_ERRORS} } }`,
      { input },
      this.token,
    );
  }

  /** Runs a mutation that must apply, and returns its payload. */
  async apply(name: string, input: Record<string, unknown>, extra = ''): Promise<Record<string, any>> {
    const response = await this.mutate(name, input, extra);
    if (response.errors) throw new Error(`${name} failed: ${JSON.stringify(response.errors)}`);
    const payload = response.data![name];
    if (payload.userErrors.length) throw new Error(`${name} refused: ${JSON.stringify(payload.userErrors)}`);
    return payload;
  }

  async createReport(bodyCode: string, periodCode: string): Promise<ReportState> {
    return (await this.apply('createReport', { bodyCode, periodCode })).report;
  }

  async setValues(report: ReportState, values: ValueInput[]): Promise<ReportState> {
    return (await this.apply('setIndicatorValues', { reportId: report.id, version: report.version, values })).report;
  }

  async submit(report: ReportState): Promise<ReportState> {
    return (await this.apply('submitReport', { reportId: report.id, version: report.version })).report;
  }

  async accept(report: ReportState): Promise<ReportState> {
    return (await this.apply('acceptReport', { reportId: report.id, version: report.version })).report;
  }

  async returnWith(report: ReportState, reason: string): Promise<ReportState> {
    return (await this.apply('returnReport', { reportId: report.id, version: report.version, reason })).report;
  }
}

function inputTypeOf(mutation: string): string {
  return mutation[0].toUpperCase() + mutation.slice(1) + 'Input';
}
