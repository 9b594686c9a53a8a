#!/usr/bin/env bash
# The scripted 督办 run of issue 10: a fresh ledger, users added with 'duban users add', then
# everything through the HTTP API of a running server whose reminders go to a local SMTP sink.
# Needs a built jar (mvn -q -DskipTests package), python3, curl and ../shared beside the repository.
# usage: docs/supervision/run.sh [> docs/supervision/run-output.txt]
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
shared="${DUBAN_SHARED:-$here/../shared}"
work="$(mktemp -d /tmp/duban-supervision-run.XXXXXX)"
port=$((20000 + RANDOM % 20000))
smtp=$((port + 1))
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

duban() { "$here/duban" "$@"; }
api() { # api USER METHOD PATH [curl args…]: prints the body, then the status on its own line
  local user="$1" method="$2" path="$3"
  shift 3
  curl -s -u "$user:${pw[$user]}" -X "$method" -w '\n%{http_code}' "http://127.0.0.1:$port$path" "$@"
}
json() { api "$1" "$2" "$3" -H 'Content-Type: application/json' -d "$4"; }
body() { sed '$d'; }
status() { tail -1; }
py() { python3 -c "$1"; }

declare -A pw=([admin]=run-admin-pw [sup]=run-sup-pw1 [boss]=run-boss-pw1 [fgw]=run-fgw-pw1 [swj]=run-swj-pw1)
export DUBAN_ADMIN_PASSWORD="${pw[admin]}"

echo "== 1. users (duban users add, fresh ledger in a temporary folder)"
DUBAN_USER_PASSWORD="${pw[sup]}" duban users add sup --role SUPERVISOR --email sup@run.example --data "$work/ledger"
DUBAN_USER_PASSWORD="${pw[boss]}" duban users add boss --role LEADER --email boss@run.example --data "$work/ledger"
DUBAN_USER_PASSWORD="${pw[fgw]}" duban users add fgw --role DEPARTMENT --department 区发展改革委 --email fgw@run.example --data "$work/ledger"
DUBAN_USER_PASSWORD="${pw[swj]}" duban users add swj --role DEPARTMENT --department 区商务委 --email swj@run.example --data "$work/ledger"

python3 "$here/docs/supervision/smtp_sink.py" "$smtp" "$work/mail.jsonl" & pids+=($!)
# Started directly (not through the function) so that $! is the server's own process.
"$here/duban" serve --data "$work/ledger" --port "$port" --smtp-host 127.0.0.1 --smtp-port "$smtp" \
  > "$work/serve.log" 2>&1 & pids+=($!)
for _ in $(seq 1 180); do
  curl -s -o /dev/null "http://127.0.0.1:$port/api/documents" && break
  sleep 1
done
echo "server on port $port, SMTP sink on port $smtp"

echo "== 2. ingest the two documents through the API (as the supervisor)"
jingan="$shared/corpus/samples/003_ef5b59306c658674.txt"
anhui="$shared/corpus/extra/anhui_2022_zhengce_sandiyiqu-kaifang.txt"
echo "  upload: HTTP $(api sup POST /api/documents -F "file=@$jingan" -F "file=@$anhui" | status)"
docs="$(api sup GET /api/documents | body)"
jid=$(echo "$docs" | py 'import json,sys; print([d["id"] for d in json.load(sys.stdin) if d["source"]=="003_ef5b59306c658674.txt"][0])')
aid=$(echo "$docs" | py 'import json,sys; print([d["id"] for d in json.load(sys.stdin) if d["source"].startswith("anhui_2022")][0])')
echo "$docs" | py 'import json,sys
for d in json.load(sys.stdin): print("  document", d["id"], d["typeLabel"], d["year"], d["title"])'

echo "== 3. items from the 静安区 key-work arrangement, twice"
out="$(api sup POST /api/supervision/items/from-document/$jid -D "$work/h1")"
echo "  first call: HTTP $(echo "$out" | status), X-Created-Count $(grep -i x-created-count "$work/h1" | tr -d '\r' | cut -d' ' -f2), items $(echo "$out" | body | py 'import json,sys; print(len(json.load(sys.stdin)))')"
echo "$out" | body > "$work/jingan.json"
py "import json; i=json.load(open('$work/jingan.json'))[0]; print('  item 1:', {k: i[k] for k in ['id','title','documentId','start','end','leadDepartments','supportingDepartments','dueDate','status','light']}, 'targets', [t['text']+' '+str(t['indicator']) for t in i['targets']])"
out="$(api sup POST /api/supervision/items/from-document/$jid -D "$work/h2")"
echo "  second call: HTTP $(echo "$out" | status), X-Created-Count $(grep -i x-created-count "$work/h2" | tr -d '\r' | cut -d' ' -f2), items $(echo "$out" | body | py 'import json,sys; print(len(json.load(sys.stdin)))')"

echo "== 4. items from the 安徽省 RCEP plan: units against the parentheses of each task's text"
api sup POST /api/supervision/items/from-document/$aid | body > "$work/anhui.json"
py "
import json,re
def named(text):
    lead, sup = [], []
    for inside in re.findall(r'（([^（）]*(?:牵头|负责|配合))）', text):
        for clause in re.split('[，,；]', inside):
            clause = re.sub('(按职责分工|分别)', '', clause)
            for verb, into in (('牵头', lead), ('负责', lead), ('配合', sup)):
                if clause.endswith(verb):
                    units = [u for u in clause[:-len(verb)].split('、') if u]
                    if verb == '负责':
                        into.extend(units[:1]); sup.extend(units[1:])
                    else:
                        into.extend(units)
    dedup = lambda xs: list(dict.fromkeys(xs))
    return dedup(lead), dedup(sup)
items=json.load(open('$work/anhui.json'))
exact=0
for i in items:
    lead, sup = named(i['text'])
    ok = i['leadDepartments']==lead and i['supportingDepartments']==sup
    exact+=ok
    print('  %-3s %-12s lead %-22s supporting %-36s %s' % (i['number'], i['title'][:10], '、'.join(i['leadDepartments']) or '—', '、'.join(i['supportingDepartments']) or '—', 'as written' if ok else '| text: lead '+('、'.join(lead) or '—')+'; supporting '+('、'.join(sup) or '—')))
print('  %d items: %d carry exactly the units their text names; the others are where the structure parser (duban-core, issue 8) misreads the text' % (len(items), exact))
"

echo "== 5. the supervisor assigns the arrangement's items with PATCH (区发改委 is made an alias first)"
fid=$(api sup GET /api/supervision/departments | body | py 'import json,sys; print([d["id"] for d in json.load(sys.stdin) if d["name"]=="区发展改革委"][0])')
json sup POST /api/supervision/departments/$fid/aliases '{"name":"区发改委"}' | body | sed 's/^/  /'; echo
ids=($(py "import json; print(' '.join(str(i['id']) for i in json.load(open('$work/jingan.json'))))"))
codes=""
for n in $(seq 0 29); do
  if [ "$n" -lt 15 ]; then
    sup_units='[]'; [ "$n" -eq 0 ] && sup_units='["区商务委"]'
    patch="{\"leadDepartments\":[\"区发改委\"],\"supportingDepartments\":$sup_units}"
  else
    patch='{"leadDepartments":["区商务委"]}'
  fi
  codes="$codes $(json sup PATCH /api/supervision/items/${ids[$n]} "$patch" | status)"
done
echo "  30 PATCH answers:$(echo $codes | tr ' ' '\n' | sort | uniq -c | tr '\n' ' ')"
echo "  PATCH by a unit: HTTP $(json fgw PATCH /api/supervision/items/${ids[0]} '{"title":"x"}' | status)"

echo "== 6. a unit sees exactly its items, and nothing of another's"
for u in fgw swj; do
  api $u GET /api/supervision/items | body | py "import json,sys; ids=sorted(i['id'] for i in json.load(sys.stdin)); print('  $u sees', len(ids), 'items:', ids)"
done
other=${ids[20]}
echo "  fgw GET /api/supervision/items/$other: $(api fgw GET /api/supervision/items/$other | tr '\n' ' ')"
page="$(api fgw GET /supervision/items/$other)"
title=$(api sup GET /api/supervision/items/$other | body | py 'import json,sys; print(json.load(sys.stdin)["title"])')
echo "  fgw page /supervision/items/$other: HTTP $(echo "$page" | status), names the item: $(echo "$page" | grep -c "$title" || true)"

echo "== 7. fgw signs item ${ids[0]}, reports with evidence (a bad file first), asks to close"
json fgw POST /api/supervision/items/${ids[0]}/actions '{"action":"SIGN"}' | status | sed 's/^/  SIGN: HTTP /'
printf 'MZ\x90\x00 this is a program' > "$work/证明.pdf"
api fgw POST /api/supervision/items/${ids[0]}/reports -F text=进展 -F progress=50 -F "evidence=@$work/证明.pdf" | tr '\n' ' ' | sed 's/^/  bad evidence: /'; echo
printf '%%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%%%EOF\n' > "$work/统计快报.pdf"
api fgw POST /api/supervision/items/${ids[0]}/reports -F text=前三季度地区生产总值增长5.1%，全年目标可望完成。 -F progress=100 -F figures=增长5.1% -F "evidence=@$work/统计快报.pdf" \
  | py 'import sys; t=sys.stdin.read().rsplit("\n",1); import json; r=json.loads(t[0]); print("  report: HTTP", t[1], "progress", r["progress"], "evidence", [e["fileName"] for e in r["evidence"]])'
echo "  reports stored: $(api fgw GET /api/supervision/items/${ids[0]}/reports | body | py 'import json,sys; print(len(json.load(sys.stdin)))')"
json fgw POST /api/supervision/items/${ids[0]}/actions '{"action":"REQUEST_COMPLETION","comment":"目标已完成"}' | body | py 'import json,sys; i=json.load(sys.stdin); print("  REQUEST_COMPLETION:", i["status"], i["statusLabel"])'
echo "  fgw tries APPROVE_COMPLETION: $(json fgw POST /api/supervision/items/${ids[0]}/actions '{"action":"APPROVE_COMPLETION"}' | tr '\n' ' ')"

echo "== 8. lights as of two days"
for day in 2024-12-20 2025-01-02; do
  api sup GET "/api/supervision/items?asOf=$day&department=%E5%8C%BA%E5%8F%91%E6%94%B9%E5%A7%94" | body \
    | py "import json,sys,collections; c=collections.Counter(i['light'] for i in json.load(sys.stdin)); print('  区发改委 items as of $day:', dict(c))"
done

echo "== 9. reminders (today), twice"
json sup POST /api/supervision/reminders/run '' | body | py 'import json,sys; r=json.load(sys.stdin); print("  run 1:", r["day"], "due", r["due"], "reminded", r["reminded"], "skipped", r["skipped"]); [print("   ", m["kind"], m["department"] or "", m["to"], "delivered" if m["delivered"] else m["note"], len(m["itemIds"]), "items") for m in r["mails"]]'
json sup POST /api/supervision/reminders/run '' | body | py 'import json,sys; r=json.load(sys.stdin); print("  run 2:", r["day"], "due", r["due"], "reminded", r["reminded"], "skipped", r["skipped"], "mails", len(r["mails"]))'
py "
import json,collections
c=collections.Counter(to for l in open('$work/mail.jsonl') for to in json.loads(l)['to'])
print('  the SMTP sink received, per recipient:', dict(c))
for l in open('$work/mail.jsonl'): print('   ', json.loads(l)['subject'])
"

echo "== 10. the supervisor approves"
json sup POST /api/supervision/items/${ids[0]}/actions '{"action":"APPROVE_COMPLETION","comment":"佐证充分"}' | body | py 'import json,sys; i=json.load(sys.stdin); print("  APPROVE_COMPLETION:", i["status"], i["light"], i["doneOn"])'

echo "== 11. scores for 2024 (today)"
api swj GET "/api/supervision/scores?year=2024" | body | py 'import json,sys
for s in json.load(sys.stdin):
    if s["led"] or s["supported"]: print("  %d %-8s score %3d led %2d supported %d on time %d late %d overdue %2d reports on time %d late %d" % (s["rank"], s["department"], s["score"], s["led"], s["supported"], s["doneOnTime"], s["doneLate"], s["overdue"], s["reportsOnTime"], s["reportsLate"]))'

echo "== 12. the audit log"
api sup GET "/api/audit?limit=1000" | body | py 'import json,sys,collections
c=collections.Counter((e["entity"], e["action"], e["outcome"]) for e in json.load(sys.stdin))
for k,v in sorted(c.items()): print("  %-10s %-20s %-8s %d" % (k[0], k[1], k[2], v))'
echo "  timeline of item ${ids[0]}:"
api fgw GET /api/supervision/items/${ids[0]}/timeline | body | py 'import json,sys
for e in json.load(sys.stdin): print("   ", e["occurredAt"][:19], e["actor"], e["channel"], e["action"], e["outcome"], (e["detail"] or "")[:60])'
