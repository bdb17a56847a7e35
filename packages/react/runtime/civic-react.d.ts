// Types of the runtime the generated wrappers share (civic-react.js).
import type {
  AriaAttributes,
  DOMAttributes,
  ForwardRefExoticComponent,
  ReactNode,
  RefAttributes,
} from 'react';

/** Props a wrapper passes to its element itself: React's event handlers, aria and data attributes, class and language. */
export interface CivicHostProps
  extends Omit<DOMAttributes<HTMLElement>, 'children' | 'dangerouslySetInnerHTML'>, AriaAttributes {
  className?: string;
  lang?: string;
  dir?: string;
  hidden?: boolean;
  slot?: string;
  title?: string;
  [dataAttribute: `data-${string}`]: string | undefined;
}

/** The React DOM spellings a wrapper also takes for its control's attributes. */
export interface CivicDomSpellings {
  autoComplete?: string;
  autoCapitalize?: string;
  inputMode?: string;
  enterKeyHint?: string;
  spellCheck?: boolean;
}

/** HTML attribute names (`maxlength`), typed as the markup parameter each stands for. */
export type CivicAttributeProps<Params, Aliases extends Record<string, string>> = {
  [Name in keyof Aliases]?: Aliases[Name] extends keyof Params ? Params[Aliases[Name]] : string;
};

/**
 * A wrapper's props: the element's writable properties, the parameters of its
 * markup function (what a server gives `renderX`), the HTML attribute names of
 * its examples, its custom events as `on…` props, and host props.
 */
export type CivicWrapperProps<
  Element extends HTMLElement,
  Property extends keyof Element,
  Params,
  Aliases extends Record<string, string>,
  Events,
> = Omit<Partial<Pick<Element, Property>>, keyof Params> &
  Params &
  CivicAttributeProps<Params, Aliases> &
  CivicDomSpellings &
  Events &
  CivicHostProps & { children?: ReactNode };

/** A generated wrapper: a React component whose ref is the element. */
export type CivicWrapper<Element extends HTMLElement, Props> = ForwardRefExoticComponent<
  Props & RefAttributes<Element>
>;

/** Builds a wrapper; used by the generated modules. */
export declare function civicComponent(spec: object): CivicWrapper<HTMLElement, object>;
