import { Person } from './person.entity';
import { RescueCase } from './rescue-case.entity';
import { RescueCaseEvent } from './rescue-case-event.entity';
import { Station } from './station.entity';

/** Every entity of the civil-affairs database. */
export const entities = [Station, Person, RescueCase, RescueCaseEvent];
