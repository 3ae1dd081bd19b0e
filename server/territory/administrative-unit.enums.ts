import { registerEnumType } from 'type-graphql';

export enum AdministrativeLevel {
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
}

registerEnumType(AdministrativeLevel, {
  name: 'AdministrativeLevel',
  description: 'The level of an administrative unit: province, district (until 30 June 2025) or commune.',
  valuesConfig: {
    PROVINCE: { description: 'Tỉnh.' },
    DISTRICT: { description: 'District level: huyện, thị xã, thành phố thuộc tỉnh (abolished on 1 July 2025).' },
    COMMUNE: { description: 'Commune level: xã, phường, thị trấn.' },
  },
});
