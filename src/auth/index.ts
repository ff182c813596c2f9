/** Users' public entry: names of the actors other features show (letters, histories). */
export { actorNamer } from './actor-names.ts';
