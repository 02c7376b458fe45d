/**
 * The Lua scripts of the shared state, run atomically by Redis with Redis's own clock (TIME), so every
 * process sees one limit, one schedule and one budget whatever its local clock says.
 */

/**
 * The rate governor: GCRA (generic cell rate algorithm, the token bucket kept as a "theoretical arrival
 * time" per bucket), as in redis-cell. A request may leave now when both buckets (requests and tokens
 * per minute, burst = min(8 requests, 0.5 s of traffic) like the in-process governor) hold enough and no
 * 429 pause is running: it takes them and gets 0. Otherwise nothing is taken and it gets the wait until
 * they would be there. Nothing is reserved ahead, so a process that stalls cannot send a pile of
 * pre-booked requests at once: every request is checked at the moment it leaves.
 * Limits live in the hash KEYS[1] (learned by any process).
 * KEYS: limits hash, request TAT, token TAT, paused-until. ARGV: tokens, burst seconds, max burst.
 * Returns { wait ms (0 = go), rpm, tpm }.
 */
export const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local rpm = tonumber(redis.call('HGET', KEYS[1], 'rpm') or '0') or 0
local tpm = tonumber(redis.call('HGET', KEYS[1], 'tpm') or '0') or 0
local paused = tonumber(redis.call('GET', KEYS[4]) or '0') or 0
local n = tonumber(ARGV[1])
local burstS = tonumber(ARGV[2])
local maxBurst = tonumber(ARGV[3])
local at = paused
local function plan(key, perMin, count, maxCap)
  if perMin <= 0 then return nil end
  local T = 60000 / perMin
  local cap = math.max(1, math.min(maxCap, perMin * burstS / 60))
  local c = math.min(count, cap)
  local tat = tonumber(redis.call('GET', key) or '0') or 0
  return { T = T, c = c, tat = tat, at = tat - (cap - c) * T }
end
local r = plan(KEYS[2], rpm, 1, maxBurst)
local k = plan(KEYS[3], tpm, n, 1e12)
if r and r.at > at then at = r.at end
if k and k.at > at then at = k.at end
if at > now then return { math.ceil(at - now), tostring(rpm), tostring(tpm) } end
if r then
  local tat = math.max(r.tat, now) + r.T * r.c
  redis.call('SET', KEYS[2], tostring(tat), 'PX', math.ceil(tat - now) + 60000)
end
if k then
  local tat = math.max(k.tat, now) + k.T * k.c
  redis.call('SET', KEYS[3], tostring(tat), 'PX', math.ceil(tat - now) + 60000)
end
return { 0, tostring(rpm), tostring(tpm) }
`;

/**
 * What a provider's answer taught: a limit (x-ratelimit-limit-* × headroom, ARGV[1..2], 0 = none), the
 * provider's remaining requests/tokens (ARGV[3..4], -1 = none: our schedule may not promise more), and
 * a 429's pause (ARGV[5] ms, 0 = none). KEYS as ACQUIRE.
 */
export const OBSERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local burstS = tonumber(ARGV[6])
local maxBurst = tonumber(ARGV[7])
if tonumber(ARGV[1]) > 0 then redis.call('HSET', KEYS[1], 'rpm', ARGV[1]) end
if tonumber(ARGV[2]) > 0 then redis.call('HSET', KEYS[1], 'tpm', ARGV[2]) end
redis.call('PEXPIRE', KEYS[1], 86400000)
local function clamp(key, perMin, remaining, maxCap)
  if perMin <= 0 or remaining < 0 then return end
  local T = 60000 / perMin
  local cap = math.max(1, math.min(maxCap, perMin * burstS / 60))
  local tat = tonumber(redis.call('GET', key) or '0') or 0
  -- available now = cap - (tat - now) / T; the provider says it holds 'remaining'
  local want = now + (cap - math.min(remaining, cap)) * T
  if want > tat then redis.call('SET', key, tostring(want), 'PX', math.ceil(want - now) + 60000) end
end
local rpm = tonumber(redis.call('HGET', KEYS[1], 'rpm') or '0') or 0
local tpm = tonumber(redis.call('HGET', KEYS[1], 'tpm') or '0') or 0
clamp(KEYS[2], rpm, tonumber(ARGV[3]), maxBurst)
clamp(KEYS[3], tpm, tonumber(ARGV[4]), 1e12)
local pause = tonumber(ARGV[5])
if pause > 0 then
  local until_ = now + pause
  local cur = tonumber(redis.call('GET', KEYS[4]) or '0') or 0
  if until_ > cur then redis.call('SET', KEYS[4], tostring(until_), 'PX', math.ceil(pause) + 1000) end
  -- the buckets start empty after a 429
  if rpm > 0 then
    local T = 60000 / rpm
    local cap = math.max(1, math.min(maxBurst, rpm * burstS / 60))
    local tat = tonumber(redis.call('GET', KEYS[2]) or '0') or 0
    local want = until_ + cap * T
    if want > tat then redis.call('SET', KEYS[2], tostring(want), 'PX', math.ceil(want - now) + 60000) end
  end
end
return { tostring(rpm), tostring(tpm) }
`;

/**
 * The run budget. KEYS[1]: hash { spent, reserved, calls, denied } (USD as floats).
 * RESERVE ARGV: limit (-1 = none), estimate. Returns { 1|0, spent, reserved, calls, denied }.
 */
export const BUDGET_RESERVE = `
local limit = tonumber(ARGV[1])
local est = tonumber(ARGV[2])
local spent = tonumber(redis.call('HGET', KEYS[1], 'spent') or '0') or 0
local reserved = tonumber(redis.call('HGET', KEYS[1], 'reserved') or '0') or 0
local ok = 1
if limit >= 0 and spent + reserved + est > limit + 1e-12 then
  ok = 0
  redis.call('HINCRBY', KEYS[1], 'denied', 1)
else
  reserved = tonumber(redis.call('HINCRBYFLOAT', KEYS[1], 'reserved', tostring(est)))
end
redis.call('PEXPIRE', KEYS[1], 7 * 86400000)
return { ok, tostring(spent), tostring(reserved), redis.call('HGET', KEYS[1], 'calls') or '0', redis.call('HGET', KEYS[1], 'denied') or '0' }
`;

/** SETTLE ARGV: estimate reserved (0 = none), actual USD, paid calls. Returns as RESERVE. */
export const BUDGET_SETTLE = `
local reserved = tonumber(redis.call('HINCRBYFLOAT', KEYS[1], 'reserved', tostring(-tonumber(ARGV[1]))))
if reserved < 0 then redis.call('HSET', KEYS[1], 'reserved', '0'); reserved = 0 end
local spent = tonumber(redis.call('HINCRBYFLOAT', KEYS[1], 'spent', ARGV[2]))
local calls = redis.call('HINCRBY', KEYS[1], 'calls', ARGV[3])
redis.call('PEXPIRE', KEYS[1], 7 * 86400000)
return { 1, tostring(spent), tostring(reserved), tostring(calls), redis.call('HGET', KEYS[1], 'denied') or '0' }
`;

/**
 * The breaker's gate before a call. KEYS: open (PX = cool-down), half-open marker, probe lock.
 * ARGV: probe lock ms, this process's id. Returns 'closed', 'open', 'probe' (this process probes) or
 * 'busy' (another process is probing: wait for its outcome, like cockatiel's half-open).
 */
export const BREAKER_GATE = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 'open' end
if redis.call('EXISTS', KEYS[2]) == 1 then
  if redis.call('SET', KEYS[3], ARGV[2], 'NX', 'PX', ARGV[1]) then return 'probe' end
  return 'busy'
end
return 'closed'
`;

/** Opens the shared breaker. KEYS as BREAKER_GATE; ARGV: cool-down ms, half-open marker ms. Returns 1 when it was closed. */
export const BREAKER_OPEN = `
local was = redis.call('EXISTS', KEYS[1]) == 0 and redis.call('EXISTS', KEYS[2]) == 0
redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
redis.call('SET', KEYS[2], '1', 'PX', ARGV[2])
redis.call('DEL', KEYS[3])
if was then return 1 end
return 0
`;
