-- wrk script: the same mix as `duban bench-load` (search and facts queries over indicator names
-- and regions of the demo ledger), rotating through the requests on every connection.
--   wrk -t2 -c50 -d20s --latency -s docs/wrk-mix.lua http://localhost:8080
local indicators = {"地区生产总值", "区级一般公共预算收入", "社会消费品零售总额", "固定资产投资",
  "新增就业岗位", "养老床位", "长者食堂", "保障性租赁住房", "实到外资", "优良天数比例"}
local regions = {"临江区", "清河区"}

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local paths = {}
for i, name in ipairs(indicators) do
  local region = encode(regions[(i % #regions) + 1])
  table.insert(paths, "/api/search?q=" .. encode(name))
  table.insert(paths, "/api/facts?indicator=" .. encode(name))
  table.insert(paths, "/api/search?q=" .. encode(name) .. "&region=" .. region)
  table.insert(paths, "/api/facts?modality=TARGET&region=" .. region .. "&limit=100")
end

local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
