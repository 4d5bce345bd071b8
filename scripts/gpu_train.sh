#!/usr/bin/env bash
# One-command GPU training run on a machine with an NVIDIA GPU, a CUDA
# toolkit and a CUDA build of libtorch: builds the native core against that
# libtorch, measures training samples/s (scripts/benchtrain), then trains
# the VAE and the UNet of a preset and prints the run's samples/s and its
# final validation figures.
#
#   scripts/gpu_train.sh [OUT_DIR]          (default runs/gpu)
#
# Environment:
#   TORCH_PREFIX  CUDA libtorch's CMake prefix (default: from the python
#                 torch package, torch.utils.cmake_prefix_path)
#   PRESET        model preset (default small; base for a large GPU)
#   VAE_STEPS     VAE steps (default 3000); UNET_STEPS (default 20000)
#   BATCH         crops per step (default 64)
#   FUNSD         FUNSD-format training folder (a training_data folder with
#                 images/ and annotations/; synthetic crops only when unset)
#   DEVICE        default cuda
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-runs/gpu}
PRESET=${PRESET:-small}
VAE_STEPS=${VAE_STEPS:-3000}
UNET_STEPS=${UNET_STEPS:-20000}
BATCH=${BATCH:-64}
DEVICE=${DEVICE:-cuda}
FUNSD=${FUNSD:-}
export OMP_THREAD_LIMIT=1

if [ -z "${TORCH_PREFIX:-}" ]; then
  TORCH_PREFIX=$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)' 2>/dev/null || true)
fi
if [ -z "$TORCH_PREFIX" ]; then
  echo "gpu_train: no CUDA libtorch found; set TORCH_PREFIX to its CMake prefix" >&2
  exit 2
fi
echo "== build (libtorch at $TORCH_PREFIX)"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$TORCH_PREFIX" >/dev/null
cmake --build build -j"$(nproc)"
go build -o bin/anonymizer ./cmd/anonymizer

echo "== throughput"
go run ./scripts/benchtrain -preset "$PRESET" -device "$DEVICE" -batch "$BATCH" -steps 20 -warmup 3

data=()
if [ -n "$FUNSD" ] && [ -d "$FUNSD/annotations" ]; then
  data=(--annotated "$FUNSD" --annotated-weight 0.3)
fi
mkdir -p "$OUT"
echo "== train vae ($VAE_STEPS steps)"
bin/anonymizer --log-format json train vae --preset "$PRESET" --device "$DEVICE" -o "$OUT/vae" \
  --steps "$VAE_STEPS" --batch "$BATCH" --lr 5e-4 --min-lr 5e-5 --warmup 200 --val-every 1000 --val-size 64 \
  --checkpoint-every 500 "${data[@]}"
echo "== train unet ($UNET_STEPS steps)"
bin/anonymizer --log-format json train unet --init "$OUT/vae/model" --device "$DEVICE" -o "$OUT/unet" \
  --steps "$UNET_STEPS" --batch "$BATCH" --lr 5e-4 --min-lr 2e-5 --warmup 500 --val-every 5000 --val-size 64 \
  --checkpoint-every 1000 "${data[@]}"

for k in vae unet; do
  sps=$(grep '"samples_per_s"' "$OUT/$k/metrics.jsonl" | tail -n 1 | sed 's/.*"samples_per_s":\([0-9.e+-]*\).*/\1/')
  echo "$k samples/s: $sps"
  grep '"val_' "$OUT/$k/metrics.jsonl" | tail -n 1
done
echo "model: $OUT/unet/model (copy to models/default to ship it)"
