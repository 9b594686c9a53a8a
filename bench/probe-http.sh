#!/usr/bin/env bash
# Probes of issue 12 through HTTP against a running server: huge offsets and long queries, the
# audit trail for anonymous users, security headers, a logged-in session posting from another
# origin, a file name that a spreadsheet would run as a formula, and login throttling.
# usage: bench/probe-http.sh BASE_URL ADMIN_PASSWORD   (e.g. http://localhost:18641 secret)
# It uploads one small composed text as the administrator and deletes it again.
set -euo pipefail
base="${1:?base URL}"
pw="${2:?administrator password}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

code() { curl -s -o /dev/null -w '%{http_code}' "$@"; }

echo "huge offset on /api/search: HTTP $(code "$base/api/search?q=%E7%BB%8F%E6%B5%8E&offset=2147483647")"
echo "huge offset on /search: HTTP $(code "$base/search?q=%E7%BB%8F%E6%B5%8E&offset=2147483647")"
long="$(python3 -c 'print("经济" * 3000)')"
echo "query of 6,000 characters: HTTP $(code -G "$base/api/search" --data-urlencode "q=$long")"
echo "limit=-1 on /api/facts: HTTP $(code "$base/api/facts?limit=-1")"
echo "anonymous /api/audit: HTTP $(code "$base/api/audit")"
headers="$(curl -s -D - -o /dev/null "$base/")"
echo "Content-Security-Policy: $(echo "$headers" | grep -ci '^content-security-policy:') header(s)"
echo "Referrer-Policy: $(echo "$headers" | grep -i '^referrer-policy:' | tr -d '\r' | cut -d' ' -f2-)"

# A session from the login form, then a cross-site upload riding it.
jar="$work/cookies"
token="$(curl -s -c "$jar" "$base/login" | python3 -c 'import re,sys; m=re.search(r"name=\"_csrf\" value=\"([^\"]+)\"", sys.stdin.read()); print(m.group(1) if m else "")')"
login="$(code -b "$jar" -c "$jar" -d "username=admin&password=$pw&_csrf=$token" "$base/login")"
echo "form login: HTTP $login (302 expected)"
printf '示例区2024年政府工作报告\n全年新建口袋公园5个。\n' > "$work/=HYPERLINK(1).txt"
echo "cross-site upload riding the session (Origin: http://evil.example): HTTP $(code -b "$jar" -H 'Origin: http://evil.example' -F "file=@$work/=HYPERLINK(1).txt" "$base/api/documents")"

# The file name a spreadsheet would take for a formula, uploaded properly, then exported.
answer="$(curl -s -u "admin:$pw" -F "file=@$work/=HYPERLINK(1).txt" "$base/api/documents")"
id="$(echo "$answer" | python3 -c 'import json,sys; f=json.load(sys.stdin)["files"][0]; print((f.get("documentIds") or [""])[0])')"
if [ -n "$id" ]; then
  cell="$(curl -s "$base/api/facts.csv?document=$id" | sed -n 2p | cut -d, -f2)"
  echo "CSV cell of the file name: $cell"
  echo "delete the probe document: HTTP $(code -u "admin:$pw" -X DELETE "$base/api/documents/$id")"
fi

# Login throttling: 25 wrong passwords for one user, then the right one.
last=""
for _ in $(seq 1 25); do last="$(code -u "admin:wrong-$RANDOM" "$base/api/audit")"; done
echo "25th wrong password: HTTP $last; right password right after: HTTP $(code -u "admin:$pw" "$base/api/audit")"
