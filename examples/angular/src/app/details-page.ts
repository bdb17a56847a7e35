import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormsModule, ReactiveFormsModule } from '@angular/forms';
import { CivicTouched } from './civic-touched';

// The name is a reactive form control (typed FormControl<string>) that tidies
// runs of spaces to one and sets the value back on the element; the reason is
// template-driven (ngModel on a signal). ngDefaultControl gives both Angular's
// own value accessor, which listens for the `input` events that bubble from the
// native controls and sets the element's `value`. The <form> is the browser's:
// ngNoForm stops FormsModule putting NgForm on it, which would cancel the post.
@Component({
  selector: 'app-details-page',
  imports: [ReactiveFormsModule, FormsModule, CivicTouched],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <!-- data-name-error shows what (civic-error-change) received; data-name-control
         and data-reason-control what Angular's forms hold. -->
    <main
      [attr.data-name-error]="nameError()"
      [attr.data-name-control]="controlState(name.value, name.valid, name.touched)"
      [attr.data-reason-control]="controlState(reason(), reasonModel.valid, reasonModel.touched)"
    >
      <civic-error-summary></civic-error-summary>
      <h1>Your details</h1>
      <form action="/submit" method="post" novalidate ngNoForm>
        <civic-text-input
          ngDefaultControl
          [formControl]="name"
          name="full-name"
          label="Full name"
          autocomplete="name"
          required
          (civic-error-change)="nameError.set($event.detail.message)"
        ></civic-text-input>
        <civic-textarea
          ngDefaultControl
          [(ngModel)]="reason"
          #reasonModel="ngModel"
          name="reason"
          label="Why do you need a permit?"
          maxlength="200"
          required
        ></civic-textarea>
        <civic-button type="submit" name="action" value="continue">Continue</civic-button>
      </form>
    </main>
  `,
})
export class DetailsPage {
  protected readonly name = new FormControl('', { nonNullable: true });
  protected readonly reason = signal('');
  protected readonly nameError = signal('');

  constructor() {
    this.name.valueChanges.pipe(takeUntilDestroyed()).subscribe((value) => {
      const tidied = value.replace(/\s{2,}/g, ' ');
      if (tidied !== value) this.name.setValue(tidied);
    });
  }

  protected controlState(value: string, valid: boolean | null, touched: boolean | null): string {
    return JSON.stringify({ value, valid, touched });
  }
}
