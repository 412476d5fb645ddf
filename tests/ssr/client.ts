// The browser side of a server-rendered page: Lit's hydration support first, then the elements.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'ketamine-clinic-elements/define';
