#!/bin/bash
# Starts the Kafka node of deploy/compose.yaml (apache/kafka image) from server.properties next to this script:
# appends the TLS store password and the broker's own SCRAM login, read from /run/secrets, into a config only this
# container can read; on an empty log directory formats it with a SCRAM-SHA-512 user for the broker and for each
# name in $KAFKA_SCRAM_USERS (password in /run/secrets/kafka_<name with _ for ->_password). Users added later are
# created on the running broker with kafka-configs.sh (deploy/README.md).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
kafka_home=${KAFKA_HOME:-/opt/kafka}
secrets=${SECRETS_DIR:-/run/secrets}
config_dir=${KAFKA_RUNTIME_CONFIG_DIR:-/tmp/plan-kafka}
template=${KAFKA_CONFIG_TEMPLATE:-$here/server.properties}

read_secret() {
  tr -d '\r\n' < "$secrets/$1"
}

umask 077
mkdir -p "$config_dir"
store_password=$(read_secret tls_store_password)
broker_password=$(read_secret kafka_broker_password)
scram_login="org.apache.kafka.common.security.scram.ScramLoginModule required username=\"broker\" password=\"$broker_password\";"
{
  cat "$template"
  echo
  echo "ssl.keystore.password=$store_password"
  echo "ssl.key.password=$store_password"
  echo "ssl.truststore.password=$store_password"
  echo "listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=$scram_login"
  if [ -n "${KAFKA_CONFIG_OVERRIDES:-}" ]; then
    printf '%s\n' "$KAFKA_CONFIG_OVERRIDES"
  fi
} > "$config_dir/server.properties"
# For the healthcheck and kafka-*.sh commands run in this container (--command-config).
{
  echo "security.protocol=SASL_SSL"
  echo "sasl.mechanism=SCRAM-SHA-512"
  echo "sasl.jaas.config=$scram_login"
  echo "ssl.truststore.type=PKCS12"
  echo "ssl.truststore.location=$(sed -n 's/^ssl.truststore.location=//p' "$config_dir/server.properties" | tail -n 1)"
  echo "ssl.truststore.password=$store_password"
} > "$config_dir/client.properties"

log_dir=$(sed -n 's/^log.dirs=//p' "$config_dir/server.properties" | tail -n 1)
if [ ! -f "$log_dir/meta.properties" ]; then
  users=(--add-scram "SCRAM-SHA-512=[name=broker,password=$broker_password]")
  for user in ${KAFKA_SCRAM_USERS:-}; do
    users+=(--add-scram "SCRAM-SHA-512=[name=$user,password=$(read_secret "kafka_${user//-/_}_password")]")
  done
  cluster_id=${KAFKA_CLUSTER_ID:-$("$kafka_home/bin/kafka-storage.sh" random-uuid)}
  "$kafka_home/bin/kafka-storage.sh" format --config "$config_dir/server.properties" --cluster-id "$cluster_id" "${users[@]}"
fi
exec "$kafka_home/bin/kafka-server-start.sh" "$config_dir/server.properties"
