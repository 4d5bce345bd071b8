#!/usr/bin/env bash
# Builds (if needed) and runs profile_kernels: fused GroupNorm+SiLU against
# libtorch's unfused group_norm + silu at the UNet's shapes. The last line
# printed on stdout is one JSON object; "groupnorm_silu_speedup" is the
# geometric-mean CPU forward speedup (reference time / fused time) and
# "groupnorm_silu_unet_speedup" the same per forward of the small UNet.
#
#   scripts/profile_kernels/run.sh                 # all default shapes
#   scripts/profile_kernels/run.sh --quick         # 3 shapes, 3 samples
#   scripts/profile_kernels/run.sh --clock wall --threads 2
#
# Arguments go to profile_kernels (see its --help text in
# profile_kernels.cpp). Environment: BUILD_DIR (default build), JOBS
# (default 2), NCU=0 to skip Nsight Compute.
#
# Build: the project's top-level CMake build (target profile_kernels, which
# links the core's objects; it exists when the fused kernels are built).
#
# On a machine with a CUDA build, a visible GPU and `ncu` on PATH, Nsight
# Compute first profiles the CUDA kernels (stats, apply, backward) at the
# largest UNet shape; its report goes to stderr and to
# $BUILD_DIR/profile_kernels.ncu.txt.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
BUILD_DIR="${BUILD_DIR:-build}"
JOBS="${JOBS:-2}"

if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$BUILD_DIR" --target profile_kernels -j"$JOBS" >&2 ||
  { echo "run.sh: build of profile_kernels failed (are the fused kernels on: ANON_USE_KERNELS?)" >&2; exit 1; }
BIN="$BUILD_DIR/profile_kernels"

if [ "${NCU:-1}" != 0 ] && command -v ncu >/dev/null 2>&1 &&
   command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L >/dev/null 2>&1; then
  report="$BUILD_DIR/profile_kernels.ncu.txt"
  echo "run.sh: Nsight Compute on the CUDA kernels -> $report" >&2
  ncu --kernel-name regex:'stats_kernel|apply_kernel|backward_kernel' \
      --launch-count 6 --section SpeedOfLight --section MemoryWorkloadAnalysis \
      "$BIN" --device cuda --shapes '16,128,32,128' --samples 1 \
      >"$report" 2>&1 || echo "run.sh: ncu failed (see $report)" >&2
  cat "$report" >&2
fi

exec "$BIN" "$@"
