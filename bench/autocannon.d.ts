// The part of autocannon 9's programmatic API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  type Percentiles = {
    average: number
    mean: number
    stddev: number
    min: number
    max: number
    p50: number
    p90: number
    p97_5: number
    p99: number
  }
  export type Result = {
    duration: number
    requests: Percentiles & { total: number; sent: number }
    latency: Percentiles
    throughput: Percentiles
    errors: number
    timeouts: number
    non2xx: number
    '2xx': number
  }
  export type Options = {
    url: string
    connections?: number
    duration?: number
    headers?: Record<string, string>
    method?: string
    timeout?: number
  }
  function autocannon(options: Options): Promise<Result>
  export default autocannon
}
