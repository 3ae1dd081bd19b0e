import { registerEnumType } from 'type-graphql';

export enum TaskKind {
  BREAKTHROUGH = 'BREAKTHROUGH',
  MAIN = 'MAIN',
  SOLUTION = 'SOLUTION',
}

registerEnumType(TaskKind, {
  name: 'TaskKind',
  description: 'Where an item stands in the plan: a breakthrough task (III.1), a main task (III.2) or a solution (IV).',
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

registerEnumType(Sector, {
  name: 'Sector',
  description: 'Field of public action a task belongs to.',
  valuesConfig: {
    GOVERNANCE: { description: 'State management of ethnic affairs and its agencies (e.g. III.2.a, IV.4).' },
    POLICY: { description: 'Guidelines, mechanisms and policies on ethnic affairs (e.g. III.1.a, III.1.b).' },
    HUMAN_RESOURCES: { description: 'Training and building the pool of cadres, civil servants and high-quality human resources (e.g. III.1.c).' },
    INFRASTRUCTURE: { description: 'Essential infrastructure for daily life, production and trade: roads, irrigation, power, schools, health stations (e.g. III.1.d).' },
    DIGITAL_TRANSFORMATION: { description: 'Digital-economy infrastructure, digital transformation and the ethnic-affairs database (e.g. III.1.đ).' },
    SCIENCE_TECHNOLOGY: { description: 'Research and application of science and technology, start-ups and innovation (e.g. III.1.e).' },
    COMMUNICATION: { description: 'Information, communication and legal education on the Party\'s and State\'s policies; awareness (e.g. III.1.g, IV.1).' },
    ECONOMY: { description: 'Economic development as a whole, and the National Target Programme (e.g. III.2.b, IV.5).' },
    AGRICULTURE_FORESTRY: { description: 'Agriculture and forestry, with land policies (e.g. III.2.b.1).' },
    INDUSTRY_CONSTRUCTION: { description: 'Industry, industrial clusters, urban planning, sedentarisation and construction (e.g. III.2.b.2).' },
    TRADE_SERVICES_TOURISM: { description: 'Trade, services and tourism (e.g. III.2.b.3).' },
    EDUCATION: { description: 'Education, training and vocational training (e.g. III.2.c).' },
    HEALTH_POPULATION: { description: 'Health and population (e.g. III.2.d).' },
    CULTURE: { description: 'Preservation and development of ethnic cultures, grassroots cultural and sports institutions (e.g. III.2.đ).' },
    DEFENCE_SECURITY: { description: 'Defence and security (e.g. III.2.e).' },
    FOREIGN_AFFAIRS: { description: 'Foreign affairs and external information (e.g. III.2.g).' },
    POLITICAL_SYSTEM: { description: 'The grassroots political system (e.g. III.2.h).' },
    FINANCE: { description: 'Resources for the strategy: state budget, other lawful sources and investment (e.g. IV.2, IV.3).' },
  },
});
