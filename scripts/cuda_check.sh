#!/usr/bin/env bash
# Compile-checks the CUDA kernels with nvcc alone: no GPU, no CUDA libtorch.
#
#   scripts/cuda_check.sh            # sm_80 and sm_90
#   CUDA_ARCHS="70 80 86 90" scripts/cuda_check.sh
#
# 1. Installs Debian's nvidia-cuda-toolkit (CUDA 11.8, non-free component)
#    if nvcc is missing: enables contrib/non-free/non-free-firmware in
#    /etc/apt/sources.list.d/debian.sources (deb822; idempotent), then
#    apt-get update && apt-get install nvidia-cuda-toolkit (~2 GB; needs
#    root or sudo). Host compiler: Debian's package pulls in g++-11 and its
#    nvcc runs /usr/lib/nvidia-cuda-toolkit/bin/g++, a wrapper that picks
#    g++-11, so gcc 12 (Debian's default, unsupported by CUDA 11.8) is never
#    used and no -allow-unsupported-compiler is needed. Another toolkit
#    (e.g. /usr/local/cuda/bin/nvcc on PATH) is used as is.
# 2. Compiles every csrc/kernels/*.cu (torch-free by design) to an object
#    for each architecture in CUDA_ARCHS, with warnings as errors, and prints
#    ptxas register/spill figures.
# 3. Syntax-checks the torch-side launcher (groupnorm_silu.cpp) and the
#    profiler with ANON_WITH_CUDA defined, using libtorch-dev's ATen/cuda
#    headers and the toolkit's cuda_runtime.h, when both are installed.
# 4. Runs the kernels on the CPU under csrc/kernels/cuda_emu (one OS thread
#    per CUDA thread, real barriers and warp shuffles) against a float64
#    reference: forward and backward, fp32/fp16/bf16, vector and scalar paths.
# Exits non-zero if anything fails to compile or a check fails.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KDIR="$ROOT/csrc/kernels"
ARCHS="${CUDA_ARCHS:-80 90}"
OUT="$(mktemp -d /tmp/cuda_check.XXXXXX)"
trap 'rm -rf "$OUT"' EXIT

log() { printf 'cuda_check: %s\n' "$*"; }
die() { printf 'cuda_check: FAIL: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "need root (or sudo) to run: $*"
  fi
}

install_toolkit() {
  local src=/etc/apt/sources.list.d/debian.sources
  if [ -f "$src" ]; then
    # Add the missing components to each "Components:" line (only the
    # Debian archive's deb822 file is touched).
    if grep -Eq '^Components:' "$src" && ! grep -Eq '^Components:.*\bnon-free\b' "$src"; then
      log "enabling contrib non-free non-free-firmware in $src"
      as_root sed -i -E '/^Components:/{
        / contrib( |$)/! s/$/ contrib/
        / non-free( |$)/! s/$/ non-free/
        / non-free-firmware( |$)/! s/$/ non-free-firmware/
      }' "$src"
    fi
  elif [ -f /etc/apt/sources.list ] && ! grep -Eq '^deb .* non-free( |$)' /etc/apt/sources.list; then
    log "enabling contrib non-free in /etc/apt/sources.list"
    as_root sed -i -E '/^deb /{
      / contrib( |$)/! s/$/ contrib/
      / non-free( |$)/! s/$/ non-free/
    }' /etc/apt/sources.list
  fi
  log "installing nvidia-cuda-toolkit (large download)"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends nvidia-cuda-toolkit
}

if ! command -v nvcc >/dev/null 2>&1; then
  if [ -x /usr/local/cuda/bin/nvcc ]; then
    export PATH="/usr/local/cuda/bin:$PATH"
  else
    install_toolkit
  fi
fi
command -v nvcc >/dev/null 2>&1 || die "nvcc not found after installation"
log "$(nvcc --version | tail -n 2 | head -n 1)"

shopt -s nullglob
cus=("$KDIR"/*.cu)
[ ${#cus[@]} -gt 0 ] || die "no .cu files in $KDIR"

fail=0
for cu in "${cus[@]}"; do
  name="$(basename "$cu" .cu)"
  for arch in $ARCHS; do
    obj="$OUT/${name}.sm_${arch}.o"
    if nvcc -std=c++17 -O3 -c "$cu" -o "$obj" -I"$KDIR" \
         -gencode "arch=compute_${arch},code=sm_${arch}" \
         -Xcompiler -Wall,-Wextra -Werror all-warnings \
         -Xptxas -v >"$OUT/${name}.sm_${arch}.log" 2>&1; then
      regs="$(grep -o 'Used [0-9]* registers' "$OUT/${name}.sm_${arch}.log" | awk '{print $2}' | sort -n | tail -n 1)"
      spills="$(grep -o '[0-9]* bytes spill stores' "$OUT/${name}.sm_${arch}.log" | awk '{s+=$1} END {print s+0}')"
      kernels="$(grep -c 'Compiling entry function' "$OUT/${name}.sm_${arch}.log" || true)"
      log "ok   ${name}.cu sm_${arch}: ${kernels} kernels, max ${regs:-?} registers, ${spills} bytes spilled"
    else
      cat "$OUT/${name}.sm_${arch}.log" >&2
      log "FAIL ${name}.cu sm_${arch}"
      fail=1
    fi
  done
done

# Torch-side launcher and profiler with ANON_WITH_CUDA (syntax only).
TORCH_INC=/usr/include/torch/csrc/api/include
CUDA_INC=""
for d in /usr/include /usr/local/cuda/include; do
  if [ -f "$d/cuda_runtime.h" ]; then CUDA_INC="$d"; break; fi
done
if [ -f /usr/include/ATen/cuda/CUDAContext.h ] && [ -n "$CUDA_INC" ]; then
  # A CPU libtorch lacks this CMake-generated header; its CUDA build's copy
  # only defines the shared-library switch.
  SHIM="$OUT/shim"
  if [ ! -f /usr/include/c10/cuda/impl/cuda_cmake_macros.h ]; then
    mkdir -p "$SHIM/c10/cuda/impl"
    printf '#pragma once\n#define C10_CUDA_BUILD_SHARED_LIBS\n' \
      >"$SHIM/c10/cuda/impl/cuda_cmake_macros.h"
  fi
  for src in "$KDIR/groupnorm_silu.cpp" "$ROOT/scripts/profile_kernels/profile_kernels.cpp"; do
    [ -f "$src" ] || continue
    if g++ -std=c++17 -fsyntax-only -DANON_WITH_CUDA -D_GLIBCXX_USE_CXX11_ABI=1 \
         -I"$KDIR" -I"$SHIM" -I"$TORCH_INC" -I"$CUDA_INC" "$src" 2>"$OUT/syntax.log"; then
      log "ok   $(basename "$src") with ANON_WITH_CUDA (syntax)"
    else
      cat "$OUT/syntax.log" >&2
      log "FAIL $(basename "$src") with ANON_WITH_CUDA (syntax)"
      fail=1
    fi
  done
else
  log "skip launcher syntax check (no ATen/cuda headers or cuda_runtime.h)"
fi

# 4. Run the kernels under the host emulation (csrc/kernels/cuda_emu):
#    every CUDA thread is an OS thread, with real barriers and warp
#    shuffles; results are checked against a float64 reference.
EMU="$KDIR/cuda_emu"
if [ -f "$EMU/emu_test.cpp" ] && [ -n "$CUDA_INC" ]; then
  # kernel<<<grid, block, 0, s>>>(args) -> ::emu::launch(grid, block, &kernel, args)
  perl -0pe 's/#include <cuda_runtime\.h>\n//;
             s/(\w+<[^<>;]*>)<<<\s*([^,]+?),\s*([^,]+?),\s*0,\s*(\w+)\s*>>>\(/::emu::launch($2, $3, &$1, /g' \
    "$KDIR/groupnorm_silu.cu" >"$OUT/gn_emu.inc"
  if grep -q '<<<' "$OUT/gn_emu.inc"; then
    log "FAIL emulation: a kernel launch was not rewritten"
    fail=1
  elif g++ -std=c++17 -O1 -ffp-contract=off -pthread -Wall -Wno-unknown-pragmas \
       -I"$OUT" -I"$KDIR" -I"$EMU" -I"$CUDA_INC" "$EMU/emu_test.cpp" \
       -o "$OUT/emu_test" 2>"$OUT/emu_build.log"; then
    if "$OUT/emu_test" | sed 's/^/cuda_check: emu: /'; then
      log "ok   kernels under host emulation"
    else
      log "FAIL kernels under host emulation"
      fail=1
    fi
  else
    cat "$OUT/emu_build.log" >&2
    log "FAIL emulation build"
    fail=1
  fi
else
  log "skip emulation (no csrc/kernels/cuda_emu or CUDA headers)"
fi

if [ "$fail" -ne 0 ]; then
  die "some CUDA checks failed"
fi
log "all CUDA kernels compile for: $ARCHS and pass the emulated run"
