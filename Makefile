# The two commands: `make run` and `make test`. Everything else is a helper for them.
SHELL := /bin/bash
MVN ?= mvn -B -ntp
VAR ?= var
LAUNCHER = platform/embedded-stack/target/embedded-stack-0.1.0-SNAPSHOT-exec.jar
VERIFIER = services/target-views/target/audit-verifier.jar

export AXONIQ_UPDATE_CHECKER_DISABLED := true

ROLE ?= reporter
ORG ?=
SUBJECT ?=
# The browser tests drive Debian's Chromium; the CJK font keeps the Chinese in their screenshots legible.
BROWSER_PACKAGES = chromium chromium-driver fonts-wqy-microhei
SUDO = $(if $(filter 0,$(shell id -u)),,sudo)

# make bench-live: submissions per second, seconds measured, seconds of warm-up, and any other -Dbench.* settings.
RATE ?= 500
DURATION ?= 30
WARMUP ?= 10
BENCH_ARGS ?=
# make audit-pack: the moment (default now), where the pack goes, heads kept earlier (--head <service>=<position>:<link> ...).
UNTIL ?=
PACK ?= $(VAR)/audit-pack.zip
HEADS ?=
# make replay: SWITCH=yes switches readers to the rebuilt views once they have caught up; SOURCE=stores rebuilds from the
# command services' event stores (the authority) instead of the start of the topics.
SWITCH ?= no
SOURCE ?= kafka
# make bench-audit: events in the journal and rounds measured.
EVENTS ?= 1000000
ROUNDS ?= 5

.PHONY: run test build browser stack token verify audit-pack replay bench-live bench-audit bench-replay deploy-check clean clean-data help

help:
	@echo "make run         build, start the embedded stack and every service, print where to look (Ctrl-C stops all)"
	@echo "make test        run every test (unit, HTTP, Kafka/PostgreSQL/MongoDB integration, end to end)"
	@echo "make build       build the jars without running tests"
	@echo "make browser     install Debian's Chromium and chromedriver for the browser tests (make test does when they are missing)"
	@echo "make token       print a bearer token of the local issuer: make token ROLE=reporter ORG=qingcheng"
	@echo "                 (roles: reporter, monitor, auditor, planner, operator; ORG: a county code, county:<code>, park:<id> or bureau:<code>)"
	@echo "make verify      every command service of a running make run walks its event chain: intact, or the first broken link"
	@echo "make audit-pack  download the audit pack of a running make run and verify it offline: make audit-pack UNTIL=2016-07-01T00:00:00+08:00"
	@echo "                 (PACK=<file>, HEADS='--head industrial-projects=42:<link> ...'; alone: java -jar $(VERIFIER) <pack.zip>)"
	@echo "make replay      target-views of a running make run rebuilds every view into a new database beside the live ones,"
	@echo "                 printing progress and rate, then every difference from the live views; SWITCH=yes then switches readers to it;"
	@echo "                 SOURCE=stores reads the command services' event stores (the authority) first, then the topics"
	@echo "make stack       start only Kafka, PostgreSQL and the MongoDB stand-in (data in $(VAR)/)"
	@echo "make bench-live  measure how soon a submission shows on a view's live stream: make bench-live RATE=500 DURATION=30 WARMUP=10"
	@echo "                 (its own embedded stack and services on free ports; BENCH_ARGS='-Dbench.stack=ephemeral ...', see docs/target-views.md)"
	@echo "make bench-audit time a view as of a past instant and a trail page over a long journal: make bench-audit EVENTS=1000000 ROUNDS=5"
	@echo "make bench-replay rebuild every view from Kafka offset 0 over a generated history: make bench-replay EVENTS=1000000"
	@echo "make deploy-check what can be checked of deploy/ without Docker: the compose file's wiring, and a broker started from"
	@echo "                 deploy/kafka with deploy/tls's certificates that a service's SCRAM login reaches over TLS (about a minute)"
	@echo "make clean-data  delete the embedded stack's data ($(VAR)/)"
	@echo "make clean       mvn clean and delete $(VAR)/"

run: build
	java -jar $(LAUNCHER) run --data $(VAR)

stack: build
	java -jar $(LAUNCHER) stack --data $(VAR)

verify: $(LAUNCHER)
	@java -jar $(LAUNCHER) verify --data $(VAR)

audit-pack: $(LAUNCHER)
	@curl -sfS -G -o $(PACK) -H "Authorization: Bearer $$(java -jar $(LAUNCHER) token --data $(VAR) --role auditor --subject make-audit-pack)" \
		$(if $(UNTIL),--data-urlencode "until=$(UNTIL)") http://127.0.0.1:8090/api/audit/export
	@echo "$(PACK): $$(du -h $(PACK) | cut -f1)"
	@java -jar $(VERIFIER) $(PACK) $(HEADS)
replay: $(LAUNCHER)
	@java -jar $(LAUNCHER) replay --data $(VAR) $(if $(filter stores,$(SOURCE)),--from-stores) $(if $(filter yes,$(SWITCH)),--switch)

token: $(LAUNCHER)
	@java -jar $(LAUNCHER) token --data $(VAR) --role $(ROLE) $(if $(ORG),--org $(ORG)) $(if $(SUBJECT),--subject $(SUBJECT))

deploy-check:
	$(MVN) -q test -pl system-tests -am -Dtest='ComposeFileTest,KafkaSaslDeployTest' -Dsurefire.failIfNoSpecifiedTests=false -Dplan.deploy-check=true

$(LAUNCHER):
	$(MVN) -q -DskipTests package

build:
	$(MVN) -q -DskipTests package

test: browser
	$(MVN) verify

browser:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
		$(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y $(BROWSER_PACKAGES); \
	fi

bench-live:
	$(MVN) -q -DskipTests -Pbench-live package -pl system-tests -am \
		-Dbench.jvmArgs="-Dbench.rate=$(RATE) -Dbench.duration=$(DURATION) -Dbench.warmup=$(WARMUP) $(BENCH_ARGS)"

bench-audit:
	$(MVN) -q -DskipTests install -pl services/target-views -am
	$(MVN) -q -Pbench test-compile -pl services/target-views \
		-Dbench.jvmArgs="-Dbench.events=$(EVENTS) -Dbench.rounds=$(ROUNDS) $(BENCH_ARGS)"

bench-replay:
	$(MVN) -q -DskipTests install -pl services/target-views -am
	$(MVN) -q -Pbench test-compile -pl services/target-views -Dbench.main=cn.gov.qingyuan.plan.views.readmodel.ReplayBenchmark \
		-Dbench.jvmArgs="-Dbench.events=$(EVENTS) $(BENCH_ARGS)"

clean-data:
	rm -rf $(VAR)

clean: clean-data
	$(MVN) -q clean
