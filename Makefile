# anonymizer: build, test, demo and benchmarks.
#   make demo   anonymize the bundled sample
#   make test   install system packages, build everything, run all tests
#               (then again under the race detector)
#   make bench  benchmarks; the last line printed is one JSON object

SHELL := /bin/bash
GO ?= go
BUILD_DIR ?= build
BIN := bin/anonymizer
JOBS ?= 2
# A FUNSD-format folder of real scanned forms for benchmarks, evaluation and
# the tests that measure on them (never copied into the repository), e.g.
# make test FUNSD=/data/funsd. Without it those tests skip and make bench
# times the bundled sample.
FUNSD ?=

# Tesseract with OpenMP is about 8x slower on a 2-core machine.
export OMP_THREAD_LIMIT := 1

# poppler-utils and prometheus (for promtool) serve tests only: the PDF
# tests read outputs with pdftotext, and the alert rules are checked with
# promtool.
APT_PACKAGES := build-essential cmake pkg-config \
	libtesseract-dev libleptonica-dev tesseract-ocr tesseract-ocr-eng \
	libtorch-dev libopenblas0-openmp \
	fonts-liberation fonts-dejavu-core fonts-freefont-ttf \
	poppler-utils prometheus

.PHONY: all deps native build test test-native test-go test-race vet demo bench bench-pages cuda-check eval-detect clean fuzz

all: build

deps:
	@scripts/deps.sh $(APT_PACKAGES)

# The C++ core: build/libanoncore.so and its test executables.
native: deps
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD_DIR) -j$(JOBS)

# bin/anonymizer does not link libtorch (it starts in milliseconds); the
# commands that need the native core (train, generate, model) run
# bin/anonymizer-torch, the same CLI built with -tags torch.
build: native
	$(GO) build -o $(BIN) ./cmd/anonymizer
	$(GO) build -tags torch -o $(BIN)-torch ./cmd/anonymizer
	@echo "built $(BIN) and $(BIN)-torch"

vet:
	@test -z "$$(gofmt -l cmd pipeline torch scripts)" || { echo "gofmt needed:"; gofmt -l cmd pipeline torch scripts; exit 1; }
	$(GO) vet ./...
	$(GO) vet -tags torch ./cmd/anonymizer

test-native: native
	ctest --test-dir $(BUILD_DIR) --output-on-failure

# ANONYMIZER_FUNSD points the tests that measure on FUNSD at the data; they
# skip when it holds no pii.json.
test-go: build vet
	ANONYMIZER_FUNSD="$(abspath $(FUNSD))" $(GO) test -count=1 -timeout 20m ./...
	$(GO) test -count=1 -tags torch ./cmd/anonymizer

# Every package under the race detector; RACE_FLAGS passes more flags,
# e.g. RACE_FLAGS=-short to skip the multi-page tests.
RACE_FLAGS ?=
test-race: build
	$(GO) test -race -count=1 -timeout 30m $(RACE_FLAGS) ./...

test: test-native test-go test-race

demo: build
	@scripts/demo.sh

# The fuzz targets, each for FUZZTIME (not part of make test, whose ctest
# runs fuzz_safetensors at its default 4000 random cases), e.g.
# make fuzz FUZZTIME=60s. Seed corpora are under each package's
# testdata/fuzz/. A new input is minimized for at most 5 s (the default
# minute would take a short run's whole time).
FUZZTIME ?= 10s
FUZZ_CASES ?= 40000
fuzz: native
	$(GO) test -run='^$$' -fuzz='^FuzzParseConfig$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=5s ./cmd/anonymizer
	$(GO) test -run='^$$' -fuzz='^FuzzParse$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=5s ./pipeline/report
	$(GO) test -run='^$$' -fuzz='^FuzzInput$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=5s ./internal/server
	OMP_NUM_THREADS=1 $(BUILD_DIR)/fuzz_safetensors $(FUZZ_CASES)

bench: build
	@scripts/bench.sh "$(FUNSD)"

# anonymize against tesseract on every FUNSD test page (about a minute).
bench-pages: build
	@scripts/bench_pages.sh "$(FUNSD)"

# Compiles the CUDA kernels with nvcc alone (installs Debian's toolkit).
cuda-check:
	@scripts/cuda_check.sh

eval-detect: build
	@test -n "$(FUNSD)" || { echo "eval-detect: set FUNSD=DIR (a FUNSD-format folder)"; exit 2; }
	$(BIN) eval detect --data $(FUNSD) --labels $(FUNSD)/pii.json --split testing_data

clean:
	rm -rf bin $(BUILD_DIR)
