export { type DemoAccount, isDatabaseEmpty, loadDemoData } from './load.ts'
