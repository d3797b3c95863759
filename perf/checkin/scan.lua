-- wrk script for the saturation run of perf/checkin-load.sh: every request checks in the next
-- unused ticket. Arguments after "--": tickets file, thread count, bearer token, event id.
-- Threads take disjoint slices of the tickets, so no ticket is scanned twice.
local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  local count = tonumber(args[2])
  tickets, position, failures = {}, 0, 0
  local i = 0
  for line in io.lines(args[1]) do
    if line ~= "ticket" then
      if i % count == id then table.insert(tickets, line) end
      i = i + 1
    end
  end
  path = "/api/events/" .. args[4] .. "/check-ins"
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. args[3]
end

function request()
  position = position + 1
  local ticket = tickets[position] or error("out of tickets: give the event more registrations")
  return wrk.format(nil, path, nil, '{"ticket":"' .. ticket .. '","device":"wrk"}')
end

function response(status)
  if status ~= 200 then failures = failures + 1 end
end

function done(summary)
  local failed = 0
  for _, thread in ipairs(threads) do failed = failed + thread:get("failures") end
  io.write(string.format("non-200 answers: %d\n", failed))
end
