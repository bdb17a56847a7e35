// The runtime every generated wrapper shares. A wrapper renders its element's
// canonical HTML as React elements, from the same markup function a server and
// the element itself use, so React's server HTML (Next.js Server Components
// included) is the HTML that works without JavaScript, and the element adopts
// it when it upgrades (docs/decisions/0005 and 0006).
//
// After the first render React never touches the parts the markup built: they
// are the same React elements on every render, so React skips them, and the
// element owns them from then on (it shows errors, counts characters, reveals
// questions). Later prop changes reach the element as properties, which update
// those parts; a change no property can express (an affix, a task list's
// tasks) renders the element afresh. The page's own children (a panel's body)
// stay React's, updated by React as usual.
//
// The element is registered after React's first commit, so it cannot change
// the server HTML before hydration has compared it.
//
// The page furniture that has no element (header, footer, details, table...)
// is built by civicMarkupComponent below from the same toReact machinery: a
// plain function of its props with no hooks, so a Server Component renders
// it on the server alone, and a client component renders it as well.
import * as React from 'react';
import { warnOnce } from '@civic-design/components/core/warn.js';

/** Markup attribute names whose React prop name differs. */
const REACT_ATTRIBUTE_NAMES = {
  class: 'className',
  for: 'htmlFor',
  tabindex: 'tabIndex',
  readonly: 'readOnly',
  maxlength: 'maxLength',
  minlength: 'minLength',
  autocomplete: 'autoComplete',
  autocapitalize: 'autoCapitalize',
  inputmode: 'inputMode',
  enterkeyhint: 'enterKeyHint',
  spellcheck: 'spellCheck',
  novalidate: 'noValidate',
  formaction: 'formAction',
  formenctype: 'formEncType',
  formmethod: 'formMethod',
  formnovalidate: 'formNoValidate',
  formtarget: 'formTarget',
  enctype: 'encType',
  datetime: 'dateTime',
  colspan: 'colSpan',
  rowspan: 'rowSpan',
  hreflang: 'hrefLang',
  accesskey: 'accessKey',
};

/** React DOM prop names a developer may give a wrapper, and the markup parameter each means. */
const DOM_PROP_PARAMS = {
  autoComplete: 'autocomplete',
  autoCapitalize: 'autocapitalize',
  inputMode: 'inputmode',
  enterKeyHint: 'enterkeyhint',
  spellCheck: 'spellcheck',
};

/** Props that go to the host element itself, not to the markup. */
function isHostProp(key) {
  return (
    key === 'className' ||
    key === 'lang' ||
    key === 'dir' ||
    key === 'hidden' ||
    key === 'slot' ||
    key === 'title' ||
    key === 'suppressHydrationWarning' ||
    key.startsWith('data-') ||
    key.startsWith('aria-')
  );
}

function rawHtmlError() {
  return new Error(
    '[civic] HTML parameters (hintHtml, html and the like) are for servers writing HTML; in React, give text, or render your own content as children.',
  );
}

function isElementNode(node) {
  return typeof node === 'object' && node !== null && 'tag' in node;
}
function isRawNode(node) {
  return typeof node === 'object' && node !== null && 'html' in node;
}
function isContentNode(node) {
  return typeof node === 'object' && node !== null && 'authoredHtml' in node;
}
function holdsContent(node) {
  if (isContentNode(node)) return true;
  return isElementNode(node) && node.children.some(holdsContent);
}

/** A markup element's attributes as React DOM props. */
function reactProps(tag, attributes) {
  const props = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === 'value' && (tag === 'input' || tag === 'textarea')) {
      props.defaultValue = String(value);
    } else if (name === 'checked' && tag === 'input') {
      props.defaultChecked = true;
    } else if (tag.includes('-')) {
      // A custom element inside the markup: React passes names as written.
      props[name] = value === true ? '' : String(value);
    } else {
      const reactName = REACT_ATTRIBUTE_NAMES[name] ?? name;
      // React writes boolean DOM props (hidden, required) bare; an aria or
      // data attribute keeps the text it was given.
      props[reactName] =
        value === true ? (name.includes('-') ? 'true' : true) : reactValue(name, value);
    }
  }
  return props;
}

function reactValue(name, value) {
  // spellcheck and tabindex are enumerated or numeric in React; the rest are text.
  if (name === 'spellcheck') return value === 'true' || value === true;
  return typeof value === 'number' ? value : String(value);
}

/** Adjacent text becomes one string, so React writes no `<!-- -->` between them. */
function mergeText(children) {
  const merged = [];
  for (const child of children) {
    if (child === null || child === undefined || child === false || child === '') continue;
    const last = merged.length - 1;
    if (typeof child === 'string' && typeof merged[last] === 'string') merged[last] += child;
    else merged.push(child);
  }
  return merged;
}

/**
 * One markup node as a React node. `content` is what goes where the markup
 * holds the page's content; `frozen` keeps the parts without that content as
 * the same React elements on every render.
 */
function toReact(node, content, freeze) {
  if (typeof node === 'string') return node;
  if (typeof node === 'number') return String(node);
  if (isContentNode(node)) return React.createElement(React.Fragment, null, content);
  if (isRawNode(node)) throw rawHtmlError();
  if (!isElementNode(node)) return null;
  if (!holdsContent(node)) return freeze(node);
  return elementOf(node, content, freeze);
}

function elementOf(node, content, freeze) {
  const props = reactProps(node.tag, node.attributes);
  let children = mergeText(node.children);
  if (children.length === 1 && isRawNode(children[0]) && !holdsContent(node)) {
    props.dangerouslySetInnerHTML = { __html: children[0].html };
    children = [];
  }
  if (node.tag === 'textarea') {
    // React keeps a textarea's text in defaultValue, and writes it as the text on the server.
    const text = children.filter((child) => typeof child === 'string').join('');
    if (text !== '') props.defaultValue = text;
    children = [];
  }
  if (node.tag === 'select') {
    // React selects the option from the select's defaultValue, and warns about `selected`.
    const selected = selectedValue(node);
    if (selected !== undefined) props.defaultValue = selected;
    children = children.map(withoutSelected);
  }
  return React.createElement(
    node.tag,
    props,
    ...children.map((child) => toReact(child, content, freeze)),
  );
}

/** A `<select>`'s selected option: React selects it from the select's defaultValue. */
function selectedValue(node) {
  for (const child of node.children) {
    if (!isElementNode(child)) continue;
    if (child.tag === 'option' && child.attributes.selected === true) {
      return String(child.attributes.value ?? textOf(child));
    }
    const inner = child.tag === 'optgroup' ? selectedValue(child) : undefined;
    if (inner !== undefined) return inner;
  }
  return undefined;
}

function textOf(node) {
  if (typeof node === 'string') return node;
  return isElementNode(node) ? node.children.map(textOf).join('') : '';
}

function withoutSelected(node) {
  if (!isElementNode(node)) return node;
  const attributes =
    node.tag === 'option' ? { ...node.attributes, selected: false } : node.attributes;
  return { ...node, attributes, children: node.children.map(withoutSelected) };
}

/** What the element's property was last set to, for comparing renders. */
function signature(value) {
  if (typeof value === 'function') return value;
  if (Array.isArray(value) && value.some((item) => typeof item === 'function')) return value;
  try {
    return JSON.stringify(value) ?? value;
  } catch {
    return value;
  }
}

/** Text of string and number children, for components whose markup takes `text`. */
function childText(children) {
  const list = React.Children.toArray(children);
  if (list.every((child) => typeof child === 'string' || typeof child === 'number')) {
    return list.join('');
  }
  return undefined;
}

/**
 * Builds the wrapper for one element.
 *
 * @param {object} spec
 * @param {string} spec.tagName
 * @param {string} spec.displayName
 * @param {((params: object) => object) | undefined} spec.markup the component's markup function; none for data children
 * @param {() => Promise<unknown>} spec.register imports the registering entry
 * @param {string[]} spec.properties the element's writable properties
 * @param {string[]} spec.propertyOnly properties with no attribute and no place in the markup (validators)
 * @param {Record<string, string>} spec.attributes attribute name -> markup parameter
 * @param {Record<string, string>} spec.paramOfProperty property -> markup parameter, where they differ
 * @param {Record<string, string>} spec.events React prop -> event name
 * @param {'text' | 'content' | 'none'} spec.children what the wrapper's children are
 */
export function civicComponent(spec) {
  const eventProps = new Map(Object.entries(spec.events));
  const propertyOfParam = Object.fromEntries(
    Object.entries(spec.paramOfProperty).map(([property, param]) => [param, property]),
  );
  const properties = new Set(spec.properties);

  /** Splits a wrapper's props into the markup's parameters, the host's props and event handlers. */
  function split(props) {
    const params = {};
    const host = {};
    const events = {};
    for (const [key, value] of Object.entries(props)) {
      if (key === 'children') continue;
      if (eventProps.has(key)) events[eventProps.get(key)] = value;
      else if (/^on[A-Z]/.test(key) || isHostProp(key)) host[key] = value;
      else {
        const param =
          spec.attributes[key] ?? spec.paramOfProperty[key] ?? DOM_PROP_PARAMS[key] ?? key;
        params[param] = value;
      }
    }
    if (spec.children === 'text' && props.children !== undefined && params.text === undefined) {
      const text = childText(props.children);
      if (text !== undefined) params.text = text;
    }
    return { params, host, events };
  }

  /** Parameters the element has no property for: a change renders it afresh. */
  function structureKey(params) {
    const structural = {};
    for (const [param, value] of Object.entries(params)) {
      if (!properties.has(propertyOfParam[param] ?? param)) structural[param] = value;
    }
    try {
      return JSON.stringify(structural);
    } catch {
      return '';
    }
  }

  function Host({ props, forwardedRef }) {
    const { params, host, events } = split(props);
    const elementRef = React.useRef(null);
    const applied = React.useRef(null);
    const frozenParts = React.useRef(new Map());
    const initialTree = React.useRef(null);
    const eventsRef = React.useRef(events);
    eventsRef.current = events;

    // The markup of the first render: later renders change the element
    // through its properties, and only the page's content through React.
    if (spec.markup !== undefined) initialTree.current ??= spec.markup(params);

    // What the markup already gave the element. An object the markup wrote
    // into a host attribute as JSON (messages) is set again as itself, since
    // React 19 sets a defined element's property to the attribute's text.
    if (applied.current === null) {
      applied.current = new Map();
      const hostAttributes = initialTree.current?.attributes ?? {};
      for (const [param, value] of Object.entries(params)) {
        const property = propertyOfParam[param] ?? param;
        if (!properties.has(property) || spec.propertyOnly.includes(property)) continue;
        if (typeof value === 'object' && value !== null && param in hostAttributes) continue;
        applied.current.set(property, signature(value));
      }
    }
    let index = 0;
    const freeze = (node) => {
      const key = index++;
      if (!frozenParts.current.has(key)) {
        frozenParts.current.set(key, elementOf(node, null, freeze));
      }
      return frozenParts.current.get(key);
    };

    const content = spec.children === 'content' ? props.children : undefined;
    let hostAttributes = {};
    let children;
    if (spec.markup === undefined || (spec.children === 'data' && props.children !== undefined)) {
      // Data children (a task), or a list given as data children: the
      // element builds its HTML from the attributes and children in the browser.
      for (const [param, value] of Object.entries(params)) {
        const attribute =
          Object.entries(spec.attributes).find(([, name]) => name === param)?.[0] ?? param;
        if (value === false || value === null || value === undefined) continue;
        hostAttributes[attribute] =
          value === true ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
      }
      children = props.children;
    } else {
      const tree = initialTree.current;
      hostAttributes = reactProps(spec.tagName, tree.attributes);
      children = mergeText(tree.children).map((child) => toReact(child, content, freeze));
    }

    const setRef = React.useCallback(
      (element) => {
        elementRef.current = element;
        if (typeof forwardedRef === 'function') forwardedRef(element);
        else if (forwardedRef) forwardedRef.current = element;
      },
      [forwardedRef],
    );

    // Custom events: one listener per event, calling the latest handler.
    React.useEffect(() => {
      const element = elementRef.current;
      if (element === null) return undefined;
      const listeners = [...eventProps.values()].map((type) => {
        const listener = (event) => eventsRef.current[type]?.(event);
        element.addEventListener(type, listener);
        return [type, listener];
      });
      return () => {
        for (const [type, listener] of listeners) element.removeEventListener(type, listener);
      };
    }, []);

    // Register the element after the first commit (and after hydration), then
    // set the properties that changed since the markup was built.
    React.useEffect(() => {
      const element = elementRef.current;
      const applyChanged = () => {
        if (element === null || spec.markup === undefined) return;
        for (const [param, value] of Object.entries(params)) {
          const property = propertyOfParam[param] ?? param;
          if (!properties.has(property)) continue;
          const next = signature(value);
          if (applied.current.has(property) && applied.current.get(property) === next) continue;
          applied.current.set(property, next);
          element[property] = value;
        }
      };
      if (customElements.get(spec.tagName) !== undefined) {
        applyChanged();
        return undefined;
      }
      let live = true;
      // whenDefined's promise is the one the page's own code gets, so a page
      // that awaits it sees these properties set.
      void spec.register();
      customElements.whenDefined(spec.tagName).then(() => {
        if (live) applyChanged();
      });
      return () => {
        live = false;
      };
    });

    return React.createElement(
      spec.tagName,
      { ...hostAttributes, ...host, ref: setRef },
      ...(Array.isArray(children) ? children : [children]),
    );
  }

  const Wrapper = React.forwardRef(function CivicWrapper(props, ref) {
    const key = spec.markup === undefined ? 'data' : structureKey(split(props).params);
    return React.createElement(Host, { key, props, forwardedRef: ref });
  });
  Wrapper.displayName = spec.displayName;
  return Wrapper;
}

/** Markup parameters that are HTML a server trusts (`html`, `logoHtml`): never written from React. */
function isHtmlParam(key) {
  return key === 'html' || /^[a-z]\w*Html$/.test(key);
}

/** Throws the HTML parameters' error for HTML deeper in the parameters (a table cell's `html`). */
function refuseRawHtml(node) {
  if (isRawNode(node)) throw rawHtmlError();
  if (isElementNode(node)) for (const child of node.children) refuseRawHtml(child);
}

/** Children a furniture component cannot show are a developer's mistake: say so, once. */
function warnIfChildrenUnused(spec, params, children) {
  const name = spec.displayName;
  if (spec.children === 'none') {
    warnOnce(`${name} takes no children, so they are left out: give what it shows as its props.`);
  } else if (spec.children === 'text' && childText(children) === undefined) {
    warnOnce(`${name}'s children are its text, so children that are not text are left out.`);
  } else if (spec.children === 'content' && params.text !== undefined && params.text !== '') {
    warnOnce(`${name} has both text and children; the children are shown: give one of them.`);
  } else if (spec.children === 'text' && params.text !== undefined && params.text !== '') {
    warnOnce(`${name} has both text and children; the text is shown: give one of them.`);
  }
}

/** Where a furniture component's children go: the markup's place for the page's own content. */
const CHILDREN_PLACE = Object.freeze({ authoredHtml: undefined });

/**
 * Builds the React component of page furniture that has no element: its
 * markup function's canonical HTML as React elements, from its props (the
 * markup's parameters). No hooks, refs or effects, so it renders in React
 * Server Components as it does in client components.
 *
 * @param {object} spec
 * @param {string} spec.displayName
 * @param {(params: object, content?: object) => object} spec.markup the component's markup function
 * @param {'content' | 'text' | 'none'} spec.children `content`: children go where the markup
 *   holds the page's own content (its second argument); `text`: text children are its `text`
 */
export function civicMarkupComponent(spec) {
  const build = (node) => elementOf(node, null, build);

  function CivicMarkup(props) {
    const params = {};
    for (const [key, value] of Object.entries(props)) {
      if (key === 'children') continue;
      if (isHtmlParam(key) && value !== undefined && value !== null && value !== '') {
        throw rawHtmlError();
      }
      params[key] = value;
    }
    const { children } = props;
    const hasChildren = children !== undefined && children !== null && children !== false;
    if (hasChildren) warnIfChildrenUnused(spec, params, children);
    if (spec.children === 'text' && hasChildren && params.text === undefined) {
      const text = childText(children);
      if (text !== undefined) params.text = text;
    }
    const tree =
      spec.children === 'content' && hasChildren
        ? spec.markup(params, CHILDREN_PLACE)
        : spec.markup(params);
    refuseRawHtml(tree);
    return toReact(tree, children, build);
  }
  CivicMarkup.displayName = spec.displayName;
  return CivicMarkup;
}
