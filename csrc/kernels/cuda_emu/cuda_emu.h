// Host emulation of the CUDA features groupnorm_silu.cu uses, so its
// kernels can run (slowly, one OS thread per CUDA thread) on a machine
// without a GPU and be checked against a reference. Used only by
// emu_test.cpp through scripts/cuda_check.sh; not part of the library.
//
// Emulated: threadIdx/blockIdx/blockDim/gridDim, __syncthreads (block
// barrier), __shfl_xor_sync (per-warp exchange), __shared__ (function
// statics: blocks run one after another), kernel launch (emu::launch,
// which the check script substitutes for <<<...>>>), cudaGetLastError,
// cudaMemsetAsync, cudaGetErrorString, __fmul_rn, rsqrt. The fp16/bf16
// types come from the toolkit's own headers, which compile as host code.
#pragma once

#include <cuda_bf16.h>
#include <cuda_fp16.h>

#include <cmath>
#include <condition_variable>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#ifndef __global__
#define __global__
#endif
#ifndef __device__
#define __device__
#endif
#ifndef __host__
#define __host__
#endif
#ifndef __forceinline__
#define __forceinline__ inline
#endif
#undef __launch_bounds__
#define __launch_bounds__(...)
#undef __shared__
#define __shared__ static

enum cudaError_t {
  cudaSuccess = 0,
  cudaErrorInvalidValue = 1,
  cudaErrorInvalidConfiguration = 9,
};
typedef struct CUstream_st* cudaStream_t;

struct dim3 {
  unsigned x, y, z;
  dim3(unsigned a = 1, unsigned b = 1, unsigned c = 1) : x(a), y(b), z(c) {}
};

inline thread_local dim3 threadIdx;
inline thread_local dim3 blockIdx;
inline dim3 blockDim;
inline dim3 gridDim;

namespace emu {

// Reusable barrier for a fixed number of threads.
class Barrier {
 public:
  explicit Barrier(unsigned n) : n_(n) {}
  void wait() {
    std::unique_lock<std::mutex> lk(mu_);
    const unsigned gen = gen_;
    if (++count_ == n_) {
      count_ = 0;
      ++gen_;
      cv_.notify_all();
    } else {
      cv_.wait(lk, [&] { return gen != gen_; });
    }
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  unsigned n_;
  unsigned count_ = 0;
  unsigned gen_ = 0;
};

struct BlockState {
  Barrier* block = nullptr;
  std::vector<Barrier*> warps;
  std::vector<unsigned char> exchange;  // [warps][32][8 bytes]
};
inline BlockState g_block;

inline cudaError_t g_last_error = cudaSuccess;

template <typename... P, typename... A>
void launch(dim3 grid, dim3 block, void (*kernel)(P...), A... args) {
  const unsigned nthreads = block.x * block.y * block.z;
  if (nthreads == 0 || nthreads > 1024 || nthreads % 32 != 0 || grid.x == 0 ||
      grid.y == 0 || grid.z == 0) {
    // The kernels here always use multiples of 32; anything else is a bug.
    g_last_error = cudaErrorInvalidConfiguration;
    return;
  }
  gridDim = grid;
  blockDim = block;
  for (unsigned bz = 0; bz < grid.z; ++bz) {
    for (unsigned by = 0; by < grid.y; ++by) {
      for (unsigned bx = 0; bx < grid.x; ++bx) {
        Barrier bar(nthreads);
        std::vector<std::unique_ptr<Barrier>> warp_bars;
        for (unsigned w = 0; w < nthreads / 32; ++w) {
          warp_bars.push_back(std::make_unique<Barrier>(32));
        }
        g_block.block = &bar;
        g_block.warps.clear();
        for (auto& wb : warp_bars) g_block.warps.push_back(wb.get());
        g_block.exchange.assign(static_cast<size_t>(nthreads) * 8, 0);
        std::vector<std::thread> threads;
        threads.reserve(nthreads);
        for (unsigned t = 0; t < nthreads; ++t) {
          threads.emplace_back([&, t] {
            threadIdx = dim3(t % block.x, (t / block.x) % block.y,
                             t / (block.x * block.y));
            blockIdx = dim3(bx, by, bz);
            kernel(args...);
          });
        }
        for (auto& th : threads) th.join();
      }
    }
  }
}

inline unsigned linear_tid() {
  return threadIdx.x + blockDim.x * (threadIdx.y + blockDim.y * threadIdx.z);
}

}  // namespace emu

inline void __syncthreads() { emu::g_block.block->wait(); }

template <typename T>
T __shfl_xor_sync(unsigned /*mask*/, T v, int lane_mask) {
  static_assert(sizeof(T) <= 8, "shuffle of at most 8 bytes");
  const unsigned tid = emu::linear_tid();
  const unsigned warp = tid / 32;
  const unsigned lane = tid % 32;
  unsigned char* ex = emu::g_block.exchange.data() + warp * 32 * 8;
  std::memcpy(ex + lane * 8, &v, sizeof(T));
  emu::g_block.warps[warp]->wait();
  T out;
  std::memcpy(&out, ex + ((lane ^ static_cast<unsigned>(lane_mask)) & 31u) * 8,
              sizeof(T));
  emu::g_block.warps[warp]->wait();
  return out;
}

inline cudaError_t cudaGetLastError() {
  const cudaError_t e = emu::g_last_error;
  emu::g_last_error = cudaSuccess;
  return e;
}
inline const char* cudaGetErrorString(cudaError_t e) {
  switch (e) {
    case cudaSuccess:
      return "no error";
    case cudaErrorInvalidValue:
      return "invalid argument";
    case cudaErrorInvalidConfiguration:
      return "invalid configuration argument";
  }
  return "unknown error";
}
inline cudaError_t cudaMemsetAsync(void* p, int v, size_t n, cudaStream_t) {
  std::memset(p, v, n);
  return cudaSuccess;
}

// Round-to-nearest product, never contracted (build with -ffp-contract=off).
inline float __fmul_rn(float a, float b) { return a * b; }
inline double rsqrt(double x) { return 1.0 / std::sqrt(x); }
