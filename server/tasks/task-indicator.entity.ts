import { Index, Entity, ManyToOne, PrimaryKeyProp, Ref } from '@mikro-orm/core';
import { Indicator } from '../indicators/indicator.entity';
import { Task } from './task.entity';

/** Which tasks serve which indicators: the plan's reading, kept as data. */
@Entity()
export class TaskIndicator {
  @ManyToOne(() => Task, { ref: true, primary: true })
  task!: Ref<Task>;

  @Index()
  @ManyToOne(() => Indicator, { ref: true, primary: true })
  indicator!: Ref<Indicator>;

  [PrimaryKeyProp]?: ['task', 'indicator'];
}
