import type { EntityManager } from '@mikro-orm/postgresql';
import { isInForce } from '../../database/validity';
import { userError, UserError, UserErrorCode } from '../../graphql/mutations/user-error';
import { AdministrativeUnit } from '../../territory/administrative-unit.entity';
import { AdministrativeUnitSuccession } from '../../territory/administrative-unit-succession.entity';

/**
 * The rule: a value is for a unit in force on its period's last day (the data
 * cut-off of Decree 09/2019/NĐ-CP), so each period's figures stand on the map
 * of that day. A code names the version of the unit in force then: "01840"
 * is Phường Đức Xuân as it was before 1 July 2025 in a 2024 report, and the
 * merged ward after it in a 2026 report.
 */
export class UnitsOnCutOff {
  private constructor(
    readonly day: string,
    private readonly inForce: Map<string, AdministrativeUnit>,
    private readonly refusals: Map<string, string>,
  ) {}

  static async load(tx: EntityManager, codes: readonly string[], day: string): Promise<UnitsOnCutOff> {
    const versions = await tx.find(AdministrativeUnit, { code: { $in: [...new Set(codes)] } }, { orderBy: { validFrom: 'asc' } });
    const inForce = new Map<string, AdministrativeUnit>();
    for (const unit of versions) if (isInForce(unit, day)) inForce.set(unit.code, unit);
    const outOfForce = versions.filter((unit) => !inForce.has(unit.code));
    return new UnitsOnCutOff(day, inForce, await explainRefusals(tx, outOfForce, day));
  }

  /** The unit a code names on the cut-off day, if one was in force. */
  get(code: string): AdministrativeUnit | undefined {
    return this.inForce.get(code);
  }

  /** Why a code names no unit on the cut-off day: NOT_FOUND when it never named one, else UNIT_NOT_IN_FORCE with the unit that took its area. */
  refusal(code: string, field: Array<string | number>): UserError {
    const reason = this.refusals.get(code);
    if (!reason) return userError(UserErrorCode.NOT_FOUND, field, `No unit has the code "${code}"`);
    return userError(UserErrorCode.UNIT_NOT_IN_FORCE, field, reason);
  }
}

/** For each code with no version in force on `day`: when its versions were in force, and what took their area. */
async function explainRefusals(tx: EntityManager, versions: AdministrativeUnit[], day: string): Promise<Map<string, string>> {
  const successions = versions.length
    ? await tx.find(AdministrativeUnitSuccession, { predecessor: { $in: versions.map((v) => v.id) } }, { populate: ['successor'] })
    : [];
  const reasons = new Map<string, string>();
  for (const unit of versions) {
    if (reasons.has(unit.code)) continue;
    const label = `${unit.name} (${unit.code})`;
    if (unit.validFrom && unit.validFrom > day) {
      reasons.set(unit.code, `${label} begins on ${unit.validFrom}, after this period's cut-off on ${day}`);
      continue;
    }
    const successors = successions
      .filter((s) => s.predecessor.id === unit.id)
      .map((s) => s.successor.getEntity())
      .filter((successor) => isInForce(successor, day))
      .map((successor) => `${successor.name} (${successor.code})`);
    const went = successors.length ? `its area is now in ${successors.join(', ')}` : 'it has no successor: report for the units in force then';
    reasons.set(unit.code, `${label} ended on ${unit.validTo}, before this period's cut-off on ${day}: ${went}`);
  }
  return reasons;
}
