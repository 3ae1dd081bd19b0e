import { registerEnumType } from 'type-graphql';

export enum TaskKind {
  BREAKTHROUGH = 'BREAKTHROUGH',
  MAIN = 'MAIN',
  SOLUTION = 'SOLUTION',
}

registerEnumType(TaskKind, {
  name: 'TaskKind',
  valuesConfig: {
    BREAKTHROUGH: { description: 'Nhiệm vụ đột phá (section III.1, items a-g).' },
    MAIN: { description: 'Nhiệm vụ chủ yếu (section III.2, items a-h and their sector sub-items).' },
    SOLUTION: { description: 'Giải pháp thực hiện (section IV, items 1-5).' },
  },
});

export enum Sector {
  GOVERNANCE = 'GOVERNANCE',
  POLICY = 'POLICY',
  HUMAN_RESOURCES = 'HUMAN_RESOURCES',
  INFRASTRUCTURE = 'INFRASTRUCTURE',
  DIGITAL_TRANSFORMATION = 'DIGITAL_TRANSFORMATION',
  SCIENCE_TECHNOLOGY = 'SCIENCE_TECHNOLOGY',
  COMMUNICATION = 'COMMUNICATION',
  ECONOMY = 'ECONOMY',
  AGRICULTURE_FORESTRY = 'AGRICULTURE_FORESTRY',
  INDUSTRY_CONSTRUCTION = 'INDUSTRY_CONSTRUCTION',
  TRADE_SERVICES_TOURISM = 'TRADE_SERVICES_TOURISM',
  EDUCATION = 'EDUCATION',
  HEALTH_POPULATION = 'HEALTH_POPULATION',
  CULTURE = 'CULTURE',
  DEFENCE_SECURITY = 'DEFENCE_SECURITY',
  FOREIGN_AFFAIRS = 'FOREIGN_AFFAIRS',
  POLITICAL_SYSTEM = 'POLITICAL_SYSTEM',
  FINANCE = 'FINANCE',
}

registerEnumType(Sector, { name: 'Sector', description: 'Field of public action a task belongs to.' });
