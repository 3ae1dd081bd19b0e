import { registerEnumType } from 'type-graphql';

export enum PeriodKind {
  HALF_YEAR = 'HALF_YEAR',
  YEAR = 'YEAR',
  AD_HOC = 'AD_HOC',
}

registerEnumType(PeriodKind, {
  name: 'PeriodKind',
  description: 'Section V.7: reports every 6 months and every year, and ad hoc reports when asked for.',
  valuesConfig: {
    HALF_YEAR: { description: 'A half-year (6 tháng).' },
    YEAR: { description: 'A whole year (hằng năm).' },
    AD_HOC: { description: 'An ad hoc report an administrator asked for (đột xuất), with its own window and due date.' },
  },
});

export enum ReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  ACCEPTED = 'ACCEPTED',
}

registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  description: 'Where a report is in its review.',
  valuesConfig: {
    DRAFT: { description: 'Being filled in by its body.' },
    SUBMITTED: { description: 'Sent to Ban Dân tộc tỉnh; no longer editable.' },
    RETURNED: { description: 'Sent back for correction (see `returnReason`); editable again.' },
    ACCEPTED: { description: 'Accepted by Ban Dân tộc tỉnh; counts in consolidation; final.' },
  },
});

export enum Sex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
}

registerEnumType(Sex, {
  name: 'Sex',
  description: 'Sex, for a value broken down by it (e.g. the female share of trained workers).',
  valuesConfig: {
    FEMALE: { description: 'Women and girls.' },
    MALE: { description: 'Men and boys.' },
  },
});

export enum ReportKind {
  BODY = 'BODY',
  CONSOLIDATED = 'CONSOLIDATED',
}

registerEnumType(ReportKind, {
  name: 'ReportKind',
  description: 'Whose report it is: one body\'s own, or the province\'s consolidation.',
  valuesConfig: {
    BODY: { description: 'A department\'s or district committee\'s own report.' },
    CONSOLIDATED: { description: 'The province\'s figures, built by `consolidatePeriod` from ACCEPTED reports.' },
  },
});

export enum TaskProgressStatus {
  NOT_STARTED = 'NOT_STARTED',
  ON_SCHEDULE = 'ON_SCHEDULE',
  DELAYED = 'DELAYED',
  COMPLETED = 'COMPLETED',
}

registerEnumType(TaskProgressStatus, {
  name: 'TaskProgressStatus',
  description: 'Where a body stands on a task of the plan.',
  valuesConfig: {
    NOT_STARTED: { description: 'Work on the task has not begun.' },
    ON_SCHEDULE: { description: 'Under way and on schedule.' },
    DELAYED: { description: 'Under way but behind schedule.' },
    COMPLETED: { description: 'The task is done.' },
  },
});

export enum ChangeAction {
  REPORT_CREATED = 'REPORT_CREATED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  VALUE_SET = 'VALUE_SET',
  VALUE_REMOVED = 'VALUE_REMOVED',
  TASK_PROGRESS_SET = 'TASK_PROGRESS_SET',
  OBSTACLE_ADDED = 'OBSTACLE_ADDED',
  COMMENT_ADDED = 'COMMENT_ADDED',
}

registerEnumType(ChangeAction, {
  name: 'ChangeAction',
  description: 'What a change record records.',
  valuesConfig: {
    REPORT_CREATED: { description: 'The report was created (by `createReport`, or by the first `consolidatePeriod` of a period).' },
    STATUS_CHANGED: { description: 'The report\'s status changed: submitted, returned or accepted.' },
    VALUE_SET: { description: 'A value was added or changed.' },
    VALUE_REMOVED: { description: 'A value was removed: a consolidation run no longer produced it.' },
    TASK_PROGRESS_SET: { description: 'The body\'s progress on a task was set.' },
    OBSTACLE_ADDED: { description: 'An obstacle ("vướng mắc") was raised.' },
    COMMENT_ADDED: { description: 'A comment was added to the report.' },
  },
});
