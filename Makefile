# SeatPlan: the two set-up commands are `make demo` and `make test`.
# Both install missing system packages first (Debian/Ubuntu; elsewhere they say what to install).

SWIFT ?= swift
DEMO_OUT ?= demo-out

.PHONY: demo test bench build system-packages clean

## demo: plan the shipped demo meeting end to end (files go to ./demo-out)
demo: system-packages
	$(SWIFT) build -c release --product seatplan
	.build/release/seatplan demo --out $(DEMO_OUT)

## test: build everything and run the whole test suite
test: system-packages
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## bench: run the benchmarks in release mode (median of several runs, as a table)
bench: system-packages
	$(SWIFT) build -c release --product seatplan-bench
	.build/release/seatplan-bench

## build: a release build of the seatplan tool
build: system-packages
	$(SWIFT) build -c release --product seatplan

system-packages:
	@bash scripts/install-system-packages.sh

clean:
	rm -rf .build $(DEMO_OUT)
