/*
 * CZlib: one function over the system zlib, to read gzip/dictzip files
 * (Debian's FreeDict dictionaries are stored as .dict.dz).
 */
#ifndef CZLIB_H
#define CZLIB_H

#include <stddef.h>
#include <stdint.h>

/**
 * Decompresses a whole gzip stream (including dictzip, which is gzip with an
 * extra header field). On success returns 0 and sets `*output` to a malloc'd
 * buffer of `*outputLength` bytes that the caller frees with `mq_free`.
 * Returns a zlib error code (< 0) on failure.
 */
int mq_gunzip(const uint8_t *input, size_t inputLength, uint8_t **output, size_t *outputLength);

/** Frees a buffer returned by `mq_gunzip`. */
void mq_free(void *pointer);

#endif
