#!/usr/bin/env bash
# Prints a bearer token for MotCua's portal API (/api/v1/portal) as the DEMO national portal would
# sign it: RS256 with config/demo/portal-jwt-private.pem, iss https://dichvucong.gov.vn, aud motcua,
# groups [portal], valid for the minutes given (default 60). Demo only: that private key is public,
# and a server outside demo mode refuses its public half. Needs openssl.
#
#   curl -H "Authorization: Bearer $(payara/demo-portal-token.sh)" http://localhost:8080/api/v1/portal/dossiers/<code>
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${1:-60}"
case "$minutes" in '' | *[!0-9]*) echo "usage: $0 [minutes]" >&2; exit 2 ;; esac

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header='{"alg":"RS256","typ":"JWT"}'
claims=$(printf '{"iss":"https://dichvucong.gov.vn","aud":"motcua","sub":"dvcqg-demo","groups":["portal"],"iat":%d,"exp":%d,"jti":"%s"}' \
  "$now" "$((now + minutes * 60))" "$(openssl rand -hex 8)")
unsigned="$(printf '%s' "$header" | b64url).$(printf '%s' "$claims" | b64url)"
signature=$(printf '%s' "$unsigned" | openssl dgst -sha256 -sign config/demo/portal-jwt-private.pem -binary | b64url)
printf '%s.%s\n' "$unsigned" "$signature"
