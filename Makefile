# Thin wrapper around CMake: the README's commands.
#   make demo      install Debian packages (as root), build, run lede report on data/sample
#   make test      same set-up, then the whole suite through ctest
#   make test SANITIZE=1   the suite under -fsanitize=address,undefined (build-asan/)
#   make install   binary, library, header, lede.pc, lede.so + Lua modules, man page
#   make bench     the benchmarks in bench/ (peers installed where possible)
#   make eval      accuracy against ../shared/data (when present)
BUILD ?= build
PREFIX ?= /usr/local
JOBS ?= 2
ifeq ($(SANITIZE),1)
BUILD := build-asan
CMAKE_FLAGS += -DLEDE_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
endif

.PHONY: all deps build demo test test-slow install bench eval clean

all: build

deps:
	@sh .ci/deps.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_INSTALL_PREFIX=$(PREFIX) $(CMAKE_FLAGS)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j$(JOBS)

demo: build
	$(BUILD)/lede report data/sample

test: build
	@sh .ci/deps.sh test
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

test-slow: build
	LEDE_SLOW=1 LEDE_BIN=$(BUILD)/lede bash tests/slow/run.sh

install: build
	cmake --install $(BUILD)

bench: build
	bash bench/run.sh $(BUILD)

eval: build
	bash bench/accuracy/run.sh $(BUILD)

clean:
	rm -rf build build-asan
