#!/bin/sh
# The TLS material of deploy/compose.yaml's Kafka listener, made with keytool only (any JDK or JRE has it):
#   <out>/ca/ca.p12              the CA's key pair: keep it to sign a new broker certificate, never mount it
#   <out>/broker/kafka.p12       the broker's key and certificate (CN and SAN kafka, localhost, 127.0.0.1), signed by the CA
#   <out>/broker/truststore.p12  the CA certificate, for the broker's own connections to itself
#   <out>/client/truststore.p12  the CA certificate, for the services
#   <out>/client/ca.crt          the same, PEM
# Every store is PKCS12 with the password in $TLS_STORE_PASSWORD_FILE (default deploy/secrets/tls_store_password).
# Nothing is made again while <out>/broker/kafka.p12 exists. <out> (default deploy/tls/out) is git-ignored.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/out}
password_file=${TLS_STORE_PASSWORD_FILE:-$here/../secrets/tls_store_password}
days=${TLS_VALIDITY_DAYS:-825}
names=${TLS_BROKER_NAMES:-dns:kafka,dns:localhost,ip:127.0.0.1}

if [ -f "$out/broker/kafka.p12" ]; then
  echo "TLS material already in $out"
  exit 0
fi
password=$(tr -d '\r\n' < "$password_file")
umask 077
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out/ca" "$out/broker" "$out/client"

keytool -genkeypair -keystore "$out/ca/ca.p12" -storetype PKCS12 -storepass "$password" -alias ca \
  -dname "CN=qingyuan-plan deploy CA" -keyalg RSA -keysize 3072 -validity "$days" -ext bc:c
keytool -exportcert -rfc -keystore "$out/ca/ca.p12" -storepass "$password" -alias ca -file "$work/ca.crt"

keytool -genkeypair -keystore "$out/broker/kafka.p12" -storetype PKCS12 -storepass "$password" -alias kafka \
  -dname "CN=kafka" -keyalg RSA -keysize 3072 -validity "$days"
keytool -certreq -keystore "$out/broker/kafka.p12" -storepass "$password" -alias kafka -file "$work/kafka.csr"
keytool -gencert -keystore "$out/ca/ca.p12" -storepass "$password" -alias ca -infile "$work/kafka.csr" -outfile "$work/kafka.crt" \
  -rfc -validity "$days" -ext "SAN=$names" -ext EKU=serverAuth,clientAuth -ext KU=digitalSignature,keyEncipherment
keytool -importcert -noprompt -keystore "$out/broker/kafka.p12" -storepass "$password" -alias ca -file "$work/ca.crt"
keytool -importcert -noprompt -keystore "$out/broker/kafka.p12" -storepass "$password" -alias kafka -file "$work/kafka.crt"

for store in "$out/broker/truststore.p12" "$out/client/truststore.p12"; do
  keytool -importcert -noprompt -keystore "$store" -storetype PKCS12 -storepass "$password" -alias ca -file "$work/ca.crt"
done
cp "$work/ca.crt" "$out/client/ca.crt"
# The broker (appuser) and the services read these as users other than the one that made them.
chmod 755 "$out/broker" "$out/client"
chmod 644 "$out/broker/"* "$out/client/"*
echo "TLS material written to $out"
