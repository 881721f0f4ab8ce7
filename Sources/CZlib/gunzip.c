#include "CZlib.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

int mq_gunzip(const uint8_t *input, size_t inputLength, uint8_t **output, size_t *outputLength) {
    z_stream stream;
    memset(&stream, 0, sizeof stream);
    /* 16 + MAX_WBITS: expect a gzip header. */
    int status = inflateInit2(&stream, 16 + MAX_WBITS);
    if (status != Z_OK) return status;
    size_t capacity = inputLength * 4 + 1024;
    uint8_t *buffer = malloc(capacity);
    if (buffer == NULL) { inflateEnd(&stream); return Z_MEM_ERROR; }
    stream.next_in = (Bytef *)input;
    stream.avail_in = (uInt)inputLength;
    size_t used = 0;
    do {
        if (used == capacity) {
            capacity *= 2;
            uint8_t *grown = realloc(buffer, capacity);
            if (grown == NULL) { free(buffer); inflateEnd(&stream); return Z_MEM_ERROR; }
            buffer = grown;
        }
        stream.next_out = buffer + used;
        stream.avail_out = (uInt)(capacity - used);
        status = inflate(&stream, Z_NO_FLUSH);
        used = capacity - stream.avail_out;
        if (status == Z_STREAM_END && stream.avail_in > 0) {
            /* Concatenated gzip members: continue with the next one. */
            status = inflateReset(&stream);
            if (status != Z_OK) break;
            status = Z_OK;
        }
    } while (status == Z_OK);
    inflateEnd(&stream);
    if (status != Z_STREAM_END) { free(buffer); return status == Z_OK ? Z_DATA_ERROR : status; }
    *output = buffer;
    *outputLength = used;
    return 0;
}

void mq_free(void *pointer) { free(pointer); }
