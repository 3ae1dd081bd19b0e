import { ConnectionType } from '../graphql/relay/connection';
import { Indicator } from './indicator.entity';

export const IndicatorConnection = ConnectionType(Indicator, 'A page of indicators.');
