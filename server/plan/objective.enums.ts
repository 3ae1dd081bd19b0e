import { registerEnumType } from 'type-graphql';

export enum ObjectiveKind {
  GENERAL = 'GENERAL',
  SPECIFIC = 'SPECIFIC',
  VISION = 'VISION',
}

registerEnumType(ObjectiveKind, {
  name: 'ObjectiveKind',
  description: 'Section II of the plan: general objectives (II.1), specific objectives by 2025 and 2030 (II.2), vision to 2045 (II.3).',
  valuesConfig: {
    GENERAL: { description: 'Mục tiêu tổng quát (II.1).' },
    SPECIFIC: { description: 'Mục tiêu cụ thể (II.2.a by 2025, II.2.b by 2030).' },
    VISION: { description: 'Tầm nhìn đến năm 2045 (II.3).' },
  },
});
