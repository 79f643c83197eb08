export { loadActor } from './actor.ts'
export * from './schema.ts'
