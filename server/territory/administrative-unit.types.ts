import { ConnectionType } from '../graphql/relay/connection';
import { AdministrativeUnit } from './administrative-unit.entity';

export const AdministrativeUnitConnection = ConnectionType(AdministrativeUnit, 'A page of administrative units.');
