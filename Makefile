# SeatPlan: the two set-up commands are `make serve` (the workbench) and `make test`.
# Both install missing system packages first (Debian/Ubuntu; elsewhere they say what to install).

SWIFT ?= swift
DEMO_OUT ?= demo-out

.PHONY: serve demo test lint format bench bench-mdgp build system-packages clean

## serve: the web workbench at http://127.0.0.1:8080/ over seatplan-data/exchange.sqlite (made on first
## start with the demo meeting planned); SERVE_ARGS="--port 9000" or "--host 0.0.0.0" (prints a token URL)
SERVE_ARGS ?=
serve: system-packages
	$(SWIFT) build -c release --product seatplan
	.build/release/seatplan serve $(SERVE_ARGS)

## demo: plan the shipped demo meeting end to end (files go to ./demo-out)
demo: system-packages
	$(SWIFT) build -c release --product seatplan
	.build/release/seatplan demo --out $(DEMO_OUT)

## test: build everything and run the whole test suite, the PostgreSQL tests against a throwaway
## cluster that scripts/with-postgres.sh starts (and stops) for them
test: system-packages
	$(SWIFT) build --build-tests --explicit-target-dependency-import-check=error
	scripts/with-postgres.sh $(SWIFT) test --skip-build

## lint: the tree as .swift-format has it, and no line over 120 characters
SWIFT_SOURCES = Package.swift Sources Tests Benchmarks
lint:
	$(SWIFT) format lint --strict --recursive --parallel $(SWIFT_SOURCES)
	@if LC_ALL=C.UTF-8 grep -rnP --include='*.swift' '^.{121,}$$' $(SWIFT_SOURCES); then \
		echo "lint: the lines above are over 120 characters" >&2; exit 1; fi

## format: rewrite the tree as .swift-format has it
format:
	$(SWIFT) format format --in-place --recursive --parallel $(SWIFT_SOURCES)

## bench: run the benchmarks in release mode (median of several runs, as a table); the PostgreSQL
## scenarios run against a throwaway cluster that scripts/with-postgres.sh starts for them
bench: system-packages
	$(SWIFT) build -c release --product seatplan
	$(SWIFT) build -c release --product seatplan-bench
	scripts/with-postgres.sh .build/release/seatplan-bench

## bench-mdgp: the MDGPLIB grouping benchmark (about 15 minutes; SEEDS=1,2,3 for more seeds)
SEEDS ?= 1
bench-mdgp: system-packages
	$(SWIFT) build -c release --product seatplan-bench
	.build/release/seatplan-bench mdgp --seeds $(SEEDS)

## build: a release build of the seatplan tool
build: system-packages
	$(SWIFT) build -c release --product seatplan

system-packages:
	@bash scripts/install-system-packages.sh

clean:
	rm -rf .build $(DEMO_OUT)
