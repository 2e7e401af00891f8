#!/bin/sh
# Starts `serve` of JAR on STORE on free ports, prints the wall seconds until both the web API and the SPARQL
# endpoint answer (or fails after 120 s), then stops the server and waits until it has released the store:
#   bench/serve-until-up.sh target/policykg.jar data/tdb2
jar=$1 store=$2
web=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
sparql=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
t0=$(date +%s.%N)
java -jar "$jar" --store "$store" serve --server.port="$web" --policykg.fuseki.port="$sparql" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null' EXIT
i=0
until curl -sf -o /dev/null "http://127.0.0.1:$web/api/documents" \
   && curl -sf -o /dev/null "http://127.0.0.1:$sparql/kg/sparql?query=ASK%7B%7D"; do
  i=$((i + 1))
  [ $i -gt 4800 ] && exit 1
  kill -0 $pid 2>/dev/null || exit 1
  sleep 0.025
done
echo "$(date +%s.%N) $t0" | awk '{printf "%.2f\n", $1 - $2}'
