/** What the app composes from the callbacks feature into other pages (the case page's slot). */
export { CaseCallbacks } from './CaseCallbacks.tsx';
