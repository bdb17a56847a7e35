import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import type { TaskStatus } from '@civic-design/components';

// The Vehicle task's status lives in a signal and reaches its <civic-task> data
// child as a property; the list reads its children like a <select> reads its
// <option>s, and rebuilds when one changes.
@Component({
  selector: 'app-task-page',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Your application</h1>
      <civic-task-list id="tasks" show-summary>
        <civic-task href="/details" status="completed">Your details</civic-task>
        <civic-task href="/vehicle" hint="Make, model and registration" [status]="vehicle()"
          >Vehicle</civic-task
        >
        <civic-task status="cannot-start">Pay the fee</civic-task>
      </civic-task-list>
      <button type="button" (click)="vehicle.set('completed')">Finish vehicle</button>
    </main>
  `,
})
export class TaskPage {
  protected readonly vehicle = signal<TaskStatus>('in-progress');
}
