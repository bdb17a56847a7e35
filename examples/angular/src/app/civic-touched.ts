import { Directive, inject } from '@angular/core';
import { DefaultValueAccessor } from '@angular/forms';

// Angular's DefaultValueAccessor (what ngDefaultControl selects) marks a
// control touched on `blur` of the element it is on. A Civic field's focus is
// on the native input inside it, whose `blur` does not bubble, so the control
// would never be touched; `focusout` does bubble, and this directive passes it
// to the same accessor.
@Directive({
  selector:
    'civic-text-input[ngDefaultControl], civic-textarea[ngDefaultControl], civic-password-input[ngDefaultControl]',
  host: { '(focusout)': 'accessor.onTouched()' },
})
export class CivicTouched {
  protected readonly accessor = inject(DefaultValueAccessor, { self: true });
}
