/** Users' public entry: names of the actors other features show (letters, histories). */
export { actorNamer } from './actor-names.ts';
/** A session as the protection check reads it inside its own statement (the session and the facts in one round trip). */
export { sessionApartQuery, sessionRowOf, type SessionRow } from './repo.ts';
