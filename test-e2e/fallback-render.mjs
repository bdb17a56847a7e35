// TEMPORARY: hand-written HTML of the contract's shape for the components
// whose server renderer has not landed yet (docs: /work/notes/contract.md).
// service.mjs uses the real packages/components/dist/server export wherever
// there is one; delete this file once all five exist.
const escape = (text) =>
  String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

function errorMessage(id, error) {
  return `<p class="civic-error-message" id="${id}-error"><span class="civic-visually-hidden">Error:</span> ${escape(error)}</p>`;
}

function group(params, inner) {
  return `<div class="civic-form-group${params.error ? ' civic-form-group--error' : ''}">${inner}</div>`;
}

export function renderTextarea(params) {
  const id = params.id ?? params.name;
  const value = params.value ?? '';
  const over = params.maxLength !== undefined ? value.length - params.maxLength : 0;
  const count =
    params.maxLength === undefined
      ? ''
      : `<div class="civic-hint civic-character-count__message" id="${id}-info">${
          over > 0
            ? `You have ${over} character${over === 1 ? '' : 's'} too many`
            : `You can enter up to ${params.maxLength} characters`
        }</div>`;
  const describedBy = [
    params.hint && `${id}-hint`,
    params.error && `${id}-error`,
    count && `${id}-info`,
  ]
    .filter(Boolean)
    .join(' ');
  return `<civic-textarea>${group(
    params,
    `<label class="civic-label" for="${id}">${escape(params.label)}</label>${
      params.hint ? `<div class="civic-hint" id="${id}-hint">${escape(params.hint)}</div>` : ''
    }${params.error ? errorMessage(id, params.error) : ''}<textarea class="civic-textarea${
      params.error ? ' civic-textarea--error' : ''
    }" id="${id}" name="${escape(params.name)}" rows="${params.rows ?? 5}"${
      describedBy ? ` aria-describedby="${describedBy}"` : ''
    }${params.error ? ' aria-invalid="true"' : ''}>${escape(value)}</textarea>${count}`,
  )}</civic-textarea>`;
}

export function renderPasswordInput(params) {
  const id = params.id ?? params.name;
  const describedBy = [params.hint && `${id}-hint`, params.error && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return `<civic-password-input>${group(
    params,
    `<label class="civic-label" for="${id}">${escape(params.label)}</label>${
      params.hint ? `<div class="civic-hint" id="${id}-hint">${escape(params.hint)}</div>` : ''
    }${params.error ? errorMessage(id, params.error) : ''}<input class="civic-input civic-password-input__input${
      params.error ? ' civic-input--error' : ''
    }" id="${id}" name="${escape(params.name)}" type="password" autocomplete="${
      params.autocomplete ?? 'current-password'
    }" spellcheck="false"${params.required ? ' required' : ''}${
      describedBy ? ` aria-describedby="${describedBy}"` : ''
    }${params.error ? ' aria-invalid="true"' : ''}>`,
  )}</civic-password-input>`;
}

export function renderErrorSummary({ items = [], heading = 'There is a problem' } = {}) {
  if (items.length === 0) return '<civic-error-summary></civic-error-summary>';
  return `<civic-error-summary><div class="civic-error-summary" role="alert" tabindex="-1" aria-labelledby="civic-error-summary-title"><h2 class="civic-error-summary__title" id="civic-error-summary-title">${escape(
    heading,
  )}</h2><div class="civic-error-summary__body"><ul class="civic-error-summary__list">${items
    .map((item) => `<li><a href="${escape(item.href)}">${escape(item.text)}</a></li>`)
    .join('')}</ul></div></div></civic-error-summary>`;
}

export function renderButton({ text, type = 'submit' }) {
  return `<civic-button><button class="civic-button" type="${type}">${escape(text)}</button></civic-button>`;
}
