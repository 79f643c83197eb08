export { loadBudgetsDemo } from './demo.ts'
export * from './money.ts'
export * from './schema.ts'
export { type BudgetSummary, getBudgetSummary } from './summary.ts'
