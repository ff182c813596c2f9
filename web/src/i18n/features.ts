/**
 * The features' words, loaded with their pages (issues #14, #17). The first load carries only the shared words
 * (./id.ts, ./en.ts); each feature's catalogue (web/src/features/<feature>/i18n.ts, Bahasa and English in one
 * module) is its own chunk, fetched together with the lazy page that needs it (`page()` in web/src/app/router.tsx)
 * and added to i18next in both languages before that page renders, so a language switch still changes every
 * string at once and no key ever shows. Keys keep their full path (`roster.title`), so the merged catalogue is
 * one tree, as before the split. Loadable without a browser (tests merge every catalogue through `loaders`).
 */
import i18n from 'i18next';
import type { id as sharedId } from './id.ts';

export const loaders = {
  administration: () => import('../features/administration/i18n.ts'),
  agreements: () => import('../features/agreements/i18n.ts'),
  audit: () => import('../features/audit/i18n.ts'),
  auth: () => import('../features/auth/i18n.ts'),
  benefits: () => import('../features/benefits/i18n.ts'),
  claims: () => import('../features/claims/i18n.ts'),
  contributions: () => import('../features/contributions/i18n.ts'),
  enrolment: () => import('../features/enrolment/i18n.ts'),
  'field-report': () => import('../features/field-report/i18n.ts'),
  holidays: () => import('../features/holidays/i18n.ts'),
  monitoring: () => import('../features/monitoring/i18n.ts'),
  roster: () => import('../features/roster/i18n.ts'),
  'self-check': () => import('../features/self-check/i18n.ts'),
};

/** A feature with words of its own: its folder's name under web/src/features/. */
export type Feature = keyof typeof loaders;

type FeatureWords<F extends Feature> = Awaited<ReturnType<(typeof loaders)[F]>>['id'];
type Intersection<U> = (U extends unknown ? (words: U) => void : never) extends (words: infer I) => void ? I : never;
/** Every key of the UI: the shared words and every feature's (the type i18next checks `t('…')` against). */
export type Words = typeof sharedId & Intersection<{ [F in Feature]: FeatureWords<F> }[Feature]>;

const loading = new Map<Feature, Promise<void>>();

/** Loads the features' words (once each) and adds them to i18next in both languages. */
export function loadWords(features: readonly Feature[]): Promise<void> {
  return Promise.all(
    features.map((feature) => {
      let done = loading.get(feature);
      if (!done) {
        done = loaders[feature]().then(({ id, en }) => {
          i18n.addResourceBundle('id', 'translation', id, true, false);
          i18n.addResourceBundle('en', 'translation', en, true, false);
        });
        // A failed fetch (no signal) is tried again on the next page that asks.
        done.catch(() => loading.delete(feature));
        loading.set(feature, done);
      }
      return done;
    }),
  ).then(() => undefined);
}
