// Vue: importing dist/types/vue.d.ts adds every element to Vue's GlobalComponents,
// which Volar (vue-tsc) uses to check templates.
import type { GlobalComponents } from 'vue';
import type {} from '../../dist/types/vue.js';

type ButtonProps = InstanceType<GlobalComponents['civic-button']>['$props'];
type TextInputProps = InstanceType<GlobalComponents['civic-text-input']>['$props'];

export const button: ButtonProps = { variant: 'secondary', type: 'submit' };
export const textInput: TextInputProps = {
  label: 'Full name',
  required: true,
  'oncivic-error-change': (event) => event.detail.message.toUpperCase(),
};

// @ts-expect-error 'purple' is not a ButtonVariant
export const wrongVariant: ButtonProps = { variant: 'purple' };

// `@civic-error-change` in a template is the prop onCivicErrorChange: typed.
export const templateListener: TextInputProps = {
  onCivicErrorChange: (event) => event.detail.message.toUpperCase(),
};
export const wrongTemplateDetail: TextInputProps = {
  // @ts-expect-error the detail of civic-error-change has no `nope`
  onCivicErrorChange: (event) => event.detail.nope,
};
