/** The two sizes the benchmark runs at (issue 5). */
export interface Scale {
  name: 'S' | 'L';
  description: string;
  /** Provinces besides Bắc Kạn, each with `districtsPerProvince` x `communesPerDistrict` communes. */
  extraProvinces: number;
  districtsPerProvince: number;
  communesPerDistrict: number;
}

export const SCALES: Record<Scale['name'], Scale> = {
  S: { name: 'S', description: 'Bắc Kạn as it is: 8 districts, 108 communes', extraProvinces: 0, districtsPerProvince: 0, communesPerDistrict: 0 },
  L: {
    name: 'L',
    description: 'national size: 34 provinces, 272 districts, 3,276 communes',
    extraProvinces: 33,
    districtsPerProvince: 8,
    communesPerDistrict: 12,
  },
};

/** Half-years 2022-2030: the periods every commune reports for. */
export function halfYears(): string[] {
  const codes: string[] = [];
  for (let year = 2022; year <= 2030; year++) codes.push(`${year}-H1`, `${year}-H2`);
  return codes;
}
