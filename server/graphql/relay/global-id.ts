import { badUserInput } from '../errors';

/**
 * Relay global IDs: the type name and the row's key, base64url-encoded so that
 * clients treat them as opaque and never build them by hand.
 */
export function toGlobalId(typeName: string, id: number): string {
  return Buffer.from(`${typeName}:${id}`, 'utf8').toString('base64url');
}

export interface DecodedGlobalId {
  typeName: string;
  id: number;
}

const GLOBAL_ID = /^([A-Z][A-Za-z]*):([1-9][0-9]{0,15})$/;

export function fromGlobalId(globalId: string): DecodedGlobalId {
  const decoded = /^[A-Za-z0-9_-]+$/.test(globalId) ? Buffer.from(globalId, 'base64url').toString('utf8') : '';
  const match = GLOBAL_ID.exec(decoded);
  if (!match) {
    throw badUserInput(`"${truncate(globalId)}" is not a valid ID: use the \`id\` field of an object from this API`, {
      argument: 'id',
    });
  }
  return { typeName: match[1], id: Number(match[2]) };
}

function truncate(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}

/** The row key of a global ID of `typeName`, or null when it names anything else (for userErrors, not exceptions). */
export function idOfType(typeName: string, globalId: string): number | null {
  try {
    const decoded = fromGlobalId(globalId);
    return decoded.typeName === typeName ? decoded.id : null;
  } catch {
    return null;
  }
}
