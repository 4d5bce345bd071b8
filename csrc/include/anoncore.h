/*
 * anoncore: C API of anonymizer's native core (libtorch).
 *
 * Conventions
 * - Every call returns an anon_status (ANON_OK = 0). On failure the message
 *   is in anon_last_error() (thread-local, valid until the next failing call
 *   on the same thread). No C++ exception crosses this API.
 * - Handles are opaque; every create/load has a destroy. Strings returned
 *   through char** are malloc'd and must be freed with anon_free().
 * - Pixel buffers are caller-owned float32, row-major [n, 1, h, w]
 *   (grayscale), values in [0, 1]: 0 = black ink, 1 = white paper.
 *   Masks use the same layout: 1 = pixel to generate, 0 = keep.
 *   Latent buffers are [n, latent_ch, h/d, w/d], d = "downsample" in
 *   anon_model_info (the VAE's factor; 4 in every preset).
 * - Texts are NUL-terminated UTF-8. They are never logged or copied into
 *   error messages.
 *
 * Design (see csrc/models/config.h, csrc/diffusion/diffusion.h)
 * - Crops are 32 px high by default, width a multiple of 16 (size buckets);
 *   any h, w that are multiples of "pixel_multiple" in anon_model_info work.
 * - VAE: KL autoencoder, downsampling 4, latent_ch 4 (tiny) or 8.
 * - UNet: v-prediction, input = noisy latent + mask + masked-image latent +
 *   glyph latent, cross-attention to a byte-level UTF-8 text encoder
 *   (vocabulary: bytes 0..255, PAD, BOS).
 * - Presets: "tiny" (tests), "small" (CPU default), "base" (GPU).
 *
 * Threading
 * - anon_model_* read calls (info, encode, decode, sample, save) may run
 *   concurrently on the same model; a train step or trainer load on a model
 *   waits for them and excludes them (reader/writer lock per model).
 * - Different models are independent. anon_set_threads is process-wide.
 * - A handle must not be destroyed while another thread uses it.
 */
#ifndef ANONCORE_H
#define ANONCORE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define ANON_API __attribute__((visibility("default")))
#else
#define ANON_API
#endif

/* Bumped on every incompatible change of this header (a call removed or
 * changed, a JSON key removed or its meaning changed); a caller compares it
 * with anon_abi_version() before its first call. */
#define ANON_ABI_VERSION 3

typedef enum anon_status {
  ANON_OK = 0,
  ANON_ERR_INVALID = 1,    /* bad argument, shape or config */
  ANON_ERR_IO = 2,         /* file system */
  ANON_ERR_CHECKPOINT = 3, /* corrupt or mismatched checkpoint */
  ANON_ERR_RUNTIME = 4,    /* libtorch failure, non-finite loss */
  ANON_ERR_OOM = 5,        /* out of memory */
  ANON_ERR_BUSY = 6        /* reserved */
} anon_status;

typedef struct anon_model anon_model;
typedef struct anon_trainer anon_trainer;

/* ---- library ---------------------------------------------------------- */

ANON_API const char* anon_last_error(void);
ANON_API const char* anon_version(void); /* static string, e.g. "0.1.0" */
ANON_API int anon_abi_version(void); /* the library's ANON_ABI_VERSION */
/* JSON: {"version","abi","torch","cuda_built","cuda_available","cuda_devices",
 *        "threads","fused_kernels"}. */
ANON_API int anon_build_info(char** json_out);
ANON_API void anon_free(void* p);
/* Intra-op threads for all models (process-wide); n >= 1. */
ANON_API int anon_set_threads(int n);
/* Resident set size of the process and bytes held by the CUDA caching
 * allocator (0 without CUDA). Either pointer may be NULL. */
ANON_API int anon_memory(int64_t* rss_bytes, int64_t* device_bytes);

/* ---- models ----------------------------------------------------------- */

/* config_json: {"preset": "tiny"|"small"|"base", optional overrides
 * {"vae":{...},"unet":{...},"text":{...},"diffusion":{...}}}; NULL or "" =
 * small. device: "cpu", "cuda", "cuda:N", or "auto"/NULL. Random init
 * uses seed. */
ANON_API int anon_model_create(const char* config_json, const char* device, uint64_t seed, anon_model** out);
/* dir holds config.json + model.safetensors (written by anon_model_save or
 * anon_trainer_save/export). Names, shapes and dtypes are checked. */
ANON_API int anon_model_load(const char* dir, const char* device, anon_model** out);
ANON_API int anon_model_save(anon_model* m, const char* dir);
ANON_API void anon_model_destroy(anon_model* m);
/* JSON: {"config":{...},"params":{"vae","unet","text","total"},
 *        "bytes_fp32","pixel_multiple","downsample","latent_ch","device"}.
 * The shape fields (pixel_multiple, downsample, latent_ch) are fixed for the
 * model's life; "config" is not (a UNet trainer calibrates
 * diffusion.latent_scale). */
ANON_API int anon_model_info(anon_model* m, char** json_out);

/* images [n,1,h,w] (h, w multiples of downsample d) -> latents
 * [n,latent_ch,h/d,w/d]. Any output may be NULL; z_out is
 * mean + exp(logvar/2) * noise(seed). */
ANON_API int anon_vae_encode(anon_model* m, const float* images, int64_t n, int64_t h, int64_t w, uint64_t seed,
                             float* mean_out, float* logvar_out, float* z_out);
/* latents [n,latent_ch,lh,lw] -> images [n,1,d*lh,d*lw] clamped to [0,1]. */
ANON_API int anon_vae_decode(anon_model* m, const float* latents, int64_t n, int64_t lh, int64_t lw,
                             float* images_out);

typedef enum anon_sampler {
  ANON_SAMPLER_DDIM = 0,    /* DDIM (first order) */
  ANON_SAMPLER_DPMPP2M = 1  /* DPM-Solver++(2M), multistep second order; eta must be 0 */
} anon_sampler;

typedef struct anon_sample_opts {
  int32_t steps;         /* sampler steps, e.g. 20 */
  float eta;             /* DDIM: 0 = deterministic, 1 = DDPM-like */
  float guidance;        /* classifier-free guidance scale; 1 = off */
  uint64_t seed;         /* region i uses seed + i unless seeds is given */
  int32_t sampler;       /* anon_sampler */
  const uint64_t* seeds; /* NULL or n per-region seeds */
} anon_sample_opts;

/* Batched inpainting: n regions of one size h x w (multiples of
 * pixel_multiple). Each region draws its noise from its own seed, so its
 * output does not depend on the other regions of the call (same seed,
 * inputs and threads -> same output on CPU). images: the original crops; masks: 1 = generate; glyphs:
 * the surrogate text rendered in place (dark on white); texts[i]: the
 * surrogate string. out [n,1,h,w]: generated crops; pixels outside the mask
 * equal the input. */
ANON_API int anon_sample(anon_model* m, const float* images, const float* masks, const float* glyphs,
                         const char* const* texts, int64_t n, int64_t h, int64_t w, const anon_sample_opts* opts,
                         float* out);

/* ---- training --------------------------------------------------------- */

/* kind: "vae" or "unet" (UNet + text encoder; VAE frozen). opts_json keys
 * (all optional): beta1, beta2, eps, weight_decay, grad_clip, accum,
 * ema_decay, bf16, cond_dropout, kl_weight, edge_weight, ink_weight,
 * calibrate_latent_scale, seed. The trainer keeps the model alive. */
ANON_API int anon_trainer_create(anon_model* m, const char* kind, const char* opts_json, anon_trainer** out);
ANON_API void anon_trainer_destroy(anon_trainer* t);

typedef struct anon_train_stats {
  float loss;      /* total loss of this micro-batch */
  float recon;     /* VAE: weighted L1 */
  float kl;        /* VAE: mean KL per latent element */
  float edge;      /* VAE: Sobel-gradient L1 */
  float grad_norm; /* global norm before clipping (when stepped) */
  int32_t stepped; /* 1 when this call ran an optimizer step */
  int64_t step;    /* optimizer steps so far */
} anon_train_stats;

ANON_API int anon_trainer_vae_step(anon_trainer* t, const float* images, int64_t n, int64_t h, int64_t w, float lr,
                                   anon_train_stats* out);
ANON_API int anon_trainer_unet_step(anon_trainer* t, const float* images, const float* masks, const float* glyphs,
                                    const char* const* texts, int64_t n, int64_t h, int64_t w, float lr,
                                    anon_train_stats* out);
/* Exact-resume state: config.json, model.safetensors, ema.safetensors,
 * optim.safetensors, trainer.json. Refused mid-accumulation. */
ANON_API int anon_trainer_save(anon_trainer* t, const char* dir);
ANON_API int anon_trainer_load(anon_trainer* t, const char* dir);
/* Inference checkpoint (loadable by anon_model_load), EMA or raw weights. */
ANON_API int anon_trainer_export(anon_trainer* t, const char* dir, int use_ema);

#ifdef __cplusplus
}
#endif

#endif /* ANONCORE_H */
