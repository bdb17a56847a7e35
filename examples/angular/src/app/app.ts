import { Component } from '@angular/core';
import { DetailsPage } from './details-page';
import { TaskPage } from './task-page';

// Two pages without a router: `/?page=tasks` is the task list, anything else the form.
@Component({
  selector: 'app-root',
  imports: [DetailsPage, TaskPage],
  template: `
    @if (page === 'tasks') {
      <app-task-page />
    } @else {
      <app-details-page />
    }
  `,
})
export class App {
  protected readonly page = new URLSearchParams(location.search).get('page');
}
