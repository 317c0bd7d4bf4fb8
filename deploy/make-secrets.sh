#!/bin/sh
# Writes every password deploy/compose.yaml needs into deploy/secrets/, one file each, random, never overwriting one
# that exists (delete a file and re-create the affected user to rotate it; deploy/README.md says how). The folder is
# git-ignored. The files are readable by all because the images read them as their own users (postgres, mongodb,
# appuser); the folder itself is readable only by you.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dir=${1:-$here/secrets}
umask 077
mkdir -p "$dir"
chmod 700 "$dir"

secret() {
  if [ ! -s "$dir/$1" ]; then
    # 32 hex characters: 128 bits, and nothing a JAAS line, a JDBC or a MongoDB URI would need escaped.
    head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$dir/$1"
    echo "wrote $dir/$1"
  fi
  chmod 644 "$dir/$1"
}

secret postgres_superuser_password
for schema in industrial_projects technical_retrofit park_metrics industry_statistics energy_audits plan_targets; do
  secret "${schema}_db_password"
done
secret kafka_broker_password
for service in industrial_projects technical_retrofit park_metrics industry_statistics energy_audits plan_targets target_views; do
  secret "kafka_${service}_password"
done
secret tls_store_password
secret mongo_root_password
secret mongo_target_views_password
