export { DEMO_PASSWORD, type DemoAccount, isDatabaseEmpty, loadDemoData } from './load.ts'
export { DEMO_ORGANISATIONS, DEMO_PEOPLE } from './rows.ts'
