/* hm_runtime: what a compiled hm-mlir library needs at run time, with no MLIR or LLVM library.
 *
 *  - memrefCopy (strided copies that bufferization leaves to a runtime call) and the bf16 truncations the C
 *    runtime of older compilers lacks;
 *  - for cuda libraries, the mgpu* functions the gpu-to-llvm lowering calls, on the CUDA driver API. The driver
 *    (libcuda.so.1) is opened with dlopen at the first use, so a library loads on a machine without one and the
 *    runner can say so. A kernel image is loaded at its first launch, not in the module constructor.
 *  - Errors are not printed and ignored, as MLIR's own runtime does: the first one is kept (hm_last_error) and
 *    every CUDA call after it does nothing, so the runner raises the first error after the call returns.
 *
 * Every function is named hm_<name> (hm_mgpuLaunchKernel, hm_memrefCopy): the builder renames the calls in the
 * host code to match, so MLIR's own runtime libraries, when a process has loaded them globally, cannot take
 * these calls over. The file is named after a hash of this source (libhm_runtime-<hash>.so, its soname too), so
 * libraries share a runtime in one process only when it is the same code.
 *
 * Built by hm_mlir.library.build with the system C compiler: cc -O2 -fPIC -shared hm_runtime.c -ldl.
 */
#include <dlfcn.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- memrefCopy ---------------------------------------------------------------------------------------- */

typedef struct {
  int64_t rank;
  void *descriptor; /* {char *allocated, *aligned; int64_t offset, sizes[rank], strides[rank]} */
} UnrankedMemRef;

typedef struct {
  char *allocated;
  char *aligned;
  int64_t offset;
  int64_t sizes_and_strides[];
} RankedMemRef;

void hm_memrefCopy(int64_t element_size, UnrankedMemRef *source, UnrankedMemRef *target) {
  int64_t rank = source->rank;
  RankedMemRef *src = source->descriptor, *dst = target->descriptor;
  char *from = src->aligned + src->offset * element_size, *to = dst->aligned + dst->offset * element_size;
  const int64_t *sizes = src->sizes_and_strides, *src_strides = sizes + rank;
  const int64_t *dst_strides = dst->sizes_and_strides + rank;
  for (int64_t d = 0; d < rank; ++d)
    if (sizes[d] == 0) return;
  /* The innermost dimensions laid out contiguously in both are one block of one memcpy. */
  int64_t outer = rank, block = element_size;
  for (int64_t step = 1; outer > 0; --outer) {
    int64_t d = outer - 1;
    if (sizes[d] != 1 && (src_strides[d] != step || dst_strides[d] != step)) break;
    step *= sizes[d];
    block = step * element_size;
  }
  if (outer == 0) {
    memcpy(to, from, block);
    return;
  }
  int64_t index[rank];
  memset(index, 0, sizeof(index));
  int64_t s = 0, t = 0; /* element offsets of the current block */
  for (;;) {
    memcpy(to + t * element_size, from + s * element_size, block);
    int64_t d = outer - 1;
    for (; d >= 0; --d) { /* the next index of the outer dimensions, offsets kept incrementally */
      s += src_strides[d];
      t += dst_strides[d];
      if (++index[d] < sizes[d]) break;
      s -= src_strides[d] * sizes[d];
      t -= dst_strides[d] * sizes[d];
      index[d] = 0;
    }
    if (d < 0) return;
  }
}

/* ---- bf16 truncation (round to nearest even; NaN stays a quiet NaN) ------------------------------------ */
/* LLVM passes bf16 like half, in an SSE register: _Float16 has that ABI, the bits are what matter. */

static _Float16 bf16_from_bits(uint16_t bits) {
  _Float16 value;
  memcpy(&value, &bits, sizeof(bits));
  return value;
}

_Float16 __truncsfbf2(float value) {
  uint32_t bits;
  memcpy(&bits, &value, sizeof(bits));
  if ((bits & 0x7fffffffu) > 0x7f800000u) return bf16_from_bits((uint16_t)((bits >> 16) | 0x40));
  return bf16_from_bits((uint16_t)((bits + 0x7fffu + ((bits >> 16) & 1u)) >> 16));
}

_Float16 __truncdfbf2(double value) { return __truncsfbf2((float)value); }

/* ---- errors ------------------------------------------------------------------------------------------- */

static _Thread_local char last_error[512]; /* per thread: calls on several threads do not mix */

const char *hm_last_error(void) { return last_error[0] ? last_error : NULL; }

void hm_clear_error(void) { last_error[0] = 0; }

static void set_error(const char *message) {
  if (!last_error[0]) snprintf(last_error, sizeof(last_error), "%s", message);
}

/* ---- the CUDA driver, opened at first use --------------------------------------------------------------- */

typedef int CUresult;
typedef int CUdevice;
typedef void *CUcontext, *CUmodule, *CUfunction, *CUstream, *CUevent;
typedef unsigned long long CUdeviceptr;

static struct {
  void *handle;
  CUresult (*cuInit)(unsigned);
  CUresult (*cuDeviceGetCount)(int *);
  CUresult (*cuDeviceGet)(CUdevice *, int);
  CUresult (*cuDeviceGetAttribute)(int *, int, CUdevice);
  CUresult (*cuDevicePrimaryCtxRetain)(CUcontext *, CUdevice);
  CUresult (*cuCtxPushCurrent)(CUcontext);
  CUresult (*cuCtxPopCurrent)(CUcontext *);
  CUresult (*cuGetErrorName)(CUresult, const char **);
  CUresult (*cuModuleLoadData)(CUmodule *, const void *);
  CUresult (*cuModuleUnload)(CUmodule);
  CUresult (*cuModuleGetFunction)(CUfunction *, CUmodule, const char *);
  CUresult (*cuFuncSetAttribute)(CUfunction, int, int);
  CUresult (*cuLaunchKernel)(CUfunction, unsigned, unsigned, unsigned, unsigned, unsigned, unsigned, unsigned,
                             CUstream, void **, void **);
  CUresult (*cuStreamCreate)(CUstream *, unsigned);
  CUresult (*cuStreamDestroy)(CUstream);
  CUresult (*cuStreamSynchronize)(CUstream);
  CUresult (*cuStreamWaitEvent)(CUstream, CUevent, unsigned);
  CUresult (*cuEventCreate)(CUevent *, unsigned);
  CUresult (*cuEventDestroy)(CUevent);
  CUresult (*cuEventRecord)(CUevent, CUstream);
  CUresult (*cuEventSynchronize)(CUevent);
  CUresult (*cuMemAlloc)(CUdeviceptr *, size_t);
  CUresult (*cuMemAllocManaged)(CUdeviceptr *, size_t, unsigned);
  CUresult (*cuMemFree)(CUdeviceptr);
  CUresult (*cuMemcpyAsync)(CUdeviceptr, CUdeviceptr, size_t, CUstream);
  CUresult (*cuMemcpy)(CUdeviceptr, CUdeviceptr, size_t);
  CUresult (*cuMemsetD32Async)(CUdeviceptr, unsigned, size_t, CUstream);
  CUresult (*cuMemsetD16Async)(CUdeviceptr, unsigned short, size_t, CUstream);
  CUresult (*cuMemHostRegister)(void *, size_t, unsigned);
  CUresult (*cuMemHostUnregister)(void *);
  CUresult (*cuTensorMapEncodeTiled)(void *, int, unsigned, void *, const uint64_t *, const uint64_t *,
                                     const unsigned *, const unsigned *, int, int, int, int);
  CUresult (*cuOccupancyMaxActiveBlocksPerMultiprocessor)(int *, CUfunction, int, size_t);
  CUresult (*cuModuleGetGlobal)(CUdeviceptr *, size_t *, CUmodule, const char *);
  CUcontext context;
  CUdevice device;
  int state; /* 0: not tried, 1: ready, -1: unusable (last_error says why) */
} cuda;

static int default_device = 0;

#define LOAD(name, symbol)                                                                                  \
  if (!(*(void **)&cuda.name = dlsym(cuda.handle, symbol))) {                                               \
    set_error("the CUDA driver (libcuda.so.1) lacks " symbol ": it is too old for this library");           \
    return -1;                                                                                              \
  }

static void report(CUresult status, const char *call) {
  if (status == 0) return;
  const char *name = NULL;
  if (cuda.cuGetErrorName) cuda.cuGetErrorName(status, &name);
  char message[256];
  snprintf(message, sizeof(message), "%s failed: %s (CUresult %d)", call, name ? name : "unknown error", status);
  set_error(message);
}

static int open_driver(void) {
  cuda.handle = dlopen("libcuda.so.1", RTLD_NOW | RTLD_LOCAL);
  if (!cuda.handle) {
    set_error("no CUDA driver (libcuda.so.1) was found on this machine: a cuda library needs an NVIDIA GPU and "
              "its driver");
    return -1;
  }
  LOAD(cuInit, "cuInit") LOAD(cuDeviceGetCount, "cuDeviceGetCount") LOAD(cuDeviceGet, "cuDeviceGet")
  LOAD(cuDeviceGetAttribute, "cuDeviceGetAttribute") LOAD(cuDevicePrimaryCtxRetain, "cuDevicePrimaryCtxRetain")
  LOAD(cuCtxPushCurrent, "cuCtxPushCurrent_v2") LOAD(cuCtxPopCurrent, "cuCtxPopCurrent_v2")
  LOAD(cuGetErrorName, "cuGetErrorName") LOAD(cuModuleLoadData, "cuModuleLoadData")
  LOAD(cuModuleUnload, "cuModuleUnload") LOAD(cuModuleGetFunction, "cuModuleGetFunction")
  LOAD(cuFuncSetAttribute, "cuFuncSetAttribute") LOAD(cuLaunchKernel, "cuLaunchKernel")
  LOAD(cuStreamCreate, "cuStreamCreate") LOAD(cuStreamDestroy, "cuStreamDestroy_v2")
  LOAD(cuStreamSynchronize, "cuStreamSynchronize") LOAD(cuStreamWaitEvent, "cuStreamWaitEvent")
  LOAD(cuEventCreate, "cuEventCreate") LOAD(cuEventDestroy, "cuEventDestroy_v2")
  LOAD(cuEventRecord, "cuEventRecord") LOAD(cuEventSynchronize, "cuEventSynchronize")
  LOAD(cuMemAlloc, "cuMemAlloc_v2") LOAD(cuMemAllocManaged, "cuMemAllocManaged") LOAD(cuMemFree, "cuMemFree_v2")
  LOAD(cuMemcpyAsync, "cuMemcpyAsync") LOAD(cuMemcpy, "cuMemcpy") LOAD(cuMemsetD32Async, "cuMemsetD32Async")
  LOAD(cuMemsetD16Async, "cuMemsetD16Async") LOAD(cuMemHostRegister, "cuMemHostRegister_v2")
  LOAD(cuMemHostUnregister, "cuMemHostUnregister")
  LOAD(cuOccupancyMaxActiveBlocksPerMultiprocessor, "cuOccupancyMaxActiveBlocksPerMultiprocessor")
  LOAD(cuModuleGetGlobal, "cuModuleGetGlobal_v2")
  *(void **)&cuda.cuTensorMapEncodeTiled = dlsym(cuda.handle, "cuTensorMapEncodeTiled"); /* CUDA 12+ only */
  CUresult status = cuda.cuInit(0);
  if (status != 0) {
    report(status, "cuInit (the CUDA driver is present but no GPU is usable)");
    return -1;
  }
  int count = 0;
  status = cuda.cuDeviceGetCount(&count);
  if (status != 0 || count == 0) {
    set_error("the CUDA driver is present but reports no GPU");
    return -1;
  }
  if (default_device >= count) {
    set_error("the selected GPU does not exist");
    return -1;
  }
  report(cuda.cuDeviceGet(&cuda.device, default_device), "cuDeviceGet");
  report(cuda.cuDevicePrimaryCtxRetain(&cuda.context, cuda.device), "cuDevicePrimaryCtxRetain");
  return last_error[0] ? -1 : 1;
}

/* 0 when a driver and a GPU are usable (the context is made then), else -1 and hm_last_error() says why. */
int hm_cuda_init(void) {
  if (cuda.state == 0) cuda.state = open_driver();
  return cuda.state == 1 ? 0 : -1;
}

/* Every CUDA call runs with the device's primary context pushed (the one PyTorch uses too), and does nothing
 * once an error is recorded. */
static bool enter(void) {
  if (last_error[0] || hm_cuda_init() != 0) return false;
  report(cuda.cuCtxPushCurrent(cuda.context), "cuCtxPushCurrent");
  return !last_error[0];
}

static void leave(void) { cuda.cuCtxPopCurrent(NULL); }

#define CHECK(call) report(cuda.call, #call)

/* ---- Rammer's persistent kernels ------------------------------------------------------------------------ */
/* The persistent kernel of program P is named P_rammer. Before its first launch the runtime asks the driver
 * how many of its blocks fit on an SM and refuses a grid that could not be resident at once (its blocks wait
 * for each other: one that never starts would stall the others until their bound). After each stream
 * synchronization it reads the program's error cell, the device global __hm_P_error = {code, awaited kernel
 * + 1}, which a block sets when a wait outlives its bound, and reports it. */

#define PERSISTENT_SUFFIX "_rammer"
static struct {
  CUfunction function;
  CUmodule module;
  char program[112];
  bool checked;  /* the occupancy check has passed */
  bool launched; /* launched since the last read of its error cell */
} persistent[64];
static int persistent_count;

static void remember_persistent(CUfunction function, CUmodule module, const char *name) {
  size_t length = strlen(name), suffix = strlen(PERSISTENT_SUFFIX);
  if (length <= suffix || strcmp(name + length - suffix, PERSISTENT_SUFFIX) != 0) return;
  for (int i = 0; i < persistent_count; ++i)
    if (persistent[i].function == function) return;
  if (persistent_count == 64) return;
  persistent[persistent_count].function = function;
  persistent[persistent_count].module = module;
  snprintf(persistent[persistent_count].program, sizeof(persistent[0].program), "%.*s", (int)(length - suffix),
           name);
  persistent_count++;
}

static int persistent_index(CUfunction function) {
  for (int i = 0; i < persistent_count; ++i)
    if (persistent[i].function == function) return i;
  return -1;
}

/* Refuses (records an error) when the grid of a persistent kernel could not be resident at once. */
static void check_resident(int index, intptr_t grid, intptr_t block, int32_t shared_bytes) {
  int per_sm = 0, sms = 0;
  CHECK(cuOccupancyMaxActiveBlocksPerMultiprocessor(&per_sm, persistent[index].function, (int)block,
                                                    (size_t)shared_bytes));
  CHECK(cuDeviceGetAttribute(&sms, 16 /* MULTIPROCESSOR_COUNT */, cuda.device));
  if (last_error[0]) return;
  if ((intptr_t)per_sm * sms < grid) {
    char message[400];
    snprintf(message, sizeof(message), "Rammer's persistent kernel of @%s needs its %ld blocks (vEUs) resident at "
             "once, but this GPU holds only %d (%d per SM x %d SMs) at %ld threads and %d bytes of shared memory "
             "per block: compile for this GPU with --device (its SM count and limits)", persistent[index].program,
             (long)grid, per_sm * sms, per_sm, sms, (long)block, shared_bytes);
    set_error(message);
    return;
  }
  persistent[index].checked = true;
}

/* Reads (and clears) the error cells of the persistent kernels launched since the last call. */
static void read_error_cells(void) {
  for (int i = 0; i < persistent_count && !last_error[0]; ++i) {
    if (!persistent[i].launched) continue;
    persistent[i].launched = false;
    char symbol[160];
    snprintf(symbol, sizeof(symbol), "__hm_%s_error", persistent[i].program);
    CUdeviceptr cell = 0;
    size_t bytes = 0;
    CHECK(cuModuleGetGlobal(&cell, &bytes, persistent[i].module, symbol));
    int32_t value[2] = {0, 0};
    if (!last_error[0] && bytes >= sizeof(value)) CHECK(cuMemcpy((CUdeviceptr)(uintptr_t)value, cell, sizeof(value)));
    if (!last_error[0] && value[0] != 0) {
      char message[400];
      snprintf(message, sizeof(message), "Rammer's persistent kernel of @%s stopped: a vEU waited for kernel %d "
               "longer than its bound (hm-rammer-gpu-program{spin-timeout-ms}); its blocks were not all resident "
               "(another kernel may hold SMs) or a kernel did not finish; the results are not valid, and the "
               "program's counters are out of step: load the library again", persistent[i].program, value[1] - 1);
      set_error(message);
    }
  }
}

/* ---- kernel images: loaded at the first launch ---------------------------------------------------------- */

typedef struct {
  const char *image; /* cubin (an ELF file) or PTX text */
  size_t size;
  CUmodule module;
} Image;

void *hm_mgpuModuleLoad(const void *data, size_t size) {
  Image *image = calloc(1, sizeof(Image));
  if (!image) return NULL;
  image->size = size;
  if (size >= 4 && memcmp(data, "\x7f" "ELF", 4) == 0) {
    image->image = data;
  } else { /* PTX: the driver wants it NUL-terminated */
    char *text = malloc(size + 1);
    if (text) {
      memcpy(text, data, size);
      text[size] = 0;
    }
    image->image = text;
  }
  return image;
}

void *hm_mgpuModuleLoadJIT(const void *data, int opt_level) {
  (void)opt_level;
  return hm_mgpuModuleLoad(data, strlen(data));
}

void hm_mgpuModuleUnload(void *handle) {
  Image *image = handle;
  if (!image) return;
  if (image->module && cuda.state == 1 && !last_error[0]) cuda.cuModuleUnload(image->module);
  /* The image itself lives in the library's constant data (cubin) or in a copy made above (PTX); both end
   * with the process, and unloading happens at exit, so nothing is freed here. */
}

void *hm_mgpuModuleGetFunction(void *handle, const char *name) {
  Image *image = handle;
  CUfunction function = NULL;
  if (!image || !enter()) return NULL;
  if (!image->module) CHECK(cuModuleLoadData(&image->module, image->image));
  if (image->module) {
    CUresult status = cuda.cuModuleGetFunction(&function, image->module, name);
    if (status != 0) {
      char call[200];
      snprintf(call, sizeof(call), "cuModuleGetFunction(%.120s)", name);
      report(status, call);
    }
  }
  if (function) remember_persistent(function, image->module, name);
  leave();
  return function;
}

void hm_mgpuLaunchKernel(void *function, intptr_t grid_x, intptr_t grid_y, intptr_t grid_z, intptr_t block_x,
                      intptr_t block_y, intptr_t block_z, int32_t shared_bytes, void *stream, void **params,
                      void **extra, size_t param_count) {
  (void)param_count;
  if (!function || !enter()) return;
  if (shared_bytes > 48 * 1024) { /* above 48 KiB a kernel must ask for its dynamic shared memory */
    int optin = 0;
    CHECK(cuDeviceGetAttribute(&optin, 97 /* MAX_SHARED_MEMORY_PER_BLOCK_OPTIN */, cuda.device));
    if (!last_error[0] && optin < shared_bytes) {
      char message[160];
      snprintf(message, sizeof(message), "a kernel asks for %d bytes of shared memory, more than the %d the GPU "
               "allows per block", shared_bytes, optin);
      set_error(message);
    }
    if (!last_error[0]) CHECK(cuFuncSetAttribute(function, 8 /* MAX_DYNAMIC_SHARED_SIZE_BYTES */, shared_bytes));
  }
  int index = persistent_index(function);
  if (index >= 0 && !persistent[index].checked && !last_error[0])
    check_resident(index, grid_x * grid_y * grid_z, block_x * block_y * block_z, shared_bytes);
  if (!last_error[0])
    CHECK(cuLaunchKernel(function, grid_x, grid_y, grid_z, block_x, block_y, block_z, shared_bytes, stream, params,
                         extra));
  if (index >= 0 && !last_error[0]) persistent[index].launched = true;
  leave();
}

/* ---- streams, events, memory ---------------------------------------------------------------------------- */

void *hm_mgpuStreamCreate(void) {
  CUstream stream = NULL;
  if (!enter()) return NULL;
  CHECK(cuStreamCreate(&stream, 1 /* NON_BLOCKING */));
  leave();
  return stream;
}

void hm_mgpuStreamDestroy(void *stream) {
  if (stream && enter()) {
    CHECK(cuStreamDestroy(stream));
    leave();
  }
}

void hm_mgpuStreamSynchronize(void *stream) {
  if (stream && enter()) {
    CHECK(cuStreamSynchronize(stream));
    read_error_cells();
    leave();
  }
}

void hm_mgpuStreamWaitEvent(void *stream, void *event) {
  if (stream && event && enter()) {
    CHECK(cuStreamWaitEvent(stream, event, 0));
    leave();
  }
}

void *hm_mgpuEventCreate(void) {
  CUevent event = NULL;
  if (!enter()) return NULL;
  CHECK(cuEventCreate(&event, 2 /* DISABLE_TIMING */));
  leave();
  return event;
}

void hm_mgpuEventDestroy(void *event) {
  if (event && enter()) {
    CHECK(cuEventDestroy(event));
    leave();
  }
}

void hm_mgpuEventSynchronize(void *event) {
  if (event && enter()) {
    CHECK(cuEventSynchronize(event));
    read_error_cells();
    leave();
  }
}

void hm_mgpuEventRecord(void *event, void *stream) {
  if (event && enter()) {
    CHECK(cuEventRecord(event, stream));
    leave();
  }
}

void *hm_mgpuMemAlloc(uint64_t bytes, void *stream, bool host_shared) {
  (void)stream;
  CUdeviceptr pointer = 0;
  if (!enter()) return NULL;
  if (host_shared)
    CHECK(cuMemAllocManaged(&pointer, bytes ? bytes : 1, 1 /* ATTACH_GLOBAL */));
  else
    CHECK(cuMemAlloc(&pointer, bytes ? bytes : 1));
  leave();
  return (void *)(uintptr_t)pointer;
}

void hm_mgpuMemFree(void *pointer, void *stream) {
  (void)stream;
  if (pointer && enter()) {
    CHECK(cuMemFree((CUdeviceptr)(uintptr_t)pointer));
    leave();
  }
}

void hm_mgpuMemcpy(void *target, void *source, size_t bytes, void *stream) {
  if (bytes && enter()) {
    CHECK(cuMemcpyAsync((CUdeviceptr)(uintptr_t)target, (CUdeviceptr)(uintptr_t)source, bytes, stream));
    leave();
  }
}

void hm_mgpuMemset32(void *target, unsigned value, size_t count, void *stream) {
  if (count && enter()) {
    CHECK(cuMemsetD32Async((CUdeviceptr)(uintptr_t)target, value, count, stream));
    leave();
  }
}

void hm_mgpuMemset16(void *target, unsigned short value, size_t count, void *stream) {
  if (count && enter()) {
    CHECK(cuMemsetD16Async((CUdeviceptr)(uintptr_t)target, value, count, stream));
    leave();
  }
}

void hm_mgpuMemHostRegister(void *pointer, uint64_t bytes) {
  if (enter()) {
    CHECK(cuMemHostRegister(pointer, bytes, 0));
    leave();
  }
}

void hm_mgpuMemHostUnregister(void *pointer) {
  if (enter()) {
    CHECK(cuMemHostUnregister(pointer));
    leave();
  }
}

void hm_mgpuSetDefaultDevice(int32_t device) { default_device = device; }

void hm_mgpuTensorMapEncodeTiled(void *map, int data_type, unsigned rank, void *address, const uint64_t *dims,
                              const uint64_t *strides, const unsigned *box, const unsigned *element_strides,
                              int interleave, int swizzle, int l2_promotion, int oob_fill) {
  if (!enter()) return;
  if (!cuda.cuTensorMapEncodeTiled)
    set_error("the CUDA driver lacks cuTensorMapEncodeTiled (TMA needs a CUDA 12 driver)");
  else
    CHECK(cuTensorMapEncodeTiled(map, data_type, rank, address, dims, strides, box, element_strides, interleave,
                                 swizzle, l2_promotion, oob_fill));
  leave();
}

/* A TMA descriptor (CUtensorMap) of a memref, in device memory, as a kernel parameter wants it: the memref's
 * sizes and strides innermost first, the box as given (outermost first). Equal descriptors are made once and
 * kept, so that a call in a loop does not allocate. */
#define TENSOR_MAP_BYTES 128
static struct {
  unsigned char map[TENSOR_MAP_BYTES];
  CUdeviceptr device;
} tensor_maps[64];
static int tensor_map_count;

void *hm_mgpuTensorMapEncodeTiledMemref(int64_t rank, void *descriptor, int64_t data_type, int64_t interleave,
                                        int64_t swizzle, int64_t l2_promotion, int64_t oob_fill,
                                        const int64_t *box_dims) {
  static const int element_bytes[] = {1, 2, 4, 4, 8, 8, 2, 4, 8, 2, 4, 4, 4}; /* by CUtensorMapDataType */
  RankedMemRef *memref = descriptor;
  uint64_t dims[5] = {1, 1, 1, 1, 1}, strides[5] = {0};
  unsigned box[5] = {1, 1, 1, 1, 1}, element_strides[5] = {1, 1, 1, 1, 1};
  _Alignas(64) unsigned char map[TENSOR_MAP_BYTES];
  if (rank < 1 || rank > 5 || data_type < 0 || data_type > 12) {
    set_error("a TMA descriptor of an unsupported rank or element type was asked for");
    return NULL;
  }
  const int64_t *sizes = memref->sizes_and_strides, *memref_strides = sizes + rank;
  for (int64_t r = 0; r < rank; ++r) {
    dims[r] = (uint64_t)sizes[rank - 1 - r];
    box[r] = (unsigned)box_dims[rank - 1 - r];
  }
  for (int64_t r = 0; r + 1 < rank; ++r) strides[r] = (uint64_t)memref_strides[rank - 2 - r] * element_bytes[data_type];
  memset(map, 0, sizeof(map));
  hm_mgpuTensorMapEncodeTiled(map, (int)data_type, (unsigned)rank, memref->aligned + memref->offset * element_bytes[data_type],
                              dims, strides, box, element_strides, (int)interleave, (int)swizzle, (int)l2_promotion,
                              (int)oob_fill);
  if (last_error[0]) return NULL;
  for (int i = 0; i < tensor_map_count; ++i)
    if (memcmp(tensor_maps[i].map, map, sizeof(map)) == 0) return (void *)(uintptr_t)tensor_maps[i].device;
  CUdeviceptr device = 0;
  if (!enter()) return NULL;
  CHECK(cuMemAlloc(&device, sizeof(map)));
  if (!last_error[0]) CHECK(cuMemcpy(device, (CUdeviceptr)(uintptr_t)map, sizeof(map)));
  leave();
  if (!last_error[0] && tensor_map_count < 64) {
    memcpy(tensor_maps[tensor_map_count].map, map, sizeof(map));
    tensor_maps[tensor_map_count++].device = device;
  }
  return (void *)(uintptr_t)device;
}

/* Blocks of `function` of a loaded image that fit on one SM at once (the residency check of a persistent
 * kernel), or -1 with hm_last_error() set. */
int hm_blocks_per_sm(void *handle, const char *name, int block_size, size_t dynamic_shared_bytes) {
  void *function = hm_mgpuModuleGetFunction(handle, name);
  int blocks = -1;
  if (!function || !enter()) return -1;
  CHECK(cuOccupancyMaxActiveBlocksPerMultiprocessor(&blocks, function, block_size, dynamic_shared_bytes));
  leave();
  return last_error[0] ? -1 : blocks;
}
