// Types of the runtime the generated wrappers share (civic-react.js).
import type {
  AriaAttributes,
  DOMAttributes,
  ForwardRefExoticComponent,
  ReactElement,
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

/** Markup parameters that are HTML a server trusts: a React page gives text or children instead. */
export type CivicHtmlParam = 'html' | `${string}Html`;

/** What a furniture component's children are: the page's own content, its text, or none. */
export interface CivicMarkupChildren {
  content: { children?: ReactNode };
  text: { children?: string | number };
  none: { children?: never };
}

/**
 * A furniture component's props: the parameters of its markup function (what a
 * server gives `renderX`), without the HTML ones, and its children.
 */
export type CivicMarkupProps<Params, Children extends keyof CivicMarkupChildren> = {
  [Key in keyof Params as Key extends CivicHtmlParam ? never : Key]: Params[Key];
} & CivicMarkupChildren[Children];

/** A generated furniture component: a function of its props with no hooks, for Server and client components alike. */
export interface CivicMarkupComponent<Props> {
  (props: Props): ReactElement;
  displayName: string;
}

/** Builds a furniture component; used by the generated modules. */
export declare function civicMarkupComponent(spec: object): CivicMarkupComponent<object>;
