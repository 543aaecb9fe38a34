/* A stand-in for the CUDA driver (libcuda.so.1) for tests on machines without a GPU: one device, "device
 * memory" in host memory (so copies work; kernels do not run), and a log of what a program asks the driver
 * for, one line per event, appended to the file named by $HM_STUB_CUDA_LOG:
 *   load <cubin|ptx|other> <chip>      a kernel image (the chip from the cubin's ELF header or the PTX .target)
 *   launch <kernel> grid=X,Y,Z block=X,Y,Z smem=N
 *   copy <bytes> | alloc <bytes> | free | global <name>
 * Only what hm-mlir's runtime and MLIR's CUDA runtime call is defined. $HM_STUB_CUDA_BLOCKS_PER_SM sets what the
 * occupancy query answers (else 2048 / block size); a module global is 64 zero bytes of host memory, except
 * that one whose name ends in "_error" starts as $HM_STUB_CUDA_ERROR_CELL ("code,kernel"), as a persistent
 * kernel whose wait timed out would leave it.  Build: cc -shared -fPIC -o libcuda.so.1;
 * with -DFAIL_LAUNCHES every launch fails (to test that errors reach the caller). */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int CUresult;

static void note(const char *format, ...) {
  const char *path = getenv("HM_STUB_CUDA_LOG");
  if (!path) return;
  FILE *log = fopen(path, "a");
  if (!log) return;
  va_list args;
  va_start(args, format);
  vfprintf(log, format, args);
  va_end(args);
  fputc('\n', log);
  fclose(log);
}

static int context_token, stream_token, event_token;

CUresult cuInit(unsigned flags) { (void)flags; return 0; }
CUresult cuDeviceGetCount(int *count) { *count = 1; return 0; }
CUresult cuDeviceGet(int *device, int ordinal) { *device = ordinal; return 0; }
CUresult cuDeviceGetAttribute(int *value, int attribute, int device) {
  (void)device;
  *value = attribute == 97 ? 232448 : attribute == 16 ? 132 : 1024; /* smem opt-in, SM count, the rest */
  return 0;
}
CUresult cuDevicePrimaryCtxRetain(void **context, int device) { (void)device; *context = &context_token; return 0; }
CUresult cuCtxPushCurrent_v2(void *context) { (void)context; return 0; }
CUresult cuCtxPopCurrent_v2(void **context) { if (context) *context = &context_token; return 0; }
CUresult cuGetErrorName(CUresult status, const char **name) { (void)status; *name = "CUDA_ERROR_STUB"; return 0; }

static CUresult load(void **module, const void *image) {
  const unsigned char *bytes = image;
  if (memcmp(bytes, "\x7f" "ELF", 4) == 0) {
    uint16_t machine;
    uint32_t flags;
    memcpy(&machine, bytes + 18, 2);
    memcpy(&flags, bytes + 48, 4);
    if (machine != 190) {
      note("load other not-a-cuda-elf");
      return 200; /* CUDA_ERROR_INVALID_IMAGE */
    }
    note("load cubin sm_%u", bytes[8] >= 8 ? (flags >> 8) & 0xff : flags & 0xff);
  } else {
    const char *target = strstr(image, ".target");
    char chip[16] = "unknown";
    if (target) sscanf(target, ".target %15[a-z_0-9]", chip);
    note("load ptx %s", chip);
  }
  *module = malloc(1);
  return 0;
}

CUresult cuModuleLoadData(void **module, const void *image) { return load(module, image); }
CUresult cuModuleLoadDataEx(void **module, const void *image, unsigned n, void *options, void **values) {
  (void)n; (void)options; (void)values;
  return load(module, image);
}
CUresult cuModuleUnload(void *module) { free(module); return 0; }
CUresult cuModuleGetFunction(void **function, void *module, const char *name) {
  (void)module;
  *function = strdup(name);
  return 0;
}
CUresult cuFuncSetAttribute(void *function, int attribute, int value) {
  (void)function; (void)attribute; (void)value;
  return 0;
}
CUresult cuLaunchKernel(void *function, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by,
                        unsigned bz, unsigned smem, void *stream, void **params, void **extra) {
  (void)stream; (void)params; (void)extra;
  note("launch %s grid=%u,%u,%u block=%u,%u,%u smem=%u", (const char *)function, gx, gy, gz, bx, by, bz, smem);
#ifdef FAIL_LAUNCHES /* every launch fails as a kernel that faulted would (CUDA_ERROR_LAUNCH_FAILED) */
  return 719;
#else
  return 0;
#endif
}
CUresult cuLaunchKernelEx(const void *config, void *function, void **params, void **extra) {
  (void)config; (void)params; (void)extra;
  note("launch %s (cuLaunchKernelEx)", (const char *)function);
  return 0;
}
CUresult cuOccupancyMaxActiveBlocksPerMultiprocessor(int *blocks, void *function, int size, size_t smem) {
  (void)function; (void)smem;
  const char *fixed = getenv("HM_STUB_CUDA_BLOCKS_PER_SM");
  *blocks = fixed ? atoi(fixed) : size > 0 ? 2048 / size : 0;
  return 0;
}
CUresult cuModuleGetGlobal_v2(uint64_t *pointer, size_t *bytes, void *module, const char *name) {
  (void)module;
  static struct { char name[128]; int32_t cell[16]; } globals[32];
  static int count;
  note("global %s", name);
  int i = 0;
  while (i < count && strcmp(globals[i].name, name) != 0) ++i;
  if (i == count) {
    if (count == 32) return 500; /* CUDA_ERROR_NOT_FOUND */
    snprintf(globals[count].name, sizeof(globals[0].name), "%s", name);
    const char *cell = getenv("HM_STUB_CUDA_ERROR_CELL");
    size_t length = strlen(name);
    if (cell && length > 6 && strcmp(name + length - 6, "_error") == 0)
      sscanf(cell, "%d,%d", &globals[count].cell[0], &globals[count].cell[1]);
    count++;
  }
  *pointer = (uint64_t)(uintptr_t)globals[i].cell;
  if (bytes) *bytes = sizeof(globals[i].cell);
  return 0;
}
CUresult cuStreamCreate(void **stream, unsigned flags) { (void)flags; *stream = &stream_token; return 0; }
CUresult cuStreamDestroy_v2(void *stream) { (void)stream; return 0; }
CUresult cuStreamSynchronize(void *stream) { (void)stream; return 0; }
CUresult cuStreamWaitEvent(void *stream, void *event, unsigned flags) { (void)stream; (void)event; (void)flags; return 0; }
CUresult cuEventCreate(void **event, unsigned flags) { (void)flags; *event = &event_token; return 0; }
CUresult cuEventDestroy_v2(void *event) { (void)event; return 0; }
CUresult cuEventRecord(void *event, void *stream) { (void)event; (void)stream; return 0; }
CUresult cuEventSynchronize(void *event) { (void)event; return 0; }
CUresult cuMemAlloc_v2(uint64_t *pointer, size_t bytes) {
  note("alloc %zu", bytes);
  *pointer = (uint64_t)(uintptr_t)calloc(1, bytes ? bytes : 1);
  return *pointer ? 0 : 2; /* CUDA_ERROR_OUT_OF_MEMORY */
}
CUresult cuMemAllocManaged(uint64_t *pointer, size_t bytes, unsigned flags) { (void)flags; return cuMemAlloc_v2(pointer, bytes); }
CUresult cuMemFree_v2(uint64_t pointer) { note("free"); free((void *)(uintptr_t)pointer); return 0; }
CUresult cuMemcpy(uint64_t target, uint64_t source, size_t bytes) {
  note("copy %zu", bytes);
  memcpy((void *)(uintptr_t)target, (const void *)(uintptr_t)source, bytes);
  return 0;
}
CUresult cuMemcpyAsync(uint64_t target, uint64_t source, size_t bytes, void *stream) {
  (void)stream;
  return cuMemcpy(target, source, bytes);
}
CUresult cuMemsetD32Async(uint64_t target, unsigned value, size_t count, void *stream) {
  (void)stream;
  for (size_t i = 0; i < count; ++i) ((unsigned *)(uintptr_t)target)[i] = value;
  return 0;
}
CUresult cuMemsetD16Async(uint64_t target, unsigned short value, size_t count, void *stream) {
  (void)stream;
  for (size_t i = 0; i < count; ++i) ((unsigned short *)(uintptr_t)target)[i] = value;
  return 0;
}
CUresult cuMemHostRegister_v2(void *pointer, size_t bytes, unsigned flags) { (void)pointer; (void)bytes; (void)flags; return 0; }
CUresult cuMemHostUnregister(void *pointer) { (void)pointer; return 0; }
CUresult cuTensorMapEncodeTiled(void *map, int type, unsigned rank, void *address, const uint64_t *dims,
                                const uint64_t *strides, const unsigned *box, const unsigned *element_strides,
                                int interleave, int swizzle, int l2, int fill) {
  (void)type; (void)rank; (void)address; (void)dims; (void)strides; (void)box; (void)element_strides;
  (void)interleave; (void)swizzle; (void)l2; (void)fill;
  memset(map, 0, 128);
  return 0;
}
